import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LocalOidcProvider, type LocalOidcUser, startLocalOidcProvider } from '@kakehashi/server-platform/testing';

export interface EntraTestProvider {
  provider: LocalOidcProvider;
  /** The app's Entra settings for this provider, trusted through ENTRA_CA_FILE (never by turning TLS checks off). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A local OpenID Connect provider over TLS and the configuration that points the hub at it. */
export async function startEntraTestProvider(publicUrl: string, users: LocalOidcUser[] = []): Promise<EntraTestProvider> {
  const clientId = 'kakehashi-hub';
  const clientSecret = 'a-test-only-client-secret-that-is-long-enough';
  const provider = await startLocalOidcProvider({
    clientId,
    clientSecret,
    redirectUri: `${publicUrl}/auth/callback`,
    postLogoutRedirectUri: `${publicUrl}/sign-in`,
    users,
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'kk-entra-'));
  const caFile = path.join(folder, 'ca.pem');
  writeFileSync(caFile, provider.caPem);
  return {
    provider,
    env: {
      AUTH_MODE: 'entra',
      PUBLIC_URL: publicUrl,
      ENTRA_TENANT_ID: '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f',
      ENTRA_CLIENT_ID: clientId,
      ENTRA_CLIENT_SECRET: clientSecret,
      ENTRA_AUTHORITY: provider.issuer,
      ENTRA_CA_FILE: caFile,
    },
    close: async () => {
      await provider.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
