import { All, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ScimError } from './scim-error';
import { ScimController } from './scim-http';

const KNOWN_PATH = /^\/scim\/v2\/(Users|Groups|Schemas|ResourceTypes|ServiceProviderConfig)(\/[^/]+)?\/?$/i;

/** Whatever else reaches /scim/v2 (registered last): a SCIM 404 or 405, never Nest's own error page. */
@ScimController()
export class ScimFallbackController {
  @All()
  root(@Req() request: Request): never {
    return this.unknown(request);
  }

  @All('{*path}')
  unknown(@Req() request: Request): never {
    if (KNOWN_PATH.test(request.path)) throw new ScimError(405, `${request.method} is not supported on ${request.path}.`);
    throw new ScimError(404, `There is no SCIM endpoint at ${request.path} (see /scim/v2/ResourceTypes).`);
  }
}
