// POST /uploads and GET /uploads/:key through real HTTP on a test api, files in a temporary folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UPLOAD_CSRF_HEADER, UPLOAD_MAX_BYTES } from '@kakehashi/shared-contracts';
import { PLATFORM_ENTITIES } from '../entities';
import { startTestApp, type TestApp } from '../testing';
import { STUB_PERSON_ID, StubDirectoryModule } from '../jobs/testing/stub-directory';

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(32, 1)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0]), Buffer.alloc(16)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(18, 2)]);

interface ErrorBody {
  error: { code: string; message: string };
}

describe('uploads over HTTP', () => {
  let uploadsDir: string;
  let api: TestApp;
  let cookie: string;

  const upload = (body: BodyInit, headers: Record<string, string>, init: RequestInit = {}) =>
    fetch(`${api.baseUrl}/uploads`, { method: 'POST', body, headers, ...init });
  const asSignedIn = (contentType: string, extra: Record<string, string> = {}) => ({
    'content-type': contentType,
    cookie,
    [UPLOAD_CSRF_HEADER]: 'XMLHttpRequest',
    ...extra,
  });

  beforeAll(async () => {
    uploadsDir = await mkdtemp(path.join(tmpdir(), 'kakehashi-uploads-'));
    api = await startTestApp({ imports: [StubDirectoryModule], entities: PLATFORM_ENTITIES, env: { UPLOADS_DIR: uploadsDir } });
    cookie = await api.signIn(STUB_PERSON_ID);
  });

  afterAll(async () => {
    await api?.close();
    await rm(uploadsDir, { recursive: true, force: true });
  });

  it('stores an image and serves the same bytes back, as an inert image with a long cache', async () => {
    const response = await upload(PNG, asSignedIn('image/png'));
    expect(response.status).toBe(201);
    const stored = (await response.json()) as { key: string; url: string; contentType: string; size: number };
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]{22}\.png$/);
    expect(stored).toEqual({ key: stored.key, url: `/uploads/${stored.key}`, contentType: 'image/png', size: PNG.length });

    const served = await fetch(`${api.baseUrl}${stored.url}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(served.headers.get('content-disposition')).toBe('inline');

    // Who uploaded it is kept beside the file.
    const sidecar = JSON.parse(await readFile(path.join(uploadsDir, stored.key.slice(0, 2), `${stored.key}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(sidecar).toMatchObject({ ownerId: STUB_PERSON_ID, contentType: 'image/png', size: PNG.length });
  });

  it('accepts JPEG, GIF and WebP, each served with its own type; apollo-require-preflight works as the CSRF header too', async () => {
    const keys = new Set<string>();
    for (const [contentType, data] of [
      ['image/jpeg', JPEG],
      ['image/gif', GIF],
      ['image/webp', WEBP],
    ] as const) {
      const response = await upload(data, { 'content-type': contentType, cookie, 'apollo-require-preflight': 'true' });
      expect(response.status).toBe(201);
      const { url, key } = (await response.json()) as { url: string; key: string };
      keys.add(key);
      const served = await fetch(`${api.baseUrl}${url}`);
      expect(served.headers.get('content-type')).toBe(contentType);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(data);
    }
    expect(keys.size).toBe(3);
  });

  it('refuses a type that is not an allowed image, naming the allowed ones', async () => {
    for (const contentType of ['text/plain', 'image/svg+xml', 'application/octet-stream']) {
      const response = await upload('<svg xmlns="http://www.w3.org/2000/svg"/>', asSignedIn(contentType));
      expect(response.status).toBe(415);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toContain('Content-Type must be one of image/png, image/jpeg, image/gif, image/webp');
      expect(body.error.message).toContain(contentType);
    }
  });

  it('refuses a file whose bytes are not the type its Content-Type claims', async () => {
    const text = await upload('just some text, not a picture', asSignedIn('image/png'));
    expect(text.status).toBe(415);
    expect(((await text.json()) as ErrorBody).error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The file is not image/png: its content is not a PNG, JPEG, GIF or WebP image.',
    });

    const jpegAsPng = await upload(JPEG, asSignedIn('image/png'));
    expect(jpegAsPng.status).toBe(415);
    expect(((await jpegAsPng.json()) as ErrorBody).error.message).toBe('The file is image/jpeg, not image/png as its Content-Type says.');
  });

  it('takes a file of exactly 5 MB and refuses one byte more, declared or streamed', async () => {
    const largest = Buffer.concat([PNG, Buffer.alloc(UPLOAD_MAX_BYTES - PNG.length)]);
    const fits = await upload(largest, asSignedIn('image/png'));
    expect(fits.status).toBe(201);
    expect(((await fits.json()) as { size: number }).size).toBe(UPLOAD_MAX_BYTES);

    const tooLarge = Buffer.concat([largest, Buffer.alloc(1)]);
    const declared = await upload(tooLarge, asSignedIn('image/png'));
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as ErrorBody).error).toEqual({
      code: 'BAD_USER_INPUT',
      message: `The file is larger than 5 MB (${UPLOAD_MAX_BYTES} bytes).`,
    });

    // Chunked, without Content-Length: counted while it arrives.
    const streamed = await upload(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < tooLarge.length; offset += 256 * 1024)
            controller.enqueue(tooLarge.subarray(offset, offset + 256 * 1024));
          controller.close();
        },
      }),
      asSignedIn('image/png'),
      { duplex: 'half' } as RequestInit,
    );
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as ErrorBody).error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an empty body', async () => {
    const response = await upload(new Uint8Array(0), asSignedIn('image/png'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.message).toContain('The body is empty');
  });

  it('refuses an upload from someone signed out', async () => {
    const signedOut: Record<string, string>[] = [
      { 'content-type': 'image/png', [UPLOAD_CSRF_HEADER]: 'XMLHttpRequest' },
      { 'content-type': 'image/png', [UPLOAD_CSRF_HEADER]: 'XMLHttpRequest', cookie: 'kakehashi_session=forged' },
    ];
    for (const headers of signedOut) {
      const response = await upload(PNG, headers);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to upload files.' });
    }
  });

  it('refuses an upload without the CSRF header, naming it', async () => {
    const response = await upload(PNG, { 'content-type': 'image/png', cookie });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain('Send the header x-requested-with (or apollo-require-preflight)');
  });

  it('answers 404 for an unknown or malformed key', async () => {
    for (const key of ['AAAAAAAAAAAAAAAAAAAAAA.png', 'AAAAAAAAAAAAAAAAAAAAAA.exe', '..%2F..%2Fpackage.json', 'nope']) {
      const response = await fetch(`${api.baseUrl}/uploads/${key}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
    }
  });
});
