import type {
  AggregateBehavior,
  ConvertBehavior,
  CreateBehavior,
  EndpointSpec,
  FieldSpec,
  RedirectBehavior,
  ReservationBehavior,
  SearchBehavior,
  SpecContract,
  ToggleBehavior,
  WebhookReceiveBehavior,
} from '@sf/service-spec';
import { NameTable, blocks, indent, key, literal, pascalCase, prop, str } from './code-text';
import { conventionCases, udcCases } from './convention-tests';
import { fitsField } from './service-model';
import { SUPPORT, TestWriter, type TestCase } from './test-writer';

const UNKNOWN_ID = 'does-not-exist';
const UNDECLARED_FIELD = 'not_a_declared_field';

/** How tests create a record of one resource: the helper's name and the create endpoint it calls. */
interface Creator {
  fn: string;
  sample: string;
  endpoint: EndpointSpec;
  behavior: CreateBehavior;
  fields: FieldSpec[];
  /** Whether a second record can be created in one test (no unique boolean in its chain). */
  repeatable: boolean;
}

/** A valid value of `field`: its example when that is one, else a plain value of its type. */
export function sampleValue(field: FieldSpec): unknown {
  if (
    field.example !== undefined &&
    field.example !== null &&
    fitsField({ ...field, required: true }, field.example)
  ) {
    return field.example;
  }
  switch (field.type) {
    case 'string':
      return 'sample text';
    case 'number':
      return 1.5;
    case 'integer':
      return 1;
    case 'boolean':
      return false;
    case 'string[]':
      return ['sample'];
    case 'number[]':
      return [1, 2];
    case 'object':
      return { sample: true };
  }
}

/** A value `field` refuses. */
function wrongValue(field: FieldSpec): unknown {
  switch (field.type) {
    case 'string':
      return 12345;
    case 'number':
      return 'not a number';
    case 'integer':
      return 1.5;
    case 'boolean':
      return 'yes';
    case 'string[]':
      return [1, 2];
    case 'number[]':
      return ['one'];
    case 'object':
      return ['not', 'an', 'object'];
  }
}

