import { BadUserInputError, isUploadUrl, sanitizeRichTextHtml } from '@kakehashi/server-platform';
import type { FieldError } from '@kakehashi/shared-contracts';
import { EDITION_BODY_MAX_BYTES, EDITION_PIN_MAX_DAYS } from '@kakehashi/shared-contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EditionContentInput {
  title?: string | null;
  summary?: string | null;
  coverImageUrl?: string | null;
  bodyHtml?: string | null;
  tags?: string[] | null;
  pinnedUntil?: Date | null;
}

export interface EditionContent {
  title?: string;
  summary?: string;
  /** undefined: unchanged; null: cleared. */
  coverImageUrl?: string | null;
  bodyHtml?: string;
  tags?: string[];
  pinnedUntil?: Date | null;
}

/**
 * The content as stored: trimmed, tags cleaned, the body sanitized, the cover an upload.
 * Every failing field is named at once.
 */
export function normalizeEditionContent(input: EditionContentInput, now = new Date()): EditionContent {
  const errors: FieldError[] = [];
  const content: EditionContent = {};
  if (input.title != null) {
    content.title = input.title.trim();
    if (!content.title) errors.push({ field: 'title', message: 'must not be empty' });
  }
  if (input.summary != null) content.summary = input.summary.trim();
  if (input.coverImageUrl !== undefined) {
    const url = input.coverImageUrl?.trim() || null;
    if (url !== null && !isUploadUrl(url))
      errors.push({ field: 'coverImageUrl', message: 'must be an image uploaded to the hub (/uploads/…)' });
    content.coverImageUrl = url;
  }
  if (input.bodyHtml != null) {
    if (Buffer.byteLength(input.bodyHtml, 'utf8') > EDITION_BODY_MAX_BYTES) {
      errors.push({ field: 'bodyHtml', message: `must be at most ${EDITION_BODY_MAX_BYTES / 1024} KB` });
    } else {
      content.bodyHtml = sanitizeRichTextHtml(input.bodyHtml);
    }
  }
  if (input.tags != null) {
    // Trimmed, blanks dropped, duplicates (ignoring case) kept once.
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const raw of input.tags) {
      const tag = raw.trim().replace(/\s+/g, ' ');
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
    content.tags = tags;
  }
  if (input.pinnedUntil !== undefined) {
    const until = input.pinnedUntil;
    if (until && until.getTime() <= now.getTime()) errors.push({ field: 'pinnedUntil', message: 'must be in the future' });
    else if (until && until.getTime() > now.getTime() + EDITION_PIN_MAX_DAYS * DAY_MS) {
      errors.push({ field: 'pinnedUntil', message: `must be within ${EDITION_PIN_MAX_DAYS} days` });
    }
    content.pinnedUntil = until;
  }
  if (errors.length > 0) throw new BadUserInputError(errors);
  return content;
}
