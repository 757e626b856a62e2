import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, SessionService } from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { findOrCreateDepartment } from './scim-departments';
import { ScimError } from './scim-error';
import { applyPatch, readPatchOperations } from './scim-patch';
import { project, projection } from './scim-projection';
import { isUuid, type ListParameters, SqlParameters, userFilterSql } from './scim-query';
import { canonicalResource, isPlainObject, type ScimObject, USER_RESOURCE } from './scim-schema';
import { inScimTransaction } from './scim-transaction';
import {
  changedAttributes,
  englishNameOf,
  localeOfLanguage,
  readUserAttributes,
  SCIM_PERSON_COLUMNS,
  SCIM_PERSON_FROM,
  type ScimPersonRow,
  type UserAttributeName,
  type UserAttributes,
  USER_ATTRIBUTE_NAMES,
  userDocument,
  userResource,
  validateUserAttributes,
} from './scim-user-document';

export interface ScimListPage {
  totalResults: number;
  startIndex: number;
  resources: ScimObject[];
}

/** What a write did that must be told to caches once it is committed. */
interface WriteEffects {
  /** People who may no longer sign in: their cached sessions are forgotten. */
  deactivated: Set<string>;
  /** Departments or who is in them (or active) changed: the cached department list and counts are stale. */
  departmentsChanged: boolean;
}

interface MatchRow {
  id: string;
  email: string;
  scim_user_name: string | null;
  scim_deleted_at: Date | null;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The attributes a POST names over what a person already has. */
function overlay(before: UserAttributes, sent: UserAttributes, fixed: Pick<UserAttributes, 'email' | 'active'>): UserAttributes {
  const named = sent.name.givenName !== null || sent.name.familyName !== null || sent.name.formatted !== null;
  return {
    userName: sent.userName ?? before.userName,
    externalId: sent.externalId ?? before.externalId,
    displayName: sent.displayName ?? before.displayName,
    name: named ? sent.name : before.name,
    title: sent.title ?? before.title,
    preferredLanguage: sent.preferredLanguage ?? before.preferredLanguage,
    department: sent.department ?? before.department,
    manager: sent.manager ?? before.manager,
    ...fixed,
  };
}

function requireBody(body: unknown): ScimObject {
  if (!isPlainObject(body)) {
    throw ScimError.invalidSyntax('The request body must be a JSON object (Content-Type: application/scim+json).');
  }
  return body;
}

/**
 * SCIM Users are the directory's people: every person, whoever created them (seed, CSV import,
 * Entra sign-in, SCIM), with their person id as the SCIM id. Deactivating or deleting never
 * removes a row: what people wrote stays, attributed to them.
 */
@Injectable()
export class ScimUserService {
  private readonly logger = new Logger('SCIM');

  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get baseUrl(): string {
    return `${this.config.publicUrl}/scim/v2`;
  }

