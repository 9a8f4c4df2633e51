import { waitFor } from './wait';

describe('waitFor', () => {
  it('resolves with the first truthy answer, probing again after a falsy or failed one', async () => {
    const answers: (() => Promise<string | null>)[] = [
      () => Promise.resolve(null),
      () => Promise.reject(new Error('not listening yet')),
      () => Promise.resolve('ready'),
    ];
    const probe = jest.fn(() => answers.shift()!());

    await expect(waitFor(probe, 60_000)).resolves.toBe('ready');
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('rejects once the timeout has passed without an answer', async () => {
    const probe = jest.fn(() => Promise.resolve(false as const));

    await expect(waitFor(probe, 0)).rejects.toThrow('not ready within 0 ms');
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
