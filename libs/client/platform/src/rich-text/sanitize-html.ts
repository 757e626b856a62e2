import { ALLOWED_TAGS, DROPPED_TAGS, NEW_TAB_REL, allowedAttributeValue } from './html-allowlist';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Strips everything outside the rich-text allowlist from server HTML, in the browser.
 * The server has sanitized already: this is the second line of defence, so that a stored
 * payload that slipped through (or an older row) still cannot run script here.
 *
 * DOMParser documents are inert: nothing in them loads or runs while we walk them.
 */
export function sanitizeHtml(html: string): string {
  if (!html) return '';
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  sanitizeChildren(document.body);
  return document.body.innerHTML;
}

function sanitizeChildren(parent: Node): void {
  // Copy first: the loop removes and unwraps nodes as it goes.
  for (const child of Array.from(parent.childNodes)) sanitizeNode(child);
}

function sanitizeNode(node: Node): void {
  if (node.nodeType === TEXT_NODE) return;
  if (node.nodeType !== ELEMENT_NODE) {
    // Comments, processing instructions, CDATA: never needed, sometimes used to smuggle markup.
    node.parentNode?.removeChild(node);
    return;
  }
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  // SVG and MathML children parse in their own namespace: drop them whatever their name.
  if (element.namespaceURI !== HTML_NAMESPACE || DROPPED_TAGS.has(tag)) {
    element.parentNode?.removeChild(element);
    return;
  }
  sanitizeChildren(element);
  if (!ALLOWED_TAGS.has(tag)) {
    unwrap(element);
    return;
  }
  for (const { name, value } of Array.from(element.attributes)) {
    const allowed = allowedAttributeValue(tag, name, value);
    if (allowed === null) element.removeAttribute(name);
    else if (allowed !== value) element.setAttribute(name, allowed);
  }
  if (tag === 'a') finishLink(element);
  if (tag === 'img') finishImage(element);
}

/** Keeps the element's (already sanitized) children in its place. */
function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function finishLink(link: Element): void {
  if (link.getAttribute('target') === '_blank') link.setAttribute('rel', NEW_TAB_REL);
  else link.removeAttribute('rel');
}

function finishImage(image: Element): void {
  if (!image.hasAttribute('src')) {
    image.parentNode?.removeChild(image);
    return;
  }
  // An image nobody described is treated as decorative rather than read out as a file name.
  if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
}
