import {
  fitText,
  boundsOf,
  isCheckedFormat,
  type AdjustBehavior,
  type CreateBehavior,
  type EndpointSpec,
  type FieldSpec,
  type ResetBehavior,
  type ResourceSpec,
} from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { movedInterval, touchingLines } from './interval-buffer-tests';
import { createdRecordCase } from './record-tests';
import { lengthCases, literalKey } from './record-length-tests';
import { notFutureCases } from './record-future-tests';
import { formatCases } from './record-format-tests';
import { sampleValue } from './test-values';
import { fieldFormatCheck } from '../catalog/field-formats';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of the record rules, written to fail on the wrong implementations that come first to mind:
 * bounds that are not checked (or checked one off), a date-time that is only a string, an overlap check that
 * refuses touching intervals or ignores the scope, an adjustment that goes below its bound or changes the
 * record while refusing, a counter that does not count or forgets its default, a reset that does nothing.
 */

function startValue(field: FieldSpec | undefined): number {
  return typeof field?.default === 'number' ? field.default : 0;
}

/** Values just outside and exactly on each bound of a field (on an inclusive bound only). */
function boundProbes(field: FieldSpec): { outside: number[]; inside: number[] } {
  const step = field.type === 'integer' ? 1 : 0.5;
  const outside: number[] = [];
  const inside: number[] = [];
  for (const b of boundsOf(field)) {
    outside.push(b.op === '>=' ? b.limit - step : b.op === '<=' ? b.limit + step : b.limit);
    if (b.op === '>=' || b.op === '<=') inside.push(b.limit);
  }
  return { outside, inside: inside.filter((v) => isWithin(v, field, 0)) };
}

/** Whether `base + change` keeps within the field's bounds. */
function isWithin(base: number, field: FieldSpec, change: number): boolean {
  const value = base + change;
  return boundsOf(field).every((b) =>
    b.op === '>='
      ? value >= b.limit
      : b.op === '>'
        ? value > b.limit
        : b.op === '<='
          ? value <= b.limit
          : value < b.limit,
  );
}

/** Create tests of the field rules (bounds, date-times) and the interval rule of the resource. */
export function createRuleCases(w: EndpointTestWriter, e: EndpointSpec, b: CreateBehavior): TestCase[] {
  const r = w.resource(b.resource);
  if (!r || b.parent) return [];
  const sample = Object.fromEntries(r.fields.map((f) => [f.name, sampleValue(f)]));
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const cases: TestCase[] = [];
  for (const f of r.fields) {
    const { outside, inside } = boundProbes(f);
    if (outside.length === 0) continue;
    cases.push({
      name: `refuses ${f.name} outside its bounds with 400 VALIDATION_FAILED naming it, and accepts its limits`,
      lines: [
        `for (const value of ${literal(outside)}) {`,
        `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
        `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with ${f.name} `)} + String(value));`,
        `  ${a}.match(JSON.stringify(res.body), /${f.name}/, 'the message names the field');`,
        '}',
        ...inside.flatMap((value, i) => {
          const body = { ...sample, [f.name]: value, ...uniqueVariant(r, `limit-${i}`) };
          return [
            `const limit${i} = ${w.call(e, { body: literal(body) })};`,
            w.expectStatus(`limit${i}`, 201, `${where} with ${f.name} = ${value}`),
          ];
        }),
      ],
    });
  }
  for (const f of r.fields.filter((x) => x.format === 'date-time')) {
    cases.push({
      name: `refuses a ${f.name} that is not an ISO 8601 date-time with 400 VALIDATION_FAILED`,
      lines: [
        `for (const value of ['tomorrow', '2024-07-01', '2024-13-01T09:00:00Z', '2024-02-30T09:00:00Z', '2024-07-01 09:00']) {`,
        `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
        `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with ${f.name} `)} + value);`,
        '}',
      ],
    });
  }
  const badFormats: [FieldSpec['format'], string, string[]][] = [
    [
      'date',
      'a calendar date YYYY-MM-DD',
      ['tomorrow', '2023-02-29', '2024-13-01', '2024-07-01T09:00:00Z', '01/07/2024'],
    ],
    ['hex', 'a string of hexadecimal digits', ['xyz', 'c0ffee!', '0x1f', 'ab cd', '']],
    [
      'email',
      'an email address',
      [
        'ada',
        'ada@',
        '@example.com',
        'ada@example',
        'ada @example.com',
        'a@b@example.com',
        'ada@example..com',
      ],
    ],
  ];
  for (const [format, what, values] of badFormats) {
    for (const f of r.fields.filter((x) => x.format === format)) {
      cases.push({
        name: `refuses a ${f.name} that is not ${what} with 400 VALIDATION_FAILED`,
        lines: [
          `for (const value of ${JSON.stringify(values)}) {`,
          `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
          `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with ${f.name} `)} + value);`,
          '}',
        ],
      });
    }
  }
  cases.push(...lengthCases(w, e, r, sample, uniqueVariant));
  cases.push(...formatCases(w, e, r, sample, uniqueVariant));
  cases.push(...notFutureCases(w, e, r, sample, uniqueVariant));
  cases.push(...intervalCases(w, e, r, sample));
  return cases;
}

