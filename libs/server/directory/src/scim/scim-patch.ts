import { ScimError } from './scim-error';
import { type AttributePath, type FilterExpression, formatPath, parseAttributePath } from './scim-filter';
import {
  findExtension,
  findSubAttribute,
  isPlainObject,
  resolveAttribute,
  type ScimAttribute,
  type ScimObject,
  type ScimResourceDefinition,
} from './scim-schema';
import { SCIM_LIMITS } from './scim.constants';

// PATCH (RFC 7644 §3.5.2) as Microsoft Entra ID sends it: "Add", "Replace", "Remove" in any
// case; a path (`title`, `name.givenName`, `emails[type eq "work"].value`, the enterprise
// extension's `urn:…:User:manager`), or no path and an object of attribute → value (whose
// keys may themselves be paths, as `"name.givenName"`); booleans as the strings "True" and
// "False". The operations are applied to a copy of the resource as a plain object; what they
// name that this endpoint does not keep is skipped and reported, never refused.

export type PatchOperationName = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  op: PatchOperationName;
  path: string | null;
  value: unknown;
}

export interface PatchResult {
  resource: ScimObject;
  /** Paths (or keys of a path-less value) that named nothing this endpoint keeps. */
  ignored: string[];
}

function keyOf(object: ScimObject, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

/** The operations of a PatchOp request body, checked for shape (400 invalidSyntax / invalidValue otherwise). */
export function readPatchOperations(body: unknown): PatchOperation[] {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('The request body must be a PatchOp JSON object with "Operations".');
  const operationsKey = keyOf(body, 'Operations');
  const operations = operationsKey ? body[operationsKey] : undefined;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw ScimError.invalidSyntax('"Operations" must be a non-empty array of {"op", "path", "value"}.');
  }
  if (operations.length > SCIM_LIMITS.patchOperations) {
    throw ScimError.invalidSyntax(`A PATCH request may hold at most ${SCIM_LIMITS.patchOperations} operations.`);
  }
  return operations.map((operation, index) => {
    if (!isPlainObject(operation)) throw ScimError.invalidSyntax(`Operations[${index}] must be an object.`);
    const opKey = keyOf(operation, 'op');
    const pathKey = keyOf(operation, 'path');
    const valueKey = keyOf(operation, 'value');
    const op = opKey ? operation[opKey] : undefined;
    const name = typeof op === 'string' ? op.toLowerCase() : '';
    if (name !== 'add' && name !== 'replace' && name !== 'remove') {
      throw ScimError.invalidSyntax(`Operations[${index}].op must be add, replace or remove (got ${JSON.stringify(op ?? null)}).`);
    }
    const path = pathKey ? operation[pathKey] : undefined;
    if (path !== undefined && path !== null && (typeof path !== 'string' || path.trim() === '')) {
      throw ScimError.invalidPath(`Operations[${index}].path must be a non-empty string.`);
    }
    return { op: name, path: typeof path === 'string' ? path.trim() : null, value: valueKey ? operation[valueKey] : undefined };
  });
}

/** Applies the operations, in order, to a copy of the resource. */
export function applyPatch(definition: ScimResourceDefinition, resource: ScimObject, operations: PatchOperation[]): PatchResult {
  const patcher = new Patcher(definition, structuredClone(resource));
  for (const operation of operations) patcher.apply(operation);
  return { resource: patcher.resource, ignored: patcher.ignored };
}

class Patcher {
  readonly ignored: string[] = [];

  constructor(
    private readonly definition: ScimResourceDefinition,
    readonly resource: ScimObject,
  ) {}

  apply(operation: PatchOperation): void {
    if (operation.path !== null) {
      this.applyAt(operation.op, parseAttributePath(operation.path), operation.value, operation.path);
      return;
    }
    if (operation.op === 'remove') throw new ScimError(400, 'A remove operation needs a path.', 'noTarget');
    if (!isPlainObject(operation.value)) {
      throw ScimError.invalidValue(`An ${operation.op} operation without a path needs an object value (attribute names and values).`);
    }
    for (const [key, value] of Object.entries(operation.value)) {
      const extension = findExtension(this.definition, key);
      if (extension) {
        if (!isPlainObject(value)) throw ScimError.invalidValue(`The value of ${extension.id} must be an object.`);
        for (const [innerKey, innerValue] of Object.entries(value)) {
          this.applyKey(operation.op, `${extension.id}:${innerKey}`, innerValue);
        }
        continue;
      }
      this.applyKey(operation.op, key, value);
    }
  }