  async list(parameters: ListParameters): Promise<ScimListPage> {
    const sql = new SqlParameters();
    const where = ['p.scim_deleted_at IS NULL'];
    if (parameters.filter) where.push(userFilterSql(parameters.filter, sql));
    const selection = projection(USER_RESOURCE, parameters.attributes, parameters.excludedAttributes);
    return inScimTransaction(this.dataSource, async (manager) => {
      const [counted] = await manager.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM people p WHERE ${where.join(' AND ')}`,
        [...sql.values],
      );
      const totalResults = counted?.total ?? 0;
      if (parameters.count === 0 || totalResults < parameters.startIndex) {
        return { totalResults, startIndex: parameters.startIndex, resources: [] };
      }
      const limit = sql.add(parameters.count);
      const offset = sql.add(parameters.startIndex - 1);
      const rows = await manager.query<ScimPersonRow[]>(
        `SELECT ${SCIM_PERSON_COLUMNS} FROM ${SCIM_PERSON_FROM} WHERE ${where.join(' AND ')} ORDER BY p.id LIMIT ${limit} OFFSET ${offset}`,
        sql.values,
      );
      return {
        totalResults,
        startIndex: parameters.startIndex,
        resources: rows.map((row) => project(userResource(row, this.baseUrl), selection)),
      };
    });
  }

  async get(id: string, attributes: string | null = null, excludedAttributes: string | null = null): Promise<ScimObject> {
    const row = await this.dataSource.transaction((manager) => this.loadRow(manager, id, false));
    return project(userResource(row, this.baseUrl), projection(USER_RESOURCE, attributes, excludedAttributes));
  }

  /**
   * Creates a user, or takes over the person it already is: one of the directory (seeded,
   * imported, signed in) with that address or userName whom no SCIM client has claimed yet,
   * or one a SCIM DELETE removed (reactivated). A userName or address another provisioned
   * user holds is a 409, so a re-sent POST never makes a second person.
   */
  async create(body: unknown): Promise<{ resource: ScimObject; id: string }> {
    const resource = canonicalResource(USER_RESOURCE, requireBody(body));
    const attributes = readUserAttributes(resource);
    validateUserAttributes(attributes, new Set(USER_ATTRIBUTE_NAMES));
    const userName = attributes.userName!;
    const email = attributes.email ?? (EMAIL_SHAPE.test(userName) ? userName.toLowerCase() : null);
    if (!email) {
      throw ScimError.invalidValue('emails: a work email address is required (or a userName that is an email address).');
    }
    const effects: WriteEffects = { deactivated: new Set(), departmentsChanged: false };
    const row = await inScimTransaction(this.dataSource, async (manager) => {
      const matches = await manager.query<MatchRow[]>(
        `SELECT id, email, scim_user_name, scim_deleted_at FROM people
         WHERE lower(scim_user_name) = lower($1) OR email = $2 OR (scim_user_name IS NULL AND email = lower($1))
         ORDER BY id FOR UPDATE`,
        [userName, email],
      );
      const byUserName = matches.find((match) =>
        match.scim_user_name === null
          ? match.email === userName.toLowerCase()
          : match.scim_user_name.toLowerCase() === userName.toLowerCase(),
      );
      const byEmail = matches.find((match) => match.email === email);
      if (byUserName && byEmail && byUserName.id !== byEmail.id) {
        throw ScimError.uniqueness(`emails: ${email} already belongs to another user (${byEmail.id}).`);
      }
      const existing = byUserName ?? byEmail;
      if (existing && existing.scim_user_name !== null && existing.scim_deleted_at === null) {
        throw existing === byUserName
          ? ScimError.uniqueness(`userName "${userName}" is already taken (user ${existing.id}).`)
          : ScimError.uniqueness(`emails: ${email} already belongs to another user (${existing.id}).`);
      }
      if (existing) {
        const current = await this.loadRow(manager, existing.id, true, true);
        const before = readUserAttributes(userDocument(current));
        // Taking over: what the POST names is written, what it leaves out stays as the directory had it.
        const after = overlay(before, attributes, { email, active: attributes.active ?? true });
        const changed = changedAttributes(before, after);
        changed.add('userName');
        if (current.active !== after.active) changed.add('active');
        await this.write(manager, current, after, changed, effects, { restore: true });
        this.logger.log(`SCIM took over person ${current.id} as ${userName}`);
        return this.loadRow(manager, current.id, false);
      }
      return this.insert(manager, { ...attributes, email }, effects);
    });
    this.afterCommit(effects);
    return { resource: userResource(row, this.baseUrl), id: row.id };
  }

  /** PUT: the user becomes what the body says (attributes left out are cleared; active left out stays). */
  async replace(id: string, body: unknown): Promise<ScimObject> {
    const resource = canonicalResource(USER_RESOURCE, requireBody(body));
    const attributes = readUserAttributes(resource);
    const effects: WriteEffects = { deactivated: new Set(), departmentsChanged: false };
    const row = await inScimTransaction(this.dataSource, async (manager) => {
      const current = await this.loadRow(manager, id, true);
      const before = readUserAttributes(userDocument(current));
      const after: UserAttributes = { ...attributes, active: attributes.active ?? before.active };
      const changed = changedAttributes(before, after);
      validateUserAttributes(after, new Set([...changed, 'userName']));
      await this.write(manager, current, after, changed, effects);
      return this.loadRow(manager, id, false);
    });
    this.afterCommit(effects);
    return userResource(row, this.baseUrl);
  }

  async patch(id: string, body: unknown): Promise<ScimObject> {
    const operations = readPatchOperations(body);
    const effects: WriteEffects = { deactivated: new Set(), departmentsChanged: false };
    const row = await inScimTransaction(this.dataSource, async (manager) => {
      const current = await this.loadRow(manager, id, true);
      const document = userDocument(current);
      const patched = applyPatch(USER_RESOURCE, document, operations);
      if (patched.ignored.length > 0) this.logger.debug(`SCIM PATCH of user ${id} ignored: ${patched.ignored.join(', ')}`);
      const before = readUserAttributes(document);
      const after = readUserAttributes(patched.resource);
      const changed = changedAttributes(before, after);
      validateUserAttributes(after, changed);
      await this.write(manager, current, after, changed, effects);
      return this.loadRow(manager, id, false);
    });
    this.afterCommit(effects);
    return userResource(row, this.baseUrl);
  }

  /**
   * DELETE deactivates and hides the person from SCIM (a later GET is a 404): their
   * newsletters, stories and tickets stay theirs. A later POST of the same userName brings
   * them back. Group memberships end.
   */
  async delete(id: string): Promise<void> {
    await inScimTransaction(this.dataSource, async (manager) => {
      await this.loadRow(manager, id, true);
      await manager.query(
        `UPDATE people SET active = false, scim_deleted_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`,
        [id],
      );
      await manager.query('DELETE FROM scim_group_members WHERE person_id = $1', [id]);
    });
    this.afterCommit({ deactivated: new Set([id]), departmentsChanged: true });
  }

  private async loadRow(manager: EntityManager, id: string, lock: boolean, includeDeleted = false): Promise<ScimPersonRow> {
    if (!isUuid(id)) throw ScimError.notFound('User', id);
    const rows = await manager.query<ScimPersonRow[]>(
      `SELECT ${SCIM_PERSON_COLUMNS} FROM ${SCIM_PERSON_FROM}
       WHERE p.id = $1 ${includeDeleted ? '' : 'AND p.scim_deleted_at IS NULL'} ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    const row = rows[0];
    if (!row) throw ScimError.notFound('User', id);
    return row;
  }

  private async insert(
    manager: EntityManager,
    attributes: UserAttributes & { email: string },
    effects: WriteEffects,
  ): Promise<ScimPersonRow> {
    const userName = attributes.userName!;
    const { givenName, familyName, formatted } = attributes.name;
    // A display name is required by the directory: the one sent, else the name, else the userName's local part.
    const nativeName = familyName && givenName && !englishNameOf(attributes.name) ? `${familyName} ${givenName}` : null;
    const displayName =
      attributes.displayName ?? formatted ?? nativeName ?? ([givenName, familyName].filter(Boolean).join(' ') || userName.split('@')[0]!);
    const [inserted] = await manager.query<{ id: string }[]>(
      `INSERT INTO people (email, display_name, display_name_en, title, preferred_locale, active,
         scim_user_name, scim_external_id, scim_given_name, scim_family_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        attributes.email,
        displayName,
        englishNameOf(attributes.name) ?? displayName,
        attributes.title,
        localeOfLanguage(attributes.preferredLanguage) ?? 'ja',
        attributes.active ?? true,
        userName,
        attributes.externalId,
        givenName,
        familyName,
      ],
    );
    const id = inserted!.id;
    const relations = new Set<UserAttributeName>();
    if (attributes.department) relations.add('department');
    if (attributes.manager) relations.add('manager');
    if (attributes.active !== false) effects.departmentsChanged = true;
    const row = await this.loadRow(manager, id, true);
    if (relations.size > 0) await this.write(manager, row, attributes, relations, effects);
    await this.resolvePendingManagers(manager, id, attributes.externalId, userName, attributes.email);
    return this.loadRow(manager, id, false);
  }

  /** Writes the attributes that changed to the person's row (one UPDATE), then what follows from them. */
  private async write(
    manager: EntityManager,
    row: ScimPersonRow,
    after: UserAttributes,
    changed: ReadonlySet<UserAttributeName>,
    effects: WriteEffects,
    options: { restore?: boolean } = {},
  ): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    if (options.restore) sets.push('scim_deleted_at = NULL');
    if (changed.has('userName') && after.userName) {
      const [taken] = await manager.query<{ id: string }[]>('SELECT id FROM people WHERE lower(scim_user_name) = lower($1) AND id <> $2', [
        after.userName,
        row.id,
      ]);
      if (taken) throw ScimError.uniqueness(`userName "${after.userName}" is already taken (user ${taken.id}).`);
      set('scim_user_name', after.userName);
    }
    if (changed.has('externalId')) set('scim_external_id', after.externalId);
    if (changed.has('active') && after.active !== null && after.active !== row.active) {
      set('active', after.active);
      effects.departmentsChanged = true;
      if (!after.active) effects.deactivated.add(row.id);
    }
    if (changed.has('displayName') && after.displayName) set('display_name', after.displayName);
    if (changed.has('name')) {
      set('scim_given_name', after.name.givenName);
      set('scim_family_name', after.name.familyName);
      const english = englishNameOf(after.name);
      if (english) set('display_name_en', english);
    }
    if (changed.has('email') && after.email && after.email !== row.email) {
      const [taken] = await manager.query<{ id: string }[]>('SELECT id FROM people WHERE email = $1 AND id <> $2', [after.email, row.id]);
      if (taken) throw ScimError.uniqueness(`emails: ${after.email} already belongs to another user (${taken.id}).`);
      set('email', after.email);
    }
    if (changed.has('title')) set('title', after.title);
    if (changed.has('preferredLanguage')) {
      const locale = localeOfLanguage(after.preferredLanguage);
      if (locale) set('preferred_locale', locale);
    }
    if (changed.has('department')) {
      // Another name of the same department (its code, English name) writes nothing.
      const departmentId = after.department ? (await findOrCreateDepartment(manager, after.department)).id : null;
      if (departmentId !== row.department_id) {
        set('department_id', departmentId);
        effects.departmentsChanged = true;
      }
    }
    if (changed.has('manager')) {
      const reference = after.manager;
      const managerId = reference ? await this.resolveManager(manager, reference, row.id) : null;
      set('manager_id', managerId === 'self' ? null : managerId);
      // Someone not provisioned yet: kept, and resolved when they arrive.
      set('pending_manager_ref', reference && managerId === null ? reference : null);
    }
    if (sets.length === 0) return;
    // The first SCIM write claims a directory person: their userName stays the one the client saw (their address then).
    if (row.scim_user_name === null && !sets.some((clause) => clause.startsWith('scim_user_name '))) set('scim_user_name', row.email);
    values.push(row.id);
    await manager.query(
      `UPDATE people SET ${sets.join(', ')}, updated_at = now(), version = version + 1 WHERE id = $${values.length}`,
      values,
    );
    if (changed.has('userName') || changed.has('externalId') || changed.has('email') || options.restore) {
      await this.resolvePendingManagers(
        manager,
        row.id,
        changed.has('externalId') ? after.externalId : row.scim_external_id,
        after.userName ?? row.scim_user_name ?? row.email,
        after.email ?? row.email,
      );
    }
  }

  /** A manager reference: a person id, else a SCIM externalId, else a userName or address. 'self' when it names the person. */
  private async resolveManager(manager: EntityManager, reference: string, personId: string): Promise<string | 'self' | null> {
    const [found] = await manager.query<{ id: string }[]>(
      `SELECT id FROM people
       WHERE scim_deleted_at IS NULL
         AND (id = $1::uuid OR scim_external_id = $2 OR lower(scim_user_name) = lower($2) OR email = lower($2))
       ORDER BY CASE WHEN id = $1::uuid THEN 0 WHEN scim_external_id = $2 THEN 1 WHEN lower(scim_user_name) = lower($2) THEN 2 ELSE 3 END
       LIMIT 1`,
      [isUuid(reference) ? reference : null, reference],
    );
    if (!found) return null;
    return found.id === personId ? 'self' : found.id;
  }

  /** People whose manager reference named this person before they existed (or under a key they now have). */
  private async resolvePendingManagers(
    manager: EntityManager,
    personId: string,
    externalId: string | null,
    userName: string,
    email: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE people SET manager_id = $1, pending_manager_ref = NULL, updated_at = now(), version = version + 1
       WHERE pending_manager_ref IS NOT NULL AND id <> $1 AND scim_deleted_at IS NULL
         AND (pending_manager_ref = $2 OR pending_manager_ref = $3 OR lower(pending_manager_ref) = lower($4) OR lower(pending_manager_ref) = lower($5))`,
      [personId, personId, externalId, userName, email],
    );
  }

  private afterCommit(effects: WriteEffects): void {
    // A signed-in session is re-checked against Postgres (active people only) once its cache entry is gone.
    for (const personId of effects.deactivated) this.sessions.forgetPerson(personId);
    if (effects.departmentsChanged) this.departments.invalidate();
  }
}
