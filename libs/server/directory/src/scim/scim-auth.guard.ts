import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@kakehashi/server-platform';
import { ScimError } from './scim-error';

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The provisioning client's `Authorization: Bearer <SCIM_TOKEN>`. Compared as SHA-256
 * digests with timingSafeEqual: equal lengths, constant time, whatever was sent.
 */
@Injectable()
export class ScimAuthGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = config.scimToken ? digest(config.scimToken) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected) {
      throw new ScimError(
        503,
        'SCIM provisioning is not configured: set SCIM_TOKEN (at least 32 characters) on the server and enter the same value as the Secret Token in Entra ID.',
      );
    }
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) throw new ScimError(401, 'Authentication required: send Authorization: Bearer <SCIM_TOKEN>.');
    if (!timingSafeEqual(digest(match[1]!), this.expected)) throw new ScimError(401, 'The bearer token is not valid.');
    return true;
  }
}
