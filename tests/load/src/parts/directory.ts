import type { Client } from 'pg';
import { seedDirectory } from '@kakehashi/server-directory';
import type { BenchOperation, BenchPart } from '../bench-part';

const PERSON_FIELDS = 'id displayName displayNameEn displayNameKana title titleEn department { id nameJa nameEn }';
const PEOPLE_PAGE = `totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${PERSON_FIELDS} } }`;
const DEPARTMENT_FIELDS = 'id code nameJa nameEn memberCount';

// The floor: the same data as a careful hand-written client would fetch it through pg,
// department names joined in (the api reads them from its cache instead).
const PERSON_COLUMNS = `p.id, p.display_name, p.display_name_en, p.display_name_kana, p.email, p.title, p.title_en,
  p.preferred_locale, p.roles, p.active, p.bio, p.location, p.version, p.department_id, p.manager_id, p.sort_name`;
const WITH_DEPARTMENT = `${PERSON_COLUMNS}, d.id AS department_id, d.name_ja, d.name_en FROM people p LEFT JOIN departments d ON d.id = p.department_id`;

function rotate<T>(pool: T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

async function column(client: Client, sql: string): Promise<string[]> {
  const { rows } = await client.query<{ value: string }>(sql);
  return rows.map((row) => row.value);
}

export const directoryPart: BenchPart = {
  name: 'directory',
  order: 10,

  async seed({ scale, manager, log }) {
    const { personIds, departmentIds } = await seedDirectory(manager, scale);
    log(`directory: ${personIds.size} people in ${departmentIds.size} departments`);
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    // Two-character family names as people type them (営業 would be a word; 佐藤 is a name).
    const fragments = await column(
      client,
      `SELECT DISTINCT split_part(display_name, ' ', 1) AS value FROM people
        WHERE char_length(split_part(display_name, ' ', 1)) = 2 AND split_part(display_name, ' ', 1) ~ '^[一-龥]+$' ORDER BY 1 LIMIT 40`,
    );
    // The largest departments: a full page of 50 at bench scale (the smoke's company is small).
    const departments = await column(
      client,
      'SELECT department_id AS value FROM people WHERE active AND department_id IS NOT NULL GROUP BY department_id ORDER BY count(*) DESC, 1 LIMIT 20',
    );
    const people = await column(client, 'SELECT id AS value FROM people WHERE active AND manager_id IS NOT NULL ORDER BY id LIMIT 1000');

    return [
      {
        name: 'people(search: 2-char ja)',
        persona: 'employee',
        statementBudget: 3,
        document: `query BenchPeopleSearch($search: String!) { people(search: $search, first: 20) { ${PEOPLE_PAGE} } }`,
        variables: (i) => ({ search: rotate(fragments, i, 'two-character family names') }),
        floor: async (pg, i) => {
          const search = rotate(fragments, i, 'two-character family names');
          await pg.query(
            `SELECT ${WITH_DEPARTMENT} WHERE p.active AND p.search_vector @@ (SELECT kk_search_query($1)) ORDER BY p.sort_name, p.id LIMIT 21`,
            [search],
          );
          await pg.query('SELECT count(*) FROM people p WHERE p.active AND p.search_vector @@ (SELECT kk_search_query($1))', [search]);
        },
      },
      {
        name: 'people(departmentId) page of 50',
        persona: 'sales',
        statementBudget: 3,
        document: `query BenchDepartmentPeople($departmentId: ID!) { people(departmentId: $departmentId, first: 50) { ${PEOPLE_PAGE} } }`,
        variables: (i) => ({ departmentId: rotate(departments, i, 'departments with people') }),
        floor: async (pg, i) => {
          const departmentId = rotate(departments, i, 'departments with people');
          await pg.query(`SELECT ${WITH_DEPARTMENT} WHERE p.active AND p.department_id = $1 ORDER BY p.sort_name, p.id LIMIT 51`, [
            departmentId,
          ]);
          await pg.query('SELECT count(*) FROM people p WHERE p.active AND p.department_id = $1', [departmentId]);
        },
      },
      {
        name: 'person(id) with manager and department',
        persona: 'support',
        statementBudget: 3,
        document: `query BenchPerson($id: ID!) { person(id: $id) { ${PERSON_FIELDS} email location bio roles manager { id displayName displayNameEn title titleEn } } }`,
        variables: (i) => ({ id: rotate(people, i, 'people with a manager') }),
        floor: async (pg, i) => {
          await pg.query(
            `SELECT ${PERSON_COLUMNS}, d.name_ja, d.name_en, m.id AS manager_id, m.display_name AS manager_name,
                    m.display_name_en AS manager_name_en, m.title AS manager_title, m.title_en AS manager_title_en
               FROM people p LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN people m ON m.id = p.manager_id
              WHERE p.id = $1`,
            [rotate(people, i, 'people with a manager')],
          );
        },
      },
      {
        name: 'departments tree',
        persona: 'executive',
        statementBudget: 3,
        document: `query BenchDepartmentTree { departments { ${DEPARTMENT_FIELDS} children { ${DEPARTMENT_FIELDS} children { ${DEPARTMENT_FIELDS} children { ${DEPARTMENT_FIELDS} } } } } }`,
        variables: () => ({}),
        floor: async (pg) => {
          await pg.query('SELECT * FROM departments ORDER BY sort_order, code');
          await pg.query(
            'SELECT department_id, count(*) AS count FROM people WHERE active AND department_id IS NOT NULL GROUP BY department_id',
          );
        },
      },
    ];
  },
};
