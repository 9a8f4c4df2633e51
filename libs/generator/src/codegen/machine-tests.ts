import { pathsToStates, type EndpointSpec, type TransitionBehavior } from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/**
 * `transition`: 404 for an unknown record; a new record starts in the first state (and a create that sends the
 * state is refused); an unknown or missing state is 400; and from every state the arrows reach, every state is
 * tried on a fresh record walked there: the moves an arrow allows answer 200 in the new state, every other one
 * 409 INVALID_TRANSITION with the record left where it was.
 */
export function transitionCases(w: EndpointTestWriter, e: EndpointSpec, b: TransitionBehavior): TestCase[] {
  if (b.to !== undefined) return actionCases(w, e, { ...b, to: b.to });
  const cases = [
    w.unknownRecordCase(e, b.param, b.resource, literal({ [b.input ?? b.field]: Object.keys(b.moves)[0] })),
  ];
  const creator = w.creator(b.resource);
  if (!creator) return cases;
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const states = Object.keys(b.moves);
  const first = states[0];
  const path = w.path(e, { [b.param]: w.keyOf(b.resource) });
  const state = (local: string) => `${w.support('bodyOf')}(${local})${prop(b.field)}`;
  cases.push({
    name: `starts a new ${b.resource} ${first}; a create that sends ${b.field} is refused`,
    lines: [
      `const created = await ${creator.fn}(server);`,
      `${a}.equal(created${prop(b.field)}, ${str(first)});`,
      `const sent = await server.call({ method: ${str(creator.endpoint.method)}, path: ${w.path(creator.endpoint)}, body: { ...${creator.sample}, ${JSON.stringify(b.field)}: ${str(first)} } });`,
      w.expectError('sent', 400, 'VALIDATION_FAILED', `creating a ${b.resource} with ${b.field}`),
    ],
  });
  cases.push({
    name: `answers 400 VALIDATION_FAILED for a missing or unknown ${b.field}, changing nothing`,
    lines: [
      `const created = await ${creator.fn}(server);`,
      `const missing = ${w.call(e, { path, body: '{}' })};`,
      w.expectError('missing', 400, 'VALIDATION_FAILED', `${where} without ${b.field}`),
      `const unknown = ${w.call(e, { path, body: literal({ [b.input ?? b.field]: `not-${first}` }) })};`,
      w.expectError('unknown', 400, 'VALIDATION_FAILED', `${where} to an unknown ${b.field}`),
    ],
  });
  for (const [from, walk] of pathsToStates(b)) {
    const lines: string[] = [];
    for (const to of states) {
      const allowed = (b.moves[from] ?? []).includes(to);
      lines.push(
        '{',
        `  const created = await ${creator.fn}(server);`,
        ...walk.map(
          (step) =>
            `  ${a}.equal(${state(w.call(e, { path, body: literal({ [b.input ?? b.field]: step }) }))}, ${str(step)}, ${str(`walking to ${from}`)});`,
        ),
        `  const res = ${w.call(e, { path, body: literal({ [b.input ?? b.field]: to }) })};`,
        allowed
          ? `  ${w.expectStatus('res', 200, `${where} ${from} → ${to}`)}\n  ${a}.equal(${state('res')}, ${str(to)});`
          : `  ${w.expectError('res', 409, 'INVALID_TRANSITION', `${where} ${from} → ${to}`)}`,
        '}',
      );
    }
    cases.push({
      name: `from ${from} moves only along its arrows (${(b.moves[from] ?? []).join(', ') || 'none'}), 409 INVALID_TRANSITION otherwise`,
      lines,
    });
  }
  return cases;
}

/**
 * The awaited call moving the record whose key expression is `key` to `to` on `b.field`, through the contract's
 * own movers (the action route to `to`, else the route taking the state in its body); null when there is none.
 */
export function moveCall(
  w: EndpointTestWriter,
  b: Pick<TransitionBehavior, 'resource' | 'field'>,
  to: string,
  key: string,
): string | null {
  const movers = w.contract.endpoints.filter(
    (x) =>
      x.behavior.kind === 'transition' && x.behavior.resource === b.resource && x.behavior.field === b.field,
  );
  const mover =
    movers.find((x) => x.behavior.kind === 'transition' && x.behavior.to === to) ??
    movers.find((x) => x.behavior.kind === 'transition' && x.behavior.to === undefined);
  if (!mover || mover.behavior.kind !== 'transition') return null;
  const path = w.path(mover, { [mover.behavior.param]: key });
  return mover.behavior.to === undefined
    ? w.call(mover, { path, body: literal({ [mover.behavior.input ?? b.field]: to }) })
    : w.call(mover, { path });
}

/**
 * An action route (`POST /polls/{id}/close`, `to` fixed): 404 for an unknown record; a new record starts in the
 * first state; and from every state the machine reaches (walked there through the contract's own movers), the
 * action answers 200 in its state where the machine allows the move, else 409 INVALID_TRANSITION with the record
 * left where it was (read back when the contract can read one).
 */
function actionCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: TransitionBehavior & { to: string },
): TestCase[] {
  const cases = [w.unknownRecordCase(e, b.param, b.resource)];
  const creator = w.creator(b.resource);
  if (!creator) return cases;
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const first = Object.keys(b.moves)[0];
  const state = (local: string) => `${w.support('bodyOf')}(${local})${prop(b.field)}`;
  const key = w.keyOf(b.resource);
  const moveTo = (to: string): string | null => moveCall(w, b, to, key);
  const read = w.contract.endpoints.find(
    (x) => x.method === 'GET' && x.behavior.kind === 'get' && x.behavior.resource === b.resource,
  );
  cases.push({
    name: `starts a new ${b.resource} ${first}`,
    lines: [
      `const created = await ${creator.fn}(server);`,
      `${a}.equal(created${prop(b.field)}, ${str(first)});`,
    ],
  });
  for (const [from, walk] of pathsToStates(b)) {
    const steps = walk.map((to) => moveTo(to));
    if (steps.some((x) => x === null)) continue;
    const allowed = (b.moves[from] ?? []).includes(b.to);
    const lines = [
      `const created = await ${creator.fn}(server);`,
      ...walk.map(
        (to, i) => `${a}.equal(${state(steps[i] ?? '')}, ${str(to)}, ${str(`walking to ${from}`)});`,
      ),
      `const res = ${w.call(e, { path: w.path(e, { [b.param]: key }) })};`,
    ];
    if (allowed) {
      lines.push(
        w.expectStatus('res', 200, `${where} from ${from}`),
        `${a}.equal(${state('res')}, ${str(b.to)});`,
      );
    } else {
      lines.push(w.expectError('res', 409, 'INVALID_TRANSITION', `${where} from ${from}`));
      if (read && read.behavior.kind === 'get') {
        const again = w.call(read, { path: w.path(read, { [read.behavior.param]: key }) });
        lines.push(
          `${a}.equal(${state(again)}, ${str(from)}, ${str(`a refused ${where} leaves it ${from}`)});`,
        );
      }
    }
    cases.push({
      name: allowed
        ? `moves a ${b.resource} that is ${from} to ${b.to}`
        : `refuses to move a ${b.resource} that is ${from} to ${b.to} (409 INVALID_TRANSITION)`,
      lines,
    });
  }
  return cases;
}
