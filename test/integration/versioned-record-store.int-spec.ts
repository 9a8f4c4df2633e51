import { VersionedRecordStore, type RecordWrite } from '@sf/platform';
import { Redis } from 'ioredis';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

interface Counter {
  id: string;
  status: 'open' | 'closed';
  n: number;
}

interface Note {
  text: string;
}

describe('VersionedRecordStore (real Redis)', () => {
  const prefix = uniquePrefix('records');
  let redis: Redis;
  let other: Redis;
  let store: VersionedRecordStore<Counter, Note>;

  const storeOn = (connection: Redis) =>
    new VersionedRecordStore<Counter, Note>(connection, {
      kind: 'counter',
      recordKey: (id) => `${prefix}:counter:${id}`,
      eventsKey: (id) => `${prefix}:events:${id}`,
      channel: `${prefix}:notify`,
      statusOf: (r) => r.status,
    });

  const open = (id: string): RecordWrite<Counter, Note> => ({
    record: { id, status: 'open', n: 0 },
    events: [{ text: 'opened' }],
    indexes: [{ op: 'zadd', key: `${prefix}:created`, score: 1, member: id }],
  });

  beforeAll(() => {
    redis = new Redis(testRedisUrl());
    other = new Redis(testRedisUrl());
    store = storeOn(redis);
  });

  afterAll(async () => {
    await dropPrefix(prefix);
    redis.disconnect();
    other.disconnect();
  });

  it('creates a record once, with its index entry and first event', async () => {
    expect(await store.create('a', open('a'))).toBe(true);
    expect(await store.create('a', { ...open('a'), events: [{ text: 'again' }] })).toBe(false);

    expect(await store.get('a')).toEqual({ id: 'a', status: 'open', n: 0 });
    expect(await redis.hmget(`${prefix}:counter:a`, 'status', 'version')).toEqual(['open', '1']);
    expect(await redis.zrange(`${prefix}:created`, '0', '-1')).toEqual(['a']);
    expect(await store.readEvents('a', '0-0')).toEqual([{ id: expect.any(String), text: 'opened' }]);
  });

  it('applies every concurrent update once, whichever connection wins each race', async () => {
    await store.create('b', open('b'));
    const stores = [store, storeOn(other)];
    const bump = (c: Counter): RecordWrite<Counter, Note> => ({
      record: { ...c, n: c.n + 1 },
      events: [{ text: `n=${c.n + 1}` }],
    });

    await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2].update('b', bump)));

    expect((await store.get('b'))?.n).toBe(20);
    expect(await redis.hget(`${prefix}:counter:b`, 'version')).toBe('21');
    const texts = (await store.readEvents('b', '0-0')).map((e) => e.text);
    expect(texts).toEqual(['opened', ...Array.from({ length: 20 }, (_, i) => `n=${i + 1}`)]);
  });

  it('changes indexes with the record, and releases a lock only while the record holds it', async () => {
    await store.create('c', open('c'));
    await redis.sadd(`${prefix}:open`, 'c');
    await redis.set(`${prefix}:lock:mine`, 'c');
    await redis.set(`${prefix}:lock:theirs`, 'someone-else');

    await store.update('c', (current) => ({
      record: { ...current, status: 'closed' },
      events: [],
      indexes: [
        { op: 'zrem', key: `${prefix}:created`, member: 'c' },
        { op: 'srem', key: `${prefix}:open`, member: 'c' },
        { op: 'del_if_equals', key: `${prefix}:lock:mine`, value: 'c' },
        { op: 'del_if_equals', key: `${prefix}:lock:theirs`, value: 'c' },
      ],
    }));

    expect(await redis.hget(`${prefix}:counter:c`, 'status')).toBe('closed');
    expect(await redis.zscore(`${prefix}:created`, 'c')).toBeNull();
    expect(await redis.sismember(`${prefix}:open`, 'c')).toBe(0);
    expect(await redis.exists(`${prefix}:lock:mine`)).toBe(0);
    expect(await redis.get(`${prefix}:lock:theirs`)).toBe('someone-else');
  });

  it('tells the channel about writes that appended events, and only those', async () => {
    await store.create('d', open('d'));
    const subscriber = new Redis(testRedisUrl());
    const heard: string[] = [];
    subscriber.on('message', (_channel: string, id: string) => heard.push(id));
    await subscriber.subscribe(`${prefix}:notify`);

    await store.update('d', (c) => ({ record: { ...c, n: 1 }, events: [] }));
    await store.update('d', (c) => ({
      record: { ...c, n: 2 },
      events: [{ text: 'two' }, { text: 'three' }],
    }));
    // A round trip on the subscriber connection: every message published before it has arrived.
    await subscriber.ping();

    expect(heard).toEqual(['d']);
    subscriber.disconnect();
  });

  it('leaves the record alone when the change declines or throws, and answers null for a missing one', async () => {
    await store.create('e', open('e'));

    expect(await store.update('e', () => null)).toEqual({
      previous: { id: 'e', status: 'open', n: 0 },
      record: { id: 'e', status: 'open', n: 0 },
    });
    await expect(
      store.update('e', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await redis.hget(`${prefix}:counter:e`, 'version')).toBe('1');
    expect(await store.update('missing', (c) => ({ record: c, events: [] }))).toBeNull();
  });
});
