import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a WebSocket upgrade may use the session cookie: browsers send cookies on a
 * cross-site WebSocket as well (Cross-Site WebSocket Hijacking), so only the hub's own
 * origin is accepted. Outside production the request's own host passes too (the Vite dev
 * server, a test on a random port). A client with no Origin header is no browser, so no page
 * of another site can be behind it.
 */
export function isAllowedWebSocketOrigin(headers: IncomingHttpHeaders, publicUrl: string, isProduction: boolean): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === 'null') return false;
  if (parsed.origin === new URL(publicUrl).origin) return true;
  if (isProduction) return false;
  const host = headers.host;
  return host !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === host.toLowerCase();
}