/** Values that keep unique fields (and the key) of `r` apart from the sample's. */
function uniqueVariant(r: ResourceSpec, tag: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of r.fields.filter((x) => x.unique && x.type === 'string')) {
    const base = String(sampleValue(f));
    // Varied within the field's format: more hex digits, a later day, else a suffix.
    const days = [...tag].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 3650, 0) + 1;
    const moved = () => new Date(Date.parse(base) + days * 86_400_000).toISOString();
    out[f.name] = isCheckedFormat(f.format)
      ? fieldFormatCheck(f.format).variant(days)
      : f.format === 'hex'
        ? `${base}${days.toString(16)}`
        : f.format === 'date'
          ? moved().slice(0, 10)
          : f.format === 'date-time'
            ? moved()
            : f.format === 'email'
              ? base.replace('@', `-${tag}@`)
              : fitText(f, `${base}-${tag}`);
  }
  return { ...out, ...movedInterval(r, sampleValue, tag) };
}

function intervalCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  r: ResourceSpec,
  sample: Record<string, unknown>,
): TestCase[] {
  const iv = r.interval;
  if (!iv) return [];
  const numeric = r.fields.find((f) => f.name === iv.start)?.type !== 'string';
  // Far from the samples other tests create, so only this test's records can clash.
  const at = (hours: number) =>
    numeric ? 100 + hours : new Date(Date.UTC(2031, 2, 3, 9) + Math.round(hours * 3_600_000)).toISOString();
  const where = `${e.method} ${e.path}`;
  const body = (start: number, end: number, tag: string, scope?: string) => {
    const value: Record<string, unknown> = {
      ...sample,
      ...uniqueVariant(r, tag),
      [iv.start]: at(start),
      [iv.end]: at(end),
    };
    for (const name of iv.no_overlap ?? []) {
      const f = r.fields.find((x) => x.name === name);
      if (scope !== undefined && f?.type === 'string') value[name] = `${String(sample[name])}-${scope}`;
    }
    return literal(value);
  };
  const cases: TestCase[] = [
    {
      name: `refuses an ${iv.end} that is not after ${iv.start} with 400 VALIDATION_FAILED`,
      lines: [
        `const backwards = ${w.call(e, { body: body(2, 1, 'backwards') })};`,
        w.expectError('backwards', 400, 'VALIDATION_FAILED', `${where} ending before it starts`),
        `const empty = ${w.call(e, { body: body(1, 1, 'empty') })};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} ending when it starts`),
      ],
    },
  ];
  if (!iv.no_overlap) return cases;
  const scoped = iv.no_overlap.some((n) => r.fields.find((f) => f.name === n)?.type === 'string');
  const lines = [
    `const first = ${w.call(e, { body: body(1, 3, 'first') })};`,
    w.expectStatus('first', 201, where),
    `for (const [why, start, end] of ${literal([
      ['starting inside it', 2, 4],
      ['ending inside it', 0, 2],
      ['inside it', 1.5, 2.5],
      ['around it', 0, 4],
      ['with the same times', 1, 3],
    ])} as [string, number, number][]) {`,
    `  const res = await server.call({ method: ${str(e.method)}, path: ${w.path(e)}, body: { ...${body(0, 0, 'overlap')}, ${literalKey(iv.start)}: at(start), ${literalKey(iv.end)}: at(end) } });`,
    `  ${w.support('expectError')}(res, 409, 'CONFLICT', ${str(`${where} overlapping an existing record `)} + why);`,
    '}',
    ...touchingLines(w, e, iv.gap_minutes, body, where),
  ];
  if (scoped) {
    lines.push(
      `const elsewhere = ${w.call(e, { body: body(1, 3, 'elsewhere', 'other') })};`,
      w.expectStatus(
        'elsewhere',
        201,
        `${where} at the same time for another ${iv.no_overlap.join(' and ')}`,
      ),
    );
  }
  cases.push({
    name: `refuses an overlapping interval with 409 CONFLICT and accepts touching ones${scoped ? ' and other scopes' : ''}`,
    lines: [
      `const at = (hours: number): ${numeric ? 'number' : 'string'} => ${numeric ? '100 + hours' : 'new Date(Date.UTC(2031, 2, 3, 9) + hours * 3_600_000).toISOString()'};`,
      ...lines,
    ],
  });
  return cases;
}

