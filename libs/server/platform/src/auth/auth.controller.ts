import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@kakehashi/shared-contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { CookieJar } from './cookies';
import { type EntraClient, EntraSignInError } from './entra';
import { EntraSignInService } from './entra-sign-in.service';
import { PENDING_SIGN_IN_COOKIE, SESSION_COOKIE, SessionService } from './sessions/session.service';
import { safeReturnTo } from './return-to';
import { PERSON_DIRECTORY, type PersonDirectoryPort } from './viewer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PENDING_SIGN_IN_MS = 10 * 60_000;

function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('Auth');
  private readonly cookies: CookieJar;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly entra: EntraSignInService,
    private readonly metrics: MetricsService,
    @Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort,
  ) {
    this.cookies = new CookieJar(config.isProduction);
  }

  /** Dev sign-in: act as any active person. Only with AUTH_MODE=dev, which production refuses. */
  @Post('dev/sign-in')
  async devSignIn(@Req() req: Request, @Res() res: Response, @Body() body: unknown): Promise<void> {
    if (this.config.auth.mode !== 'dev') {
      sendError(res, 403, ErrorCode.Forbidden, 'Dev sign-in is off (AUTH_MODE is not dev).');
      return;
    }
    // A JSON body cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!req.is('application/json')) {
      sendError(res, 400, ErrorCode.BadUserInput, 'Send JSON: {"personId": "…"} with Content-Type application/json.');
      return;
    }
    const personId = (body as { personId?: unknown } | undefined)?.personId;
    if (typeof personId !== 'string' || !UUID.test(personId)) {
      sendError(res, 400, ErrorCode.BadUserInput, 'personId: must be the id (UUID) of a person.');
      return;
    }
    const person = await this.people.findActivePerson(personId);
    if (!person) {
      this.metrics.countSignIn('dev', 'unknown_person');
      sendError(res, 404, ErrorCode.NotFound, `personId: no active person has the id ${personId}.`);
      return;
    }
    await this.startSession(req, res, person.id, 'dev', null);
    this.metrics.countSignIn('dev', 'ok');
    res.status(204).end();
  }

  /** Entra ID: redirect to Microsoft with PKCE, state and nonce kept server-side. */
  @Get('sign-in')
  async signIn(@Res() res: Response, @Query('returnTo') returnTo: unknown): Promise<void> {
    const target = safeReturnTo(returnTo);
    if (this.config.auth.mode !== 'entra') {
      res.redirect(302, `/sign-in?returnTo=${encodeURIComponent(target)}`);
      return;
    }
    let begun: Awaited<ReturnType<EntraClient['beginSignIn']>>;
    try {
      begun = await (await this.entra.client()).beginSignIn(target);
    } catch (error) {
      // The provider is unreachable or untrusted: back to the sign-in page with a reason, not a raw 500.
      if (!(error instanceof EntraSignInError)) throw error;
      this.logger.warn(`Entra sign-in could not start: ${error.reason} (${error.message})`);
      this.metrics.countSignIn('entra', error.reason);
      res.redirect(302, `/sign-in?error=${encodeURIComponent(error.reason)}`);
      return;
    }
    const { url, pending } = begun;
    const token = await this.sessions.savePendingSignIn({ ...pending });
    this.cookies.set(res, PENDING_SIGN_IN_COOKIE, token, PENDING_SIGN_IN_MS);
    res.redirect(302, url);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const pendingToken = this.cookies.read(req, PENDING_SIGN_IN_COOKIE);
    this.cookies.clear(res, PENDING_SIGN_IN_COOKIE);
    const pending = await this.sessions.takePendingSignIn(pendingToken);
    const result = await this.entra.complete(query, pending);
    if (!result.ok) {
      this.logger.warn(`Entra sign-in refused: ${result.reason} (${result.detail})`);
      this.metrics.countSignIn('entra', result.reason);
      res.redirect(302, `/sign-in?error=${encodeURIComponent(result.reason)}`);
      return;
    }
    await this.startSession(req, res, result.personId, 'entra', result.idToken);
    this.metrics.countSignIn('entra', 'ok');
    res.redirect(302, safeReturnTo(result.returnTo));
  }

  /** Ends the session here; the client then goes to the returned URL (Entra's logout when signed in through Entra). */
  @Post('sign-out')
  @HttpCode(200)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ redirectUrl: string }> {
    const token = this.cookies.read(req, SESSION_COOKIE);
    const viewer = await this.sessions.resolve(token);
    const idToken = viewer ? await this.sessions.idTokenOf(viewer.sessionId) : null;
    await this.sessions.destroy(token);
    this.cookies.clear(res, SESSION_COOKIE);
    if (this.config.auth.mode === 'entra' && this.config.auth.entra) {
      return { redirectUrl: (await this.entra.client()).logoutUrl(idToken ?? undefined) };
    }
    return { redirectUrl: '/sign-in' };
  }

  private async startSession(
    req: Request,
    res: Response,
    personId: string,
    method: 'entra' | 'dev',
    idToken: string | null,
  ): Promise<void> {
    // A new session id at every sign-in: a token planted before sign-in is worthless after it.
    await this.sessions.destroy(this.cookies.read(req, SESSION_COOKIE));
    const token = await this.sessions.create(personId, method, idToken);
    this.cookies.set(res, SESSION_COOKIE, token, this.sessions.absoluteMs);
  }
}
