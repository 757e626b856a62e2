import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { PubSub } from '../../pubsub/pub-sub';
import { PERSON_DIRECTORY, type PersonDirectoryPort, type Viewer } from '../viewer';
import { SessionEntity } from './session.entity';
import { PendingSignInEntity } from './pending-sign-in.entity';
import { SESSION_ENDED_TOPIC, type SessionEnded } from './session-ended';

export const SESSION_COOKIE = 'kakehashi_session';
export const PENDING_SIGN_IN_COOKIE = 'kakehashi_signin';

/** How long a resolved session is trusted in this process before asking Postgres again. */
const VIEWER_CACHE_MS = 10_000;
const VIEWER_CACHE_MAX = 10_000;
/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
const PENDING_SIGN_IN_TTL_MS = 10 * 60_000;
/** Expired sessions and abandoned sign-ins are swept this often (by every replica; deletes are idempotent). */
const PURGE_INTERVAL_MS = 60 * 60_000;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

interface CachedViewer {
  viewer: Viewer;
  until: number;
}

@Injectable()
export class SessionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly cache = new Map<string, CachedViewer>();
  private readonly logger = new Logger('Sessions');
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort,
    @Inject(PubSub) private readonly pubSub: PubSub,
  ) {}

  onApplicationBootstrap(): void {
    const purge = () => {
      this.purgeExpired().catch((error: unknown) => this.logger.warn(`purging expired sessions failed: ${String(error)}`));
    };
    this.purgeTimer = setInterval(purge, PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  get absoluteMs(): number {
    return this.config.auth.sessionAbsoluteHours * 3600_000;
  }

  /** A new session (and so a new id: no fixation) for a person who just signed in. */
  async create(personId: string, authMethod: 'entra' | 'dev', idToken: string | null = null): Promise<string> {
    const token = newToken();
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: hashToken(token),
      personId,
      authMethod,
      idToken,
      expiresAt: new Date(Date.now() + this.absoluteMs),
    });
    return token;
  }

  /** The viewer for a session token, or null when unknown, expired (idle or absolute) or the person is inactive. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const key = token;
    const cached = this.cache.get(key);
    const now = Date.now();
    if (cached && cached.until > now) return cached.viewer;
    this.cache.delete(key);

    const repository = this.dataSource.getRepository(SessionEntity);
    const session = await repository.findOne({ where: { tokenHash: hashToken(token) } });
    if (!session) return null;
    const idleLimit = session.lastSeenAt.getTime() + this.config.auth.sessionIdleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now || idleLimit <= now) {
      await repository.delete({ id: session.id });
      return null;
    }
    const person = await this.people.findActivePerson(session.personId);
    if (!person) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await repository.update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    const viewer: Viewer = {
      personId: person.id,
      sessionId: session.id,
      roles: person.roles,
      preferredLocale: person.preferredLocale,
      departmentId: person.departmentId,
    };
    this.remember(key, viewer, now);
    return viewer;
  }

  async idTokenOf(sessionId: string): Promise<string | null> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOne({ where: { id: sessionId }, select: { id: true, idToken: true } });
    return session?.idToken ?? null;
  }

  /** Ends the session of a token, and tells every replica so that its subscription sockets close. */
  async destroy(token: string | undefined): Promise<void> {
    if (!token) return;
    this.cache.delete(token);
    const deleted = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where({ tokenHash: hashToken(token) })
      .returning('id')
      .execute();
    for (const { id } of (deleted.raw ?? []) as { id: string }[]) {
      try {
        await this.pubSub.publish<SessionEnded>(SESSION_ENDED_TOPIC, { sessionId: id });
      } catch (error) {
        // The session is gone all the same; its sockets close at their next periodic check.
        this.logger.warn(`announcing the end of a session failed: ${String(error)}`);
      }
    }
  }

  /**
   * Of these sessions, the ones still live: not ended, not expired (idle or absolute), of an
   * active person. Read from Postgres, not the cache: open sockets are re-checked with it.
   */
  async liveSessionIds(sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string; person_id: string }[]>(
      `SELECT id, person_id FROM sessions
       WHERE id = ANY($1::uuid[]) AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)`,
      [sessionIds, this.config.auth.sessionIdleMinutes],
    );
    if (rows.length === 0) return new Set();
    const active = new Set(
      (await this.people.activePeopleByIds([...new Set(rows.map((row) => row.person_id))])).map((person) => person.id),
    );
    return new Set(rows.filter((row) => active.has(row.person_id)).map((row) => row.id));
  }

  /** Forget cached viewers of a person, e.g. after their locale or roles changed here. */
  forgetPerson(personId: string): void {
    for (const [key, entry] of this.cache) if (entry.viewer.personId === personId) this.cache.delete(key);
  }

  async savePendingSignIn(payload: Record<string, unknown>): Promise<string> {
    const token = newToken();
    await this.dataSource.query('INSERT INTO pending_sign_ins (token_hash, payload, expires_at) VALUES ($1, $2, $3)', [
      hashToken(token),
      JSON.stringify(payload),
      new Date(Date.now() + PENDING_SIGN_IN_TTL_MS),
    ]);
    return token;
  }

  /** Returns the pending sign-in once: it is deleted as it is read, so a callback cannot be replayed. */
  async takePendingSignIn(token: string | undefined): Promise<Record<string, unknown> | null> {
    if (!token) return null;
    const rows: unknown = await this.dataSource.query(
      'DELETE FROM pending_sign_ins WHERE token_hash = $1 AND expires_at > now() RETURNING payload',
      [hashToken(token)],
    );
    const [first] =
      Array.isArray(rows) && Array.isArray(rows[0])
        ? (rows[0] as { payload: Record<string, unknown> }[])
        : ((rows as { payload: Record<string, unknown> }[]) ?? []);
    return first?.payload ?? null;
  }

  /** Housekeeping: drop expired sessions and abandoned sign-ins. */
  async purgeExpired(): Promise<void> {
    const now = new Date();
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
    await this.dataSource.getRepository(PendingSignInEntity).delete({ expiresAt: LessThan(now) });
  }

  private remember(key: string, viewer: Viewer, now: number): void {
    if (this.cache.size >= VIEWER_CACHE_MAX) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { viewer, until: now + VIEWER_CACHE_MS });
  }
}
