import { UPLOAD_CONTENT_TYPES } from '@kakehashi/shared-contracts';

/** Image types the editor accepts: what POST /uploads takes (no SVG, it can carry script). */
export const ACCEPTED_IMAGE_TYPES: readonly string[] = UPLOAD_CONTENT_TYPES;

/** For `<input type="file" accept>`. */
export const ACCEPTED_IMAGE_ACCEPT = ACCEPTED_IMAGE_TYPES.join(',');

export function isAcceptedImage(file: File): boolean {
  return ACCEPTED_IMAGE_TYPES.includes(file.type);
}

/** The files of a paste or drop, if any (a plain text paste has none). */
export function filesOf(transfer: DataTransfer | null): File[] {
  return transfer ? Array.from(transfer.files) : [];
}
