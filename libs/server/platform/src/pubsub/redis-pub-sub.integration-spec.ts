// Two RedisPubSub instances stand for two api replicas sharing one Redis (REDIS_URL).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisPubSub } from './redis-pub-sub';

const redisUrl = process.env['REDIS_URL'];
const describeWithRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) console.warn('RedisPubSub specs skipped: REDIS_URL is not set (CI sets it and runs them).');

/** The next event, or a failure after a while instead of a hung test. */
async function nextWithin<T>(events: AsyncIterableIterator<T>, ms = 2000): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([events.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describeWithRedis(`RedisPubSub across replicas (REDIS_URL${redisUrl ? '' : ' not set: skipped'})`, () => {
  const url = redisUrl ?? '';
  let prefix: string;
  let replicaA: RedisPubSub;
  let replicaB: RedisPubSub;
  let inspector: Redis;

  beforeEach(() => {
    // A random prefix per test: runs sharing one Redis never hear each other.
    prefix = `kakehashi-test-${randomBytes(6).toString('hex')}:`;
    replicaA = new RedisPubSub({ url, prefix });
    replicaB = new RedisPubSub({ url, prefix });
    inspector = new Redis(url);
  });

  afterEach(async () => {
    await replicaA.close();
    await replicaB.close();
    inspector.disconnect();
  });

  async function redisSubscribers(topic: string): Promise<number> {
    const reply = (await inspector.call('PUBSUB', 'NUMSUB', prefix + topic)) as [string, number];
    return Number(reply[1]);
  }

  it('delivers an event published on one replica to the subscribers of another, and of its own', async () => {
    const onB = replicaB.subscribe<{ id: string; at: string }>('bell:person-1');
    const onA = replicaA.subscribe<{ id: string; at: string }>('bell:person-1');
    await Promise.all([replicaB.whenSubscribed('bell:person-1'), replicaA.whenSubscribed('bell:person-1')]);

    await replicaA.publish('bell:person-1', { id: 'n1', at: '2026-11-21T00:00:00.000Z' });

    await expect(nextWithin(onB)).resolves.toEqual({ value: { id: 'n1', at: '2026-11-21T00:00:00.000Z' }, done: false });
    await expect(nextWithin(onA)).resolves.toEqual({ value: { id: 'n1', at: '2026-11-21T00:00:00.000Z' }, done: false });
  });

  it('keeps topics apart, and prefixes apart', async () => {
    const otherPrefix = new RedisPubSub({ url, prefix: `${prefix}other:` });
    try {
      const mine = replicaB.subscribe<number>('bell:person-1');
      const someoneElse = replicaB.subscribe<number>('bell:person-2');
      const otherApp = otherPrefix.subscribe<number>('bell:person-1');
      await Promise.all([
        replicaB.whenSubscribed('bell:person-1'),
        replicaB.whenSubscribed('bell:person-2'),
        otherPrefix.whenSubscribed('bell:person-1'),
      ]);

      await replicaA.publish('bell:person-1', 1);
      await replicaA.publish('bell:person-2', 2);

      await expect(nextWithin(mine)).resolves.toEqual({ value: 1, done: false });
      await expect(nextWithin(someoneElse)).resolves.toEqual({ value: 2, done: false });
      await expect(nextWithin(otherApp, 300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await otherPrefix.close();
    }
  });

  it('subscribes the Redis channel once for many local subscribers, and unsubscribes it with the last', async () => {
    const first = replicaB.subscribe<number>('bell:person-1');
    const second = replicaB.subscribe<number>('bell:person-1');
    await replicaB.whenSubscribed('bell:person-1');
    expect(await redisSubscribers('bell:person-1')).toBe(1);

    await first.return?.();
    expect(await redisSubscribers('bell:person-1')).toBe(1);
    await replicaA.publish('bell:person-1', 7);
    await expect(nextWithin(second)).resolves.toEqual({ value: 7, done: false });

    await second.return?.();
    // UNSUBSCRIBE goes out without being awaited: give Redis a moment to apply it.
    for (let attempt = 0; attempt < 50 && (await redisSubscribers('bell:person-1')) !== 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await redisSubscribers('bell:person-1')).toBe(0);
    expect(replicaB.subscriberCount('bell:person-1')).toBe(0);
  });

  it('close() ends local subscriptions and both connections', async () => {
    const events = replicaB.subscribe<number>('bell:person-1');
    await replicaB.whenSubscribed('bell:person-1');
    const waiting = events.next();

    await replicaB.close();

    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(await redisSubscribers('bell:person-1')).toBe(0);
  });
});
