import { Writable } from 'node:stream';
import { createLogger, scrubSecrets, turnBatched } from './logger';
import { withLogContext } from './log-context';

/** A destination keeping every JSON line written to it. */
function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines with the service, level label and message', () => {
    const out = capture();
    createLogger('svc', { logLevel: 'info', pretty: false }, out.stream).info('hello');
    expect(out.lines()).toEqual([expect.objectContaining({ service: 'svc', level: 'info', msg: 'hello' })]);
  });

  it('stamps intent_id and build_id of the running pipeline work on every line', async () => {
    const out = capture();
    const log = createLogger('svc', { logLevel: 'info', pretty: false }, out.stream);
    await withLogContext({ intent_id: 'int_1' }, async () => {
      await Promise.resolve();
      withLogContext({ build_id: 'bld_1' }, () => log.info('inside'));
    });
    log.info('outside');
    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ intent_id: 'int_1', build_id: 'bld_1', msg: 'inside' });
    expect(outside).not.toHaveProperty('intent_id');
  });

  it('censors authorization headers, cookies and secret-named keys at any depth', () => {
    const out = capture();
    const log = createLogger('svc', { logLevel: 'info', pretty: false }, out.stream);
    log.info(
      {
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1', accept: '*/*' } },
        config: { ANTHROPIC_API_KEY: 'sk-ant-real-key-123456789', provider: { apiKey: 'k-1', model: 'm' } },
      },
      'request',
    );
    const text = JSON.stringify(out.lines()[0]);
    expect(text).not.toContain('abc.def.ghi');
    expect(text).not.toContain('sid=1');
    expect(text).not.toContain('sk-ant-real-key');
    expect(text).not.toContain('k-1');
    expect(out.lines()[0]).toMatchObject({
      req: { headers: { authorization: '[REDACTED]', cookie: '[REDACTED]', accept: '*/*' } },
      config: { ANTHROPIC_API_KEY: '[REDACTED]', provider: { apiKey: '[REDACTED]', model: 'm' } },
    });
  });

  it('censors every credential header of request and response lines', () => {
    const out = capture();
    const log = createLogger('svc', { logLevel: 'info', pretty: false }, out.stream);
    log.info(
      {
        req: { headers: { 'x-api-key': 'sfk_1', 'proxy-authorization': 'Basic cHc=', host: 'h' } },
        res: { headers: { 'set-cookie': 'sid=2' } },
      },
      'request',
    );
    const line = out.lines()[0];
    expect(JSON.stringify(line)).not.toMatch(/sfk_1|cHc=|sid=2/);
    expect(line).toMatchObject({
      req: { headers: { 'x-api-key': '[REDACTED]', 'proxy-authorization': '[REDACTED]', host: 'h' } },
      res: { headers: { 'set-cookie': '[REDACTED]' } },
    });
  });

  it('censors vendor keys quoted in messages', () => {
    const out = capture();
    createLogger('svc', { logLevel: 'info', pretty: false }, out.stream).warn(
      'provider refused key sk-proj-abcdefghijklmnop1234',
    );
    expect(out.lines()[0].msg).toBe('provider refused key [REDACTED]');
  });

  it('writes nothing below the configured level', () => {
    const out = capture();
    const log = createLogger('svc', { logLevel: 'warn', pretty: false }, out.stream);
    log.info('quiet');
    log.warn('loud');
    expect(out.lines().map((l) => l.msg)).toEqual(['loud']);
  });
});

describe('scrubSecrets', () => {
  it('returns the same object when nothing is secret', () => {
    const value = { a: 1, nested: { tokens_used: 3, list: ['x'] } };
    expect(scrubSecrets(value)).toBe(value);
  });

  it('does not mutate its input', () => {
    const value = { password: 'p' };
    expect(scrubSecrets(value)).toEqual({ password: '[REDACTED]' });
    expect(value.password).toBe('p');
  });
});

describe('turnBatched', () => {
  function recording(): { writes: string[]; stream: { write(s: string): void; flushSync(): void } } {
    const writes: string[] = [];
    return { writes, stream: { write: (s: string) => void writes.push(s), flushSync: () => undefined } };
  }

  it('hands the lines of one event-loop turn to the stream as one write, in order, after that turn', async () => {
    const { writes, stream } = recording();
    const batched = turnBatched(stream);
    batched.write('a\n');
    batched.write('b\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    batched.write('c\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });

  it('carries secrets censored and the log context through a logger writing to it', async () => {
    const { writes, stream } = recording();
    const log = createLogger('svc', { logLevel: 'info', pretty: false }, turnBatched(stream));
    withLogContext({ intent_id: 'int_9' }, () => log.info({ token: 't-1' }, 'first'));
    log.info({ n: 1 }, 'second');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = writes
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ intent_id: 'int_9', token: '[REDACTED]', msg: 'first' }),
      expect.objectContaining({ n: 1, msg: 'second' }),
    ]);
    expect(lines[1]).not.toHaveProperty('intent_id');
  });
});
