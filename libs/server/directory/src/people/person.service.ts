import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Locale, type Role, PAGE_SIZE_MAX, SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import {
  cleanSearchText,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  preparedQuery,
  toPage,
} from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { PersonEntity } from './person.entity';
import type { Person } from '@kakehashi/server-platform';
import type { PersonConnection } from './person-connection.model';
import type { PeopleArgs } from './dto/people.args';
import type { UpdateMyProfileInput } from './dto/update-my-profile.input';

/** Columns a Person model is read from (the search vector is never read back). */
export const PERSON_COLUMNS = `p.id, p.display_name, p.display_name_en, p.display_name_kana, p.email, p.title, p.title_en,
  p.preferred_locale, p.roles, p.active, p.bio, p.location, p.version, p.department_id, p.manager_id, p.sort_name`;

export interface PersonRow {
  id: string;
  display_name: string;
  display_name_en: string;
  display_name_kana: string | null;
  email: string;
  title: string | null;
  title_en: string | null;
  preferred_locale: string;
  roles: string[];
  active: boolean;
  bio: string | null;
  location: string | null;
  version: number;
  department_id: string | null;
  manager_id: string | null;
  sort_name: string;
}

/** A row as a Person; its department is attached by PersonService.withDepartments. */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    displayName: row.display_name,
    displayNameEn: row.display_name_en,
    displayNameKana: row.display_name_kana,
    email: row.email,
    title: row.title,
    titleEn: row.title_en,
    preferredLocale: row.preferred_locale === 'en' ? Locale.en : Locale.ja,
    roles: row.roles as Role[],
    active: row.active,
    bio: row.bio,
    location: row.location,
    version: row.version,
    department: null,
    departmentId: row.department_id,
    managerId: row.manager_id,
    sortName: row.sort_name,
  };
}

/** Filters shared by a page and its count, as SQL with positional parameters. */
function peopleFilter(args: Pick<PeopleArgs, 'search' | 'departmentId'>): { where: string[]; params: unknown[] } {
  const where = ['p.active'];
  const params: unknown[] = [];
  if (args.departmentId) {
    params.push(args.departmentId);
    where.push(`p.department_id = $${params.length}`);
  }
  const search = cleanSearchText(args.search, SEARCH_TEXT_MAX_LENGTH);
  if (search) {
    params.push(search);
    // kk_search_query is NULL for text with no letters: then nothing matches. As a scalar
    // subquery it is computed once (an InitPlan): given inline, the planner folds it into a
    // constant, misjudges how many rows match, and walks the whole sort index instead (19 ms
    // instead of 0.8 ms for 佐藤 among 15,000 people).
    where.push(`p.search_vector @@ (SELECT kk_search_query($${params.length}))`);
  }
  return { where, params };
}

@Injectable()
export class PersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentService,
  ) {}

  /** Attaches each person's department from the cached department list (no query, usually). */
  async withDepartments(people: Person[]): Promise<Person[]> {
    const byId = new Map((await this.departments.all()).map((department) => [department.id, department]));
    for (const person of people) person.department = person.departmentId ? (byId.get(person.departmentId) ?? null) : null;
    return people;
  }

  /** Active people by search text and department, in directory order (reading, then id), keyset-paged. */
  /**
   * With `withTotal`, the count runs on another pooled connection at the same time as the
   * page: one round trip of waiting instead of two.
   */
  async list(args: PeopleArgs, options: { withTotal?: boolean } = {}): Promise<PersonConnection> {
    const size = pageSize(args.first, 'first', PAGE_SIZE_MAX);
    const { where, params } = peopleFilter(args);
    const countWhere = [...where];
    const countParams = [...params];
    if (args.after) {
      const [sortName, id] = decodeCursor(args.after, 2);
      params.push(sortName, id);
      where.push(`(p.sort_name, p.id) > ($${params.length - 1}::text, $${params.length}::uuid)`);
    }
    params.push(size + 1);
    const count = () =>
      this.dataSource
        .query<{ count: string }[]>(`SELECT count(*) AS count FROM people p WHERE ${countWhere.join(' AND ')}`, countParams)
        .then(([row]) => Number(row?.count ?? 0));
    let total: Promise<number> | undefined = options.withTotal ? count() : undefined;
    // Not awaited yet: a page query that fails must not leave it rejected and unheard.
    total?.catch(() => undefined);
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM people p WHERE ${where.join(' AND ')} ORDER BY p.sort_name, p.id LIMIT $${params.length}`,
      params,
    );
    const page = toPage(await this.withDepartments(rows.map(toPerson)), size);
    const edges = page.nodes.map((node) => ({ cursor: encodeCursor([node.sortName, node.id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () => (total ??= count()),
    };
  }

  async byIds(ids: readonly string[]): Promise<Person[]> {
    // Every list's authors and mentions come through here: a prepared statement skips planning it each time.
    const rows = await preparedQuery<PersonRow>(this.dataSource, `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ANY($1::uuid[])`, [
      ids,
    ]);
    return this.withDepartments(rows.map(toPerson));
  }

  /** A person and their manager in one statement (a profile shows both): `[person, manager]`. */
  async withManager(id: string): Promise<[Person | null, Person | null]> {
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = $1 OR p.id = (SELECT manager_id FROM people WHERE id = $1)`,
      [id],
    );
    const people = await this.withDepartments(rows.map(toPerson));
    const person = people.find((candidate) => candidate.id === id) ?? null;
    const manager = person?.managerId ? (people.find((candidate) => candidate.id === person.managerId) ?? null) : null;
    return [person, manager];
  }

  /** Active direct reports of each manager, in directory order. */
  async directReports(managerIds: readonly string[]): Promise<Person[]> {
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.active AND p.manager_id = ANY($1::uuid[]) ORDER BY p.sort_name, p.id`,
      [managerIds],
    );
    return this.withDepartments(rows.map(toPerson));
  }

  /** Changes only the fields given; a stale `version` is a CONFLICT, never a silent overwrite. */
  async updateProfile(personId: string, input: UpdateMyProfileInput): Promise<Person> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(PersonEntity).findOne({ where: { id: personId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Person', personId);
      if (input.version != null && input.version !== current.version) {
        throw new ConflictError(
          `Your profile was changed elsewhere (version ${current.version}, you edited ${input.version}). Reload and try again.`,
        );
      }
      const changes: Partial<PersonEntity> = {};
      if (input.preferredLocale != null) changes.preferredLocale = input.preferredLocale;
      if (input.bio !== undefined) changes.bio = normalizeText(input.bio);
      if (input.location !== undefined) changes.location = normalizeText(input.location);
      if (Object.keys(changes).length > 0) {
        await manager.getRepository(PersonEntity).update({ id: personId }, { ...changes, version: current.version + 1 });
      }
      return this.reload(manager, personId);
    });
    const [person] = await this.withDepartments([updated]);
    return person!;
  }

  private async reload(manager: EntityManager, id: string): Promise<Person> {
    const [row]: PersonRow[] = await manager.query(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = $1`, [id]);
    if (!row) throw new NotFoundError('Person', id);
    return toPerson(row);
  }
}

/** Empty text clears the field; surrounding white space is not kept. */
function normalizeText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
