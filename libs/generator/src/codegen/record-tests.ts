import {
  stampedFields,
  type CreateBehavior,
  type EndpointSpec,
  type RedirectBehavior,
  type ReservationBehavior,
  type SearchBehavior,
  type ToggleBehavior,
} from '@sf/service-spec';
import { key, literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { sampleValue, sentSample, wrongValue } from './test-values';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of the behaviours that work on stored records: create, list, get, delete, toggle, search,
 * reserve / release and redirect (update and replace: record-change-tests.ts).
 */

const UNDECLARED_FIELD = 'not_a_declared_field';

/** `create`: a valid record is stored and answered 201; defaults, invalid bodies, duplicates and unknown parents. */
export function createCases(w: EndpointTestWriter, e: EndpointSpec, b: CreateBehavior): TestCase[] {
  const r = w.resource(b.resource);
  if (!r) return [];
  const sample = sentSample(w.contract, r);
  const parent = b.parent ? w.creator(b.parent.resource) : null;
  if (b.parent && !parent)
    return [w.unknownRecordCase(e, b.parent.param, b.parent.resource, literal(sample))];
  const setup: string[] = [];
  let path = w.path(e);
  if (b.parent && parent) {
    setup.push(`const parent = await ${parent.fn}(server);`);
    path = w.path(e, { [b.parent.param]: 'String(parent.id)' });
  }
  const post = (body: string) => w.call(e, { path, body });
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const cases: TestCase[] = [];

  const stamped = stampedFields(r);
  const stored = [
    ...setup,
    ...(stamped.length > 0 ? ['const before = Date.now();'] : []),
    `const res = ${post(literal(sample))};`,
    w.expectStatus('res', 201, where),
    `const record = ${w.support('bodyOf')}(res);`,
    `${a}.ok(typeof record.id === 'string' && record.id !== '', 'the record has a server-generated id');`,
    ...r.fields
      .filter((f) => !stamped.includes(f.name))
      .map(
        (f) =>
          `${a}.deepEqual(record${prop(f.name)}, ${literal(f.name in sample ? sample[f.name] : f.default)}, ${str(`${f.name} is stored`)});`,
      ),
    // The instant of the create, in UTC, between the call and its answer (a second's slack either way).
    ...stamped.flatMap((name) => [
      `${a}.match(String(record${prop(name)}), /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/, ${str(`${name} is an ISO instant in UTC`)});`,
      `${a}.ok(Date.parse(String(record${prop(name)})) >= before - 1000 && Date.parse(String(record${prop(name)})) <= Date.now() + 1000, ${str(`${name} is the instant of the create`)});`,
    ]),
  ];
  if (b.parent)
    stored.push(`${a}.equal(record${prop(b.parent.field)}, parent.id, 'the parent id is stored');`);
  cases.push({ name: `stores a valid ${r.name} and answers 201 with it`, lines: stored });
  for (const name of stamped) {
    cases.push({
      name: `a create that sends ${name} is refused: the service sets it`,
      lines: [
        ...setup,
        `const sent = ${post(literal({ ...sample, [name]: '2020-01-01T00:00:00.000Z' }))};`,
        w.expectError('sent', 400, 'VALIDATION_FAILED', `${where} with ${name}`),
      ],
    });
  }

  // A code the service makes is not a default: link-tests.ts checks it.
  const optional = r.fields.filter((f) => !f.required && f.generate === undefined);
  if (optional.length > 0) {
    const minimal = Object.fromEntries(
      r.fields.filter((f) => f.required).map((f) => [f.name, sample[f.name]]),
    );
    cases.push({
      name: 'stores omitted optional fields as their default or null',
      lines: [
        ...setup,
        `const res = ${post(literal(minimal))};`,
        w.expectStatus('res', 201, where),
        `const record = ${w.support('bodyOf')}(res);`,
        ...optional.map(
          (f) =>
            `${a}.deepEqual(record${prop(f.name)}, ${literal(f.default ?? null)}, ${str(`${f.name} defaults`)});`,
        ),
      ],
    });
  }

  cases.push({
    name: 'refuses a body that is not a JSON object with 400 VALIDATION_FAILED',
    lines: [
      ...setup,
      `const array = ${post('[]')};`,
      w.expectError('array', 400, 'VALIDATION_FAILED', `${where} with an array`),
      `const empty = ${w.call(e, { path })};`,
      w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} without a body`),
    ],
  });

  const invalidBodies: [string, unknown][] = [];
  for (const f of r.fields.filter((x) => x.required)) {
    const { [f.name]: _omitted, ...rest } = sample;
    invalidBodies.push([`without ${f.name}`, rest]);
    if (f.type === 'string') invalidBodies.push([`with an empty ${f.name}`, { ...sample, [f.name]: '' }]);
  }
  for (const f of r.fields)
    invalidBodies.push([`with ${f.name} of the wrong type`, { ...sample, [f.name]: wrongValue(f) }]);
  if (e.request.body?.allow_unknown !== true) {
    invalidBodies.push(['with an undeclared field', { ...sample, [UNDECLARED_FIELD]: true }]);
  }
  cases.push({
    name: 'refuses missing, empty, mistyped and undeclared fields with 400 VALIDATION_FAILED',
    lines: [
      ...setup,
      `const invalid: [string, unknown][] = ${literal(invalidBodies)};`,
      'for (const [why, body] of invalid) {',
      `  const res = ${w.call(e, { path, body: 'body' })};`,
      `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} `)} + why);`,
      '}',
    ],
  });

  for (const f of r.fields.filter((x) => x.unique === true)) {
    cases.push({
      name: `refuses a second ${r.name} with the same ${f.name} with 409 CONFLICT`,
      lines: [
        ...setup,
        `const first = ${post(literal(sample))};`,
        w.expectStatus('first', 201, where),
        `const second = ${post(literal(sample))};`,
        w.expectError('second', 409, 'CONFLICT', `${where} with a duplicate ${f.name}`),
      ],
    });
    const value = sample[f.name];
    if (f.unique_ignore_case === true && typeof value === 'string' && value.toUpperCase() !== value) {
      cases.push({
        name: `refuses a second ${r.name} whose ${f.name} differs only in letter case with 409 CONFLICT`,
        lines: [
          ...setup,
          `const first = ${post(literal(sample))};`,
          w.expectStatus('first', 201, where),
          `const second = ${post(literal({ ...sample, [f.name]: value.toUpperCase() }))};`,
          w.expectError('second', 409, 'CONFLICT', `${where} with ${f.name} in other letter case`),
        ],
      });
    }
  }
  const limit = b.parent?.limit;
  if (limit && b.parent && parent) {
    const field = limit.field;
    cases.push({
      name: `refuses a ${r.name} whose ${field} would take the total past the ${b.parent.resource}'s ${limit.parent_field} with 409 LIMIT_EXCEEDED`,
      lines: [
        ...setup,
        `const total = Number(parent${prop(limit.parent_field)});`,
        `const whole = ${post(`{ ...${literal(sample)}, ${str(field)}: total }`)};`,
        w.expectStatus('whole', 201, `${where} for the whole ${limit.parent_field}`),
        `const more = ${post(`{ ...${literal(sample)}, ${str(field)}: 1 }`)};`,
        w.expectError('more', 409, 'LIMIT_EXCEEDED', `${where} past the ${limit.parent_field}`),
      ],
    });
  }
  const capacity = b.parent?.capacity;
  if (capacity && b.parent && parent) {
    const distinct = (n: string) =>
      `{ ...${literal(sample)}, ${r.fields
        .filter((f) => f.type === 'string' && f.enum === undefined && typeof sample[f.name] === 'string')
        .filter((f) => f.format === undefined || f.format === 'email')
        .map(
          (f) =>
            `${str(f.name)}: ${n} + ${str(f.format === 'email' ? '' : '-')} + ${literal(sample[f.name])}`,
        )
        .join(', ')} }`;
    cases.push({
      name: `takes exactly as many ${r.plural} as the ${b.parent.resource}'s ${capacity.parent_field}, then refuses one more with 409 FULL`,
      lines: [
        ...setup,
        `const places = Number(parent${prop(capacity.parent_field)});`,
        `for (let n = 0; n < places; n += 1) {`,
        `  const taken = ${post(distinct("'p' + String(n)"))};`,
        `  ${w.expectStatus('taken', 201, `${where} within the ${capacity.parent_field}`)}`,
        '}',
        `const more = ${post(distinct("'over'"))};`,
        w.expectError('more', 409, 'FULL', `${where} past the ${capacity.parent_field}`),
      ],
    });
  }
  if (b.parent) cases.push(w.unknownRecordCase(e, b.parent.param, b.parent.resource, literal(sample)));
  return cases;
}

