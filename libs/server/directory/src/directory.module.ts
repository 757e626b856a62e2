import { Global, Module } from '@nestjs/common';
import { PERSON_DIRECTORY, TEAM_LINKS } from '@kakehashi/server-platform';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { DIRECTORY_IMPORT_PROVIDERS } from './import/directory-import.wiring';
import { PersonDirectoryAdapter } from './people/person-directory.adapter';
import { PersonLoaders } from './people/person.loaders';
import { PersonConnectionResolver, PersonResolver } from './people/person.resolver';
import { PersonService } from './people/person.service';
import { SCIM_CONTROLLERS, SCIM_PROVIDERS } from './scim/scim.wiring';
import { DirectorySeeder } from './seed/directory.seeder';
import { TeamsSeeder } from './seed/teams.seeder';
import { SignInOptionsResolver } from './sign-in/sign-in-options.resolver';
import { OrgChartResolver } from './org-chart/org-chart.resolver';
import { OrgChartService } from './org-chart/org-chart.service';
import { DepartmentTeamsResolver, PersonTeamsResolver } from './teams/person-teams.resolver';
import { TeamDirectoryService } from './teams/team-directory.service';
import { TeamLinksAdapter } from './teams/team-links.adapter';
import { TeamLoaders } from './teams/team.loaders';
import { TeamConnectionResolver, TeamEventResolver, TeamResolver } from './teams/team.resolver';
import { TeamService } from './teams/team.service';

/** People, departments, teams and rosters, the org chart, SCIM and the CSV import. Global: the platform's sign-in asks it who people are. */
@Global()
@Module({
  controllers: [...SCIM_CONTROLLERS],
  providers: [
    ...SCIM_PROVIDERS,
    ...DIRECTORY_IMPORT_PROVIDERS,
    DepartmentService,
    DepartmentResolver,
    PersonService,
    PersonLoaders,
    PersonResolver,
    PersonConnectionResolver,
    SignInOptionsResolver,
    TeamService,
    TeamDirectoryService,
    TeamLoaders,
    TeamResolver,
    TeamEventResolver,
    TeamConnectionResolver,
    PersonTeamsResolver,
    DepartmentTeamsResolver,
    OrgChartService,
    OrgChartResolver,
    DirectorySeeder,
    TeamsSeeder,
    { provide: PERSON_DIRECTORY, useClass: PersonDirectoryAdapter },
    { provide: TEAM_LINKS, useClass: TeamLinksAdapter },
  ],
  exports: [PERSON_DIRECTORY, TEAM_LINKS],
})
export class DirectoryModule {}
