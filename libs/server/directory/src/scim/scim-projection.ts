import { findExtension, type ScimObject, type ScimResourceDefinition } from './scim-schema';

// `attributes` and `excludedAttributes` (RFC 7644 §3.4.2.5), honoured for top-level
// attributes (a sub-attribute keeps or drops its whole attribute) and extension schemas.

const ALWAYS_RETURNED = new Set(['id', 'schemas']);

function topLevelKey(resource: ScimResourceDefinition, entry: string): string | null {
  const text = entry.trim();
  if (!text) return null;
  const extension = findExtension(resource, text);
  if (extension) return extension.id.toLowerCase();
  if (/^urn:/i.test(text)) {
    const lastColon = text.lastIndexOf(':');
    const urn = text.slice(0, lastColon).toLowerCase();
    const named = resource.extensions.find((candidate) => candidate.id.toLowerCase() === urn);
    if (named) return named.id.toLowerCase();
    if (urn === resource.core.id.toLowerCase())
      return text
        .slice(lastColon + 1)
        .split(/[.[]/)[0]!
        .toLowerCase();
    return text.toLowerCase();
  }
  return text.split(/[.[]/)[0]!.toLowerCase();
}

function keySet(resource: ScimResourceDefinition, list: string | null): Set<string> | null {
  if (!list) return null;
  return new Set(
    list
      .split(',')
      .map((entry) => topLevelKey(resource, entry))
      .filter((key): key is string => key !== null),
  );
}

export interface Projection {
  includes(attribute: string): boolean;
}

export function projection(resource: ScimResourceDefinition, attributes: string | null, excludedAttributes: string | null): Projection {
  const wanted = keySet(resource, attributes);
  const excluded = keySet(resource, excludedAttributes);
  return {
    includes(attribute: string): boolean {
      const key = attribute.toLowerCase();
      if (ALWAYS_RETURNED.has(key)) return true;
      if (wanted) return wanted.has(key);
      return !excluded?.has(key);
    },
  };
}

export function project(resource: ScimObject, selection: Projection): ScimObject {
  return Object.fromEntries(Object.entries(resource).filter(([key]) => selection.includes(key)));
}
