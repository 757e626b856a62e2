import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';

const MANIFEST = path.resolve(__dirname, '../../../../libs/client/platform/src/gql/persisted-documents.json');

describe('trusted documents through /graphql (TRUSTED_DOCUMENTS=enforce, the production default)', () => {
  let api: TestApp;
  let authOptionsText: string;

  beforeAll(async () => {
    api = await startTestApp({
      imports: [DirectoryModule],
      entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES],
      env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_FILE: MANIFEST },
    });
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    const found = Object.values(manifest).find((text) => text.includes('query AuthOptions'));
    if (!found) throw new Error('the web client has no AuthOptions query in its manifest');
    authOptionsText = found;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('runs an operation the web client was built with, laid out as Apollo Client sends it', async () => {
    const pretty = authOptionsText.replace(/ \{ /g, ' {\n  ').replace(/ \} /g, '\n}\n');
    const result = await api.graphql<{ authOptions: { devSignInEnabled: boolean } }>(pretty);
    expect(result.errors).toBeUndefined();
    expect(result.data?.authOptions.devSignInEnabled).toBe(true);
  });

  it('refuses any other operation with FORBIDDEN, even a harmless one', async () => {
    const result = await api.graphql('{ authOptions { devSignInEnabled } }');
    expect(result.status).toBe(403);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
