import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, modifiedRows } from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { findDepartment } from './scim-departments';
import { ScimError } from './scim-error';
import { type FilterExpression, parseAttributePath } from './scim-filter';
import { applyPatch, type PatchOperation, readPatchOperations } from './scim-patch';
import { project, projection } from './scim-projection';
import { groupFilterSql, isUuid, type ListParameters, SqlParameters } from './scim-query';
import { canonicalResource, GROUP_RESOURCE, isPlainObject, type ScimObject } from './scim-schema';
import { inScimTransaction } from './scim-transaction';
import { CORE_GROUP_SCHEMA, SCIM_LIMITS } from './scim.constants';
import type { ScimListPage } from './scim-user.service';

interface GroupRow {
  id: string;
  display_name: string;
  external_id: string | null;
  department_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

interface MemberRow {
  group_id: string;
  person_id: string;
  display_name: string;
}

interface GroupAttributes {
  displayName: string | null;
  externalId: string | null;
}

/** A change to a group's members, in the order the request gave them. */
type MemberChange = { kind: 'add' | 'replace' | 'remove'; ids: string[] } | { kind: 'clear' };

const GROUP_COLUMNS = 'g.id, g.display_name, g.external_id, g.department_id, g.created_at, g.updated_at, g.version';

function requireBody(body: unknown): ScimObject {
  if (!isPlainObject(body)) {
    throw ScimError.invalidSyntax('The request body must be a JSON object (Content-Type: application/scim+json).');
  }
  return body;
}

function optionalString(value: unknown, label: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw ScimError.invalidValue(`${label} must be a string (got ${JSON.stringify(value)}).`);
  return value.trim() === '' ? null : value.trim();
}

function readGroupAttributes(resource: ScimObject): GroupAttributes {
  return {
    displayName: optionalString(resource['displayName'], 'displayName'),
    externalId: optionalString(resource['externalId'], 'externalId'),
  };
}

function validateGroupAttributes(attributes: GroupAttributes): void {
  if (!attributes.displayName) throw ScimError.invalidValue('displayName is required.');
  if ([...attributes.displayName].length > SCIM_LIMITS.groupDisplayName) {
    throw ScimError.invalidValue(`displayName must be at most ${SCIM_LIMITS.groupDisplayName} characters.`);
  }
  if (attributes.externalId && [...attributes.externalId].length > SCIM_LIMITS.externalId) {
    throw ScimError.invalidValue(`externalId must be at most ${SCIM_LIMITS.externalId} characters.`);
  }
}

/** Member ids of a members value: `[{"value": "<id>"}, …]` (a single object or bare ids too). */
function memberIds(value: unknown, label = 'members'): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (list.length > SCIM_LIMITS.groupMembers)
    throw ScimError.invalidValue(`${label}: at most ${SCIM_LIMITS.groupMembers} members per request.`);
  return list.map((member, index) => {
    const id = isPlainObject(member) ? member['value'] : member;
    if (typeof id !== 'string' || id.trim() === '') throw ScimError.invalidValue(`${label}[${index}].value must be the id of a user.`);
    return id.trim();
  });
}

/** The ids a `members[value eq "…"]` path names. */
function idsOfMemberFilter(filter: FilterExpression): string[] {
  if (filter.kind === 'and') return [...idsOfMemberFilter(filter.left), ...idsOfMemberFilter(filter.right)];
  if (filter.kind === 'eq' && filter.path.attribute.toLowerCase() === 'value' && typeof filter.value === 'string') return [filter.value];
  throw ScimError.invalidPath('A members path may filter only on value: members[value eq "<user id>"].');
}

function keyOf(object: ScimObject, name: string): string | undefined {
  return Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase());
}

/**
 * SCIM Groups (Entra security and Microsoft 365 groups). A group whose displayName or
 * externalId is a department's code, Japanese or English name stands for that department:
 * its members are moved into it as they are added. Deleting a group deletes it and its
 * memberships, nothing else.
 */
@Injectable()
export class ScimGroupService {
  private readonly logger = new Logger('SCIM');

  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get baseUrl(): string {
    return `${this.config.publicUrl}/scim/v2`;
  }

