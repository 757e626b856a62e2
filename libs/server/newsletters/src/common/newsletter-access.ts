import { Inject, Injectable } from '@nestjs/common';
import { type Department, PERSON_DIRECTORY, type PersonDirectoryPort, type Viewer } from '@kakehashi/server-platform';
import { ancestorsOrSelf, canEditNewsletter } from './department-tree';

/** Who may edit what, and the departments a reader belongs to, from the directory's cached tree. */
@Injectable()
export class NewsletterAccess {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  departments(): Promise<Department[]> {
    return this.directory.departments();
  }

  async canEdit(viewer: Viewer, newsletterDepartmentId: string): Promise<boolean> {
    return canEditNewsletter(viewer, newsletterDepartmentId, await this.directory.departments());
  }

  /** The viewer's department and those above it (default follows). */
  async viewerDepartmentIds(viewer: Viewer): Promise<string[]> {
    return ancestorsOrSelf(await this.directory.departments(), viewer.departmentId);
  }
}
