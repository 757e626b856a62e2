import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder } from '@kakehashi/server-platform';
import { generateDemoCompany, PERSONA_KEYS } from './demo-company';
import { loadDirectory } from './load-directory';

/** The demo company's departments and people, and the personas dev sign-in offers. */
@DemoSeed({ name: 'directory', order: 10 })
@Injectable()
export class DirectorySeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const company = generateDemoCompany({ scale: 1 });
    const { personIds } = await loadDirectory(manager, company);
    const personas = company.people.filter((person) => person.persona !== null);
    await manager.query(
      `INSERT INTO demo_personas (persona_key, person_id, sort_order)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[])`,
      [
        personas.map((person) => person.persona),
        personas.map((person) => personIds.get(person.key)),
        personas.map((person) => PERSONA_KEYS.indexOf(person.persona ?? 'employee')),
      ],
    );
  }
}
