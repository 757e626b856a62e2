export { DirectoryModule } from './directory.module';
export { DIRECTORY_ENTITIES } from './entities';
export { generateDemoCompany, type DemoCompany } from './seed/demo-company';
export { loadDirectory } from './seed/load-directory';
export { seedDirectory } from './seed/directory.seeder';
export { readTeamSeedPeople, seedTeams, type TeamSeedCounts, type TeamSeedPerson } from './seed/seed-teams';
export { SEED_TEAMS } from './seed/team-content';
