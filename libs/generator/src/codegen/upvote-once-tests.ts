import type { AdjustBehavior, EndpointSpec } from '@sf/service-spec';
import { prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { adjustCall, makeRecord } from './record-rule-tests';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of an upvote each voter gives once (`adjust` with `voter_field`), written to fail on the wrong
 * implementations that come first to mind: a repeat that counts again, a repeat refused for every voter of the
 * record (or of every record), a repeat refused but counted anyway, a vote taken without a voter.
 */

/** A voter's first vote counts, their second is 409 ALREADY_VOTED and counts nothing, another voter still counts. */
export function oncePerVoterCases(w: EndpointTestWriter, e: EndpointSpec, b: AdjustBehavior): TestCase[] {
  const r = w.resource(b.resource);
  const field = r?.fields.find((f) => f.name === b.field);
  if (b.voter_field === undefined || !r || !field) return [];
  const made = makeRecord(w, r, field, { e, b });
  if (!made) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const bodyOf = w.support('bodyOf');
  const step = b.amount_default ?? 1;
  const call = (voter: string | null) =>
    adjustCall(w, e, b, r, 'key', b.amount_default === undefined ? '1' : null, voter);
  return [
    {
      name: `counts each ${b.voter_field} once: a second vote of the same one is 409 ALREADY_VOTED`,
      lines: [
        ...made.lines,
        `const first = ${call("'ana'")};`,
        w.expectStatus('first', 200, where),
        `${a}.equal(${bodyOf}(first)${prop(b.field)}, value + ${step});`,
        `const again = ${call("'ana'")};`,
        w.expectError('again', 409, 'ALREADY_VOTED', `${where} by the same ${b.voter_field} again`),
        `const other = ${call("'ben'")};`,
        w.expectStatus('other', 200, `${where} by another ${b.voter_field}`),
        `${a}.equal(${bodyOf}(other)${prop(b.field)}, value + ${2 * step}, 'the repeat counted nothing');`,
      ],
    },
    {
      name: `refuses a vote that names no ${b.voter_field} with 400 VALIDATION_FAILED`,
      lines: [
        ...made.lines,
        `const none = ${call(null)};`,
        w.expectError('none', 400, 'VALIDATION_FAILED', `${where} without ${b.voter_field}`),
        `const empty = ${call("''")};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with an empty ${b.voter_field}`),
      ],
    },
  ];
}
