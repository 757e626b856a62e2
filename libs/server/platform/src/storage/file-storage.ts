export interface StoredFile {
  /** Opaque, unguessable, URL-safe. */
  key: string;
  contentType: string;
  size: number;
  /** Where the web app loads it from: `/uploads/<key>`. */
  url: string;
}

/**
 * Where uploaded files (newsletter images, later story images) live: a local folder
 * (.data/uploads) by default; an object store can implement the same interface.
 */
export abstract class FileStorage {
  abstract put(data: Buffer, contentType: string, ownerId: string): Promise<StoredFile>;
  abstract get(key: string): Promise<{ data: Buffer; contentType: string } | null>;
}
