import {
  RICH_TEXT_ALLOWED_ATTRIBUTES,
  RICH_TEXT_ALLOWED_TAGS,
  RICH_TEXT_LINK_SCHEMES,
  UPLOAD_URL_PATTERN,
} from '@kakehashi/shared-contracts';

/**
 * The rich-text allowlist on the client: the contracts' lists, which the server's sanitize-html
 * options use too. It lets the client strip defensively before rendering and keeps the editor
 * from producing anything the server would drop.
 *
 * The sets are marked pure: the entry chunk imports the platform's index, and without the
 * marks the bundler would keep them (and the contracts' lists) there for every first paint.
 */

/** Elements kept as they are (their attributes filtered below). */
export const ALLOWED_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(RICH_TEXT_ALLOWED_TAGS);

/**
 * Elements removed together with everything inside them: active content, and containers whose
 * text is not meant to be read (styles, scripts, form controls, foreign markup).
 * Any other unknown element is unwrapped: its text stays, the element goes.
 */
export const DROPPED_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'portal',
  'slot',
  'dialog',
]);

export const ALLOWED_ATTRIBUTES = RICH_TEXT_ALLOWED_ATTRIBUTES;

const LINK_PROTOCOLS: ReadonlySet<string> = /* @__PURE__ */ new Set(RICH_TEXT_LINK_SCHEMES.map((scheme) => `${scheme}:`));
const NUMERIC_ATTRIBUTES: ReadonlySet<string> = /* @__PURE__ */ new Set(['width', 'height', 'start', 'colspan', 'rowspan']);

// Relative URLs resolve against a fixed https origin, so they count as https whatever page we are on.
const RELATIVE_BASE = 'https://relative.invalid/';

/** The URL's scheme as the browser would read it (after dropping tabs, newlines and padding). */
function protocolOf(url: string): string | null {
  try {
    return new URL(url.trim(), RELATIVE_BASE).protocol;
  } catch {
    return null;
  }
}

/** Link targets: http, https, mailto and same-site relative paths. */
export function isAllowedLinkHref(url: string): boolean {
  const protocol = protocolOf(url);
  return protocol !== null && LINK_PROTOCOLS.has(protocol);
}

/**
 * Image sources: only the hub's own uploads (`/uploads/<key>`). An external image would be a
 * tracking pixel that tells its owner who read what, and the api's CSP would block it anyway.
 */
export function isAllowedImageSrc(url: string): boolean {
  return UPLOAD_URL_PATTERN.test(url.trim());
}

/**
 * Whether an attribute may stay on an allowed element, and with which value
 * (null: drop the attribute).
 */
export function allowedAttributeValue(tag: string, name: string, value: string): string | null {
  const attribute = name.toLowerCase();
  if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(attribute)) return null;
  if (tag === 'a' && attribute === 'href') return isAllowedLinkHref(value) ? value.trim() : null;
  if (tag === 'img' && attribute === 'src') return isAllowedImageSrc(value) ? value.trim() : null;
  if (attribute === 'target') return value === '_blank' ? value : null;
  if (NUMERIC_ATTRIBUTES.has(attribute)) return /^\d{1,4}$/.test(value.trim()) ? value.trim() : null;
  return value;
}

/** The `rel` a link opening a new tab must carry, whatever the stored value said. */
export const NEW_TAB_REL = 'noopener noreferrer nofollow';
