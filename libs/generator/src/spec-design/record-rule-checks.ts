import {
  asksUsedUpReads,
  boundsOf,
  type AcceptanceStep,
  type AdjustBehavior,
  type EndpointError,
  type EndpointSpec,
  type FieldSpec,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import {
  MISSING_ID,
  check,
  errorBody,
  fill,
  resourceOf,
  setup,
  successStatus,
  type DraftCheck,
} from './acceptance-steps';
import { withArticle } from './contract-builder';
import { ADJUST_EXAMPLE_AMOUNT } from './record-rule-docs';
import { intervalCheck } from './record-interval-checks';

/*
 * Worked examples of the record rules, each a multi-step sequence with concrete answers: an adjustment adds
 * exactly its amount (or refuses a result outside the field's bounds and changes nothing), a reset goes back
 * to the default, an unknown key reads as its defaults, an interval must end after it starts, and an
 * overlapping interval is refused while a touching one is stored.
 */

/** A record of `resource` ready for an adjust / reset: its key (a literal or `{var}`) and its field's value. */
interface Prepared {
  steps: AcceptanceStep[];
  key: string;
  value: number;
}

function adjustEndpointOf(c: SpecContract, resource: string): EndpointSpec | undefined {
  return c.endpoints.find((x) => x.behavior.kind === 'adjust' && x.behavior.resource === resource);
}

function getEndpointOf(c: SpecContract, resource: string): EndpointSpec | undefined {
  return c.endpoints.find((x) => x.behavior.kind === 'get' && x.behavior.resource === resource);
}

/** The request of an adjust endpoint changing the record `key` by `amount` (omitted: its default). */
function adjustRequest(
  e: EndpointSpec,
  b: AdjustBehavior,
  r: ResourceSpec,
  key: string,
  amount: number | undefined,
  voter = 'ada',
): AcceptanceStep['request'] {
  const body: Record<string, unknown> = amount === undefined ? {} : { [b.amount_field]: amount };
  if (b.voter_field !== undefined) body[b.voter_field] = voter;
  if (b.param === undefined && r.key) body[r.key] = key;
  const path = b.param === undefined ? fill(e.path, {}) : fill(e.path, { [b.param]: key });
  return { method: e.method, path, body };
}

function startOf(field: FieldSpec | undefined): number {
  return typeof field?.default === 'number' ? field.default : 0;
}

/**
 * A record to adjust: created through the resource's create endpoint, else (records created on first use)
 * through the adjust endpoint itself with the example amount.
 */
function prepare(c: SpecContract, r: ResourceSpec, field: string, tag: string): Prepared | null {
  const made = setup(c, r.name, tag);
  if (made) {
    const value = made.body[field];
    return { steps: made.steps, key: `{${made.variable}}`, value: typeof value === 'number' ? value : 0 };
  }
  const adjust = adjustEndpointOf(c, r.name);
  if (!adjust || adjust.behavior.kind !== 'adjust' || !adjust.behavior.create_missing || !r.key) return null;
  const b = adjust.behavior;
  const key = `${r.name}-${tag}`;
  const value = startOf(r.fields.find((f) => f.name === b.field)) + ADJUST_EXAMPLE_AMOUNT;
  return {
    key,
    value,
    steps: [
      {
        request: adjustRequest(adjust, b, r, key, ADJUST_EXAMPLE_AMOUNT),
        expect: { status: successStatus(adjust, 200), body_contains: { [r.key]: key, [b.field]: value } },
      },
    ],
  };
}

/** The happy check of the rule behaviours, or undefined when `e` has none of them. */
export function ruleHappyCheck(c: SpecContract, e: EndpointSpec): DraftCheck | null | undefined {
  const b = e.behavior;
  const tag = `${e.id}-ok`;
  const ok = successStatus(e, 200);
  if (b.kind === 'adjust' && b.direction !== undefined) return moveHappyCheck(c, e, b, tag);
  if (b.kind === 'adjust') {
    const r = resourceOf(c, b.resource);
    if (!r) return null;
    const made = prepare(c, r, b.field, tag);
    const target = r.fields.find((f) => f.name === b.field);
    if (!made || !target) return null;
    const steps = [...made.steps];
    let value = made.value;
    const trail = [value];
    // A record created by the adjust endpoint itself already shows one adjustment; otherwise make one here.
    if (setup(c, r.name, tag)) {
      value += ADJUST_EXAMPLE_AMOUNT;
      trail.push(value);
      steps.push({
        request: adjustRequest(e, b, r, made.key, ADJUST_EXAMPLE_AMOUNT),
        expect: { status: ok, body_contains: { [b.field]: value } },
      });
    }
    const again = b.amount_default ?? ADJUST_EXAMPLE_AMOUNT;
    value += again;
    trail.push(value);
    steps.push({
      request: adjustRequest(e, b, r, made.key, b.amount_default === undefined ? again : undefined, 'ben'),
      expect: { status: ok, body_contains: { [b.field]: value } },
    });
    const get = getEndpointOf(c, b.resource);
    if (get && get.behavior.kind === 'get') {
      steps.push({
        request: { method: 'GET', path: fill(get.path, { [get.behavior.param]: made.key }) },
        expect: { status: successStatus(get, 200), body_contains: { [b.field]: value } },
      });
    }
    const byDefault =
      b.amount_default === undefined ? '' : ` (the last by ${again}, sent without ${b.amount_field})`;
    return check(
      e,
      'happy',
      `Each adjustment adds exactly its amount to the ${b.field} of ${withArticle(b.resource)}: ${trail.join(' → ')}${byDefault}.`,
      steps,
    );
  }
  if (b.kind === 'reset') {
    const r = resourceOf(c, b.resource);
    if (!r) return null;
    const made = prepare(c, r, b.field, tag);
    const target = r.fields.find((f) => f.name === b.field);
    if (!made || !target) return null;
    const start = startOf(target);
    const steps = [
      ...made.steps,
      {
        request: { method: e.method, path: fill(e.path, { [b.param]: made.key }) },
        expect: { status: ok, body_contains: { [b.field]: start } },
      },
    ];
    const get = getEndpointOf(c, b.resource);
    if (get && get.behavior.kind === 'get') {
      steps.push({
        request: { method: 'GET', path: fill(get.path, { [get.behavior.param]: made.key }) },
        expect: { status: successStatus(get, 200), body_contains: { [b.field]: start } },
      });
    }
    return check(
      e,
      'happy',
      `Resetting ${withArticle(b.resource)} whose ${b.field} is ${made.value} sets it back to ${start}.`,
      steps,
    );
  }
  if (b.kind === 'get' && b.absent_as_default) {
    const r = resourceOf(c, b.resource);
    if (!r?.key) return null;
    const unknown = `${r.name}-never-${tag}`;
    const defaults = Object.fromEntries(
      r.fields.filter((f) => f.name !== r.key && f.default !== undefined).map((f) => [f.name, f.default]),
    );
    const steps: AcceptanceStep[] = [
      {
        request: { method: e.method, path: fill(e.path, { [b.param]: unknown }) },
        expect: { status: ok, body_contains: { [r.key]: unknown, ...defaults } },
      },
    ];
    const adjust = adjustEndpointOf(c, b.resource);
    const made = adjust?.behavior.kind === 'adjust' ? prepare(c, r, adjust.behavior.field, tag) : null;
    if (made && adjust?.behavior.kind === 'adjust') {
      steps.push(...made.steps, {
        request: { method: e.method, path: fill(e.path, { [b.param]: made.key }) },
        expect: { status: ok, body_contains: { [adjust.behavior.field]: made.value } },
      });
    }
    return check(
      e,
      'happy',
      `Reading ${withArticle(b.resource)} nobody has touched answers ${ok} with its starting values${made ? `; after a change it answers the new value ${made.value}` : ''}.`,
      steps,
    );
  }
  return undefined;
}

/** The units on hand above the field's floor (all of it without one). */
function onHand(field: FieldSpec, value: number): number {
  const floor = boundsOf(field).find((x) => x.op === '>=' || x.op === '>');
  return floor === undefined ? value : value - floor.limit - (floor.op === '>' ? 1 : 0);
}

/** The step reading the record back, when the resource can be read by key. */
function readBack(
  c: SpecContract,
  resource: string,
  key: string,
  field: string,
  value: number,
): AcceptanceStep[] {
  const get = getEndpointOf(c, resource);
  if (!get || get.behavior.kind !== 'get') return [];
  return [
    {
      request: { method: 'GET', path: fill(get.path, { [get.behavior.param]: key }) },
      expect: { status: successStatus(get, 200), body_contains: { [field]: value } },
    },
  ];
}

/**
 * A stock movement's worked example: two movements each moving exactly their count (taking out the rest of
 * what is on hand when it can, down to the floor), read back when the records can be read.
 */
function moveHappyCheck(c: SpecContract, e: EndpointSpec, b: AdjustBehavior, tag: string): DraftCheck | null {
  const r = resourceOf(c, b.resource);
  const target = r?.fields.find((f) => f.name === b.field);
  const made = r ? prepare(c, r, b.field, tag) : null;
  if (!r || !target || !made) return null;
  const out = b.direction === 'out';
  const first = out ? Math.min(ADJUST_EXAMPLE_AMOUNT, onHand(target, made.value) - 1) : ADJUST_EXAMPLE_AMOUNT;
  const second = out ? onHand(target, made.value) - first : 2;
  if (first < 1 || second < 1 || !Number.isInteger(made.value)) return null;
  const sign = out ? -1 : 1;
  const trail = [made.value, made.value + sign * first, made.value + sign * (first + second)];
  const steps: AcceptanceStep[] = [...made.steps];
  [first, second].forEach((amount, i) => {
    steps.push({
      request: adjustRequest(e, b, r, made.key, amount),
      expect: { status: successStatus(e, 200), body_contains: { [b.field]: trail[i + 1] } },
    });
  });
  steps.push(...readBack(c, b.resource, made.key, b.field, trail[2]));
  const verb = out ? 'Taking out' : 'Putting in';
  return check(
    e,
    'happy',
    `${verb} ${first} and then ${second} ${out ? 'takes exactly that many away from' : 'adds exactly that many to'} the ${b.field} of ${withArticle(b.resource)}: ${trail.join(' → ')}.`,
    steps,
  );
}

/** A movement's refusals: a count of 0 (400), and more out than is on hand (409, the count unchanged). */
function moveErrorCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: AdjustBehavior,
  err: EndpointError,
  tag: string,
): DraftCheck | null {
  const r = resourceOf(c, b.resource);
  const target = r?.fields.find((f) => f.name === b.field);
  const made = r ? prepare(c, r, b.field, tag) : null;
  if (!r || !target || !made) return null;
  const expect = { status: err.status, body_contains: errorBody(err.code) };
  if (err.status === 400) {
    return check(
      e,
      'error',
      `${b.direction === 'out' ? 'Taking out' : 'Putting in'} 0 ${b.amount_field} is refused with 400 VALIDATION_FAILED: a movement moves at least 1; the ${b.field} stays ${made.value}.`,
      [
        ...made.steps,
        { request: adjustRequest(e, b, r, made.key, 0), expect },
        ...readBack(c, b.resource, made.key, b.field, made.value),
      ],
    );
  }
  if (err.status !== 409 || b.direction !== 'out') return null;
  const more = onHand(target, made.value) + 1;
  return check(
    e,
    'error',
    `Taking out ${more} when ${made.value} ${made.value === 1 ? 'is' : 'are'} on hand is more than there is: 409 CONFLICT, and the ${b.field} stays ${made.value}.`,
    [
      ...made.steps,
      { request: adjustRequest(e, b, r, made.key, more, 'ben'), expect },
      ...readBack(c, b.resource, made.key, b.field, made.value),
    ],
  );
}

