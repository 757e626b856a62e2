import { ScimError } from './scim-error';
import { type AttributePath, type FilterExpression, type FilterValue, formatPath, parseFilter } from './scim-filter';
import { resolveAttribute, type ScimResourceDefinition, USER_RESOURCE, GROUP_RESOURCE } from './scim-schema';
import { SCIM_PAGE_SIZE_MAX } from './scim.constants';

// Filters as SQL conditions. Each attribute a filter may name has an index behind it:
// people: id (primary key), lower(scim_user_name) and email (userName), scim_external_id,
// lower(display_name), email (emails), manager_id; scim_groups: id, lower(display_name),
// external_id, and scim_group_members' primary key (members). Anything else is refused.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Positional parameters shared by the conditions of one statement. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Compiler = (path: AttributePath, expression: FilterExpression, parameters: SqlParameters) => string;

function needString(path: AttributePath, value: FilterValue): string {
  if (typeof value !== 'string') {
    throw ScimError.invalidFilter(`Invalid filter: ${formatPath(path)} eq needs a quoted string value (got ${JSON.stringify(value)}).`);
  }
  return value;
}

function compile(
  resource: ScimResourceDefinition,
  compilers: Record<string, Compiler>,
  expression: FilterExpression,
  parameters: SqlParameters,
): string {
  if (expression.kind === 'and') {
    return `(${compile(resource, compilers, expression.left, parameters)} AND ${compile(resource, compilers, expression.right, parameters)})`;
  }
  const path = expression.path;
  const resolved = resolveAttribute(resource, path);
  if (!resolved) throw ScimError.invalidFilter(`Invalid filter: "${formatPath(path)}" is not an attribute of ${resource.name}.`);
  const compiler = compilers[resolved.attribute.name];
  if (!compiler) {
    throw ScimError.invalidFilter(
      `Invalid filter: filtering ${resource.name}s on "${formatPath(path)}" is not supported (supported: ${Object.keys(compilers).join(', ')}).`,
    );
  }
  return compiler(path, expression, parameters);
}

function noSubAttribute(path: AttributePath, allowed: string[] = []): void {
  if (path.valueFilter) throw ScimError.invalidFilter(`Invalid filter: ${formatPath(path)} is not multi-valued (no [filter]).`);
  if (path.subAttribute && !allowed.includes(path.subAttribute.toLowerCase())) {
    throw ScimError.invalidFilter(`Invalid filter: "${formatPath(path)}" names a sub-attribute that cannot be filtered on.`);
  }
}

function idCondition(column: string): Compiler {
  return (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'true';
    const value = needString(path, expression.value);
    // An id that is not a UUID names nobody (Entra's Test Connection asks for a random one).
    return isUuid(value) ? `${column} = ${parameters.add(value)}::uuid` : 'false';
  };
}

/** emails: every person has one address, of type work and primary; `value` is the column. */
function emailCondition(inner: FilterExpression, parameters: SqlParameters): string {
  switch (inner.kind) {
    case 'and':
      return `(${emailCondition(inner.left, parameters)} AND ${emailCondition(inner.right, parameters)})`;
    case 'present':
      return ['value', 'type', 'primary'].includes(inner.path.attribute.toLowerCase()) ? 'true' : 'false';
    case 'eq': {
      const name = inner.path.attribute.toLowerCase();
      if (name === 'value') return `p.email = lower(${parameters.add(needString(inner.path, inner.value))})`;
      if (name === 'type') return typeof inner.value === 'string' && inner.value.toLowerCase() === 'work' ? 'true' : 'false';
      if (name === 'primary')
        return inner.value === true || (typeof inner.value === 'string' && inner.value.toLowerCase() === 'true') ? 'true' : 'false';
      return 'false';
    }
    case 'has':
      return 'false';
  }
}

const USER_COMPILERS: Record<string, Compiler> = {
  id: idCondition('p.id'),
  userName: (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'true';
    const value = parameters.add(needString(path, expression.value));
    // SCIM userName is case-insensitive; a person never given one answers to their address.
    return `(lower(p.scim_user_name) = lower(${value}) OR (p.scim_user_name IS NULL AND p.email = lower(${value})))`;
  },
  externalId: (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'p.scim_external_id IS NOT NULL';
    return `p.scim_external_id = ${parameters.add(needString(path, expression.value))}`;
  },
  displayName: (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'true';
    return `lower(p.display_name) = lower(${parameters.add(needString(path, expression.value))})`;
  },
  emails: (path, expression, parameters) => {
    const selector = path.valueFilter ? emailCondition(path.valueFilter, parameters) : null;
    const sub = (path.subAttribute ?? 'value').toLowerCase();
    const own =
      expression.kind === 'eq'
        ? emailCondition(
            { kind: 'eq', path: { urn: null, attribute: sub, subAttribute: null, valueFilter: null }, value: expression.value },
            parameters,
          )
        : 'true';
    return selector ? `(${selector} AND ${own})` : own;
  },
  manager: (path, expression, parameters) => {
    noSubAttribute(path, ['value']);
    if (expression.kind !== 'eq') return 'p.manager_id IS NOT NULL';
    const value = needString(path, expression.value);
    return isUuid(value) ? `p.manager_id = ${parameters.add(value)}::uuid` : 'false';
  },
};

