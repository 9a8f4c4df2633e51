import type { EndpointSpec, QuotaBehavior, QuotaUsageBehavior } from '@sf/service-spec';
import { prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { clockWindowSeconds, clockWindowStart } from './quota-clock';
import { clockLines, hitCall, missingKeyCases, START } from './quota-test-steps';
import type { TestCase } from './test-writer';
import { tokenBucketCases, tokenBucketUsageCases } from './token-bucket-tests';

/*
 * Endpoint tests of quotas. Time is the instance's clock (`server.state.now`), set by the test: a window opens,
 * fills and ends exactly where the test says, however slow the machine.
 */

/** `quota`: counts down to the limit per key, refuses the next with 429 uncounted, reopens after the window. */
export function quotaCases(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior): TestCase[] {
  if (b.algorithm === 'token_bucket') return tokenBucketCases(w, e, b);
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  const fill = (keyValue: string) => [
    `for (let n = 1; n <= ${b.limit}; n += 1) {`,
    `  const res = ${hitCall(w, e, b, keyValue)};`,
    `  ${w.expectStatus('res', 200, `${where} request n of ${b.limit}`)}`,
    `  ${a}.deepEqual(`,
    `    [${body('res')}.allowed, ${body('res')}.count, ${body('res')}.remaining],`,
    `    [true, n, ${b.limit} - n],`,
    '  );',
    '}',
  ];
  // A window on the UTC clock is tested from where one starts: there it behaves as one opened by the first request
  // (for a calendar month, one of the month's own length).
  const aligned = b.aligned !== undefined;
  const start = aligned ? clockWindowStart(b, START) : START;
  const seconds = clockWindowSeconds(b, start);
  return [
    {
      name: `allows ${b.limit} requests per ${b.key_field} in ${b.window_seconds} s, then answers 429 RATE_LIMITED without counting`,
      lines: [
        ...clockLines(start),
        ...fill('key-one'),
        `const over = ${hitCall(w, e, b, 'key-one')};`,
        w.expectError('over', 429, 'RATE_LIMITED', `${where} over the limit`),
        `${a}.deepEqual([${body('over')}.allowed, ${body('over')}.remaining, ${body('over')}.reset_seconds], [false, 0, ${seconds}]);`,
        `${a}.equal(${w.support('headerOf')}(over, 'retry-after'), ${str(String(seconds))});`,
        `${a}.equal(${w.support('headerOf')}(over, 'x-ratelimit-remaining'), '0');`,
        `const other = ${hitCall(w, e, b, 'key-two')};`,
        w.expectStatus('other', 200, `${where} for another ${b.key_field}`),
        `${a}.equal(${body('other')}.remaining, ${b.limit - 1});`,
        'clock += 1000;',
        `const later = ${hitCall(w, e, b, 'key-one')};`,
        w.expectError('later', 429, 'RATE_LIMITED', `${where} still over the limit a second later`),
        `${a}.equal(${body('later')}.reset_seconds, ${Math.max(1, seconds - 1)});`,
        // The window opened at the test's first instant: it resets then plus the window, asked when it may.
        ...(b.reset_at_as === undefined
          ? []
          : [
              `${a}.equal(${body('other')}${prop(b.reset_at_as)}, new Date(clock - 1000 + ${seconds * 1000}).toISOString());`,
              `${a}.equal(${body('later')}${prop(b.reset_at_as)}, new Date(clock - 1000 + ${seconds * 1000}).toISOString());`,
            ]),
      ],
    },
    aligned
      ? alignedWindowCase(w, e, b, fill, start)
      : {
          name: `opens a new window ${b.window_seconds} s after a ${b.key_field}'s first request, not before`,
          lines: [
            ...clockLines(),
            ...fill('key-window'),
            `clock += ${b.window_seconds * 1000 - 1};`,
            `const before = ${hitCall(w, e, b, 'key-window')};`,
            w.expectError('before', 429, 'RATE_LIMITED', `${where} 1 ms before the window ends`),
            'clock += 1;',
            `const after = ${hitCall(w, e, b, 'key-window')};`,
            w.expectStatus('after', 200, `${where} when the window has ended`),
            `${a}.deepEqual([${body('after')}.count, ${body('after')}.remaining], [1, ${b.limit - 1}]);`,
          ],
        },
    ...missingKeyCases(w, e, b),
  ];
}

/**
 * A window on the UTC clock: a key first counted halfway through one is refused until that window ends, and allowed
 * again as soon as the next starts — half a window after its first request, where a window of its own would still
 * refuse it.
 */
function alignedWindowCase(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: QuotaBehavior,
  fill: (keyValue: string) => string[],
  start: number,
): TestCase {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const windowMs = clockWindowSeconds(b, start) * 1000;
  const half = Math.floor(windowMs / 2);
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  return {
    name: `starts each window on the UTC clock (${b.aligned === 'utc_month' ? 'every calendar month' : `every ${b.window_seconds} s since the epoch`}), not at a ${b.key_field}'s first request`,
    lines: [
      ...clockLines(start),
      `clock += ${half};`,
      ...fill('key-clock'),
      `clock += ${windowMs - half - 1};`,
      `const before = ${hitCall(w, e, b, 'key-clock')};`,
      w.expectError('before', 429, 'RATE_LIMITED', `${where} 1 ms before the clock's window ends`),
      `${a}.equal(${body('before')}.reset_seconds, 1);`,
      'clock += 1;',
      `const after = ${hitCall(w, e, b, 'key-clock')};`,
      w.expectStatus('after', 200, `${where} as the clock's next window starts`),
      `${a}.deepEqual([${body('after')}.count, ${body('after')}.remaining, ${body('after')}.reset_seconds], [1, ${b.limit - 1}, ${clockWindowSeconds(b, start + windowMs)}]);`,
    ],
  };
}

/** `quota_usage`: 0 for an unknown key, the count of the current window, 0 again once it ended. */
export function quotaUsageCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: QuotaUsageBehavior,
  counter: EndpointSpec | undefined,
): TestCase[] {
  if (counter?.behavior.kind !== 'quota') return [];
  const quota = counter.behavior;
  if (quota.algorithm === 'token_bucket') return tokenBucketUsageCases(w, e, b, counter, quota);
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const read = (keyValue: string) => w.call(e, { path: w.path(e, { [b.param]: str(keyValue) }) });
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  const counted = Math.min(2, quota.limit);
  return [
    {
      name: `reads the count of a ${quota.key_field} in its current window without counting, 0 when it has none`,
      lines: [
        ...clockLines(),
        `const unknown = ${read('never-counted')};`,
        w.expectStatus('unknown', 200, `${where} for a key never counted`),
        `${a}.deepEqual([${body('unknown')}.count, ${body('unknown')}.remaining], [0, ${quota.limit}]);`,
        ...Array.from(
          { length: counted },
          () =>
            `${w.expectStatus(hitCall(w, counter, quota, 'key-used'), 200, `${counter.method} ${counter.path}`)}`,
        ),
        `const used = ${read('key-used')};`,
        w.expectStatus('used', 200, where),
        `${a}.deepEqual([${body('used')}${prop(quota.key_field)}, ${body('used')}.count, ${body('used')}.remaining], [${str('key-used')}, ${counted}, ${quota.limit - counted}]);`,
        `const again = ${read('key-used')};`,
        `${a}.equal(${body('again')}.count, ${counted}, 'reading does not count');`,
        `clock += ${quota.window_seconds * 1000};`,
        `const ended = ${read('key-used')};`,
        `${a}.equal(${body('ended')}.count, 0, 'the window has ended');`,
      ],
    },
  ];
}
