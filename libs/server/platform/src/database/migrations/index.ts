import type { MigrationInterface } from 'typeorm';
import { SearchFunctions1763716800000 } from './1763716800000-SearchFunctions';
import { Directory1795263728288 } from './1795263728288-Directory';
import { MemberCountIndex1795267499212 } from './1795267499212-MemberCountIndex';

type MigrationClass = new () => MigrationInterface;

/** The one linear migration history, oldest first. Never edit a landed migration. */
export const MIGRATIONS: MigrationClass[] = [SearchFunctions1763716800000, Directory1795263728288, MemberCountIndex1795267499212];
