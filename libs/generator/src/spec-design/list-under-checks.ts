import type { EndpointError, EndpointSpec, ListBehavior, SpecContract } from '@sf/service-spec';
import { MISSING_ID, check, errorBody, fill, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import { methodNotAllowed } from './method-not-allowed';
import { keyParam } from './record-rule-docs';
import { exampleRecord } from './samples';
import { snakeName } from './naming';

/*
 * The docs and worked examples of a list under a parent (`GET /workshops/{id}/signups`, list-handler.ts): the
 * records made under the parent the path names, 404 for an unknown one.
 */

type ParentList = ListBehavior & { parent: NonNullable<ListBehavior['parent']> };

/** Request, responses and errors of a list under a parent. */
export function listUnderDocs(c: SpecContract, e: EndpointSpec, b: ParentList) {
  const parent = resourceOf(c, b.parent.resource);
  const child = resourceOf(c, b.resource);
  return {
    request: parent ? { params: [keyParam(parent, b.parent.param)] } : {},
    responses: [
      {
        status: 200,
        description: `The ${b.resource} records of that ${b.parent.resource}, oldest first`,
        example: child ? [exampleRecord(child, b.parent.field)] : [],
      },
    ],
    errors: [
      { status: 404, code: 'NOT_FOUND', when: `no ${b.parent.resource} has this id` } satisfies EndpointError,
      ...methodNotAllowed(c, e),
    ],
  };
}

/** The happy check: a record made under a fresh parent is in that parent's list. */
export function listUnderHappyCheck(c: SpecContract, e: EndpointSpec, b: ParentList): DraftCheck | null {
  const made = setup(c, b.resource, `${e.id}-ok`);
  if (!made) return null;
  const variable = `${snakeName(b.parent.resource, 'record')}_id`;
  if (!made.steps.some((s) => s.save?.[variable] !== undefined)) return null;
  return check(
    e,
    'happy',
    `Listing a ${b.parent.resource}'s ${b.resource} records answers 200 with the one made under it.`,
    [
      ...made.steps,
      {
        request: { method: e.method, path: fill(e.path, { [b.parent.param]: `{${variable}}` }) },
        expect: { status: 200, body_is_array: true, body_contains: [made.body] },
      },
    ],
  );
}

/** The 404 check: the list of an unknown parent. */
export function listUnderErrorCheck(e: EndpointSpec, b: ParentList, err: EndpointError): DraftCheck | null {
  if (err.status !== 404) return null;
  return check(
    e,
    'error',
    `Listing the ${b.resource} records of an unknown ${b.parent.resource} answers 404 NOT_FOUND.`,
    [
      {
        request: { method: e.method, path: fill(e.path, { [b.parent.param]: MISSING_ID }) },
        expect: { status: 404, body_contains: errorBody('NOT_FOUND') },
      },
    ],
  );
}

/** Whether a list lists the records of one parent. */
export function isParentList(b: ListBehavior): b is ParentList {
  return b.parent !== undefined;
}
