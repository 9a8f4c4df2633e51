import type { EndpointSpec, QuotaBehavior, QuotaUsageBehavior } from '@sf/service-spec';
import { prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { clockLines, hitCall, missingKeyCases } from './quota-test-steps';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of token buckets. Time is the instance's clock (`server.state.now`), set by the test: the test
 * empties a bucket, then steps 1 ms short of one token's return and onto it, so a bucket that never refills,
 * refills all at once, never empties or holds more than its capacity fails without any test waiting.
 */

/** Milliseconds until one token has flowed back into an empty bucket. */
export function tokenMs(b: QuotaBehavior): number {
  return Math.ceil((b.window_seconds * 1000) / (b.refill_tokens ?? b.limit));
}

/** `quota` as a token bucket: empties after `limit` requests, refills one token at a time, never overfills. */
export function tokenBucketCases(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  const header = (res: string, name: string) => `${w.support('headerOf')}(${res}, ${str(name)})`;
  const drain = (keyValue: string) => [
    `for (let n = 1; n <= ${b.limit}; n += 1) {`,
    `  const res = ${hitCall(w, e, b, keyValue)};`,
    `  ${w.expectStatus('res', 200, `${where} request n of ${b.limit}`)}`,
    `  ${a}.deepEqual([${body('res')}.allowed, ${body('res')}.remaining], [true, ${b.limit} - n]);`,
    `  ${a}.equal(${header('res', 'x-ratelimit-remaining')}, String(${b.limit} - n));`,
    '}',
  ];
  const retry = Math.max(1, Math.ceil(tokenMs(b) / 1000));
  const refill = b.refill_tokens ?? b.limit;
  return [
    {
      name: `holds ${b.limit} tokens per ${b.key_field}, then answers 429 RATE_LIMITED without taking one`,
      lines: [
        ...clockLines(),
        ...drain('key-one'),
        `const over = ${hitCall(w, e, b, 'key-one')};`,
        w.expectError('over', 429, 'RATE_LIMITED', `${where} with an empty bucket`),
        `${a}.deepEqual([${body('over')}.allowed, ${body('over')}.remaining, ${body('over')}.retry_after], [false, 0, ${retry}]);`,
        `${a}.equal(${header('over', 'retry-after')}, ${str(String(retry))});`,
        `const other = ${hitCall(w, e, b, 'key-two')};`,
        w.expectStatus('other', 200, `${where} for another ${b.key_field}`),
        `${a}.equal(${body('other')}.remaining, ${b.limit - 1});`,
      ],
    },
    {
      name: `gives a ${b.key_field} back ${refill} token${refill === 1 ? '' : 's'} every ${b.window_seconds} s, one token after ${tokenMs(b)} ms and not before`,
      lines: [
        ...clockLines(),
        ...drain('key-refill'),
        `clock += ${tokenMs(b) - 1};`,
        `const early = ${hitCall(w, e, b, 'key-refill')};`,
        w.expectError('early', 429, 'RATE_LIMITED', `${where} 1 ms before a token is back`),
        'clock += 1;',
        `const back = ${hitCall(w, e, b, 'key-refill')};`,
        w.expectStatus('back', 200, `${where} once one token is back`),
        `${a}.equal(${body('back')}.remaining, 0, 'one token came back, not the whole bucket');`,
        `const again = ${hitCall(w, e, b, 'key-refill')};`,
        w.expectError('again', 429, 'RATE_LIMITED', `${where} right after the returned token was taken`),
      ],
    },
    {
      name: `never holds more than ${b.limit} tokens, however long a ${b.key_field} waits`,
      lines: [
        ...clockLines(),
        `const first = ${hitCall(w, e, b, 'key-idle')};`,
        w.expectStatus('first', 200, where),
        `clock += ${b.window_seconds * 1000 * 100};`,
        ...drain('key-idle'),
        `const over = ${hitCall(w, e, b, 'key-idle')};`,
        w.expectError('over', 429, 'RATE_LIMITED', `${where} after ${b.limit} requests from a full bucket`),
      ],
    },
    ...missingKeyCases(w, e, b),
  ];
}

/** `quota_usage` of a token bucket: full for an unknown key, the tokens taken, full again after waiting. */
export function tokenBucketUsageCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: QuotaUsageBehavior,
  counter: EndpointSpec,
  quota: QuotaBehavior,
): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const read = (keyValue: string) => w.call(e, { path: w.path(e, { [b.param]: str(keyValue) }) });
  const body = (res: string) => `${w.support('bodyOf')}(${res})`;
  const taken = Math.min(2, quota.limit);
  return [
    {
      name: `reads the tokens a ${quota.key_field} has left without taking one, a full bucket when it has none`,
      lines: [
        ...clockLines(),
        `const unknown = ${read('never-seen')};`,
        w.expectStatus('unknown', 200, `${where} for a key never seen`),
        `${a}.deepEqual([${body('unknown')}.count, ${body('unknown')}.remaining], [0, ${quota.limit}]);`,
        ...Array.from(
          { length: taken },
          () =>
            `${w.expectStatus(hitCall(w, counter, quota, 'key-used'), 200, `${counter.method} ${counter.path}`)}`,
        ),
        `const used = ${read('key-used')};`,
        w.expectStatus('used', 200, where),
        `${a}.deepEqual([${body('used')}${prop(quota.key_field)}, ${body('used')}.count, ${body('used')}.remaining], [${str('key-used')}, ${taken}, ${quota.limit - taken}]);`,
        `const again = ${read('key-used')};`,
        `${a}.equal(${body('again')}.remaining, ${quota.limit - taken}, 'reading takes no token');`,
        `clock += ${quota.window_seconds * 1000 * 100};`,
        `const full = ${read('key-used')};`,
        `${a}.deepEqual([${body('full')}.count, ${body('full')}.remaining], [0, ${quota.limit}], 'the bucket has refilled');`,
      ],
    },
  ];
}
