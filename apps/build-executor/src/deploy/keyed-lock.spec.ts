import { KeyedLock } from './keyed-lock';

/** A promise the test settles by hand. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('KeyedLock', () => {
  it('runs work on one key in the order it was asked for, each after the previous one finished', async () => {
    const lock = new KeyedLock();
    const gate = deferred();
    const order: string[] = [];

    const first = lock.run('orders', async () => {
      await gate.promise;
      order.push('first');
    });
    const second = lock.run('orders', () => {
      order.push('second');
      return Promise.resolve();
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    gate.resolve();
    await Promise.all([first, second]);

    expect(order).toEqual(['first', 'second']);
  });

  it('runs work on different keys without waiting for each other', async () => {
    const lock = new KeyedLock();
    const gate = deferred();

    const blocked = lock.run('orders', () => gate.promise);
    const other = await lock.run('billing', () => Promise.resolve('done'));
    expect(other).toBe('done');

    gate.resolve();
    await blocked;
  });

  it('gives each caller its own result or error, and runs the next work after a failure', async () => {
    const lock = new KeyedLock();

    const failing = lock.run('orders', () => Promise.reject(new Error('boom')));
    const next = lock.run('orders', () => Promise.resolve(42));

    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe(42);
  });
});
