import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SESSION_ENDED_TOPIC, type SessionEnded } from '../auth/sessions/session-ended';
import { SessionService } from '../auth/sessions/session.service';
import { PubSub } from '../pubsub/pub-sub';
import { WebSocketSessions } from './websocket-sessions';

/** How often this replica re-reads the sessions of its open sockets (expiry, revocation, deactivation). */
export const SOCKET_SESSION_CHECK_MS = 30_000;

/**
 * Closes the subscription sockets of sessions that end. A sign-out (on any replica) is heard
 * at once through PubSub; a session that expires, is deleted or whose person is deactivated is
 * found by a periodic check: one query for all of this replica's sockets, none when there are none.
 */
@Injectable()
export class WebSocketSessionWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WebSocketSessions');
  private timer?: NodeJS.Timeout;
  private ended?: AsyncIterableIterator<SessionEnded>;
  private stopped = false;
  private checking?: Promise<number>;

  constructor(
    private readonly sockets: WebSocketSessions,
    private readonly sessions: SessionService,
    @Inject(PubSub) private readonly pubSub: PubSub,
  ) {}

  onApplicationBootstrap(): void {
    this.listen().catch((error: unknown) => this.logger.error(`listening for ended sessions stopped: ${String(error)}`));
    this.timer = setInterval(() => {
      this.checkSessions().catch((error: unknown) => this.logger.warn(`checking the sessions of open sockets failed: ${String(error)}`));
    }, SOCKET_SESSION_CHECK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.ended?.return?.();
  }

  /** Closes the sockets whose session is no longer live; returns how many closed. Runs once at a time. */
  checkSessions(): Promise<number> {
    this.checking ??= this.closeEnded().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async closeEnded(): Promise<number> {
    const sessionIds = this.sockets.sessionIds();
    if (sessionIds.length === 0) return 0;
    const live = await this.sessions.liveSessionIds(sessionIds);
    let closed = 0;
    for (const sessionId of sessionIds) if (!live.has(sessionId)) closed += this.sockets.closeSession(sessionId);
    return closed;
  }

  private async listen(): Promise<void> {
    while (!this.stopped) {
      this.ended = this.pubSub.subscribe<SessionEnded>(SESSION_ENDED_TOPIC);
      try {
        for await (const event of this.ended) this.sockets.closeSession(event.sessionId);
        // The stream ended: the pub/sub closed (shutdown).
        return;
      } catch (error) {
        // Cut off for falling behind: ends missed meanwhile are caught by the periodic check.
        this.logger.warn(`listening for ended sessions: ${String(error)}; listening again`);
      }
    }
  }
}