/** An amount that takes `value` just outside the first bound of `field`. */
function outOfBounds(field: FieldSpec, value: number): number | null {
  const bound = boundsOf(field)[0];
  if (!bound) return null;
  const step = field.type === 'integer' ? 1 : 0.5;
  switch (bound.op) {
    case '>=':
      return bound.limit - value - step;
    case '>':
      return bound.limit - value;
    case '<=':
      return bound.limit - value + step;
    case '<':
      return bound.limit - value;
  }
}

/** The error check of the rule behaviours for `err`, or undefined when `e` has none of them. */
export function ruleErrorCheck(
  c: SpecContract,
  e: EndpointSpec,
  err: EndpointError,
): DraftCheck | null | undefined {
  const b = e.behavior;
  const tag = `${e.id}-${err.status}`;
  const expect = { status: err.status, body_contains: errorBody(err.code) };
  if (b.kind === 'get') {
    const r = resourceOf(c, b.resource);
    return r?.reads && err.status === (r.reads.gone_status ?? 404)
      ? readUpCheck(c, e, r, err, tag)
      : undefined;
  }
  if (b.kind === 'create') {
    const r = resourceOf(c, b.resource);
    return r ? intervalCheck(e, r, err, tag) : undefined;
  }
  if (b.kind !== 'adjust' && b.kind !== 'reset') return undefined;
  const r = resourceOf(c, b.resource);
  const target = r?.fields.find((f) => f.name === b.field);
  if (!r || !target) return null;
  if (err.status === 404) {
    const request =
      b.kind === 'adjust'
        ? adjustRequest(e, b, r, MISSING_ID, ADJUST_EXAMPLE_AMOUNT)
        : { method: e.method, path: fill(e.path, { [b.param]: MISSING_ID }) };
    return check(e, 'error', `${e.method} ${e.path} for an unknown ${r.key ?? 'id'} answers 404 NOT_FOUND.`, [
      { request, expect },
    ]);
  }
  if (b.kind !== 'adjust') return null;
  if (b.direction !== undefined) return moveErrorCheck(c, e, b, err, tag);
  if (err.status === 400) {
    const made = prepare(c, r, b.field, tag);
    const key = made?.key ?? MISSING_ID;
    const request = adjustRequest(e, b, r, key, ADJUST_EXAMPLE_AMOUNT);
    request.body = { ...(request.body as Record<string, unknown>), [b.amount_field]: 'three' };
    return check(e, 'error', `Adjusting by an amount that is not a number answers 400 VALIDATION_FAILED.`, [
      ...(made?.steps ?? []),
      { request, expect },
    ]);
  }
  if (err.code === 'ALREADY_VOTED') {
    const made = prepare(c, r, b.field, tag);
    if (!made) return null;
    const vote = adjustRequest(e, b, r, made.key, b.amount_default === undefined ? 1 : undefined);
    const said = `The same ${b.voter_field} voting twice for one ${r.name}: 409 ALREADY_VOTED, counted once.`;
    return check(e, 'error', said, [
      ...made.steps,
      { request: vote, expect: { status: successStatus(e, 200) } },
      { request: vote, expect },
    ]);
  }
  if (err.status === 409) {
    const made = prepare(c, r, b.field, tag);
    if (!made) return null;
    const amount = outOfBounds(target, made.value);
    if (amount === null) return null;
    // The refusal is the last step (the check is about it); the generated endpoint tests read the record back.
    return check(
      e,
      'error',
      `Adjusting a ${b.field} of ${made.value} by ${amount} would leave it outside its bounds: 409 CONFLICT, and nothing changes.`,
      [...made.steps, { request: adjustRequest(e, b, r, made.key, amount), expect }],
    );
  }
  return null;
}

