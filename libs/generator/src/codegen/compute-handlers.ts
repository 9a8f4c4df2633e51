import type { AggregateBehavior, ConvertBehavior } from '@sf/service-spec';
import { camelCase, commentText, key, literal, str } from './code-text';
import type { EndpointModel } from './service-model';

/** What the compute handlers need from the handler writer: imported names and module constants. */
export interface ComputeDeps {
  check(name: string): string;
  kit(name: string): string;
  constant(preferred: string, doc: string, type: string, value: string): string;
}

/** The handlers of the `compute` behaviours (conversion by a rate table, aggregation of a number list). */
export class ComputeHandlerLines {
  constructor(private readonly deps: ComputeDeps) {}

  private check(name: string): string {
    return this.deps.check(name);
  }

  private kit(name: string): string {
    return this.deps.kit(name);
  }

  private constant(preferred: string, doc: string, type: string, value: string): string {
    return this.deps.constant(preferred, doc, type, value);
  }

  /** Reads the compute inputs from the query string for GET, else from the JSON body. */
  private computeInput(e: EndpointModel): string[] {
    if (e.spec.method === 'GET') return [];
    return [`const input = ${this.check('isJsonObject')}(ctx.body) ? ctx.body : {};`];
  }

  private replyObject(fixed: [string, string][], output: string, result: string): string {
    const entries = fixed.filter(([name]) => name !== output);
    entries.push([output, result]);
    return `{ ${entries.map(([name, value]) => (name === value ? name : `${key(name)}: ${value}`)).join(', ')} }`;
  }

  convert(e: EndpointModel, b: ConvertBehavior): string[] {
    const units = Object.keys(b.rates);
    const rates = this.constant(
      `${camelCase(e.spec.id)}Rates`,
      `Units per one base unit, as the contract declares them for ${e.spec.method} ${commentText(e.spec.path)}.`,
      'Readonly<Record<string, number>>',
      literal(b.rates),
    );
    const invalid = this.kit('validationFailed');
    const lines = this.computeInput(e);
    if (e.spec.method === 'GET') {
      lines.push(
        `const amountText = ctx.query.get(${str(b.inputs.amount)});`,
        "const amount = amountText === null || amountText.trim() === '' ? Number.NaN : Number(amountText);",
        `const from = ctx.query.get(${str(b.inputs.from)});`,
        `const to = ctx.query.get(${str(b.inputs.to)});`,
        `if (!Number.isFinite(amount)) throw ${invalid}([${str(`${b.inputs.amount} must be a number`)}]);`,
        `if (from === null || !Object.hasOwn(${rates}, from)) {`,
      );
    } else {
      const fieldOf = this.check('fieldOf');
      lines.push(
        `const amount = ${fieldOf}(input, ${str(b.inputs.amount)});`,
        `const from = ${fieldOf}(input, ${str(b.inputs.from)});`,
        `const to = ${fieldOf}(input, ${str(b.inputs.to)});`,
        "if (typeof amount !== 'number' || !Number.isFinite(amount)) {",
        `  throw ${invalid}([${str(`${b.inputs.amount} must be a finite number`)}]);`,
        '}',
        `if (typeof from !== 'string' || !Object.hasOwn(${rates}, from)) {`,
      );
    }
    const oneOf = units.join(', ');
    lines.push(
      `  throw ${invalid}([${str(`${b.inputs.from} must be one of ${oneOf}`)}]);`,
      '}',
      e.spec.method === 'GET'
        ? `if (to === null || !Object.hasOwn(${rates}, to)) {`
        : `if (typeof to !== 'string' || !Object.hasOwn(${rates}, to)) {`,
      `  throw ${invalid}([${str(`${b.inputs.to} must be one of ${oneOf}`)}]);`,
      '}',
      '// result = round(amount / rates[from] * rates[to], decimals), exactly as the contract states it.',
      `const result = ${this.check('roundTo')}((amount / ${rates}[from]) * ${rates}[to], ${String(10 ** b.decimals)});`,
      `return { status: 200, body: ${this.replyObject(
        [
          ['amount', 'amount'],
          ['from', 'from'],
          ['to', 'to'],
        ],
        b.output,
        'result',
      )} };`,
    );
    return lines;
  }

  aggregate(e: EndpointModel, b: AggregateBehavior): string[] {
    const lines = this.computeInput(e);
    const numbers = this.check('numberArray');
    if (e.spec.method === 'GET') {
      // A query string has no arrays: GET takes comma-separated (or repeated) values.
      lines.push(
        `const values = ${numbers}(ctx.query.getAll(${str(b.inputs.values)}).flatMap((part) => part.split(',')).filter((part) => part.trim() !== '').map(Number));`,
      );
    } else {
      lines.push(`const values = ${numbers}(${this.check('fieldOf')}(input, ${str(b.inputs.values)}));`);
    }
    lines.push(
      `if (values === null) throw ${this.kit('validationFailed')}([${str(`${b.inputs.values} must be a non-empty array of numbers`)}]);`,
    );
    const expression = {
      sum: 'values.reduce((total, value) => total + value, 0)',
      average: 'values.reduce((total, value) => total + value, 0) / values.length',
      // reduce rather than Math.min(...values): spreading a large array would overflow the call stack.
      min: 'values.reduce((least, value) => Math.min(least, value))',
      max: 'values.reduce((most, value) => Math.max(most, value))',
    }[b.operation];
    lines.push(
      `const result = ${this.check('roundTo')}(${expression}, ${String(10 ** b.decimals)});`,
      `return { status: 200, body: ${this.replyObject([['count', 'values.length']], b.output, 'result')} };`,
    );
    return lines;
  }
}