/** `list`: empty on a fresh instance, then every created record, oldest first. */
export function listCases(w: EndpointTestWriter, e: EndpointSpec, resource: string): TestCase[] {
  const a = w.assert();
  const cases: TestCase[] = [
    {
      name: 'answers 200 with an empty array on a fresh instance',
      lines: [
        `const res = ${w.call(e)};`,
        w.expectStatus('res', 200, `${e.method} ${e.path}`),
        `${a}.deepEqual(res.body, []);`,
      ],
    },
  ];
  const creator = w.creator(resource);
  if (creator) {
    const count = creator.repeatable ? 2 : 1;
    const lines = [
      `const created = [${Array.from({ length: count }, () => `await ${creator.fn}(server)`).join(', ')}];`,
      `const res = ${w.call(e)};`,
      w.expectStatus('res', 200, `${e.method} ${e.path}`),
      `${a}.ok(Array.isArray(res.body), 'a JSON array');`,
      `const ids = (res.body as Record<string, unknown>[]).map((item) => item.id);`,
      `${a}.deepEqual(ids, created.map((record) => record.id), 'every record, oldest first');`,
    ];
    cases.push({ name: `lists created ${resource} records oldest first`, lines });
  }
  return cases;
}

/** `get`: 404 for an unknown id, a created record as stored. */
export function getCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  return [w.unknownRecordCase(e, param, resource), ...createdRecordCase(w, e, resource, param)];
}

