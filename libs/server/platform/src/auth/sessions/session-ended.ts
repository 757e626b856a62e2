/**
 * Told to every api replica (through PubSub) when a session ends on purpose: sign-out, or a
 * new sign-in replacing it. Subscription sockets opened with that session close at once.
 */
export const SESSION_ENDED_TOPIC = 'platform.session-ended';

export interface SessionEnded {
  sessionId: string;
}
