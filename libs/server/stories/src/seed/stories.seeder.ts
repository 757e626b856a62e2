import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder, PERSON_DIRECTORY, type PersonDirectoryPort } from '@kakehashi/server-platform';
import { seedStories } from './seed-stories';

/** The demo company's success stories, after the directory's own part has run (and committed). */
@DemoSeed({ name: 'stories', order: 40 })
@Injectable()
export class StoriesSeeder implements DemoSeeder {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  async seed(manager: EntityManager): Promise<void> {
    const [departments, people] = await Promise.all([this.directory.departments(), this.directory.activePeople(null)]);
    await seedStories(
      manager,
      {
        departments: departments.map((department) => ({ id: department.id, code: department.code })),
        people: people.map((person) => ({ id: person.id, departmentId: person.departmentId })),
      },
      { now: new Date(), scale: 1 },
    );
  }
}