/**
 * A read-limited record read as many times as it may be (each read answers it), then once more: gone, with the
 * status the rule says. The record is made with a limit of its own (2) when it has a limit field, so the example
 * shows that field counted, not only the fixed number.
 */
function readUpCheck(
  c: SpecContract,
  e: EndpointSpec,
  r: ResourceSpec,
  err: EndpointError,
  tag: string,
): DraftCheck | null {
  const reads = r.reads;
  if (!reads || e.behavior.kind !== 'get') return null;
  const param = e.behavior.param;
  const own = reads.field === undefined ? undefined : r.fields.find((f) => f.name === reads.field);
  const made = setup(c, r.name, tag, own ? { [own.name]: 2 } : {});
  if (!made) return null;
  const limit = own ? 2 : (reads.count ?? 1);
  if (limit > 10) return null;
  const path = fill(e.path, { [param]: `{${made.variable}}` });
  const shown = Object.fromEntries(Object.entries(made.body).filter(([, v]) => typeof v === 'string'));
  const read = { request: { method: e.method, path }, expect: { status: 200, body_contains: shown } };
  const asked = e.features.filter(asksUsedUpReads);
  const quoted =
    asked.length === 0 ? '' : ` As the intent asks: ${asked.map((f) => JSON.stringify(f)).join('; ')}.`;
  const times = limit === 1 ? 'once' : `${limit} times`;
  const by = own ? ` (its ${own.name} is ${limit})` : '';
  return check(
    e,
    'error',
    `Each read uses up ${withArticle(r.name)}${by}: read ${times} it answers 200, and the read after that ${err.status} ${err.code}.${quoted}`,
    [
      ...made.steps,
      ...Array.from({ length: limit }, () => read),
      {
        request: { method: e.method, path },
        expect: { status: err.status, body_contains: errorBody(err.code) },
      },
    ],
  );
}
