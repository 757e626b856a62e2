import { sanitizeRichTextHtml } from '@kakehashi/server-platform';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An edition's body from plain paragraphs, as the editor would have produced it: each
 * paragraph a <p>, consecutive `- ` lines one <ul>; then the platform's rich-text sanitizer, as
 * every stored body goes through it.
 */
export function editionBodyFromParagraphs(paragraphs: readonly string[]): string {
  const html: string[] = [];
  let items: string[] = [];
  const closeList = (): void => {
    if (items.length > 0) html.push(`<ul>${items.map((item) => `<li><p>${escapeHtml(item)}</p></li>`).join('')}</ul>`);
    items = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('- ')) {
      items.push(paragraph.slice(2).trim());
      continue;
    }
    closeList();
    html.push(`<p>${escapeHtml(paragraph)}</p>`);
  }
  closeList();
  return sanitizeRichTextHtml(html.join(''));
}
