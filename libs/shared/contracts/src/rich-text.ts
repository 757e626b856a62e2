/**
 * The allowlist of authored rich text (newsletter editions, later stories): what the Tiptap
 * editor produces and nothing else. The server sanitizes with it before storing; the client
 * strips with it again before rendering. One list, so the two never drift apart.
 */
export const RICH_TEXT_ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'img',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** Attributes kept per element (every other attribute, style and on* included, is dropped). */
export const RICH_TEXT_ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ol: ['start'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

/** Link schemes (images come only from the hub's uploads: UPLOAD_URL_PATTERN). */
export const RICH_TEXT_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
