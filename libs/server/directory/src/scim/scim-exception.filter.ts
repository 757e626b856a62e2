import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ScimError } from './scim-error';
import { sendScim } from './scim-response';
import { uniquenessError } from './scim-transaction';

/** Any exception as a SCIM error: what the client did wrong, by name; anything else a 500 with no internals. */
export function toScimError(exception: unknown, logger: Logger): ScimError {
  if (exception instanceof ScimError) return exception;
  const uniqueness = uniquenessError(exception);
  if (uniqueness) return uniqueness;
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return new ScimError(exception.getStatus(), exception.message, exception.getStatus() === 400 ? 'invalidSyntax' : undefined);
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new ScimError(500, 'The request could not be completed because of an internal error.');
}

/** The SCIM controllers' errors, in RFC 7644 §3.12's format: no Nest or GraphQL shaped error leaves /scim/v2. */
@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('SCIM');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = toScimError(exception, this.logger);
    if (response.headersSent) return;
    sendScim(response, error.status, error.body(), error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="scim"' } : {});
  }
}
