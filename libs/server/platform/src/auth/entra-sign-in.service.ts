import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EntraClient, EntraSignInError, type PendingSignIn } from './entra';
import { PERSON_DIRECTORY, type PersonDirectoryPort } from './viewer';

export type EntraCallbackResult =
  { ok: true; personId: string; idToken: string; returnTo: string } | { ok: false; reason: string; detail: string };

/** Turns an Entra callback into a provisioned, active person (just-in-time provisioning). */
@Injectable()
export class EntraSignInService {
  private entraClient?: Promise<EntraClient>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort,
  ) {}

  /** The client, created once (it reads the authority's discovery document; retried after a failure). */
  client(): Promise<EntraClient> {
    const settings = this.config.auth.entra;
    if (!settings) return Promise.reject(new Error('Entra ID is not configured.'));
    if (!this.entraClient) {
      this.entraClient = EntraClient.create(settings);
      this.entraClient.catch(() => {
        this.entraClient = undefined;
      });
    }
    return this.entraClient;
  }

  async complete(query: Record<string, unknown>, pending: Record<string, unknown> | null): Promise<EntraCallbackResult> {
    const text = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : undefined);
    try {
      const identity = await (
        await this.client()
      ).completeSignIn(
        // iss (RFC 9207) too: the client refuses a callback that names another issuer.
        { code: text('code'), state: text('state'), error: text('error'), error_description: text('error_description'), iss: text('iss') },
        pending as PendingSignIn | null,
      );
      const person = await this.people.provisionFromEntra(identity);
      if (!person.active) return { ok: false, reason: 'inactive', detail: `person ${person.id} is deactivated` };
      return { ok: true, personId: person.id, idToken: identity.idToken, returnTo: String(pending?.['returnTo'] ?? '/') };
    } catch (error) {
      if (error instanceof EntraSignInError) return { ok: false, reason: error.reason, detail: error.message };
      throw error;
    }
  }
}
