export { DirectoryModule } from './directory.module';
export { DIRECTORY_ENTITIES } from './entities';
export { generateDemoCompany, type DemoCompany } from './seed/demo-company';
export { loadDirectory } from './seed/load-directory';
export { seedDirectory } from './seed/directory.seeder';
