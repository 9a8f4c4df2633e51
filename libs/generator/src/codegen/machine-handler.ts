import { machineFields, stampedFields, type SpecContract, type TransitionBehavior } from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { RecordHandlerNames } from './record-handlers';
import type { ResourceModel } from './service-model';

/**
 * `transition`: the record looked up (404), the state asked for read from the body and checked against the
 * machine's states (400) or fixed by an action route, then moved only along an arrow from where it stands (else 409 INVALID_TRANSITION,
 * nothing changed).
 */
export function transitionLines(
  r: ResourceModel,
  b: TransitionBehavior,
  names: RecordHandlerNames,
): string[] {
  const f = r.fields.find((x) => x.spec.name === b.field);
  const check = f ? names.fieldCheck(f) : names.validation('isString');
  const state = `record${prop(b.field)}`;
  const what = b.field.replace(/_/g, ' ');
  // An action route (`POST /polls/{id}/close`) names its state in the path and reads no body.
  const target =
    b.to !== undefined
      ? [`const to: string = ${str(b.to)};`]
      : [
          `const input = ${names.validation('bodyObject')}(ctx.body ?? {});`,
          'const problems: string[] = [];',
          `const to = ${names.validation('requiredField')}(input, ${str(b.input ?? b.field)}, ${check}, problems);`,
          `if (to === undefined || problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
        ];
  return [
    ...names.lookup(r, b.param),
    ...target,
    `const moves: Readonly<Record<string, readonly string[]>> = ${literal(b.moves)};`,
    `const from = String(${state});`,
    'const allowed = Object.hasOwn(moves, from) ? moves[from] : [];',
    'if (!allowed.includes(to)) {',
    `  throw new ${names.kit('HttpError')}(409, 'INVALID_TRANSITION', ${str(`a ${r.spec.name.replace(/-/g, ' ')} cannot move its ${what} from `)} + from + ' to ' + to);`,
    '}',
    `${state} = to;`,
    'return { status: 200, body: record };',
  ];
}

/**
 * Create and update refuse a state the machine drives (a record starts in its first state and moves by arrows),
 * and an instant the service stamps (`generate: 'now'`).
 */
export function machineGuardLines(contract: SpecContract, resource: string): string[] {
  const routes = contract.endpoints
    .filter((x) => x.behavior.kind === 'transition' && x.behavior.resource === resource)
    .map((x) => `${x.method} ${x.path}`)
    .join(', ');
  const stamped = stampedFields(contract.resources.find((r) => r.name === resource));
  return [
    ...machineFields(contract, resource).map(
      (name) =>
        `if (input[${str(name)}] !== undefined) problems.push(${str(`${name} changes only through ${routes}`)});`,
    ),
    ...stamped.map(
      (name) =>
        `if (input[${str(name)}] !== undefined) problems.push(${str(`${name} is set by the service`)});`,
    ),
  ];
}
