import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Person } from '@kakehashi/server-platform';
import { PERSON_COLUMNS, PersonService, toPerson, type PersonRow } from '../people/person.service';

/** A manager chain deeper than this is a loop in the data, not an organisation. */
const MAX_DEPTH = 50;

/** The org chart drawn from the manager chain: tops, report counts, and the path down to anyone. */
@Injectable()
export class OrgChartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
  ) {}

  /** Active people with no active manager: where the chart starts. */
  async roots(): Promise<Person[]> {
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM people p
        WHERE p.active AND (p.manager_id IS NULL OR NOT EXISTS (SELECT 1 FROM people m WHERE m.id = p.manager_id AND m.active))
        ORDER BY p.sort_name, p.id`,
    );
    return this.people.withDepartments(rows.map(toPerson));
  }

  /** Active direct reports per manager, one grouped statement (index on manager_id). */
  async directReportCounts(managerIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { manager_id: string; count: number }[] = await this.dataSource.query(
      'SELECT manager_id, count(*)::int AS count FROM people WHERE active AND manager_id = ANY($1::uuid[]) GROUP BY manager_id',
      [managerIds],
    );
    return new Map(rows.map((row) => [row.manager_id, row.count]));
  }

  /** The chain from the top down to the person (them last): the chart opens along it. */
  async pathTo(personId: string): Promise<Person[]> {
    const rows: (PersonRow & { depth: number })[] = await this.dataSource.query(
      `WITH RECURSIVE chain(id, manager_id, depth, seen) AS (
         SELECT id, manager_id, 0, ARRAY[id] FROM people WHERE id = $1
         UNION ALL
         SELECT m.id, m.manager_id, c.depth + 1, c.seen || m.id
           FROM chain c JOIN people m ON m.id = c.manager_id AND m.active
          WHERE NOT m.id = ANY(c.seen) AND c.depth < ${MAX_DEPTH}
       )
       SELECT ${PERSON_COLUMNS}, c.depth FROM chain c JOIN people p ON p.id = c.id ORDER BY c.depth DESC`,
      [personId],
    );
    return this.people.withDepartments(rows.map(toPerson));
  }
}
