import { ScimError } from './scim-error';
import { toBoolean } from './scim-patch';
import { isPlainObject, type ScimObject } from './scim-schema';
import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, SCIM_LIMITS } from './scim.constants';

// A SCIM User as the hub keeps it, both ways: a person's row as the canonical resource the
// PATCH applier works on and GET shows, and a resource (POST, PUT, or a patched one) read
// back into the person's fields, each checked and named when wrong.

/** A person's row with what SCIM shows of it. */
export interface ScimPersonRow {
  id: string;
  email: string;
  display_name: string;
  display_name_en: string;
  title: string | null;
  preferred_locale: string;
  active: boolean;
  scim_user_name: string | null;
  scim_external_id: string | null;
  scim_given_name: string | null;
  scim_family_name: string | null;
  pending_manager_ref: string | null;
  manager_id: string | null;
  department_id: string | null;
  department_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const SCIM_PERSON_COLUMNS = `p.id, p.email, p.display_name, p.display_name_en, p.title, p.preferred_locale, p.active,
  p.scim_user_name, p.scim_external_id, p.scim_given_name, p.scim_family_name, p.pending_manager_ref, p.manager_id,
  p.department_id, d.name_ja AS department_name, p.created_at, p.updated_at, p.version`;
export const SCIM_PERSON_FROM = 'people p LEFT JOIN departments d ON d.id = p.department_id';

/** The person's attributes as written through SCIM (or what they are now). */
export interface UserAttributes {
  userName: string | null;
  externalId: string | null;
  active: boolean | null;
  displayName: string | null;
  name: { givenName: string | null; familyName: string | null; formatted: string | null };
  email: string | null;
  title: string | null;
  preferredLanguage: string | null;
  department: string | null;
  manager: string | null;
}

export type UserAttributeName = keyof UserAttributes;
export const USER_ATTRIBUTE_NAMES: UserAttributeName[] = [
  'userName',
  'externalId',
  'active',
  'displayName',
  'name',
  'email',
  'title',
  'preferredLanguage',
  'department',
  'manager',
];

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.,'’\-()0-9]+$/u;

/** The locale a preferredLanguage tag asks for: "ja-JP", "ja" → ja; "en-US", "en" → en; others → none. */
export function localeOfLanguage(tag: string | null): 'ja' | 'en' | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ja' ? 'ja' : primary === 'en' ? 'en' : null;
}

/** A name written in Latin letters (`Taro Yamada`) is the person's English name; other scripts are not. */
export function isLatinName(text: string): boolean {
  return LATIN_NAME.test(text) && /\p{Script=Latin}/u.test(text);
}

/** The English display name a SCIM name gives, when it is written in Latin letters. */
export function englishNameOf(name: UserAttributes['name']): string | null {
  const parts = [name.givenName, name.familyName].filter((part): part is string => !!part && part.trim() !== '');
  const candidate = parts.length > 0 ? parts.join(' ') : (name.formatted ?? '').trim();
  return candidate && isLatinName(candidate) ? candidate.replace(/\s+/g, ' ').trim() : null;
}

/** The canonical resource (attributes only) of a person, as the PATCH applier and GET see it. */
export function userDocument(row: ScimPersonRow): ScimObject {
  const name: ScimObject = { formatted: row.display_name_en };
  if (row.scim_given_name) name['givenName'] = row.scim_given_name;
  if (row.scim_family_name) name['familyName'] = row.scim_family_name;
  const enterprise: ScimObject = {};
  if (row.department_name) enterprise['department'] = row.department_name;
  if (row.manager_id) enterprise['manager'] = { value: row.manager_id };
  else if (row.pending_manager_ref) enterprise['manager'] = { value: row.pending_manager_ref };
  return {
    ...(row.scim_external_id ? { externalId: row.scim_external_id } : {}),
    userName: row.scim_user_name ?? row.email,
    name,
    displayName: row.display_name,
    ...(row.title ? { title: row.title } : {}),
    preferredLanguage: row.preferred_locale === 'en' ? 'en' : 'ja',
    active: row.active,
    emails: [{ value: row.email, type: 'work', primary: true }],
    ...(Object.keys(enterprise).length > 0 ? { [ENTERPRISE_USER_SCHEMA]: enterprise } : {}),
  };
}

/** The full SCIM User of a person: schemas, id, attributes and meta. */
export function userResource(row: ScimPersonRow, baseUrl: string): ScimObject {
  const document = userDocument(row);
  const manager = (document[ENTERPRISE_USER_SCHEMA] as ScimObject | undefined)?.['manager'] as ScimObject | undefined;
  if (manager && row.manager_id) manager['$ref'] = `${baseUrl}/Users/${row.manager_id}`;
  // A pending reference names nobody yet: not shown as a manager.
  if (manager && !row.manager_id) delete (document[ENTERPRISE_USER_SCHEMA] as ScimObject)['manager'];
  if (document[ENTERPRISE_USER_SCHEMA] && Object.keys(document[ENTERPRISE_USER_SCHEMA] as ScimObject).length === 0) {
    delete document[ENTERPRISE_USER_SCHEMA];
  }
  return {
    schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
    id: row.id,
    ...document,
    meta: {
      resourceType: 'User',
      created: row.created_at.toISOString(),
      lastModified: row.updated_at.toISOString(),
      location: `${baseUrl}/Users/${row.id}`,
      version: `W/"${row.version}"`,
    },
  };
}

