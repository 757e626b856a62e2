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
import { seedVoice } from './seed-voice';

/**
 * The demo company's customer voices: a year of tickets filed by sales, success and support
 * and triaged by product, after the directory's part has run (and committed). Filers and
 * triagers come from the directory's people as any domain sees them (department and roles),
 * loaded through the port in one batch.
 */
@DemoSeed({ name: 'voice', order: 60 })
@Injectable()
export class VoiceSeeder implements DemoSeeder {
  constructor(
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const [departments, recipients] = await Promise.all([this.directory.departments(), this.directory.activePeople(null)]);
    const codes = new Map(departments.map((department) => [department.id, department.code]));
    const context: GraphQLContext = { transport: 'http', viewer: null, loaders: new LoaderRegistry() };
    const people = await Promise.all(recipients.map((recipient) => this.directory.loadPerson(context, recipient.id)));
    await seedVoice(
      manager,
      {
        people: recipients.map((recipient, index) => ({
          id: recipient.id,
          departmentCode: recipient.departmentId ? (codes.get(recipient.departmentId) ?? null) : null,
          roles: people[index]?.roles ?? [],
        })),
      },
      { now: new Date(), scale: 1, triageTargetDays: this.config.voiceTriageTargetDays },
    );
  }
}
