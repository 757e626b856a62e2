import type { Provider } from '@nestjs/common';

/** What the directory module registers for the CSV import of people and departments. */
export const DIRECTORY_IMPORT_PROVIDERS: Provider[] = [];