function optionalString(value: unknown, label: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw ScimError.invalidValue(`${label} must be a string (got ${JSON.stringify(value)}).`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The primary address, else the work one, else the first. */
function emailOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  const entries = list.map((entry, index) => {
    if (typeof entry === 'string') return { value: entry, type: null, primary: false };
    if (!isPlainObject(entry)) throw ScimError.invalidValue(`emails[${index}] must be an object with a value.`);
    return {
      value: optionalString(entry['value'], `emails[${index}].value`),
      type: typeof entry['type'] === 'string' ? entry['type'].toLowerCase() : null,
      primary: toBoolean(entry['primary']) === true,
    };
  });
  const chosen =
    entries.find((entry) => entry.primary && entry.value) ??
    entries.find((entry) => entry.type === 'work' && entry.value) ??
    entries.find((entry) => entry.value);
  return chosen?.value ?? null;
}

/** The manager reference: `{ "value": "<id>" }`, a plain string, or a one-element array of either. */
function managerOf(value: unknown): string | null {
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined || single === null) return null;
  if (isPlainObject(single)) return optionalString(single['value'], 'manager.value');
  return optionalString(single, 'manager');
}

/** A canonical User resource read into the person's attributes; wrong types are a 400 naming the attribute. */
export function readUserAttributes(resource: ScimObject): UserAttributes {
  const name = isPlainObject(resource['name']) ? resource['name'] : {};
  if (resource['name'] !== undefined && resource['name'] !== null && !isPlainObject(resource['name'])) {
    throw ScimError.invalidValue('name must be an object (givenName, familyName, formatted).');
  }
  const enterprise = isPlainObject(resource[ENTERPRISE_USER_SCHEMA]) ? (resource[ENTERPRISE_USER_SCHEMA] as ScimObject) : {};
  const active = resource['active'];
  const activeValue = active === undefined || active === null ? null : toBoolean(active);
  if (activeValue === undefined) throw ScimError.invalidValue(`active must be true or false (got ${JSON.stringify(active)}).`);
  return {
    userName: optionalString(resource['userName'], 'userName'),
    externalId: optionalString(resource['externalId'], 'externalId'),
    active: activeValue,
    displayName: optionalString(resource['displayName'], 'displayName'),
    name: {
      givenName: optionalString(name['givenName'], 'name.givenName'),
      familyName: optionalString(name['familyName'], 'name.familyName'),
      formatted: optionalString(name['formatted'], 'name.formatted'),
    },
    email: emailOf(resource['emails'])?.toLowerCase() ?? null,
    title: optionalString(resource['title'], 'title'),
    preferredLanguage: optionalString(resource['preferredLanguage'], 'preferredLanguage'),
    department: optionalString(enterprise['department'], `${ENTERPRISE_USER_SCHEMA}:department`),
    manager: managerOf(enterprise['manager']),
  };
}

function tooLong(value: string | null, limit: number): boolean {
  return value !== null && [...value].length > limit;
}

/** Checks what is about to be written (only the attributes that change): a 400 invalidValue naming the first problem. */
export function validateUserAttributes(attributes: UserAttributes, changed: ReadonlySet<UserAttributeName>): void {
  const check = (name: UserAttributeName, failed: boolean, detail: string) => {
    if (changed.has(name) && failed) throw ScimError.invalidValue(detail);
  };
  check('userName', !attributes.userName, 'userName is required.');
  check('userName', tooLong(attributes.userName, SCIM_LIMITS.userName), `userName must be at most ${SCIM_LIMITS.userName} characters.`);
  check(
    'externalId',
    tooLong(attributes.externalId, SCIM_LIMITS.externalId),
    `externalId must be at most ${SCIM_LIMITS.externalId} characters.`,
  );
  check(
    'displayName',
    tooLong(attributes.displayName, SCIM_LIMITS.displayName),
    `displayName must be at most ${SCIM_LIMITS.displayName} characters.`,
  );
  for (const part of ['givenName', 'familyName', 'formatted'] as const) {
    check('name', tooLong(attributes.name[part], SCIM_LIMITS.namePart), `name.${part} must be at most ${SCIM_LIMITS.namePart} characters.`);
  }
  check('email', attributes.email !== null && !EMAIL.test(attributes.email), `emails: "${attributes.email}" is not a valid email address.`);
  check('email', tooLong(attributes.email, SCIM_LIMITS.email), `emails: an address must be at most ${SCIM_LIMITS.email} characters.`);
  check('title', tooLong(attributes.title, SCIM_LIMITS.title), `title must be at most ${SCIM_LIMITS.title} characters.`);
  check(
    'department',
    tooLong(attributes.department, SCIM_LIMITS.department),
    `${ENTERPRISE_USER_SCHEMA}:department must be at most ${SCIM_LIMITS.department} characters.`,
  );
  check(
    'manager',
    tooLong(attributes.manager, SCIM_LIMITS.managerReference),
    `${ENTERPRISE_USER_SCHEMA}:manager must be at most ${SCIM_LIMITS.managerReference} characters.`,
  );
}

/** The attributes that differ between two readings of a user (before and after a PATCH or PUT). */
export function changedAttributes(before: UserAttributes, after: UserAttributes): Set<UserAttributeName> {
  const changed = new Set<UserAttributeName>();
  for (const name of USER_ATTRIBUTE_NAMES) {
    if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) changed.add(name);
  }
  // A userName that differs only in case is still written: it is kept as the client sent it.
  return changed;
}
