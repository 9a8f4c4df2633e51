import { errorForStatus, parseRetryAfterMs, withTimeoutRecognized } from './vendor-errors';

const headers = (h: Record<string, string>) => new Headers(h);
const call = { provider: 'openai', model: 'gpt-4o', apiKey: 'sk-secret-123' };

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2025-10-15T12:00:00Z');

  it('prefers retry-after-ms, then retry-after in seconds or as an HTTP date', () => {
    expect(parseRetryAfterMs(headers({ 'retry-after-ms': '250.4', 'retry-after': '9' }), now)).toBe(251);
    expect(parseRetryAfterMs(headers({ 'retry-after': '2' }), now)).toBe(2_000);
    expect(parseRetryAfterMs(headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(parseRetryAfterMs(headers({ 'retry-after': 'Wed, 15 Oct 2025 12:00:03 GMT' }), now)).toBe(3_000);
    expect(parseRetryAfterMs(headers({ 'retry-after': 'Wed, 15 Oct 2025 11:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs(headers({}), now)).toBeUndefined();
    expect(
      parseRetryAfterMs(headers({ 'retry-after': 'soon', 'retry-after-ms': '-1' }), now),
    ).toBeUndefined();
  });
});

describe('errorForStatus', () => {
  it.each([
    [429, 'LLM_RATE_LIMITED', true],
    [500, 'LLM_PROVIDER_UNAVAILABLE', true],
    [502, 'LLM_PROVIDER_UNAVAILABLE', true],
    [529, 'LLM_PROVIDER_UNAVAILABLE', true],
    [408, 'LLM_TIMEOUT', true],
    [400, 'LLM_REQUEST_REJECTED', false],
    [401, 'LLM_REQUEST_REJECTED', false],
    [403, 'LLM_REQUEST_REJECTED', false],
    [404, 'LLM_REQUEST_REJECTED', false],
    [422, 'LLM_REQUEST_REJECTED', false],
  ])('maps HTTP %i to %s (transient: %s)', (status, code, transient) => {
    const err = errorForStatus(
      call,
      status,
      `${status} failed for sk-secret-123`,
      headers({ 'retry-after': '1' }),
      null,
    );
    expect(err).toMatchObject({ code, transient, status });
    expect(err.message).not.toContain('sk-secret-123');
    expect(err.retryAfterMs).toBe(status === 429 ? 1_000 : undefined);
  });
});

describe('withTimeoutRecognized', () => {
  it('treats a connection failure at the timeout as the timeout', () => {
    const failure = { kind: 'connection' as const, message: 'fetch failed' };
    expect(withTimeoutRecognized(failure, 300, 300)).toEqual({ kind: 'timeout' });
    expect(withTimeoutRecognized(failure, 20, 300)).toBe(failure);
  });
});