/** Reading a record just created answers 200 with it as stored (none when nothing creates the resource). */
export function createdRecordCase(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  const creator = w.creator(resource);
  if (!creator) return [];
  return [
    {
      name: `answers 200 with a created ${resource}`,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const res = ${w.call(e, { path: w.path(e, { [param]: w.keyOf(resource) }) })};`,
        w.expectStatus('res', 200, `${e.method} ${e.path}`),
        `${w.assert()}.deepEqual(res.body, created);`,
      ],
    },
  ];
}

/** `delete`: 404 for an unknown id, a created record is removed once. */
export function deleteCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
  empty = false,
): TestCase[] {
  const cases = [w.unknownRecordCase(e, param, resource)];
  const creator = w.creator(resource);
  if (creator) {
    const path = w.path(e, { [param]: w.keyOf(resource) });
    cases.push({
      name: `removes a created ${resource} once`,
      lines: [
        `const created = await ${creator.fn}(server);`,
        `const res = ${w.call(e, { path })};`,
        w.expectStatus('res', empty ? 204 : 200, `${e.method} ${e.path}`),
        empty
          ? `${w.assert()}.equal(res.text, '', 'a 204 has no body');`
          : `${w.assert()}.deepEqual(res.body, { id: created.id, deleted: true });`,
        `const again = ${w.call(e, { path })};`,
        w.expectError('again', 404, 'NOT_FOUND', `${e.method} ${e.path} a second time`),
      ],
    });
  }
  return cases;
}

/** `toggle`: 404 for an unknown id, the field is flipped (or set) on a created record. */
export function toggleCases(w: EndpointTestWriter, e: EndpointSpec, b: ToggleBehavior): TestCase[] {
  const cases = [w.unknownRecordCase(e, b.param, b.resource)];
  const creator = w.creator(b.resource);
  if (!creator) return cases;
  const a = w.assert();
  const path = w.path(e, { [b.param]: w.keyOf(b.resource) });
  const where = `${e.method} ${e.path}`;
  const start = b.value === undefined ? false : !b.value;
  const lines = [
    `const created = await ${creator.fn}(server, { ${key(b.field)}: ${String(start)} });`,
    `const res = ${w.call(e, { path })};`,
    w.expectStatus('res', 200, where),
    `${a}.equal(${w.support('bodyOf')}(res)${prop(b.field)}, ${String(b.value ?? !start)});`,
  ];
  if (b.value === undefined) {
    lines.push(
      `const back = ${w.call(e, { path })};`,
      w.expectStatus('back', 200, `${where} a second time`),
      `${a}.equal(${w.support('bodyOf')}(back)${prop(b.field)}, false, 'a second call flips it back');`,
    );
  } else {
    // Switching off what is off leaves it off: a flip in place of a switch fails here.
    lines.push(
      `const again = ${w.call(e, { path })};`,
      w.expectStatus('again', 200, `${where} a second time`),
      `${a}.equal(${w.support('bodyOf')}(again)${prop(b.field)}, ${String(b.value)}, 'a second call leaves it so');`,
    );
  }
  const what = b.value === undefined ? `flips ${b.field}` : `sets ${b.field} to ${String(b.value)}`;
  cases.push({ name: `${what} on a created ${b.resource}`, lines });
  return cases;
}

/** `search`: the query parameter is required; matches are case-insensitive. */
export function searchCases(w: EndpointTestWriter, e: EndpointSpec, b: SearchBehavior): TestCase[] {
  const where = `${e.method} ${e.path}`;
  const cases: TestCase[] = [
    {
      name: `refuses a missing or empty ${b.query_param} with 400 VALIDATION_FAILED`,
      lines: [
        `const missing = ${w.call(e)};`,
        w.expectError('missing', 400, 'VALIDATION_FAILED', `${where} without ${b.query_param}`),
        `const empty = ${w.call(e, { query: literal({ [b.query_param]: '' }) })};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with an empty ${b.query_param}`),
      ],
    },
  ];
  const creator = w.creator(b.resource);
  const field = b.fields[0];
  if (!creator || field === undefined) return cases;
  const a = w.assert();
  const setup =
    field === 'id'
      ? [`const created = await ${creator.fn}(server);`, 'const needle = String(created.id).toUpperCase();']
      : [
          `const created = await ${creator.fn}(server, { ${key(field)}: 'Needle In A Haystack' });`,
          "const needle = 'nEEDLE in';",
        ];
  cases.push({
    name: `finds records by ${field} case-insensitively`,
    lines: [
      ...setup,
      `const res = ${w.call(e, { query: `{ ${key(b.query_param)}: needle }` })};`,
      w.expectStatus('res', 200, where),
      `${a}.ok(Array.isArray(res.body), 'a JSON array');`,
      `${a}.deepEqual((res.body as Record<string, unknown>[]).map((item) => item.id), [created.id]);`,
      `const none = ${w.call(e, { query: literal({ [b.query_param]: 'zz-matches-nothing-zz' }) })};`,
      w.expectStatus('none', 200, `${where} for a value nobody has`),
      `${a}.deepEqual(none.body, []);`,
    ],
  });
  return cases;
}

/** `reserve` / `release`: 404 for an unknown id, works once, then 409 CONFLICT. */
export function reservationCases(w: EndpointTestWriter, e: EndpointSpec, b: ReservationBehavior): TestCase[] {
  const cases = [w.unknownRecordCase(e, b.param, b.resource)];
  const creator = w.creator(b.resource);
  if (!creator) return cases;
  const a = w.assert();
  const path = w.path(e, { [b.param]: w.keyOf(b.resource) });
  const where = `${e.method} ${e.path}`;
  const reserving = b.kind === 'reserve';
  // With a holder, each reserve names its taker; the second taker is refused while the first holds it.
  const taker = (who: string) =>
    reserving && b.holder !== undefined ? literal({ [b.holder]: who }) : undefined;
  const holderCheck =
    b.holder === undefined
      ? []
      : [
          `${a}.equal(${w.support('bodyOf')}(res)${prop(b.holder)}, ${reserving ? str('first-taker') : 'null'});`,
        ];
  const setup =
    !reserving && b.holder !== undefined
      ? { [b.field]: true, [b.holder]: 'first-taker' }
      : { [b.field]: !reserving };
  cases.push({
    name: reserving
      ? `takes a free ${b.resource} once (${b.field} = true), then answers 409 CONFLICT`
      : `gives back a taken ${b.resource} once (${b.field} = false), then answers 409 CONFLICT`,
    lines: [
      `const created = await ${creator.fn}(server, ${literal(setup)});`,
      `const res = ${w.call(e, { path, body: taker('first-taker') })};`,
      w.expectStatus('res', 200, where),
      `${a}.equal(${w.support('bodyOf')}(res)${prop(b.field)}, ${String(reserving)});`,
      ...holderCheck,
      `const again = ${w.call(e, { path, body: taker('second-taker') })};`,
      w.expectError('again', 409, 'CONFLICT', `${where} a second time`),
    ],
  });
  if (reserving && b.holder !== undefined) {
    cases.push({
      name: `answers 400 VALIDATION_FAILED without ${b.holder} and leaves the ${b.resource} free`,
      lines: [
        `const created = await ${creator.fn}(server, ${literal({ [b.field]: false })});`,
        `const res = ${w.call(e, { path, body: '{}' })};`,
        w.expectError('res', 400, 'VALIDATION_FAILED', `${where} without ${b.holder}`),
        `const then = ${w.call(e, { path, body: taker('after-refusal') })};`,
        w.expectStatus('then', 200, `${where} after the refused attempt`),
      ],
    });
  }
  return cases;
}

/** `redirect`: 404 for an unknown key, the status and location without following it. */
export function redirectCases(w: EndpointTestWriter, e: EndpointSpec, b: RedirectBehavior): TestCase[] {
  const cases = [w.unknownRecordCase(e, b.param, b.resource)];
  const creator = w.creator(b.resource);
  const r = w.resource(b.resource);
  if (!creator || !r) return cases;
  const keyField = r.fields.find((f) => f.name === b.key_field);
  const targetField = r.fields.find((f) => f.name === b.target_field);
  const overrides: Record<string, unknown> = {};
  if (keyField)
    overrides[keyField.name] = keyField.type === 'string' ? 'key-for-redirect-test' : sampleValue(keyField);
  let target = 'String(created.id)';
  if (targetField) {
    const value =
      targetField.type === 'string' ? 'https://example.com/redirect-target' : sampleValue(targetField);
    overrides[targetField.name] = value;
    target = str(String(value));
  }
  const keyExpr = keyField ? str(String(overrides[keyField.name])) : 'String(created.id)';
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  cases.push({
    name: `answers ${b.status} with the target in location, without following it`,
    lines: [
      // The id is only needed when the key or the target is the record id.
      `${keyField && targetField ? '' : 'const created = '}await ${creator.fn}(server, ${literal(overrides)});`,
      `const res = ${w.call(e, { path: w.path(e, { [b.param]: keyExpr }) })};`,
      w.expectStatus('res', b.status, where),
      `${a}.equal(${w.support('headerOf')}(res, 'location'), ${target});`,
      `${a}.deepEqual(res.body, { location: ${target} });`,
    ],
  });
  return cases;
}
