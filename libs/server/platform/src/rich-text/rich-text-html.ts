import sanitizeHtml from 'sanitize-html';
import {
  RICH_TEXT_ALLOWED_ATTRIBUTES,
  RICH_TEXT_ALLOWED_TAGS,
  RICH_TEXT_LINK_SCHEMES,
  UPLOAD_URL_PATTERN,
} from '@kakehashi/shared-contracts';

/**
 * The allowlist of authored rich text (an edition's body, a story's sections): what the
 * Tiptap editor produces and nothing else.
 * No style, no class, no event handlers, no svg/math, no iframes. Images only from the
 * hub's own uploads: an external image is a tracking pixel that leaks who read what, and
 * the api's CSP serves images from 'self'.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(RICH_TEXT_ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...RICH_TEXT_LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Dropped with their content (not just unwrapped): a script's text is not prose.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe', 'object', 'template'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // Every link opens apart from the hub and cannot reach back into it.
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs['href'] ? { href: attribs['href'] } : {}), target: '_blank', rel: 'noopener noreferrer nofollow' },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isUploadUrl(frame.attribs['src']),
};

/** An image of the hub's own uploads (`/uploads/<key>`, as POST /uploads answers). */
export function isUploadUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && UPLOAD_URL_PATTERN.test(url);
}

/** The body as stored and served: only the allowlist survives. */
export function sanitizeRichTextHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of a body (digest mails, previews). */
export function richTextHtmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[1-4]|li|blockquote|tr)>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
