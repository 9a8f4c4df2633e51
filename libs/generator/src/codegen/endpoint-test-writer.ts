import {
  isCheckedFormat,
  machineFields,
  stampedFields,
  type CreateBehavior,
  type EndpointSpec,
  type FieldSpec,
  type IntervalRule,
} from '@sf/service-spec';
import { NameTable, blocks, indent, key, literal, pascalCase, prop, str } from './code-text';
import { sampleValue } from './test-values';
import { fieldFormatCheck } from '../catalog/field-formats';
import { SUPPORT, TestWriter, type TestCase } from './test-writer';

const UNKNOWN_ID = 'does-not-exist';

/**
 * Records created one after another in a test must not overlap when the resource refuses overlaps: each
 * helper call moves the sample interval 1000 days (or 1e6 units) further.
 */
function intervalVariants(
  interval: IntervalRule | undefined,
  sampleName: string,
  fields: FieldSpec[],
): string[] {
  if (!interval?.no_overlap) return [];
  return [interval.start, interval.end].map((name) => {
    const base = `${sampleName}${prop(name)}`;
    const numeric = fields.find((f) => f.name === name)?.type !== 'string';
    const value = numeric
      ? `${base} + sequence * 1_000_000`
      : `new Date(Date.parse(${base}) + sequence * 86_400_000_000).toISOString()`;
    return `${key(name)}: ${value}`;
  });
}

/** How tests create a record of one resource: the helper's name and the create endpoint it calls. */
export interface Creator {
  fn: string;
  sample: string;
  endpoint: EndpointSpec;
  behavior: CreateBehavior;
  fields: FieldSpec[];
  /** Whether a second record can be created in one test (no unique boolean in its chain). */
  repeatable: boolean;
}

/**
 * Writes `tests/endpoints.test.ts` (behaviour tests per endpoint beyond the acceptance pack) from the cases the
 * record, compute and webhook test writers return, with the record-creating helpers they asked for on the way.
 */
export class EndpointTestWriter extends TestWriter {
  private readonly helpers: string[] = [];
  private readonly names = new NameTable(['server', 'test', 'assert', 'sequence']);
  private readonly creators = new Map<string, Creator | null>();
  private usesSequence = false;

  /** The test file: imports, the record helpers written so far, then `cases` as tests. */
  source(header: string, cases: TestCase[]): string {
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

  /** The contract's resource called `name`. */
  resource(name: string) {
    return this.contract.resources.find((r) => r.name === name);
  }

  /** The path value addressing the record in local `created` of `resource`: its key, else its id. */
  keyOf(resource: string, local = 'created'): string {
    return `String(${local}${prop(this.resource(resource)?.key ?? 'id')})`;
  }

  // ---- record creation ----

  /** The helper creating records of `resource`, written on first use; null when none can be created. */
  creator(resource: string, visiting: Set<string> = new Set()): Creator | null {
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
    // A state a machine drives is not sent: the record starts in the machine's first state; nor is an instant
    // the service stamps.
    const moved = [
      ...machineFields(this.contract, resource),
      ...stampedFields(this.contract.resources.find((x) => x.name === resource)),
    ];
    const sample = Object.fromEntries(
      fields.filter((f) => !moved.includes(f.name)).map((f) => [f.name, sampleValue(f)]),
    );
    const unique = fields.filter((f) => f.unique === true);
    const variants = unique
      .filter((f) => f.type !== 'boolean')
      .map((f) => {
        const base = `${sampleName}${prop(f.name)}`;
        const value = {
          string: variedText(f, base),
          number: `${base} + sequence`,
          integer: `${base} + sequence`,
          'string[]': `[...${base}, 'v' + String(sequence)]`,
          'number[]': `[...${base}, sequence]`,
          object: `{ ...${base}, variant: sequence }`,
          'object[]': `[...${base}]`,
          boolean: base,
        }[f.type];
        return `${key(f.name)}: ${value}`;
      });
    variants.push(...intervalVariants(this.resource(resource)?.interval, sampleName, fields));
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

  /** The 404 NOT_FOUND test of endpoint `e` for a `resource` id that does not exist. */
  unknownRecordCase(e: EndpointSpec, param: string, resource: string, body?: string): TestCase {
    return {
      name: `answers 404 NOT_FOUND for an unknown ${resource}`,
      lines: [
        `const res = ${this.call(e, { path: this.path(e, { [param]: str(UNKNOWN_ID) }), body })};`,
        this.expectError('res', 404, 'NOT_FOUND', `${e.method} ${e.path} with an unknown id`),
      ],
    };
  }
}

/** Code for a unique text value varied by `sequence`, keeping its format (hex digits, a date a day later per step). */
function variedText(f: FieldSpec, base: string): string {
  if (f.format === 'hex') return `${base} + String(sequence)`;
  // A checked format keeps its check digit only as one of its valid values: the sequence picks one of them.
  if (isCheckedFormat(f.format)) {
    const check = fieldFormatCheck(f.format);
    const values = Array.from({ length: 64 }, (_, i) => check.variant(i));
    return `${JSON.stringify(values)}[sequence % ${values.length}]`;
  }
  if (f.format === 'email') return `${base}.replace('@', '-' + String(sequence) + '@')`;
  if (f.max_length !== undefined) return `(${base} + '-' + String(sequence)).slice(-${f.max_length})`;
  if (f.format === 'date' || f.format === 'date-time') {
    const moved = `new Date(Date.parse(${base}) + sequence * 86400000).toISOString()`;
    return f.format === 'date' ? `${moved}.slice(0, 10)` : moved;
  }
  return `${base} + '-' + String(sequence)`;
}
