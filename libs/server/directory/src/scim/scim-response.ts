import type { Response } from 'express';
import { SCIM_CONTENT_TYPE } from './scim.constants';

/** Answers with a SCIM body (application/scim+json), or with no body (204). */
export function sendScim(response: Response, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  response.status(status);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (body === undefined) {
    response.end();
    return;
  }
  response.setHeader('Content-Type', SCIM_CONTENT_TYPE);
  response.send(JSON.stringify(body));
}