/** A valid value of `field` different from its sample, or undefined when the type has no other. */
function otherValue(field: FieldSpec): unknown {
  const sample = sampleValue(field);
  switch (field.type) {
    case 'string':
      return `${String(sample)} (changed)`;
    case 'number':
    case 'integer':
      return Number(sample) + 1;
    case 'boolean':
      return !sample;
    case 'string[]':
      return [...(sample as string[]), 'changed'];
    case 'number[]':
      return [...(sample as number[]), 3];
    case 'object':
      return { ...(sample as object), changed: true };
  }
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Writes `tests/endpoints.test.ts`: behaviour tests per endpoint beyond the acceptance pack. */
class EndpointTestWriter extends TestWriter {
  private readonly helpers: string[] = [];
  private readonly names = new NameTable(['server', 'test', 'assert', 'sequence']);
  private readonly creators = new Map<string, Creator | null>();
  private usesSequence = false;

  source(header: string): string {
    const cases: TestCase[] = [];
    for (const e of this.contract.endpoints) cases.push(...this.endpointCases(e));
    cases.push(...conventionCases(this), ...udcCases(this));
    const tests = this.render(cases);
    return blocks(
      header,
      this.imports.render(),
      `/*\n * Endpoint tests of ${this.contract.service.name}: each endpoint's behaviour beyond the acceptance pack, the HTTP\n * conventions every generated service follows, and the UDC endpoints. Every test gets a fresh instance.\n */`,
      this.usesSequence &&
        '/** Numbers unique values, so records created in one test never collide. */\nlet sequence = 0;',
      ...this.helpers,
      ...tests,
    );
  }

  private resource(name: string) {
    return this.contract.resources.find((r) => r.name === name);
  }

  // ---- record creation ----

  /** The helper creating records of `resource`, written on first use; null when none can be created. */
  private creator(resource: string, visiting: Set<string> = new Set()): Creator | null {
    if (this.creators.has(resource)) return this.creators.get(resource) ?? null;
    if (visiting.has(resource)) return null;
    visiting.add(resource);
    const r = this.resource(resource);
    let found: Creator | null = null;
    for (const e of this.contract.endpoints) {
      const b = e.behavior;
      if (!r || b.kind !== 'create' || b.resource !== resource) continue;
      const parent = b.parent ? this.creator(b.parent.resource, visiting) : null;
      if (b.parent && !parent) continue;
      found = this.writeCreator(r.name, r.fields, e, b, parent);
      break;
    }
    this.creators.set(resource, found);
    return found;
  }

  private writeCreator(
    resource: string,
    fields: FieldSpec[],
    e: EndpointSpec,
    b: CreateBehavior,
    parent: Creator | null,
  ): Creator {
    const sampleName = this.names.claim(`${resource.replace(/-/g, '_').toUpperCase()}_SAMPLE`);
    const fn = this.names.claim(`create${pascalCase(resource)}`);
    const sample = Object.fromEntries(fields.map((f) => [f.name, sampleValue(f)]));
    const unique = fields.filter((f) => f.unique === true);
    const variants = unique
      .filter((f) => f.type !== 'boolean')
      .map((f) => {
        const base = `${sampleName}${prop(f.name)}`;
        const value = {
          string: `${base} + '-' + String(sequence)`,
          number: `${base} + sequence`,
          integer: `${base} + sequence`,
          'string[]': `[...${base}, 'v' + String(sequence)]`,
          'number[]': `[...${base}, sequence]`,
          object: `{ ...${base}, variant: sequence }`,
          boolean: base,
        }[f.type];
        return `${key(f.name)}: ${value}`;
      });
    if (variants.length > 0) this.usesSequence = true;
    const lines: string[] = [];
    let path = this.path(e);
    if (b.parent && parent) {
      lines.push(`const parent = await ${parent.fn}(server);`);
      path = this.path(e, { [b.parent.param]: 'String(parent.id)' });
    }
    if (variants.length > 0) lines.push('sequence += 1;');
    const body = `{ ...${sampleName}${variants.map((v) => `, ${v}`).join('')}, ...overrides }`;
    lines.push(
      `const res = await server.call({ method: ${str(e.method)}, path: ${path}, body: ${body} });`,
      this.expectStatus('res', 201, `creating a ${resource} through ${e.method} ${e.path}`),
      `return ${this.support('bodyOf')}(res);`,
    );
    this.imports.type(SUPPORT, 'TestServer');
    this.helpers.push(
      `/** A valid ${resource} body from the contract's examples. */\nconst ${sampleName} = ${literal(sample)};`,
      [
        `/** Creates a ${resource} through ${e.method} ${e.path} and returns the stored record. */`,
        `async function ${fn}(server: TestServer, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {`,
        indent(lines.join('\n')),
        '}',
      ].join('\n'),
    );
    const repeatable = !unique.some((f) => f.type === 'boolean') && (parent === null || parent.repeatable);
    return { fn, sample: sampleName, endpoint: e, behavior: b, fields, repeatable };
  }

  // ---- per endpoint ----

  private endpointCases(e: EndpointSpec): TestCase[] {
    const b = e.behavior;
    const route = `${e.method} ${e.path}`;
    const cases = ((): TestCase[] => {
      switch (b.kind) {
        case 'create':
          return this.createCases(e, b);
        case 'list':
          return this.listCases(e, b.resource);
        case 'get':
          return this.getCases(e, b.resource, b.param);
        case 'update':
          return this.updateCases(e, b.resource, b.param);
        case 'delete':
          return this.deleteCases(e, b.resource, b.param);
        case 'toggle':
          return this.toggleCases(e, b);
        case 'search':
          return this.searchCases(e, b);
        case 'reserve':
        case 'release':
          return this.reservationCases(e, b);
        case 'compute':
          return b.operation === 'convert' ? this.convertCases(e, b) : this.aggregateCases(e, b);
        case 'webhook_receive':
          return this.receiveCases(e, b);
        case 'webhook_replay':
          return this.replayCases(e, b.receiver, b.param);
        case 'redirect':
          return this.redirectCases(e, b);
        case 'static':
          return this.staticCases(e, b.status, b.body);
      }
    })();
    return cases.map((c) => ({ ...c, name: `${route} ${c.name}` }));
  }

  private unknownRecordCase(e: EndpointSpec, param: string, resource: string, body?: string): TestCase {
    return {
      name: `answers 404 NOT_FOUND for an unknown ${resource}`,
      lines: [
        `const res = ${this.call(e, { path: this.path(e, { [param]: str(UNKNOWN_ID) }), body })};`,
        this.expectError('res', 404, 'NOT_FOUND', `${e.method} ${e.path} with an unknown id`),
      ],
    };
  }

  private createCases(e: EndpointSpec, b: CreateBehavior): TestCase[] {
    const r = this.resource(b.resource);
    if (!r) return [];
    const sample = Object.fromEntries(r.fields.map((f) => [f.name, sampleValue(f)]));
    const parent = b.parent ? this.creator(b.parent.resource) : null;
    if (b.parent && !parent)
      return [this.unknownRecordCase(e, b.parent.param, b.parent.resource, literal(sample))];
    const setup: string[] = [];
    let path = this.path(e);
    if (b.parent && parent) {
      setup.push(`const parent = await ${parent.fn}(server);`);
      path = this.path(e, { [b.parent.param]: 'String(parent.id)' });
    }
    const post = (body: string) => this.call(e, { path, body });
    const a = this.assert();
    const where = `${e.method} ${e.path}`;
    const cases: TestCase[] = [];

    const stored = [
      ...setup,
      `const res = ${post(literal(sample))};`,
      this.expectStatus('res', 201, where),
      `const record = ${this.support('bodyOf')}(res);`,
      `${a}.ok(typeof record.id === 'string' && record.id !== '', 'the record has a server-generated id');`,
      ...r.fields.map(
        (f) =>
          `${a}.deepEqual(record${prop(f.name)}, ${literal(sample[f.name])}, ${str(`${f.name} is stored`)});`,
      ),
    ];
    if (b.parent)
      stored.push(`${a}.equal(record${prop(b.parent.field)}, parent.id, 'the parent id is stored');`);
    cases.push({ name: `stores a valid ${r.name} and answers 201 with it`, lines: stored });

    const optional = r.fields.filter((f) => !f.required);
    if (optional.length > 0) {
      const minimal = Object.fromEntries(
        r.fields.filter((f) => f.required).map((f) => [f.name, sample[f.name]]),
      );
      cases.push({
        name: 'stores omitted optional fields as their default or null',
        lines: [
          ...setup,
          `const res = ${post(literal(minimal))};`,
          this.expectStatus('res', 201, where),
          `const record = ${this.support('bodyOf')}(res);`,
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
        this.expectError('array', 400, 'VALIDATION_FAILED', `${where} with an array`),
        `const empty = ${this.call(e, { path })};`,
        this.expectError('empty', 400, 'VALIDATION_FAILED', `${where} without a body`),
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
        `  const res = ${this.call(e, { path, body: 'body' })};`,
        `  ${this.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} `)} + why);`,
        '}',
      ],
    });

    for (const f of r.fields.filter((x) => x.unique === true)) {
      cases.push({
        name: `refuses a second ${r.name} with the same ${f.name} with 409 CONFLICT`,
        lines: [
          ...setup,
          `const first = ${post(literal(sample))};`,
          this.expectStatus('first', 201, where),
          `const second = ${post(literal(sample))};`,
          this.expectError('second', 409, 'CONFLICT', `${where} with a duplicate ${f.name}`),
        ],
      });
    }
    if (b.parent) cases.push(this.unknownRecordCase(e, b.parent.param, b.parent.resource, literal(sample)));
    return cases;
  }

  private listCases(e: EndpointSpec, resource: string): TestCase[] {
    const a = this.assert();
    const cases: TestCase[] = [
      {
        name: 'answers 200 with an empty array on a fresh instance',
        lines: [
          `const res = ${this.call(e)};`,
          this.expectStatus('res', 200, `${e.method} ${e.path}`),
          `${a}.deepEqual(res.body, []);`,
        ],
      },
    ];
    const creator = this.creator(resource);
    if (creator) {
      const count = creator.repeatable ? 2 : 1;
      const lines = [
        `const created = [${Array.from({ length: count }, () => `await ${creator.fn}(server)`).join(', ')}];`,
        `const res = ${this.call(e)};`,
        this.expectStatus('res', 200, `${e.method} ${e.path}`),
        `${a}.ok(Array.isArray(res.body), 'a JSON array');`,
        `const ids = (res.body as Record<string, unknown>[]).map((item) => item.id);`,
        `${a}.deepEqual(ids, created.map((record) => record.id), 'every record, oldest first');`,
      ];
      cases.push({ name: `lists created ${resource} records oldest first`, lines });
    }
    return cases;
  }

  private getCases(e: EndpointSpec, resource: string, param: string): TestCase[] {
    const cases = [this.unknownRecordCase(e, param, resource)];
    const creator = this.creator(resource);
    if (creator) {
      cases.push({
        name: `answers 200 with a created ${resource}`,
        lines: [
          `const created = await ${creator.fn}(server);`,
          `const res = ${this.call(e, { path: this.path(e, { [param]: 'String(created.id)' }) })};`,
          this.expectStatus('res', 200, `${e.method} ${e.path}`),
          `${this.assert()}.deepEqual(res.body, created);`,
        ],
      });
    }
    return cases;
  }

  private updateCases(e: EndpointSpec, resource: string, param: string): TestCase[] {
    const r = this.resource(resource);
    const field = r?.fields[0];
    if (!r || !field) return [];
    const change = { [field.name]: otherValue(field) };
    const cases = [this.unknownRecordCase(e, param, resource, literal(change))];
    const creator = this.creator(resource);
    if (!creator) return cases;
    const a = this.assert();
    const path = this.path(e, { [param]: 'String(created.id)' });
    const where = `${e.method} ${e.path}`;
    cases.push(
      {
        name: `changes only the given fields of a ${resource}`,
        lines: [
          `const created = await ${creator.fn}(server);`,
          `const res = ${this.call(e, { path, body: literal(change) })};`,
          this.expectStatus('res', 200, where),
          `${a}.deepEqual(res.body, { ...created, ...${literal(change)} });`,
        ],
      },
      {
        name: 'refuses an empty or mistyped change with 400 VALIDATION_FAILED',
        lines: [
          `const created = await ${creator.fn}(server);`,
          `const empty = ${this.call(e, { path, body: '{}' })};`,
          this.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with no field`),
          `const mistyped = ${this.call(e, { path, body: literal({ [field.name]: wrongValue(field) }) })};`,
          this.expectError(
            'mistyped',
            400,
            'VALIDATION_FAILED',
            `${where} with ${field.name} of the wrong type`,
          ),
        ],
      },
    );
    return cases;
  }

  private deleteCases(e: EndpointSpec, resource: string, param: string): TestCase[] {
    const cases = [this.unknownRecordCase(e, param, resource)];
    const creator = this.creator(resource);
    if (creator) {
      const path = this.path(e, { [param]: 'String(created.id)' });
      cases.push({
        name: `removes a created ${resource} once`,
        lines: [
          `const created = await ${creator.fn}(server);`,
          `const res = ${this.call(e, { path })};`,
          this.expectStatus('res', 200, `${e.method} ${e.path}`),
          `${this.assert()}.deepEqual(res.body, { id: created.id, deleted: true });`,
          `const again = ${this.call(e, { path })};`,
          this.expectError('again', 404, 'NOT_FOUND', `${e.method} ${e.path} a second time`),
        ],
      });
    }
    return cases;
  }

  private toggleCases(e: EndpointSpec, b: ToggleBehavior): TestCase[] {
    const cases = [this.unknownRecordCase(e, b.param, b.resource)];
    const creator = this.creator(b.resource);
    if (!creator) return cases;
    const a = this.assert();
    const path = this.path(e, { [b.param]: 'String(created.id)' });
    const where = `${e.method} ${e.path}`;
    const start = b.value === undefined ? false : !b.value;
    const lines = [
      `const created = await ${creator.fn}(server, { ${key(b.field)}: ${String(start)} });`,
      `const res = ${this.call(e, { path })};`,
      this.expectStatus('res', 200, where),
      `${a}.equal(${this.support('bodyOf')}(res)${prop(b.field)}, ${String(b.value ?? !start)});`,
    ];
    if (b.value === undefined) {
      lines.push(
        `const back = ${this.call(e, { path })};`,
        this.expectStatus('back', 200, `${where} a second time`),
        `${a}.equal(${this.support('bodyOf')}(back)${prop(b.field)}, false, 'a second call flips it back');`,
      );
    }
    const what = b.value === undefined ? `flips ${b.field}` : `sets ${b.field} to ${String(b.value)}`;
    cases.push({ name: `${what} on a created ${b.resource}`, lines });
    return cases;
  }

  private searchCases(e: EndpointSpec, b: SearchBehavior): TestCase[] {
    const where = `${e.method} ${e.path}`;
    const cases: TestCase[] = [
      {
        name: `refuses a missing or empty ${b.query_param} with 400 VALIDATION_FAILED`,
        lines: [
          `const missing = ${this.call(e)};`,
          this.expectError('missing', 400, 'VALIDATION_FAILED', `${where} without ${b.query_param}`),
          `const empty = ${this.call(e, { query: literal({ [b.query_param]: '' }) })};`,
          this.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with an empty ${b.query_param}`),
        ],
      },
    ];
    const creator = this.creator(b.resource);
    const field = b.fields[0];
    if (!creator || field === undefined) return cases;
    const a = this.assert();
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
        `const res = ${this.call(e, { query: `{ ${key(b.query_param)}: needle }` })};`,
        this.expectStatus('res', 200, where),
        `${a}.ok(Array.isArray(res.body), 'a JSON array');`,
        `${a}.deepEqual((res.body as Record<string, unknown>[]).map((item) => item.id), [created.id]);`,
        `const none = ${this.call(e, { query: literal({ [b.query_param]: 'zz-matches-nothing-zz' }) })};`,
        this.expectStatus('none', 200, `${where} for a value nobody has`),
        `${a}.deepEqual(none.body, []);`,
      ],
    });
    return cases;
  }

  private reservationCases(e: EndpointSpec, b: ReservationBehavior): TestCase[] {
    const cases = [this.unknownRecordCase(e, b.param, b.resource)];
    const creator = this.creator(b.resource);
    if (!creator) return cases;
    const a = this.assert();
    const path = this.path(e, { [b.param]: 'String(created.id)' });
    const where = `${e.method} ${e.path}`;
    const reserving = b.kind === 'reserve';
    cases.push({
      name: reserving
        ? `reserves a free ${b.resource} once, then answers 409 CONFLICT`
        : `releases a reserved ${b.resource} once, then answers 409 CONFLICT`,
      lines: [
        `const created = await ${creator.fn}(server, { ${key(b.field)}: ${String(!reserving)} });`,
        `const res = ${this.call(e, { path })};`,
        this.expectStatus('res', 200, where),
        `${a}.equal(${this.support('bodyOf')}(res)${prop(b.field)}, ${String(reserving)});`,
        `const again = ${this.call(e, { path })};`,
        this.expectError('again', 409, 'CONFLICT', `${where} a second time`),
      ],
    });
    return cases;
  }

  private computeCall(e: EndpointSpec, values: Record<string, unknown>): string {
    if (e.method !== 'GET') return this.call(e, { body: literal(values) });
    const query = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
    );
    return this.call(e, { query: literal(query) });
  }

  private convertCases(e: EndpointSpec, b: ConvertBehavior): TestCase[] {
    const units = Object.keys(b.rates);
    const [first, second] = units;
    const amount = 123.45;
    const convert = (from: string, to: string) => roundTo((amount / b.rates[from]) * b.rates[to], b.decimals);
    const input = (from: string, to: string, value: unknown = amount) => ({
      [b.inputs.amount]: value,
      [b.inputs.from]: from,
      [b.inputs.to]: to,
    });
    const reply = (from: string, to: string) => ({ amount, from, to, [b.output]: convert(from, to) });
    const where = `${e.method} ${e.path}`;
    const a = this.assert();
    const unknownUnit = units.includes('XXX') ? 'XXX-UNKNOWN' : 'XXX';
    return [
      {
        name: `converts ${first} to ${second} by the declared rates, rounded to ${b.decimals} decimals`,
        lines: [
          `const res = ${this.computeCall(e, input(first, second))};`,
          this.expectStatus('res', 200, where),
          `${a}.deepEqual(res.body, ${literal(reply(first, second))});`,
          `const back = ${this.computeCall(e, input(second, first))};`,
          this.expectStatus('back', 200, `${where} the other way`),
          `${a}.deepEqual(back.body, ${literal(reply(second, first))});`,
        ],
      },
      {
        name: 'refuses an unknown unit or a non-numeric amount with 400 VALIDATION_FAILED',
        lines: [
          `const unit = ${this.computeCall(e, input(unknownUnit, second))};`,
          this.expectError('unit', 400, 'VALIDATION_FAILED', `${where} from an unknown unit`),
          `const target = ${this.computeCall(e, input(first, unknownUnit))};`,
          this.expectError('target', 400, 'VALIDATION_FAILED', `${where} to an unknown unit`),
          `const amount = ${this.computeCall(e, input(first, second, 'ten'))};`,
          this.expectError('amount', 400, 'VALIDATION_FAILED', `${where} with a non-numeric amount`),
        ],
      },
    ];
  }

  private aggregateCases(e: EndpointSpec, b: AggregateBehavior): TestCase[] {
    const values = [1, 2, 4.5, -0.25];
    const sum = values.reduce((t, v) => t + v, 0);
    const raw = { sum, average: sum / values.length, min: Math.min(...values), max: Math.max(...values) }[
      b.operation
    ];
    const where = `${e.method} ${e.path}`;
    const expected = { count: values.length, [b.output]: roundTo(raw, b.decimals) };
    return [
      {
        name: `computes the ${b.operation} rounded to ${b.decimals} decimals`,
        lines: [
          `const res = ${this.computeCall(e, { [b.inputs.values]: values })};`,
          this.expectStatus('res', 200, where),
          `${this.assert()}.deepEqual(res.body, ${literal(expected)});`,
        ],
      },
      {
        name: 'refuses an empty or non-numeric array with 400 VALIDATION_FAILED',
        lines: [
          `const empty = ${this.computeCall(e, { [b.inputs.values]: [] })};`,
          this.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with no values`),
          `const text = ${e.method === 'GET' ? this.computeCall(e, { [b.inputs.values]: 'one,two' }) : this.computeCall(e, { [b.inputs.values]: [1, 'two'] })};`,
          this.expectError('text', 400, 'VALIDATION_FAILED', `${where} with a non-numeric value`),
        ],
      },
    ];
  }

  private secretOf(b: WebhookReceiveBehavior): string {
    return this.contract.config.find((s) => s.name === b.secret_config)?.default ?? '';
  }

  /** Statements sending a signed event to receiver `e`; `res` holds the answer. */
  private sendSigned(e: EndpointSpec, b: WebhookReceiveBehavior, res: string, text: string): string {
    const signature = `${this.support('sign')}(${str(this.secretOf(b))}, ${str(b.signature_prefix)}, ${text})`;
    return `const ${res} = await server.call({ method: ${str(e.method)}, path: ${this.path(e)}, headers: { ${key(b.signature_header)}: ${signature} }, bodyText: ${text} });`;
  }

  private receiveCases(e: EndpointSpec, b: WebhookReceiveBehavior): TestCase[] {
    const where = `${e.method} ${e.path}`;
    const a = this.assert();
    const event = JSON.stringify({
      [b.id_field]: 'evt_endpoint_test',
      [b.type_field]: 'test.event',
      data: { n: 1 },
    });
    const spaced = JSON.stringify({ [b.id_field]: 'evt_spaced', [b.type_field]: 'test.event' }, null, 2);
    const expected = (duplicate: boolean) => literal({ received: true, id: 'evt_endpoint_test', duplicate });
    return [
      {
        name: 'accepts a correctly signed event once and flags a repeat as a duplicate',
        lines: [
          `const body = ${str(event)};`,
          this.sendSigned(e, b, 'first', 'body'),
          this.expectStatus('first', 200, where),
          `${a}.deepEqual(first.body, ${expected(false)});`,
          this.sendSigned(e, b, 'second', 'body'),
          this.expectStatus('second', 200, `${where} a second time`),
          `${a}.deepEqual(second.body, ${expected(true)});`,
        ],
      },
      {
        name: 'verifies the signature over the raw bytes, whitespace included',
        lines: [
          `const body = ${str(spaced)};`,
          this.sendSigned(e, b, 'res', 'body'),
          this.expectStatus('res', 200, `${where} with a pretty-printed body`),
        ],
      },
      {
        name: 'refuses a missing or wrong signature with 401 INVALID_SIGNATURE',
        lines: [
          `const body = ${str(event)};`,
          `const unsigned = ${this.call(e, { bodyText: 'body' })};`,
          this.expectError('unsigned', 401, 'INVALID_SIGNATURE', `${where} without a signature`),
          `const signature = ${this.support('sign')}(${str(this.secretOf(b))}, ${str(b.signature_prefix)}, body);`,
          `const tampered = await server.call({ method: ${str(e.method)}, path: ${this.path(e)}, headers: { ${key(b.signature_header)}: signature }, bodyText: body + ' ' });`,
          this.expectError(
            'tampered',
            401,
            'INVALID_SIGNATURE',
            `${where} with a body changed after signing`,
          ),
          `const wrongKey = await server.call({ method: ${str(e.method)}, path: ${this.path(e)}, headers: { ${key(b.signature_header)}: ${this.support('sign')}('not-the-secret', ${str(b.signature_prefix)}, body) }, bodyText: body });`,
          this.expectError('wrongKey', 401, 'INVALID_SIGNATURE', `${where} signed with another key`),
        ],
      },
      {
        name: `refuses a signed body without string ${b.id_field} and ${b.type_field} with 400`,
        lines: [
          `const body = ${str(JSON.stringify({ [b.id_field]: 42 }))};`,
          this.sendSigned(e, b, 'res', 'body'),
          this.expectError('res', 400, 'VALIDATION_FAILED', `${where} with a numeric ${b.id_field}`),
        ],
      },
    ];
  }

  private replayCases(e: EndpointSpec, receiverId: string, param: string): TestCase[] {
    const receiver = this.contract.endpoints.find((x) => x.id === receiverId);
    const cases = [this.unknownRecordCase(e, param, 'event')];
    if (!receiver || receiver.behavior.kind !== 'webhook_receive') return cases;
    const b = receiver.behavior;
    const where = `${e.method} ${e.path}`;
    const a = this.assert();
    const path = this.path(e, { [param]: "'evt_replayed'" });
    cases.push({
      name: 'replays a received event and counts the replays',
      lines: [
        `const body = ${str(JSON.stringify({ [b.id_field]: 'evt_replayed', [b.type_field]: 'test.replayed' }))};`,
        this.sendSigned(receiver, b, 'received', 'body'),
        this.expectStatus('received', 200, `${receiver.method} ${receiver.path}`),
        `const first = ${this.call(e, { path })};`,
        this.expectStatus('first', 200, where),
        `${a}.deepEqual(first.body, ${literal({ id: 'evt_replayed', type: 'test.replayed', replayed: true, replay_count: 1 })});`,
        `const second = ${this.call(e, { path })};`,
        this.expectStatus('second', 200, `${where} a second time`),
        `${a}.equal(${this.support('bodyOf')}(second).replay_count, 2);`,
      ],
    });
    return cases;
  }

  private redirectCases(e: EndpointSpec, b: RedirectBehavior): TestCase[] {
    const cases = [this.unknownRecordCase(e, b.param, b.resource)];
    const creator = this.creator(b.resource);
    const r = this.resource(b.resource);
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
    const a = this.assert();
    const where = `${e.method} ${e.path}`;
    cases.push({
      name: `answers ${b.status} with the target in location, without following it`,
      lines: [
        // The id is only needed when the key or the target is the record id.
        `${keyField && targetField ? '' : 'const created = '}await ${creator.fn}(server, ${literal(overrides)});`,
        `const res = ${this.call(e, { path: this.path(e, { [b.param]: keyExpr }) })};`,
        this.expectStatus('res', b.status, where),
        `${a}.equal(${this.support('headerOf')}(res, 'location'), ${target});`,
        `${a}.deepEqual(res.body, { location: ${target} });`,
      ],
    });
    return cases;
  }

  private staticCases(e: EndpointSpec, status: number, body: unknown): TestCase[] {
    const noBody = status === 204 || status === 304;
    return [
      {
        name: `answers ${status} with the declared body`,
        lines: [
          `const res = ${this.call(e)};`,
          this.expectStatus('res', status, `${e.method} ${e.path}`),
          noBody
            ? `${this.assert()}.equal(res.text, '');`
            : `${this.assert()}.deepEqual(res.body, ${literal(body)});`,
        ],
      },
    ];
  }
}

/** `tests/endpoints.test.ts`: per-endpoint behaviour tests, HTTP conventions and UDC endpoint checks. */
export function endpointTestSource(contract: SpecContract, header: string): string {
  return new EndpointTestWriter(contract).source(header);
}