function memberCondition(inner: FilterExpression, parameters: SqlParameters): string {
  if (inner.kind === 'and') return `(${memberCondition(inner.left, parameters)} AND ${memberCondition(inner.right, parameters)})`;
  if (inner.kind === 'eq' && inner.path.attribute.toLowerCase() === 'value') {
    const value = needString(inner.path, inner.value);
    return isUuid(value)
      ? `EXISTS (SELECT 1 FROM scim_group_members m WHERE m.group_id = g.id AND m.person_id = ${parameters.add(value)}::uuid)`
      : 'false';
  }
  if (inner.kind === 'present') return 'EXISTS (SELECT 1 FROM scim_group_members m WHERE m.group_id = g.id)';
  throw ScimError.invalidFilter('Invalid filter: members can be filtered only on value (members[value eq "<user id>"]).');
}

const GROUP_COMPILERS: Record<string, Compiler> = {
  id: idCondition('g.id'),
  displayName: (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'true';
    return `lower(g.display_name) = lower(${parameters.add(needString(path, expression.value))})`;
  },
  externalId: (path, expression, parameters) => {
    noSubAttribute(path);
    if (expression.kind !== 'eq') return 'g.external_id IS NOT NULL';
    return `g.external_id = ${parameters.add(needString(path, expression.value))}`;
  },
  members: (path, expression, parameters) => {
    if (path.valueFilter) return memberCondition(path.valueFilter, parameters);
    if (expression.kind === 'present') return memberCondition(expression, parameters);
    if (expression.kind !== 'eq') return 'true';
    if (path.subAttribute && path.subAttribute.toLowerCase() !== 'value') {
      throw ScimError.invalidFilter('Invalid filter: members can be filtered only on value (members[value eq "<user id>"]).');
    }
    return memberCondition(
      { kind: 'eq', path: { urn: null, attribute: 'value', subAttribute: null, valueFilter: null }, value: expression.value },
      parameters,
    );
  },
};

/** A Users filter as a condition on `people p`. */
export function userFilterSql(filter: string, parameters: SqlParameters): string {
  return compile(USER_RESOURCE, USER_COMPILERS, parseFilter(filter), parameters);
}

/** A Groups filter as a condition on `scim_groups g`. */
export function groupFilterSql(filter: string, parameters: SqlParameters): string {
  return compile(GROUP_RESOURCE, GROUP_COMPILERS, parseFilter(filter), parameters);
}

export interface ListParameters {
  filter: string | null;
  /** 1-based. */
  startIndex: number;
  count: number;
  attributes: string | null;
  excludedAttributes: string | null;
}

function integerParameter(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^-?\d+$/.test(text.trim())) {
    throw ScimError.invalidValue(`${name} must be an integer (got ${JSON.stringify(text)}).`);
  }
  return Number(text.trim());
}

function stringParameter(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) throw ScimError.invalidValue(`${name} may be given once.`);
  if (typeof value !== 'string') throw ScimError.invalidValue(`${name} must be a string.`);
  return value.trim() === '' ? null : value;
}

/**
 * The query of a list request. startIndex below 1 is read as 1 and count above the maximum
 * as the maximum (RFC 7644 §3.4.2.4 asks servers to be lenient there, not to refuse).
 */
export function readListParameters(query: Record<string, unknown>): ListParameters {
  const lookup = (name: string) => query[Object.keys(query).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name];
  return {
    filter: stringParameter(lookup('filter'), 'filter'),
    startIndex: Math.max(1, integerParameter(lookup('startIndex'), 'startIndex', 1)),
    count: Math.min(SCIM_PAGE_SIZE_MAX, Math.max(0, integerParameter(lookup('count'), 'count', SCIM_PAGE_SIZE_MAX))),
    attributes: stringParameter(lookup('attributes'), 'attributes'),
    excludedAttributes: stringParameter(lookup('excludedAttributes'), 'excludedAttributes'),
  };
}
