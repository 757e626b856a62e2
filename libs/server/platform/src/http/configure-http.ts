import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type INestApplication, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { ErrorCode, REQUEST_BODY_MAX_BYTES, type FieldError } from '@kakehashi/shared-contracts';
import type { AppConfig } from '../config/config';
import { BadUserInputError } from '../graphql/errors';
import { MetricsService } from '../metrics/metrics.service';
import { runInRequestStore } from '../request/request-context';
import { CookieJar } from '../auth/cookies';
import { SESSION_COOKIE, SessionService } from '../auth/sessions/session.service';
import { ResponseCache } from '../graphql/response-cache';

const API_PREFIXES = ['/graphql', '/auth/', '/health/', '/metrics', '/scim/', '/uploads'];
const JSON_CONTENT_TYPES = ['application/json', 'application/scim+json'];

/** Flattens class-validator errors into `field: message` pairs (nested as `a.b`). */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** HTTP concerns of the api: logs, limits, validation, security headers, metrics and the web app. */
export function configureHttpApp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Express hashed every body it sent for an ETag: a tenth of the api's time on the kept board's
  // 300 kB, for POST answers no client revalidates. The web app's files keep serve-static's own.
  app.set('etag', false);
  app.set('trust proxy', config.isProduction ? 1 : false);
  // SCIM clients (Microsoft Entra ID) send application/scim+json: JSON by another name.
  app.useBodyParser('json', { limit: REQUEST_BODY_MAX_BYTES, type: JSON_CONTENT_TYPES });
  app.use(bodyParserRefusals);
  app.use(malformedUrlRefusals);
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors) => new BadUserInputError(fieldErrors(errors)),
    }),
  );

  const metrics = app.get(MetricsService);
  app.use((req: Request, res: Response, next: NextFunction) => {
    securityHeaders(res, config);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = API_PREFIXES.find((prefix) => req.path.startsWith(prefix)) ?? 'web';
      metrics.observeHttp(req.method, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  });
  if (config.graphql.exposeStatementCount) {
    // Everything a request does (SQL included) is counted in its own store. Only when the
    // count is wanted: the async context costs every promise of the request a little.
    app.use((_req: Request, _res: Response, next: NextFunction) => runInRequestStore(() => next()));
  }
  // Kept answers (the board) go out before Apollo parses anything; the rest goes on to it.
  const sessions = app.get(SessionService);
  const cookies = new CookieJar(config.isProduction);
  app.use(
    '/graphql',
    app.get(ResponseCache).replay((req) => sessions.resolve(cookies.read(req, SESSION_COOKIE))),
  );
  serveWebApp(app, config);
}

/**
 * A body the JSON parser refuses (too large, not JSON) is the client's mistake: answer in
 * JSON with our code, as the route would, not with Express's HTML error page (which shows a
 * stack trace outside production and which no API client can read).
 */
function bodyParserRefusals(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || typeof type !== 'string' || status < 400 || status > 499 || res.headersSent) {
    next(error);
    return;
  }
  const message =
    status === 413
      ? `The request body is larger than ${REQUEST_BODY_MAX_BYTES} bytes.`
      : status === 415
        ? 'The request body has an unsupported encoding.'
        : 'The request body is not valid JSON.';
  refuse(req, res, status, message);
}

/**
 * An api address with a malformed percent-encoding (`%E0%A4%A`, `%zz`) in its path or query:
 * refused here, before routing, because Express's router would answer its own HTML 400 while
 * decoding the route's parameters, past every exception filter.
 */
function malformedUrlRefusals(req: Request, res: Response, next: NextFunction): void {
  if (!isApiPath(req.path)) {
    next();
    return;
  }
  try {
    decodeURIComponent(req.originalUrl);
  } catch {
    refuse(req, res, 400, 'The address has a malformed percent-encoding.');
    return;
  }
  next();
}

/** A client error in the shape of the api it was sent to: GraphQL's, SCIM's, or ours. */
function refuse(req: Request, res: Response, status: number, message: string): void {
  if (req.path.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput } }] });
  else if (req.path.startsWith('/scim/')) {
    // SCIM's error format (RFC 7644 §3.12), as every other answer under /scim/ is.
    res
      .status(status)
      .type('application/scim+json; charset=utf-8')
      .send(
        JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: String(status),
          ...(status === 400 ? { scimType: 'invalidSyntax' } : {}),
          detail: message,
        }),
      );
  } else res.status(status).json({ error: { code: ErrorCode.BadUserInput, message } });
}

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix));
}

function securityHeaders(res: Response, config: AppConfig): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self' https://login.microsoftonline.com",
  );
  if (config.isProduction) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

/** The built web app (vite → dist/web), with the SPA's index.html for its client-side routes. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const indexFile = path.join(config.webDistDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.use('/assets', express.static(path.join(config.webDistDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(indexHtml);
  });
}
