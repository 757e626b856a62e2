import { CORE_GROUP_SCHEMA, CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA } from './scim.constants';
import type { AttributePath } from './scim-filter';

// The attributes this endpoint understands, written once: they drive the PATCH applier
// (canonical names, types, multi-valued or not) and are what /Schemas shows. An attribute
// not listed here is ignored when written, never an error: provisioning clients send more
// than any one app keeps (phone numbers, addresses, employee numbers).

export interface ScimAttribute {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime';
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'default' | 'never' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  subAttributes?: ScimAttribute[];
  referenceTypes?: string[];
  canonicalValues?: string[];
}

export interface ScimSchemaDefinition {
  id: string;
  name: string;
  description: string;
  attributes: ScimAttribute[];
}

export interface ScimResourceDefinition {
  name: 'User' | 'Group';
  core: ScimSchemaDefinition;
  extensions: ScimSchemaDefinition[];
  /** Names without a schema that stand for an extension's attribute (Entra sends the path "manager"). */
  aliases: Record<string, { schema: string; attribute: string }>;
}

type AttributeOptions = Partial<Omit<ScimAttribute, 'name' | 'description'>>;

function attribute(name: string, description: string, options: AttributeOptions = {}): ScimAttribute {
  return {
    name,
    type: 'string',
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

const ID = attribute('id', 'Unique identifier of the resource, assigned by the hub (the person or group id).', {
  mutability: 'readOnly',
  returned: 'always',
  uniqueness: 'server',
  caseExact: true,
});
const EXTERNAL_ID = attribute('externalId', 'Identifier of the resource in the provisioning client (Entra: mailNickname or objectId).', {
  caseExact: true,
});

export const USER_SCHEMA: ScimSchemaDefinition = {
  id: CORE_USER_SCHEMA,
  name: 'User',
  description: 'User Account: every person of the hub’s directory.',
  attributes: [
    ID,
    EXTERNAL_ID,
    attribute('userName', 'Unique identifier for the User (Entra: userPrincipalName). Case-insensitive.', {
      required: true,
      uniqueness: 'server',
    }),
    attribute('name', 'The components of the user’s name; a name in Latin letters becomes the English display name.', {
      type: 'complex',
      subAttributes: [
        attribute('formatted', 'The full name.'),
        attribute('familyName', 'The family name.'),
        attribute('givenName', 'The given name.'),
      ],
    }),
    attribute('displayName', 'The name shown in the hub (Japanese or any script).'),
    attribute('title', 'The job title.'),
    attribute('preferredLanguage', 'The preferred language (ja-JP, en-US, ja or en); others are kept as they are.'),
    attribute('active', 'Whether the person may sign in. false deactivates (a soft delete: their content stays).', { type: 'boolean' }),
    attribute('emails', 'Email addresses; the primary (or work) address is the person’s hub address.', {
      type: 'complex',
      multiValued: true,
      subAttributes: [
        attribute('value', 'The email address.'),
        attribute('type', 'The kind of address (work).', { canonicalValues: ['work', 'home', 'other'] }),
        attribute('primary', 'Whether this is the primary address.', { type: 'boolean' }),
        attribute('display', 'A label for the address.'),
      ],
    }),
  ],
};

export const ENTERPRISE_USER_SCHEMA_DEFINITION: ScimSchemaDefinition = {
  id: ENTERPRISE_USER_SCHEMA,
  name: 'EnterpriseUser',
  description: 'Enterprise User: department and manager.',
  attributes: [
    attribute('department', 'The department, matched by code, Japanese or English name; a new name creates a department.'),
    attribute('manager', 'The manager: the id, externalId or userName of another user.', {
      type: 'complex',
      subAttributes: [
        attribute('value', 'The id of the manager (or their externalId or userName).'),
        attribute('$ref', 'The URI of the manager’s User resource.', { type: 'reference', referenceTypes: ['User'] }),
        attribute('displayName', 'The manager’s display name.', { mutability: 'readOnly' }),
      ],
    }),
  ],
};

export const GROUP_SCHEMA: ScimSchemaDefinition = {
  id: CORE_GROUP_SCHEMA,
  name: 'Group',
  description: 'Group: a group whose name or externalId matches a department moves its members into that department.',
  attributes: [
    ID,
    EXTERNAL_ID,
    attribute('displayName', 'A human-readable name for the Group; unique, case-insensitive.', { required: true, uniqueness: 'server' }),
    attribute('members', 'The users in the group.', {
      type: 'complex',
      multiValued: true,
      subAttributes: [
        attribute('value', 'The id of a user.', { mutability: 'immutable' }),
        attribute('$ref', 'The URI of the user.', { type: 'reference', referenceTypes: ['User'], mutability: 'immutable' }),
        attribute('display', 'The user’s display name.', { mutability: 'readOnly' }),
        attribute('type', 'The kind of member (User).', { mutability: 'immutable', canonicalValues: ['User'] }),
      ],
    }),
  ],
};

export const USER_RESOURCE: ScimResourceDefinition = {
  name: 'User',
  core: USER_SCHEMA,
  extensions: [ENTERPRISE_USER_SCHEMA_DEFINITION],
  aliases: {
    manager: { schema: ENTERPRISE_USER_SCHEMA, attribute: 'manager' },
    department: { schema: ENTERPRISE_USER_SCHEMA, attribute: 'department' },
  },
};

export const GROUP_RESOURCE: ScimResourceDefinition = { name: 'Group', core: GROUP_SCHEMA, extensions: [], aliases: {} };

export const ALL_SCHEMAS = [USER_SCHEMA, ENTERPRISE_USER_SCHEMA_DEFINITION, GROUP_SCHEMA];

function findByName<T extends { name: string }>(list: readonly T[] | undefined, name: string): T | undefined {
  const lower = name.toLowerCase();
  return list?.find((item) => item.name.toLowerCase() === lower);
}

export function findSubAttribute(parent: ScimAttribute, name: string): ScimAttribute | undefined {
  return findByName(parent.subAttributes, name);
}

/** The extension schema a key names exactly (`urn:…:enterprise:2.0:User`), if any. */
export function findExtension(resource: ScimResourceDefinition, key: string): ScimSchemaDefinition | undefined {
  const lower = key.toLowerCase();
  return resource.extensions.find((extension) => extension.id.toLowerCase() === lower);
}

export interface ResolvedAttribute {
  /** Null for the core schema; else the extension's URN (the key its attributes live under). */
  container: string | null;
  attribute: ScimAttribute;
}

/** What a path names, or null when it names nothing this endpoint keeps (then it is ignored). */
export function resolveAttribute(
  resource: ScimResourceDefinition,
  path: Pick<AttributePath, 'urn' | 'attribute'>,
): ResolvedAttribute | null {
  if (path.urn) {
    const urn = path.urn.toLowerCase();
    if (urn === resource.core.id.toLowerCase()) {
      const found = findByName(resource.core.attributes, path.attribute);
      return found ? { container: null, attribute: found } : null;
    }
    const extension = resource.extensions.find((candidate) => candidate.id.toLowerCase() === urn);
    const found = extension && findByName(extension.attributes, path.attribute);
    return extension && found ? { container: extension.id, attribute: found } : null;
  }
  const core = findByName(resource.core.attributes, path.attribute);
  if (core) return { container: null, attribute: core };
  const alias = Object.entries(resource.aliases).find(([name]) => name.toLowerCase() === path.attribute.toLowerCase())?.[1];
  if (!alias) return null;
  const extension = resource.extensions.find((candidate) => candidate.id === alias.schema);
  const found = extension && findByName(extension.attributes, alias.attribute);
  return extension && found ? { container: extension.id, attribute: found } : null;
}

export type ScimObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is ScimObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function canonicalComplex(definition: ScimAttribute, value: ScimObject): ScimObject {
  const result: ScimObject = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = findSubAttribute(definition, key);
    if (sub) result[sub.name] = item;
  }
  return result;
}

function canonicalValue(definition: ScimAttribute, value: unknown): unknown {
  if (definition.type !== 'complex') return value;
  if (definition.multiValued && Array.isArray(value)) {
    return value.map((item) => (isPlainObject(item) ? canonicalComplex(definition, item) : item));
  }
  return isPlainObject(value) ? canonicalComplex(definition, value) : value;
}

/**
 * A resource as a client sent it (POST, PUT), with attribute names made canonical whatever
 * their case, extension attributes under their schema's URN, and what this endpoint does not
 * keep (schemas, meta, unknown attributes) left out.
 */
export function canonicalResource(resource: ScimResourceDefinition, raw: ScimObject): ScimObject {
  const result: ScimObject = {};
  for (const [key, value] of Object.entries(raw)) {
    const extension = findExtension(resource, key);
    if (extension) {
      if (!isPlainObject(value)) continue;
      const inner: ScimObject = {};
      for (const [innerKey, innerValue] of Object.entries(value)) {
        const found = findByName(extension.attributes, innerKey);
        if (found) inner[found.name] = canonicalValue(found, innerValue);
      }
      result[extension.id] = { ...(isPlainObject(result[extension.id]) ? (result[extension.id] as ScimObject) : {}), ...inner };
      continue;
    }
    if (/^urn:/i.test(key)) {
      const lastColon = key.lastIndexOf(':');
      const resolved = resolveAttribute(resource, { urn: key.slice(0, lastColon), attribute: key.slice(lastColon + 1) });
      if (resolved) assign(result, resolved, canonicalValue(resolved.attribute, value));
      continue;
    }
    const resolved = resolveAttribute(resource, { urn: null, attribute: key });
    if (!resolved || resolved.attribute.mutability === 'readOnly') continue;
    // A top-level "department": null or "manager": null (Entra's older bodies) says nothing.
    if (resolved.container && value === null) continue;
    assign(result, resolved, canonicalValue(resolved.attribute, value));
  }
  return result;
}

function assign(target: ScimObject, resolved: ResolvedAttribute, value: unknown): void {
  if (!resolved.container) {
    target[resolved.attribute.name] = value;
    return;
  }
  const inner = isPlainObject(target[resolved.container]) ? (target[resolved.container] as ScimObject) : {};
  inner[resolved.attribute.name] = value;
  target[resolved.container] = inner;
}
