/** File uploads (newsletter images): what POST /uploads accepts and answers. */
export const UPLOAD_PATH = '/uploads';

/** Largest file POST /uploads accepts: 5 MB. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** Image types POST /uploads accepts (checked by the file's first bytes too). No SVG: it can carry script. */
export const UPLOAD_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/**
 * POST /uploads needs this header (any value, e.g. `XMLHttpRequest`): a cross-site form cannot
 * send it without a CORS preflight, which the api never grants. `apollo-require-preflight` works too.
 */
export const UPLOAD_CSRF_HEADER = 'x-requested-with';

/** POST /uploads answers 201 with this. */
export interface UploadedFile {
  key: string;
  /** Where to load it from: `/uploads/<key>`. */
  url: string;
  contentType: UploadContentType;
  size: number;
}

export function isUploadContentType(value: string): value is UploadContentType {
  return (UPLOAD_CONTENT_TYPES as readonly string[]).includes(value);
}