  /** A key of a path-less value: an attribute name or a path; one that does not parse is ignored like an unknown name. */
  private applyKey(op: PatchOperationName, key: string, value: unknown): void {
    let path: AttributePath;
    try {
      path = parseAttributePath(key);
    } catch {
      this.ignored.push(key);
      return;
    }
    this.applyAt(op, path, value, key);
  }

  private applyAt(op: PatchOperationName, path: AttributePath, value: unknown, label: string): void {
    const resolved = resolveAttribute(this.definition, path);
    if (!resolved || resolved.attribute.mutability === 'readOnly') {
      this.ignored.push(label);
      return;
    }
    const { attribute, container } = resolved;
    const sub = path.subAttribute ? findSubAttribute(attribute, path.subAttribute) : undefined;
    if (path.subAttribute && (!sub || sub.mutability === 'readOnly')) {
      this.ignored.push(label);
      return;
    }
    if (path.valueFilter && !attribute.multiValued) {
      throw ScimError.invalidPath(`${formatPath(path)}: a value filter applies only to a multi-valued attribute.`);
    }
    if (op === 'remove') {
      this.remove(container, attribute, sub, path.valueFilter, value);
      return;
    }
    // A null value clears, as a remove would (Entra clears an attribute emptied at the source this way).
    if (value === null || value === undefined) {
      this.remove(container, attribute, sub, path.valueFilter, undefined);
      return;
    }
    const holder = this.holder(container, true)!;
    const name = attribute.name;
    if (attribute.multiValued) {
      const list = asList(holder[name]);
      if (path.valueFilter) {
        const matches = list.filter((item) => matchesValueFilter(attribute, item, path.valueFilter!));
        const incoming: ScimObject = sub ? { [sub.name]: coerce(sub, value, label) } : complexValue(attribute, value, label);
        if (matches.length === 0) list.push({ ...seedFromFilter(attribute, path.valueFilter), ...incoming });
        for (const item of matches) Object.assign(item, incoming);
      } else if (sub) {
        if (list.length === 0) list.push({});
        for (const item of list) item[sub.name] = coerce(sub, value, label);
      } else {
        const values = (Array.isArray(value) ? value : [value]).map((item) => complexValue(attribute, item, label));
        if (op === 'replace') {
          holder[name] = values;
          return;
        }
        for (const item of values) {
          const same = list.findIndex((existing) => sameValue(existing, item));
          if (same >= 0) list[same] = { ...list[same], ...item };
          else list.push(item);
        }
      }
      holder[name] = list;
      return;
    }
    if (attribute.type === 'complex') {
      const current = isPlainObject(holder[name]) ? (holder[name] as ScimObject) : {};
      // Add and replace both merge into a complex attribute: sub-attributes not named stay (RFC 7644 §3.5.2.1, §3.5.2.3).
      holder[name] = sub ? { ...current, [sub.name]: coerce(sub, value, label) } : { ...current, ...complexValue(attribute, value, label) };
      return;
    }
    holder[name] = coerce(attribute, value, label);
  }

  private remove(
    container: string | null,
    attribute: ScimAttribute,
    sub: ScimAttribute | undefined,
    valueFilter: FilterExpression | null,
    value: unknown,
  ): void {
    const holder = this.holder(container, false);
    if (!holder || holder[attribute.name] === undefined) return;
    const name = attribute.name;
    if (!attribute.multiValued) {
      if (sub && isPlainObject(holder[name])) delete (holder[name] as ScimObject)[sub.name];
      else delete holder[name];
      return;
    }
    const list = asList(holder[name]);
    if (valueFilter) {
      if (sub) for (const item of list) if (matchesValueFilter(attribute, item, valueFilter)) delete item[sub.name];
      holder[name] = sub ? list : list.filter((item) => !matchesValueFilter(attribute, item, valueFilter));
      return;
    }
    // Entra's older form: {"op": "Remove", "path": "members", "value": [{"value": "<id>"}]} removes those values.
    if (value !== undefined && value !== null) {
      const removed = (Array.isArray(value) ? value : [value]).map((item) => complexValue(attribute, item, name));
      holder[name] = list.filter((item) => !removed.some((gone) => sameValue(item, gone)));
      return;
    }
    delete holder[name];
  }