  async list(parameters: ListParameters): Promise<ScimListPage> {
    const sql = new SqlParameters();
    const where = parameters.filter ? groupFilterSql(parameters.filter, sql) : 'true';
    const selection = projection(GROUP_RESOURCE, parameters.attributes, parameters.excludedAttributes);
    return inScimTransaction(this.dataSource, async (manager) => {
      const [counted] = await manager.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM scim_groups g WHERE ${where}`, [
        ...sql.values,
      ]);
      const totalResults = counted?.total ?? 0;
      if (parameters.count === 0 || totalResults < parameters.startIndex) {
        return { totalResults, startIndex: parameters.startIndex, resources: [] };
      }
      const limit = sql.add(parameters.count);
      const offset = sql.add(parameters.startIndex - 1);
      const rows = await manager.query<GroupRow[]>(
        `SELECT ${GROUP_COLUMNS} FROM scim_groups g WHERE ${where} ORDER BY g.id LIMIT ${limit} OFFSET ${offset}`,
        sql.values,
      );
      const members = selection.includes('members')
        ? await this.members(
            manager,
            rows.map((row) => row.id),
          )
        : null;
      return {
        totalResults,
        startIndex: parameters.startIndex,
        resources: rows.map((row) => project(this.resource(row, members), selection)),
      };
    });
  }

  async get(id: string, attributes: string | null = null, excludedAttributes: string | null = null): Promise<ScimObject> {
    const selection = projection(GROUP_RESOURCE, attributes, excludedAttributes);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.loadRow(manager, id, false);
      const members = selection.includes('members') ? await this.members(manager, [row.id]) : null;
      return project(this.resource(row, members), selection);
    });
  }

  async create(body: unknown): Promise<{ resource: ScimObject; id: string }> {
    const resource = canonicalResource(GROUP_RESOURCE, requireBody(body));
    const attributes = readGroupAttributes(resource);
    validateGroupAttributes(attributes);
    const ids = memberIds(resource['members']);
    let moved = false;
    const created = await inScimTransaction(this.dataSource, async (manager) => {
      await this.assertUnique(manager, attributes, null);
      const departmentId = await findDepartment(manager, [attributes.displayName, attributes.externalId]);
      const [inserted] = await manager.query<{ id: string }[]>(
        'INSERT INTO scim_groups (display_name, external_id, department_id) VALUES ($1, $2, $3) RETURNING id',
        [attributes.displayName, attributes.externalId, departmentId],
      );
      const id = inserted!.id;
      moved = await this.changeMembers(manager, id, departmentId, [{ kind: 'add', ids }]);
      const row = await this.loadRow(manager, id, false);
      return { row, members: await this.members(manager, [id]) };
    });
    if (moved) this.departments.invalidate();
    return { resource: this.resource(created.row, created.members), id: created.row.id };
  }

  /** PUT: displayName, externalId and members become what the body says (members left out: none). */
  async replace(id: string, body: unknown): Promise<ScimObject> {
    const resource = canonicalResource(GROUP_RESOURCE, requireBody(body));
    const attributes = readGroupAttributes(resource);
    validateGroupAttributes(attributes);
    const ids = memberIds(resource['members']);
    let moved = false;
    const replaced = await inScimTransaction(this.dataSource, async (manager) => {
      const current = await this.loadRow(manager, id, true);
      const departmentId = await this.writeAttributes(manager, current, attributes);
      moved = await this.changeMembers(manager, id, departmentId, [{ kind: 'replace', ids }], departmentId !== current.department_id);
      await this.touch(manager, id);
      const row = await this.loadRow(manager, id, false);
      return { row, members: await this.members(manager, [id]) };
    });
    if (moved) this.departments.invalidate();
    return this.resource(replaced.row, replaced.members);
  }

  /** PATCH: member additions and removals, displayName and externalId; answered with 204 as Entra expects. */
  async patch(id: string, body: unknown): Promise<void> {
    const operations = readPatchOperations(body);
    const changes: MemberChange[] = [];
    const attributeOperations: PatchOperation[] = [];
    for (const operation of operations) {
      if (operation.path !== null) {
        const path = parseAttributePath(operation.path);
        const isMembers =
          path.attribute.toLowerCase() === 'members' && (!path.urn || path.urn.toLowerCase() === CORE_GROUP_SCHEMA.toLowerCase());
        if (!isMembers) {
          attributeOperations.push(operation);
        } else if (operation.op === 'remove') {
          // Entra's two forms: members[value eq "<id>"], and path members with a value listing them; no value: all.
          if (path.valueFilter) changes.push({ kind: 'remove', ids: idsOfMemberFilter(path.valueFilter) });
          else if (operation.value !== undefined && operation.value !== null)
            changes.push({ kind: 'remove', ids: memberIds(operation.value) });
          else changes.push({ kind: 'clear' });
        } else {
          if (path.valueFilter || path.subAttribute) {
            throw ScimError.invalidPath(`${operation.path}: add members with the path "members" and a list of {"value": "<user id>"}.`);
          }
          changes.push({ kind: operation.op === 'add' ? 'add' : 'replace', ids: memberIds(operation.value) });
        }
        continue;
      }
      if (isPlainObject(operation.value)) {
        const membersKey = keyOf(operation.value, 'members');
        if (membersKey) {
          changes.push({ kind: operation.op === 'add' ? 'add' : 'replace', ids: memberIds(operation.value[membersKey]) });
          const rest = { ...operation.value };
          delete rest[membersKey];
          if (Object.keys(rest).length > 0) attributeOperations.push({ ...operation, value: rest });
          continue;
        }
      }
      attributeOperations.push(operation);
    }
    let moved = false;
    await inScimTransaction(this.dataSource, async (manager) => {
      const current = await this.loadRow(manager, id, true);
      let departmentId = current.department_id;
      if (attributeOperations.length > 0) {
        const document: ScimObject = {
          displayName: current.display_name,
          ...(current.external_id ? { externalId: current.external_id } : {}),
        };
        const patched = applyPatch(GROUP_RESOURCE, document, attributeOperations);
        if (patched.ignored.length > 0) this.logger.debug(`SCIM PATCH of group ${id} ignored: ${patched.ignored.join(', ')}`);
        const attributes = readGroupAttributes(patched.resource);
        validateGroupAttributes(attributes);
        departmentId = await this.writeAttributes(manager, current, attributes);
      }
      moved = await this.changeMembers(manager, id, departmentId, changes, departmentId !== current.department_id);
      await this.touch(manager, id);
    });
    if (moved) this.departments.invalidate();
  }

  async delete(id: string): Promise<void> {
    if (!isUuid(id)) throw ScimError.notFound('Group', id);
    // Memberships go with it (ON DELETE CASCADE); people keep their department.
    const deleted = await inScimTransaction(this.dataSource, (manager) =>
      manager.query<unknown>('DELETE FROM scim_groups WHERE id = $1 RETURNING id', [id]),
    );
    if (modifiedRows(deleted).length === 0) throw ScimError.notFound('Group', id);
  }

  private async loadRow(manager: EntityManager, id: string, lock: boolean): Promise<GroupRow> {
    if (!isUuid(id)) throw ScimError.notFound('Group', id);
    const [row] = await manager.query<GroupRow[]>(
      `SELECT ${GROUP_COLUMNS} FROM scim_groups g WHERE g.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw ScimError.notFound('Group', id);
    return row;
  }

  private async assertUnique(manager: EntityManager, attributes: GroupAttributes, exceptId: string | null): Promise<void> {
    const [taken] = await manager.query<{ id: string; display_name: string; external_id: string | null }[]>(
      `SELECT id, display_name, external_id FROM scim_groups
       WHERE (lower(display_name) = lower($1) OR external_id = $2) AND id IS DISTINCT FROM $3::uuid LIMIT 1`,
      [attributes.displayName, attributes.externalId, exceptId],
    );
    if (!taken) return;
    throw taken.display_name.toLowerCase() === attributes.displayName?.toLowerCase()
      ? ScimError.uniqueness(`displayName "${attributes.displayName}" is already taken (group ${taken.id}).`)
      : ScimError.uniqueness(`externalId "${attributes.externalId}" is already taken (group ${taken.id}).`);
  }

  /** Writes displayName and externalId when they change; returns the department the group now stands for. */
  private async writeAttributes(manager: EntityManager, current: GroupRow, attributes: GroupAttributes): Promise<string | null> {
    if (attributes.displayName === current.display_name && attributes.externalId === current.external_id) return current.department_id;
    await this.assertUnique(manager, attributes, current.id);
    const departmentId = await findDepartment(manager, [attributes.displayName, attributes.externalId]);
    await manager.query('UPDATE scim_groups SET display_name = $1, external_id = $2, department_id = $3 WHERE id = $4', [
      attributes.displayName,
      attributes.externalId,
      departmentId,
      current.id,
    ]);
    return departmentId;
  }

  /**
   * Applies member changes in order; unknown user ids refuse the whole request (400 naming
   * them). Added members of a group that stands for a department move into it; when the group
   * has just come to stand for one, all its members do. Returns whether anyone moved.
   */
  private async changeMembers(
    manager: EntityManager,
    groupId: string,
    departmentId: string | null,
    changes: MemberChange[],
    mappingChanged = false,
  ): Promise<boolean> {
    const added = [...new Set(changes.flatMap((change) => (change.kind === 'add' || change.kind === 'replace' ? change.ids : [])))];
    await this.assertPeopleExist(manager, added);
    for (const change of changes) {
      if (change.kind === 'clear' || change.kind === 'replace') {
        await manager.query('DELETE FROM scim_group_members WHERE group_id = $1', [groupId]);
      }
      if ((change.kind === 'add' || change.kind === 'replace') && change.ids.length > 0) {
        await manager.query(`INSERT INTO scim_group_members (group_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
          groupId,
          [...new Set(change.ids)],
        ]);
      }
      if (change.kind === 'remove') {
        const ids = change.ids.filter(isUuid);
        // Removing someone who is not a member (or no longer exists) is already done.
        if (ids.length > 0)
          await manager.query('DELETE FROM scim_group_members WHERE group_id = $1 AND person_id = ANY($2::uuid[])', [groupId, ids]);
      }
    }
    if (!departmentId) return false;
    const moved = mappingChanged
      ? await manager.query<unknown>(
          `UPDATE people SET department_id = $1, updated_at = now(), version = version + 1
           WHERE id IN (SELECT person_id FROM scim_group_members WHERE group_id = $2) AND department_id IS DISTINCT FROM $1
           RETURNING id`,
          [departmentId, groupId],
        )
      : added.length > 0
        ? await manager.query<unknown>(
            `UPDATE people SET department_id = $1, updated_at = now(), version = version + 1
             WHERE id IN (SELECT person_id FROM scim_group_members WHERE group_id = $2 AND person_id = ANY($3::uuid[]))
               AND department_id IS DISTINCT FROM $1
             RETURNING id`,
            [departmentId, groupId, added],
          )
        : [];
    return modifiedRows(moved).length > 0;
  }

  private async assertPeopleExist(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const uuids = ids.filter(isUuid);
    const found = new Set(
      uuids.length > 0
        ? (
            await manager.query<{ id: string }[]>('SELECT id FROM people WHERE id = ANY($1::uuid[]) AND scim_deleted_at IS NULL', [uuids])
          ).map((row) => row.id)
        : [],
    );
    const unknown = ids.filter((id) => !found.has(id.toLowerCase()) && !found.has(id));
    if (unknown.length === 0) return;
    const shown = unknown.slice(0, 5).map((id) => `"${id}"`);
    throw ScimError.invalidValue(
      `members: no user has the id ${shown.join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''}; nothing was changed.`,
    );
  }

  private async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE scim_groups SET updated_at = now(), version = version + 1 WHERE id = $1', [id]);
  }

  private async members(manager: EntityManager, groupIds: string[]): Promise<Map<string, MemberRow[]>> {
    const byGroup = new Map<string, MemberRow[]>(groupIds.map((id) => [id, []]));
    if (groupIds.length === 0) return byGroup;
    const rows = await manager.query<MemberRow[]>(
      `SELECT m.group_id, m.person_id, p.display_name FROM scim_group_members m JOIN people p ON p.id = m.person_id
       WHERE m.group_id = ANY($1::uuid[]) ORDER BY p.display_name, p.id`,
      [groupIds],
    );
    for (const row of rows) byGroup.get(row.group_id)?.push(row);
    return byGroup;
  }

  private resource(row: GroupRow, members: Map<string, MemberRow[]> | null): ScimObject {
    return {
      schemas: [CORE_GROUP_SCHEMA],
      id: row.id,
      ...(row.external_id ? { externalId: row.external_id } : {}),
      displayName: row.display_name,
      ...(members
        ? {
            members: (members.get(row.id) ?? []).map((member) => ({
              value: member.person_id,
              display: member.display_name,
              type: 'User',
              $ref: `${this.baseUrl}/Users/${member.person_id}`,
            })),
          }
        : {}),
      meta: {
        resourceType: 'Group',
        created: row.created_at.toISOString(),
        lastModified: row.updated_at.toISOString(),
        location: `${this.baseUrl}/Groups/${row.id}`,
        version: `W/"${row.version}"`,
      },
    };
  }
}
