import type { Provider } from '@nestjs/common';
import { DirectoryImportResolver } from './directory-import.resolver';
import { DirectoryImportService } from './directory-import.service';

/** What the directory module registers for the CSV import of people and departments. */
export const DIRECTORY_IMPORT_PROVIDERS: Provider[] = [DirectoryImportService, DirectoryImportResolver];
