import type { EndpointSpec, QuotaBehavior } from '@sf/service-spec';
import { literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/* What the endpoint tests of both quota kinds (fixed window, token bucket) share. */

/** A fixed instant the tests start their clock at. */
export const START = 1_700_000_000_000;

/** Statements that put the instance on a clock the test steps (`clock += …`) from `start`, so no test waits. */
export function clockLines(start = START): string[] {
  return [`let clock = ${start};`, 'server.state.now = () => clock;'];
}

/** An expression sending one counted request for key `keyValue`, where the quota reads its key. */
export function hitCall(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior, keyValue: string): string {
  if (b.key_param !== undefined) return w.call(e, { path: w.path(e, { [b.key_param]: str(keyValue) }) });
  // The body carries a decoy key: a quota that reads the body instead of the header counts the wrong key.
  if (b.key_header !== undefined) {
    return w.call(e, {
      headers: literal({ [b.key_header]: keyValue }),
      body: literal({ [b.key_field]: 'decoy-in-body' }),
    });
  }
  return w.call(e, { body: literal({ [b.key_field]: keyValue }) });
}

/**
 * A request without the key, or with an empty one, is 400 VALIDATION_FAILED (none for a key in the path: a
 * request without it matches no route). A header key is refused even when the body carries one.
 */
export function missingKeyCases(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior): TestCase[] {
  if (b.key_param !== undefined) return [];
  const where = `${e.method} ${e.path}`;
  const missing =
    b.key_header !== undefined
      ? w.call(e, { body: literal({ [b.key_field]: 'key-in-body' }) })
      : w.call(e, { body: '{}' });
  const what = b.key_header !== undefined ? `header ${b.key_header}` : b.key_field;
  return [
    {
      name: `answers 400 VALIDATION_FAILED without a ${what}`,
      lines: [
        `const missing = ${missing};`,
        w.expectError('missing', 400, 'VALIDATION_FAILED', `${where} without ${what}`),
        `const empty = ${hitCall(w, e, b, '')};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with an empty ${what}`),
      ],
    },
  ];
}
