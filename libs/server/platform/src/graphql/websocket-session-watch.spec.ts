import type { SessionService } from '../auth/sessions/session.service';
import { SESSION_ENDED_TOPIC } from '../auth/sessions/session-ended';
import { InProcessPubSub } from '../pubsub/in-process-pub-sub';
import { WebSocketSessions } from './websocket-sessions';
import { WebSocketSessionWatch } from './websocket-session-watch';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe('WebSocketSessionWatch', () => {
  let pubSub: InProcessPubSub;
  let sockets: WebSocketSessions;
  let live: Set<string>;
  let liveSessionIds: jest.Mock;
  let watch: WebSocketSessionWatch;

  beforeEach(() => {
    pubSub = new InProcessPubSub();
    sockets = new WebSocketSessions();
    live = new Set();
    liveSessionIds = jest.fn(async (ids: readonly string[]) => new Set(ids.filter((id) => live.has(id))));
    watch = new WebSocketSessionWatch(sockets, { liveSessionIds } as unknown as SessionService, pubSub);
  });

  afterEach(async () => {
    await watch.onApplicationShutdown();
  });

  it('closes the sockets of a session whose end is announced (a sign-out on any replica)', async () => {
    watch.onApplicationBootstrap();
    const mine = { close: jest.fn() };
    const someoneElses = { close: jest.fn() };
    sockets.add('s1', mine);
    sockets.add('s2', someoneElses);
    await until(() => pubSub.subscriberCount(SESSION_ENDED_TOPIC) === 1, 'the watch to listen');

    await pubSub.publish(SESSION_ENDED_TOPIC, { sessionId: 's1' });

    await until(() => mine.close.mock.calls.length === 1, 'the socket to close');
    expect(mine.close).toHaveBeenCalledWith(4401, expect.any(String));
    expect(someoneElses.close).not.toHaveBeenCalled();
  });

  it('closes, at its check, the sockets of sessions that are no longer live, in one read', async () => {
    const expired = { close: jest.fn() };
    const current = { close: jest.fn() };
    sockets.add('expired', expired);
    sockets.add('current', current);
    live.add('current');

    await expect(watch.checkSessions()).resolves.toBe(1);

    expect(liveSessionIds).toHaveBeenCalledTimes(1);
    expect(liveSessionIds).toHaveBeenCalledWith(['expired', 'current']);
    expect(expired.close).toHaveBeenCalledWith(4401, expect.any(String));
    expect(current.close).not.toHaveBeenCalled();
    expect(sockets.sessionIds()).toEqual(['current']);
  });

  it('reads nothing when no socket is open, and runs one check at a time', async () => {
    await expect(watch.checkSessions()).resolves.toBe(0);
    expect(liveSessionIds).not.toHaveBeenCalled();

    sockets.add('s1', { close: jest.fn() });
    const [first, second] = [watch.checkSessions(), watch.checkSessions()];
    expect(second).toBe(first);
    await first;
    expect(liveSessionIds).toHaveBeenCalledTimes(1);
  });

  it('stops listening at shutdown', async () => {
    watch.onApplicationBootstrap();
    await until(() => pubSub.subscriberCount(SESSION_ENDED_TOPIC) === 1, 'the watch to listen');
    await watch.onApplicationShutdown();
    expect(pubSub.subscriberCount(SESSION_ENDED_TOPIC)).toBe(0);
  });
});