  private holder(container: string | null, create: boolean): ScimObject | undefined {
    if (!container) return this.resource;
    const existing = this.resource[container];
    if (isPlainObject(existing)) return existing;
    if (!create) return undefined;
    const made: ScimObject = {};
    this.resource[container] = made;
    return made;
  }
}

function asList(value: unknown): ScimObject[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isPlainObject).map((item) => ({ ...item }));
}

function sameValue(left: ScimObject, right: ScimObject): boolean {
  return (
    typeof left['value'] === 'string' && typeof right['value'] === 'string' && left['value'].toLowerCase() === right['value'].toLowerCase()
  );
}

/** A value written to a simple attribute, of its type: booleans also from "True" / "False" (Entra's spelling). */
export function coerce(attribute: ScimAttribute, value: unknown, label: string): unknown {
  if (attribute.type === 'boolean') {
    const boolean = toBoolean(value);
    if (boolean === undefined) throw ScimError.invalidValue(`${label} must be true or false (got ${JSON.stringify(value)}).`);
    return boolean;
  }
  if (attribute.type === 'complex') return complexValue(attribute, value, label);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw ScimError.invalidValue(`${label} must be a string (got ${JSON.stringify(value)}).`);
}

export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/**
 * A complex value: an object (its sub-attributes made canonical, unknown ones dropped), a
 * plain string standing for its "value" (Entra's manager), or a one-element array of either
 * (Entra's `"op": "Add", "path": "manager", "value": [{"value": "…"}]`).
 */
function complexValue(attribute: ScimAttribute, value: unknown, label: string): ScimObject {
  const single = Array.isArray(value) && !attribute.multiValued ? value[0] : value;
  if (typeof single === 'string' && findSubAttribute(attribute, 'value')) return { value: single };
  if (!isPlainObject(single))
    throw ScimError.invalidValue(`${label} must be an object with sub-attributes (got ${JSON.stringify(value)}).`);
  const result: ScimObject = {};
  for (const [key, item] of Object.entries(single)) {
    const sub = findSubAttribute(attribute, key);
    if (!sub || item === undefined) continue;
    result[sub.name] = item === null ? null : coerce(sub, item, `${label}.${sub.name}`);
  }
  return result;
}

/** Whether a value of a multi-valued attribute matches the filter in its path (`type eq "work"`). */
export function matchesValueFilter(attribute: ScimAttribute, item: ScimObject, filter: FilterExpression): boolean {
  switch (filter.kind) {
    case 'and':
      return matchesValueFilter(attribute, item, filter.left) && matchesValueFilter(attribute, item, filter.right);
    case 'present': {
      const sub = findSubAttribute(attribute, filter.path.attribute);
      const value = sub ? item[sub.name] : undefined;
      return value !== undefined && value !== null && value !== '';
    }
    case 'eq': {
      const sub = findSubAttribute(attribute, filter.path.attribute);
      if (!sub) return false;
      const actual = item[sub.name];
      if (sub.type === 'boolean') return (toBoolean(actual) ?? false) === (toBoolean(filter.value) ?? filter.value);
      if (typeof actual !== 'string' || typeof filter.value !== 'string') return actual === filter.value;
      return sub.caseExact ? actual === filter.value : actual.toLowerCase() === filter.value.toLowerCase();
    }
    case 'has':
      return false;
  }
}

/** The value a filter describes, to add when none matches: `emails[type eq "work"].value` creates a work address. */
function seedFromFilter(attribute: ScimAttribute, filter: FilterExpression): ScimObject {
  if (filter.kind === 'and') return { ...seedFromFilter(attribute, filter.left), ...seedFromFilter(attribute, filter.right) };
  if (filter.kind !== 'eq') return {};
  const sub = findSubAttribute(attribute, filter.path.attribute);
  return sub ? { [sub.name]: sub.type === 'boolean' ? (toBoolean(filter.value) ?? filter.value) : filter.value } : {};
}
