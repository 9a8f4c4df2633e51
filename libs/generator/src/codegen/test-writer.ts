import type { EndpointSpec, SpecContract } from '@sf/service-spec';
import { Imports, indent, str } from './code-text';

/** The module every generated test file imports its helpers from. */
export const SUPPORT = './support.js';

/** A test: its name and its body (statements run against `server`, a fresh instance). */
export interface TestCase {
  name: string;
  lines: string[];
}

/** Shared pieces of the test writers: imports and expressions for requests and assertions. */
export class TestWriter {
  readonly imports = new Imports();

  constructor(readonly contract: SpecContract) {}

  /** Imports a helper of tests/support.ts and returns its name. */
  support(name: string): string {
    return this.imports.value(SUPPORT, name);
  }

  /** Imports `assert` (the strict flavour) and returns its name. */
  assert(): string {
    // Imported under its usual name: `strict` is the assert module with deep equality that checks types.
    this.imports.value('node:assert', 'strict as assert');
    return 'assert';
  }

  /** A path as an expression: parameters from `values`, else the documented example (or a sample). */
  path(e: EndpointSpec, values: Record<string, string> = {}): string {
    const parts: string[] = [];
    let text = '';
    for (const segment of e.path.split('/').slice(1)) {
      text += '/';
      const m = /^\{(.+)\}$/.exec(segment);
      if (!m) {
        text += segment;
        continue;
      }
      const name = m[1];
      if (values[name] !== undefined) {
        parts.push(str(text));
        text = '';
        parts.push(`encodeURIComponent(${values[name]})`);
      } else {
        const example = e.request.params?.find((p) => p.name === name)?.example;
        text += encodeURIComponent(example !== undefined && example !== '' ? example : 'sample');
      }
    }
    if (e.path === '/') text = '/';
    if (text !== '' || parts.length === 0) parts.push(str(text));
    return parts.join(' + ');
  }

  /** An awaited request to endpoint `e` (path from {@link path} unless given). */
  call(
    e: EndpointSpec,
    opts: { path?: string; query?: string; body?: string; bodyText?: string; headers?: string } = {},
  ): string {
    const props = [`method: ${str(e.method)}`, `path: ${opts.path ?? this.path(e)}`];
    if (opts.query !== undefined) props.push(`query: ${opts.query}`);
    if (opts.headers !== undefined) props.push(`headers: ${opts.headers}`);
    if (opts.body !== undefined) props.push(opts.body === 'body' ? 'body' : `body: ${opts.body}`);
    if (opts.bodyText !== undefined) props.push(`bodyText: ${opts.bodyText}`);
    return `await server.call({ ${props.join(', ')} })`;
  }

  /** Asserts the error status and code. */
  expectError(res: string, status: number, code: string, where: string): string {
    return `${this.support('expectError')}(${res}, ${status}, ${str(code)}, ${str(where)});`;
  }

  /** Asserts the status. */
  expectStatus(res: string, status: number, where: string): string {
    return `${this.support('expectResponse')}(${res}, { status: ${status} }, ${str(where)});`;
  }

  /** The tests as `node:test` calls, each against a fresh instance from `withService`. */
  render(cases: TestCase[]): string[] {
    this.imports.value('node:test', 'test');
    this.imports.value(SUPPORT, 'withService');
    return cases.map((c) =>
      [
        `test(${str(c.name)}, () =>`,
        '  withService(async (server) => {',
        indent(c.lines.join('\n'), '    '),
        '  }));',
      ].join('\n'),
    );
  }
}
