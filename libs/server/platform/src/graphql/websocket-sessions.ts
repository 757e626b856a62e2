import { Injectable } from '@nestjs/common';
import { CloseCode } from 'graphql-ws';

/** What closing a subscription socket takes (the `ws` socket has it). */
export interface SessionSocket {
  close(code: number, reason: string): void;
}

/** Sent with 4401 when the session of an open socket ends; the client then asks for sign-in again. */
export const SESSION_ENDED_CLOSE_REASON = 'Unauthorized: the session ended';

/**
 * This replica's open subscription sockets, by the session they were opened with, so that a
 * session that ends (sign-out, expiry, revocation) closes its sockets instead of leaving them
 * to receive events for someone no longer signed in.
 */
@Injectable()
export class WebSocketSessions {
  private readonly bySession = new Map<string, Set<SessionSocket>>();
  private readonly sessionOf = new Map<SessionSocket, string>();

  /** Open sockets being watched. */
  get size(): number {
    return this.sessionOf.size;
  }

  add(sessionId: string, socket: SessionSocket): void {
    this.remove(socket);
    let sockets = this.bySession.get(sessionId);
    if (!sockets) {
      sockets = new Set();
      this.bySession.set(sessionId, sockets);
    }
    sockets.add(socket);
    this.sessionOf.set(socket, sessionId);
  }

  /** Forgets a socket (it closed); unknown sockets are ignored. */
  remove(socket: SessionSocket): void {
    const sessionId = this.sessionOf.get(socket);
    if (sessionId === undefined) return;
    this.sessionOf.delete(socket);
    const sockets = this.bySession.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySession.delete(sessionId);
  }

  /** The sessions that have at least one open socket here. */
  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }

  /** Closes every socket of the session with 4401 and forgets them; returns how many there were. */
  closeSession(sessionId: string): number {
    const sockets = this.bySession.get(sessionId);
    if (!sockets) return 0;
    this.bySession.delete(sessionId);
    for (const socket of sockets) {
      this.sessionOf.delete(socket);
      try {
        // graphql-ws ends the socket's subscriptions when the close completes; nothing is sent meanwhile.
        socket.close(CloseCode.Unauthorized, SESSION_ENDED_CLOSE_REASON);
      } catch {
        // Already closing or closed: nothing more to do for this one, and the others still close.
      }
    }
    return sockets.size;
  }
}
