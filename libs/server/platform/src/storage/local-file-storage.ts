import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_PATH } from '@kakehashi/shared-contracts';
import { FileStorage, type StoredFile } from './file-storage';

/** Content types the storage keeps, with the extension their key ends in (the extension is how get() knows the type). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};
const CONTENT_TYPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type]));

/** 22 base64url characters (128 random bits) and the extension. */
export const STORAGE_KEY = /^([A-Za-z0-9_-]{22})\.([a-z0-9]{2,5})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Files in a local folder (UPLOADS_DIR, .data/uploads by default), under `<2 chars>/<key>` so no
 * folder grows huge. A sidecar `<key>.json` records who uploaded it and when. For several
 * replicas the folder must be shared (a volume), or an object store implements FileStorage.
 */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly directory: string) {
    super();
  }

  async put(data: Buffer, contentType: string, ownerId: string): Promise<StoredFile> {
    const extension = EXTENSIONS[contentType];
    if (!extension)
      throw new Error(`FileStorage.put: contentType must be one of ${Object.keys(EXTENSIONS).join(', ')} (got "${contentType}").`);
    if (!UUID.test(ownerId)) throw new Error(`FileStorage.put: ownerId must be a person's id (UUID), got "${ownerId}".`);
    const key = `${randomBytes(16).toString('base64url')}.${extension}`;
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a reader never gets half a file.
    const partial = `${file}.partial`;
    await writeFile(partial, data, { flag: 'wx' });
    await rename(partial, file);
    await writeFile(`${file}.json`, JSON.stringify({ contentType, ownerId, size: data.length, storedAt: new Date().toISOString() }));
    return { key, contentType, size: data.length, url: `${UPLOAD_PATH}/${key}` };
  }

  async get(key: string): Promise<{ data: Buffer; contentType: string } | null> {
    const match = STORAGE_KEY.exec(key);
    const contentType = match ? CONTENT_TYPES[match[2] ?? ''] : undefined;
    if (!contentType) return null;
    try {
      return { data: await readFile(this.pathOf(key)), contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private pathOf(key: string): string {
    return path.join(this.directory, key.slice(0, 2), key);
  }
}
