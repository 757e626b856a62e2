import type { MigrationInterface } from 'typeorm';
import { SearchFunctions1763716800000 } from './1763716800000-SearchFunctions';
import { Directory1795263728288 } from './1795263728288-Directory';
import { MemberCountIndex1795267499212 } from './1795267499212-MemberCountIndex';
import { JobQueue1795400100000 } from './1795400100000-JobQueue';
import { Notifications1795500000000 } from './1795500000000-Notifications';
import { Newsletters1795600000000 } from './1795600000000-Newsletters';
import { EditionEngagement1795700000000 } from './1795700000000-EditionEngagement';
import { Stories1795800000000 } from './1795800000000-Stories';
import { Goals1795900000000 } from './1795900000000-Goals';
import { CustomerVoice1796000000000 } from './1796000000000-CustomerVoice';
import { TeamsAndDirectorySync1796100000000 } from './1796100000000-TeamsAndDirectorySync';
import { ChangeStamps1796200000000 } from './1796200000000-ChangeStamps';
import { TeamChangeStamps1796300000000 } from './1796300000000-TeamChangeStamps';
import { GoalPageChangeStamps1796400000000 } from './1796400000000-GoalPageChangeStamps';
import { EngagementCountersIndex1796500000000 } from './1796500000000-EngagementCountersIndex';

type MigrationClass = new () => MigrationInterface;

/** The one linear migration history, oldest first. Never edit a landed migration. */
export const MIGRATIONS: MigrationClass[] = [
  SearchFunctions1763716800000,
  Directory1795263728288,
  MemberCountIndex1795267499212,
  JobQueue1795400100000,
  Notifications1795500000000,
  Newsletters1795600000000,
  EditionEngagement1795700000000,
  Stories1795800000000,
  Goals1795900000000,
  CustomerVoice1796000000000,
  TeamsAndDirectorySync1796100000000,
  ChangeStamps1796200000000,
  TeamChangeStamps1796300000000,
  GoalPageChangeStamps1796400000000,
  EngagementCountersIndex1796500000000,
];
