import type { AcceptanceStep, EndpointSpec, RedirectBehavior, SpecContract } from '@sf/service-spec';
import {
  check,
  errorBody,
  fill,
  resourceOf,
  setup,
  successStatus,
  type DraftCheck,
} from './acceptance-steps';
import { withArticle } from './contract-builder';

/*
 * Worked examples of short links: a link that is not http(s) refused, a code the client chooses kept and a
 * taken one refused, and a visit counter that counts each redirect followed.
 */

/** The redirect of `resource` that counts its visits, with its endpoint. */
function countingRedirect(
  c: SpecContract,
  resource: string,
): { e: EndpointSpec; b: RedirectBehavior & { count_field: string } } | null {
  for (const e of c.endpoints) {
    const b = e.behavior;
    if (b.kind === 'redirect' && b.resource === resource && b.count_field !== undefined) {
      return { e, b: { ...b, count_field: b.count_field } };
    }
  }
  return null;
}

/** The extra checks of endpoint `e` (error checks only `withErrors`), never the ones it already has. */
export function linkChecks(c: SpecContract, e: EndpointSpec, withErrors: boolean): DraftCheck[] {
  const b = e.behavior;
  const checks: DraftCheck[] = [];
  if (b.kind === 'create' && !b.parent && withErrors) {
    const r = resourceOf(c, b.resource);
    const url = r?.fields.find((f) => f.format === 'url');
    const code = r?.fields.find((f) => f.generate === 'code');
    const tag = `${e.id}-link`;
    const made = r ? setup(c, r.name, tag) : null;
    if (url && made && e.errors.some((x) => x.status === 400)) {
      checks.push(
        check(
          e,
          'error',
          `A ${url.name} that is not an http:// or https:// URL (ftp://…, javascript:…) answers 400 VALIDATION_FAILED.`,
          [
            {
              request: {
                method: e.method,
                path: e.path,
                body: { ...made.body, [url.name]: 'ftp://example.com/file' },
              },
              expect: { status: 400, body_contains: errorBody('VALIDATION_FAILED') },
            },
            {
              request: {
                method: e.method,
                path: e.path,
                body: { ...made.body, [url.name]: 'javascript:alert(1)' },
              },
              expect: { status: 400, body_contains: errorBody('VALIDATION_FAILED') },
            },
          ],
        ),
      );
    }
    if (code && made && e.errors.some((x) => x.status === 409)) {
      const chosen = { ...made.body, [code.name]: `own-${tag}` };
      checks.push(
        check(
          e,
          'error',
          `A ${code.name} the client chooses is kept; choosing it again answers 409 CONFLICT.`,
          [
            {
              request: { method: e.method, path: e.path, body: chosen },
              expect: { status: successStatus(e, 201), body_contains: { [code.name]: `own-${tag}` } },
            },
            {
              request: { method: e.method, path: e.path, body: { ...chosen } },
              expect: { status: 409, body_contains: errorBody('CONFLICT') },
            },
          ],
        ),
      );
    }
  }
  if (b.kind === 'get') {
    const counting = countingRedirect(c, b.resource);
    const made = counting ? setup(c, b.resource, `${e.id}-visits`) : null;
    if (counting && made) {
      const key = counting.b.key_field;
      const r = resourceOf(c, b.resource);
      const saved = r?.key === key || key === 'id' ? made.variable : key;
      const last = made.steps[made.steps.length - 1];
      if (saved === key) last.save = { ...last.save, [key]: key };
      const follow: AcceptanceStep = {
        request: {
          method: counting.e.method,
          path: fill(counting.e.path, { [counting.b.param]: `{${saved}}` }),
        },
        expect: { status: counting.b.status },
      };
      // The get addresses records as the create's answer was saved: by the resource's key, else its id.
      const get = `{${made.variable}}`;
      checks.push(
        check(
          e,
          'happy',
          `${withArticle(b.resource).replace(/^a/, 'A')} followed twice through ${counting.e.path} counts ${counting.b.count_field} 2.`,
          [
            ...made.steps,
            follow,
            follow,
            {
              request: { method: e.method, path: fill(e.path, { [b.param]: get }) },
              expect: { status: successStatus(e, 200), body_contains: { [counting.b.count_field]: 2 } },
            },
          ],
        ),
      );
    }
  }
  return checks;
}
