import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@kakehashi/shared-contracts';
import { DemoSeed, type DemoSeeder, PERSON_DIRECTORY, type PersonDirectoryPort } from '@kakehashi/server-platform';
import type { NewsletterSeedDirectory, NewsletterSeedPerson } from './newsletter-seed-plan';
import { seedNewsletters } from './seed-newsletters';

/** Role look-ups in flight at once: the seed's own transaction holds one connection of the pool. */
const CONCURRENCY = 4;

/**
 * The demo company's newsletters with a few months of editions, reads, reactions, comments
 * and acknowledgements. People and departments come from the directory through its port,
 * after the directory's own part has run (and committed).
 */
@DemoSeed({ name: 'newsletters', order: 30 })
@Injectable()
export class NewslettersSeeder implements DemoSeeder {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  async seed(manager: EntityManager): Promise<void> {
    await seedNewsletters(manager, await this.snapshot(), { now: new Date(), scale: 1 });
  }

  private async snapshot(): Promise<NewsletterSeedDirectory> {
    const [departments, recipients] = await Promise.all([this.directory.departments(), this.directory.activePeople(null)]);
    const people: NewsletterSeedPerson[] = recipients.map((recipient) => ({
      id: recipient.id,
      displayName: recipient.displayName,
      departmentId: recipient.departmentId,
      editor: false,
    }));
    // Editors write the newsletters: the port tells roles person by person (about 150 here).
    for (let start = 0; start < people.length; start += CONCURRENCY) {
      await Promise.all(
        people.slice(start, start + CONCURRENCY).map(async (person) => {
          const found = await this.directory.findActivePerson(person.id);
          person.editor = found?.roles.includes(Role.HUB_EDITOR) ?? false;
        }),
      );
    }
    return {
      departments: departments.map((department) => ({
        id: department.id,
        code: department.code,
        nameJa: department.nameJa,
        nameEn: department.nameEn,
        parentId: department.parentId,
      })),
      people,
    };
  }
}