/** The request expression of an adjust endpoint for key expression `keyExpr` and body entries. */
export function adjustCall(
  w: EndpointTestWriter,
  e: EndpointSpec,
  b: AdjustBehavior,
  r: ResourceSpec,
  keyExpr: string,
  amount: string | null,
  voter: string | null = "'voter-' + String(Math.random())",
): string {
  const entries: string[] = [];
  if (b.param === undefined && r.key) entries.push(`${literalKey(r.key)}: ${keyExpr}`);
  if (amount !== null) entries.push(`${literalKey(b.amount_field)}: ${amount}`);
  if (b.voter_field !== undefined && voter !== null) entries.push(`${literalKey(b.voter_field)}: ${voter}`);
  const path = b.param === undefined ? w.path(e) : w.path(e, { [b.param]: keyExpr });
  return w.call(e, { path, body: `{ ${entries.join(', ')} }` });
}

/**
 * The statements that give `key` (an expression) a record whose field is `value` (a local): the create
 * endpoint's helper, else the adjust endpoint itself on first use.
 */
export function makeRecord(
  w: EndpointTestWriter,
  r: ResourceSpec,
  field: FieldSpec,
  adjust: { e: EndpointSpec; b: AdjustBehavior } | null,
): { lines: string[]; value: number } | null {
  const creator = w.creator(r.name);
  if (creator) {
    const sample = sampleValue(field);
    const value = typeof sample === 'number' ? sample : startValue(field);
    return {
      value,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const key = ${w.keyOf(r.name)};`,
        `const value = ${value};`,
        `${w.assert()}.equal(created${prop(field.name)}, value, 'the record starts from its sample');`,
      ],
    };
  }
  if (!adjust || !adjust.b.create_missing) return null;
  const start = startValue(field);
  const amount = isWithin(start, field, 2) ? 2 : 0;
  return {
    value: start + amount,
    lines: [
      "const key = 'made-for-this-test';",
      `const made = ${adjustCall(w, adjust.e, adjust.b, r, 'key', String(amount))};`,
      w.expectStatus('made', 200, `${adjust.e.method} ${adjust.e.path} on first use`),
      `const value = ${start + amount};`,
    ],
  };
}

/** `adjust`: adds exactly its amount, uses its default, refuses bad amounts, stays in bounds, knows unknown keys. */
export function adjustCases(w: EndpointTestWriter, e: EndpointSpec, b: AdjustBehavior): TestCase[] {
  const r = w.resource(b.resource);
  const field = r?.fields.find((f) => f.name === b.field);
  if (!r || !field) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const bodyOf = w.support('bodyOf');
  const made = makeRecord(w, r, field, { e, b });
  const cases: TestCase[] = [];
  if (b.create_missing) {
    const start = startValue(field);
    const amount = isWithin(start, field, 2) ? 2 : 0;
    cases.push({
      name: `creates an unknown ${r.name} on first use, starting ${b.field} at ${start}`,
      lines: [
        `const first = ${adjustCall(w, e, b, r, "'first-use'", String(amount))};`,
        w.expectStatus('first', 200, where),
        `${a}.equal(${bodyOf}(first)${prop(b.field)}, ${start + amount});`,
        ...(r.key ? [`${a}.equal(${bodyOf}(first)${prop(r.key)}, 'first-use');`] : []),
      ],
    });
  } else {
    cases.push({
      name: `answers 404 NOT_FOUND for an unknown ${r.name}`,
      lines: [
        `const res = ${adjustCall(w, e, b, r, "'does-not-exist'", '1')};`,
        w.expectError('res', 404, 'NOT_FOUND', `${where} with an unknown key`),
      ],
    });
  }
  if (!made) return cases;
  const setup = made.lines;
  // Amounts the bounds allow from the known starting value: up by 2, then down by 1 (when allowed).
  const up = isWithin(made.value, field, 2) ? 2 : 0;
  const down = isWithin(made.value + up, field, -1) ? -1 : 0;
  cases.push({
    name: `adds exactly the amount to ${b.field}, up and down, and keeps it`,
    lines: [
      ...setup,
      `const up = ${adjustCall(w, e, b, r, 'key', `${up}`)};`,
      w.expectStatus('up', 200, where),
      `${a}.equal(${bodyOf}(up)${prop(b.field)}, value + ${up});`,
      `const down = ${adjustCall(w, e, b, r, 'key', `${down}`)};`,
      w.expectStatus('down', 200, where),
      `${a}.equal(${bodyOf}(down)${prop(b.field)}, value + ${up + down});`,
      `const same = ${adjustCall(w, e, b, r, 'key', '0')};`,
      `${a}.equal(${bodyOf}(same)${prop(b.field)}, value + ${up + down}, 'the change was kept');`,
    ],
  });
  if (b.amount_default !== undefined) {
    cases.push({
      name: `adds ${b.amount_default} when no ${b.amount_field} is sent`,
      lines: [
        ...setup,
        `const res = ${adjustCall(w, e, b, r, 'key', null)};`,
        w.expectStatus('res', 200, where),
        `${a}.equal(${bodyOf}(res)${prop(b.field)}, value + ${b.amount_default});`,
      ],
    });
  }
  const wrong = field.type === 'integer' ? ["'three'", '1.5', 'true'] : ["'three'", 'true'];
  const invalid = [...wrong.map((v) => adjustCall(w, e, b, r, 'key', v))];
  if (b.amount_default === undefined) invalid.push(adjustCall(w, e, b, r, 'key', null));
  cases.push({
    name: `refuses a missing or mistyped ${b.amount_field} with 400 VALIDATION_FAILED`,
    lines: [
      ...setup,
      ...invalid.map(
        (call, i) =>
          `const bad${i} = ${call};\n${w.expectError(`bad${i}`, 400, 'VALIDATION_FAILED', `${where} with a bad ${b.amount_field} (${i + 1})`)}`,
      ),
      `const same = ${adjustCall(w, e, b, r, 'key', '0')};`,
      `${a}.equal(${bodyOf}(same)${prop(b.field)}, value, 'nothing changed');`,
    ],
  });
  const bounds = boundsOf(field);
  if (bounds.length > 0) {
    const lower = bounds.find((x) => x.op === '>=' || x.op === '>');
    const upper = bounds.find((x) => x.op === '<=' || x.op === '<');
    const lines = [...setup];
    if (lower) {
      const edge = lower.op === '>=' ? lower.limit : null;
      lines.push(
        `const under = ${adjustCall(w, e, b, r, 'key', `${lower.limit} - value${lower.op === '>=' ? ` - ${field.type === 'integer' ? 1 : 0.5}` : ''}`)};`,
        w.expectError('under', 409, 'CONFLICT', `${where} going below ${lower.limit}`),
        `const kept = ${adjustCall(w, e, b, r, 'key', '0')};`,
        `${a}.equal(${bodyOf}(kept)${prop(b.field)}, value, 'a refused change changes nothing');`,
      );
      if (edge !== null) {
        lines.push(
          `const edge = ${adjustCall(w, e, b, r, 'key', `${edge} - value`)};`,
          w.expectStatus('edge', 200, `${where} down to exactly ${edge}`),
          `${a}.equal(${bodyOf}(edge)${prop(b.field)}, ${edge});`,
        );
      }
    }
    if (upper) {
      lines.push(
        `const over = ${adjustCall(w, e, b, r, 'key', `${upper.limit} + 1000`)};`,
        w.expectError('over', 409, 'CONFLICT', `${where} going above ${upper.limit}`),
      );
    }
    cases.push({
      name: `refuses a change that leaves ${b.field} outside its bounds with 409 CONFLICT`,
      lines,
    });
  }
  return cases;
}

/** `reset`: the field goes back to its default; unknown keys by the rule. */
export function resetCases(w: EndpointTestWriter, e: EndpointSpec, b: ResetBehavior): TestCase[] {
  const r = w.resource(b.resource);
  const field = r?.fields.find((f) => f.name === b.field);
  if (!r || !field) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const start = startValue(field);
  const adjust = w.contract.endpoints.find(
    (x) => x.behavior.kind === 'adjust' && x.behavior.resource === r.name,
  );
  const pair = adjust && adjust.behavior.kind === 'adjust' ? { e: adjust, b: adjust.behavior } : null;
  const cases: TestCase[] = [];
  const path = (keyExpr: string) => w.path(e, { [b.param]: keyExpr });
  if (!b.create_missing) {
    cases.push({
      name: `answers 404 NOT_FOUND for an unknown ${r.name}`,
      lines: [
        `const res = ${w.call(e, { path: path("'does-not-exist'") })};`,
        w.expectError('res', 404, 'NOT_FOUND', where),
      ],
    });
  }
  const made = makeRecord(w, r, field, pair);
  if (!made) return cases;
  const lines = [...made.lines];
  if (pair && isWithin(start, field, 5)) {
    lines.push(
      `const moved = ${adjustCall(w, pair.e, pair.b, r, 'key', `${start + 5} - value`)};`,
      w.expectStatus('moved', 200, `${pair.e.method} ${pair.e.path}`),
    );
  }
  lines.push(
    `const res = ${w.call(e, { path: path('key') })};`,
    w.expectStatus('res', 200, where),
    `${a}.equal(${w.support('bodyOf')}(res)${prop(b.field)}, ${start});`,
  );
  cases.push({ name: `sets ${b.field} back to ${start}`, lines });
  return cases;
}

/** `get` with `absent_as_default`: an unknown key reads as its defaults and is not stored. */
export function absentDefaultCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  const r = w.resource(resource);
  if (!r?.key) return [];
  const a = w.assert();
  const expected: Record<string, unknown> = { [r.key]: 'never-touched' };
  for (const f of r.fields) if (f.name !== r.key) expected[f.name] = f.default ?? null;
  const cases: TestCase[] = [
    {
      name: `answers an unknown ${resource} with its starting values`,
      lines: [
        `const res = ${w.call(e, { path: w.path(e, { [param]: "'never-touched'" }) })};`,
        w.expectStatus('res', 200, `${e.method} ${e.path} for an unknown key`),
        `${a}.deepEqual(res.body, ${literal(expected)});`,
      ],
    },
  ];
  return [...cases, ...createdRecordCase(w, e, resource, param)];
}
