import { WriteBehind } from './write-behind';

describe('WriteBehind', () => {
  it('runs a next-turn write after the current continuation, and flush() waits for it', async () => {
    const order: string[] = [];
    const writes = new WriteBehind();
    writes.addNextTurn(() => Promise.resolve(void order.push('write')));
    await Promise.resolve();
    order.push('caller');
    await writes.flush();
    expect(order).toEqual(['caller', 'write']);
  });

  it('never rejects for a failed write', async () => {
    const writes = new WriteBehind();
    writes.add(Promise.reject(new Error('redis down')));
    writes.addNextTurn(() => Promise.reject(new Error('redis down')));
    await expect(writes.flush()).resolves.toBeUndefined();
  });

  it('gives up waiting after the timeout when a write never answers (shutdown on a dead Redis)', async () => {
    const writes = new WriteBehind();
    writes.add(new Promise(() => undefined));
    const started = Date.now();
    await writes.flush(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
