import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@kakehashi/shared-contracts';
import { CurrentViewer, RequireRoles, type Viewer } from '@kakehashi/server-platform';
import { ImportDirectoryInput } from './dto/import-directory.input';
import { DirectoryImportResult } from './directory-import.model';
import { DirectoryImportService } from './directory-import.service';

@Resolver(() => DirectoryImportResult)
export class DirectoryImportResolver {
  constructor(private readonly service: DirectoryImportService) {}

  @Mutation(() => DirectoryImportResult, {
    description:
      'Imports departments and people from CSV (admins). dryRun lists the changes and errors and writes nothing; ' +
      'otherwise the same changes are written, all or nothing: any error and nothing is.',
  })
  @RequireRoles(Role.HUB_ADMIN)
  importDirectory(@Args('input') input: ImportDirectoryInput, @CurrentViewer() viewer: Viewer): Promise<DirectoryImportResult> {
    return this.service.run(input, viewer.personId);
  }
}
