import type { EndpointSpec, QuotaBehavior } from '@sf/service-spec';
import { literal } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/* What the endpoint tests of both quota kinds (fixed window, token bucket) share. */

/** A fixed instant the tests start their clock at. */
const START = 1_700_000_000_000;

/** Statements that put the instance on a clock the test steps (`clock += …`), so no test waits. */
export function clockLines(): string[] {
  return [`let clock = ${START};`, 'server.state.now = () => clock;'];
}

/** An expression sending one counted request for key `keyValue`. */
export function hitCall(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior, keyValue: string): string {
  return w.call(e, { body: literal({ [b.key_field]: keyValue }) });
}

/** A request without the key, or with an empty one, is 400 VALIDATION_FAILED. */
export function missingKeyCase(w: EndpointTestWriter, e: EndpointSpec, b: QuotaBehavior): TestCase {
  const where = `${e.method} ${e.path}`;
  return {
    name: `answers 400 VALIDATION_FAILED without a ${b.key_field}`,
    lines: [
      `const missing = ${w.call(e, { body: '{}' })};`,
      w.expectError('missing', 400, 'VALIDATION_FAILED', `${where} without ${b.key_field}`),
      `const empty = ${hitCall(w, e, b, '')};`,
      w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with an empty ${b.key_field}`),
    ],
  };
}
