import {
  MISSING_API_KEY,
  acceptanceCheckProblems,
  type AcceptanceCheck,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import type { DraftCheck } from './acceptance-steps';
import { errorCheck } from './error-checks';
import { withGuardChecks } from './guard-checks';
import { inErrorShape } from './error-shape';
import { happyCheck } from './happy-checks';
import { linkChecks } from './link-checks';

/** Numbers checks `AC-01`, `AC-02`, … in the given order (at least two digits). */
function numberChecks(checks: DraftCheck[]): AcceptanceCheck[] {
  const width = Math.max(2, String(checks.length).length);
  return checks.map((x, i) => ({ id: `AC-${String(i + 1).padStart(width, '0')}`, ...x }));
}

/**
 * Keeps the runnable checks, adds a happy-path check for every endpoint without one and, when `withErrors`,
 * an error check for every declared error not yet covered; then orders them by endpoint and renumbers.
 */
export function completeAcceptance(c: SpecContract, withErrors: boolean): AcceptanceCheck[] {
  // Check writers expect errors in the default body; moved to the contract's shape, they fit its error bodies.
  const kept = inErrorShape(c, c.acceptance).filter((x) => acceptanceCheckProblems(c, x).length === 0);
  const ordered: DraftCheck[] = [];
  for (const e of c.endpoints) {
    const mine = kept.filter((x) => x.endpoint_id === e.id).map(({ id: _id, ...rest }) => rest);
    if (!mine.some((x) => x.kind === 'happy')) {
      const happy = happyCheck(c, e);
      if (happy) mine.unshift(happy);
    }
    for (const extra of linkChecks(c, e, withErrors)) {
      if (!mine.some((x) => x.description === extra.description)) mine.push(extra);
    }
    if (withErrors) {
      for (const err of e.errors) {
        // A guard's 401 (or 400) and 429 are shown by its own examples (guard-checks.ts).
        if (e.guard && (err.code === MISSING_API_KEY || (err.status === 429 && e.behavior.kind !== 'quota')))
          continue;
        // Two refusals with one status ("already voted", "poll closed": both 409) each get their example.
        const covered = mine.some(
          (x) =>
            x.kind === 'error' &&
            x.steps[x.steps.length - 1]?.expect.status === err.status &&
            (refusedCode(e, x) ?? err.code) === err.code,
        );
        const generated = covered ? null : errorCheck(c, e, err);
        if (generated) mine.push(generated);
      }
    }
    ordered.push(...mine);
  }
  return inErrorShape(c, numberChecks(withGuardChecks(c, ordered)));
}

/** The code of `e`'s errors that the last step of error example `x` expects, if it names one. */
function refusedCode(e: EndpointSpec, x: DraftCheck): string | undefined {
  const last = x.steps[x.steps.length - 1];
  const said = JSON.stringify(last?.expect.body_contains ?? null);
  return e.errors.find((er) => er.status === last?.expect.status && said.includes(`"${er.code}"`))?.code;
}
