import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder } from '@kakehashi/server-platform';
import { generateDemoCompany, PERSONA_KEYS } from './demo-company';
import { type LoadedDirectory, loadDirectory } from './load-directory';

/**
 * The company at a scale (1: the demo company of ~150 people) and the personas dev
 * sign-in offers; the demo seed and the benchmark's scale data both come from here.
 */
export async function seedDirectory(manager: EntityManager, scale: number): Promise<LoadedDirectory> {
  const company = generateDemoCompany({ scale });
  const loaded = await loadDirectory(manager, company);
  const personas = company.people.filter((person) => person.persona !== null);
  await manager.query(
    `INSERT INTO demo_personas (persona_key, person_id, sort_order)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[])`,
    [
      personas.map((person) => person.persona),
      personas.map((person) => loaded.personIds.get(person.key)),
      personas.map((person) => PERSONA_KEYS.indexOf(person.persona ?? 'employee')),
    ],
  );
  return loaded;
}

@DemoSeed({ name: 'directory', order: 10 })
@Injectable()
export class DirectorySeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await seedDirectory(manager, 1);
  }
}
