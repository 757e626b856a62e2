import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  DemoSeed,
  type DemoSeeder,
  type GraphQLContext,
  LoaderRegistry,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
} from '@kakehashi/server-platform';
import { seedGoals } from './seed-goals';

/**
 * The demo company's shared goals with a year of check-ins, after the directory's own part
 * has run (and committed). Owners are department heads and executives: the directory's
 * people as any domain shows them (manager and roles), loaded through the port in one batch.
 */
@DemoSeed({ name: 'goals', order: 50 })
@Injectable()
export class GoalsSeeder implements DemoSeeder {
  constructor(
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const [departments, recipients] = await Promise.all([this.directory.departments(), this.directory.activePeople(null)]);
    const context: GraphQLContext = { transport: 'http', viewer: null, loaders: new LoaderRegistry() };
    const people = await Promise.all(recipients.map((recipient) => this.directory.loadPerson(context, recipient.id)));
    await seedGoals(
      manager,
      {
        departments: departments.map((department) => ({
          id: department.id,
          code: department.code,
          nameJa: department.nameJa,
          nameEn: department.nameEn,
        })),
        people: recipients.map((recipient, index) => ({
          id: recipient.id,
          departmentId: recipient.departmentId,
          managerId: people[index]?.managerId ?? null,
          roles: people[index]?.roles ?? [],
        })),
      },
      { now: new Date(), scale: 1, fiscalYearStartMonth: this.config.fiscalYearStartMonth },
    );
  }
}
