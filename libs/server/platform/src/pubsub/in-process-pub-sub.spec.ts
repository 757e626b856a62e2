import { InProcessPubSub } from './in-process-pub-sub';
import { SubscriberFellBehindError } from './topic-subscription';

describe('InProcessPubSub', () => {
  it('delivers an event to every subscriber of its topic and to no other topic', async () => {
    const pubSub = new InProcessPubSub();
    const first = pubSub.subscribe<{ n: number }>('bell:a');
    const second = pubSub.subscribe<{ n: number }>('bell:a');
    const other = pubSub.subscribe<{ n: number }>('bell:b');

    await pubSub.publish('bell:a', { n: 1 });

    await expect(first.next()).resolves.toEqual({ value: { n: 1 }, done: false });
    await expect(second.next()).resolves.toEqual({ value: { n: 1 }, done: false });
    await other.return?.();
    await expect(other.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('passes payloads through JSON as Redis does, a copy per subscriber', async () => {
    const pubSub = new InProcessPubSub();
    const first = pubSub.subscribe<{ at: unknown; list: number[] }>('t');
    const second = pubSub.subscribe<{ at: unknown; list: number[] }>('t');

    await pubSub.publish('t', { at: new Date('2026-11-21T00:00:00Z'), list: [1] });

    const a = (await first.next()).value as { at: unknown; list: number[] };
    a.list.push(2);
    const b = (await second.next()).value as { at: unknown; list: number[] };
    expect(a.at).toBe('2026-11-21T00:00:00.000Z');
    expect(b.list).toEqual([1]);
  });

  it('keeps events published while the consumer is busy, in order', async () => {
    const pubSub = new InProcessPubSub();
    const events = pubSub.subscribe<number>('t');
    for (const n of [1, 2, 3]) await pubSub.publish('t', n);

    const received: number[] = [];
    for await (const n of events) {
      received.push(n);
      if (received.length === 3) break;
    }
    expect(received).toEqual([1, 2, 3]);
    // for await's break called return(): the subscriber is gone.
    expect(pubSub.subscriberCount('t')).toBe(0);
  });

  it('return() unsubscribes at once and ends a next() that was waiting', async () => {
    const pubSub = new InProcessPubSub();
    const events = pubSub.subscribe<number>('t');
    const waiting = events.next();

    await events.return?.();

    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(pubSub.subscriberCount('t')).toBe(0);
    await pubSub.publish('t', 1);
    await expect(events.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('cuts off a subscriber that falls too far behind, with an error saying so, and leaves the others be', async () => {
    const pubSub = new InProcessPubSub(3);
    const slow = pubSub.subscribe<number>('t');
    const keepingUp = pubSub.subscribe<number>('t');
    const received: number[] = [];

    for (const n of [1, 2, 3, 4]) {
      await pubSub.publish('t', n);
      received.push((await keepingUp.next()).value as number);
    }

    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberFellBehindError);
    await expect(slow.next()).resolves.toEqual({ value: undefined, done: true });
    expect(received).toEqual([1, 2, 3, 4]);
    expect(pubSub.subscriberCount('t')).toBe(1);
  });

  it('close() ends every subscription (shutdown)', async () => {
    const pubSub = new InProcessPubSub();
    const events = pubSub.subscribe<number>('t');
    const waiting = events.next();

    pubSub.close();

    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(pubSub.subscriberCount('t')).toBe(0);
  });

  it('publishing to a topic nobody listens to is a no-op', async () => {
    await expect(new InProcessPubSub().publish('nobody', { n: 1 })).resolves.toBeUndefined();
  });
});
