import type { AcceptanceCheck, AcceptanceStep, SpecContract } from '@sf/service-spec';
import { Imports, blocks, commentText, indent, literal, str } from './code-text';

const SUPPORT = './support.js';

/**
 * A path with `{name}` placeholders as an expression: names saved by an earlier step of the check are
 * substituted, others stay literal text (CONTRACT.md: only saved values are substituted).
 */
function pathExpression(path: string, saved: ReadonlySet<string>): string {
  const parts: string[] = [];
  let text = '';
  let last = 0;
  for (const m of path.matchAll(/\{([^}]+)\}/g)) {
    const name = m[1];
    if (!saved.has(name)) continue;
    text += path.slice(last, m.index);
    if (text !== '') parts.push(str(text));
    text = '';
    parts.push(`saved[${str(name)}]`);
    last = (m.index ?? 0) + m[0].length;
  }
  text += path.slice(last);
  if (text !== '' || parts.length === 0) parts.push(str(text));
  return parts.join(' + ');
}

function requestExpression(
  c: SpecContract,
  step: AcceptanceStep,
  saved: ReadonlySet<string>,
  imports: Imports,
): string {
  const r = step.request;
  const props = [`method: ${str(r.method)}`, `path: ${pathExpression(r.path, saved)}`];
  if (r.query !== undefined) props.push(`query: ${literal(r.query)}`);
  if (r.sign !== undefined) {
    // Signed when the step runs: the signature covers the current time.
    const secret = c.config.find((s) => s.name === r.sign?.secret_config)?.default ?? '';
    const signature = `${imports.value(SUPPORT, 'signStripe')}(${str(secret)}, ${str(r.body_text ?? '')}, ${r.sign.offset_seconds ?? 0})`;
    const fixed = Object.entries(r.headers ?? {}).map(([name, value]) => `${str(name)}: ${str(value)}`);
    props.push(`headers: { ${[...fixed, `${str(r.sign.header)}: ${signature}`].join(', ')} }`);
  } else if (r.headers !== undefined) props.push(`headers: ${literal(r.headers)}`);
  if (r.body !== undefined && r.today !== undefined) {
    // Fields from the clock are computed when the test runs: next year stays next year.
    const clocked = Object.entries(r.today).map(
      ([name, clock]) => `${str(name)}: ${imports.value(SUPPORT, 'fromToday')}(${literal(clock)})`,
    );
    props.push(`body: { ...${literal(r.body)}, ${clocked.join(', ')} }`);
  } else if (r.body !== undefined) props.push(`body: ${literal(r.body)}`);
  if (r.body_text !== undefined) props.push(`bodyText: ${str(r.body_text)}`);
  return `{ ${props.join(', ')} }`;
}

function expectationExpression(step: AcceptanceStep): string {
  const x = step.expect;
  const props = [`status: ${x.status}`];
  if (x.body_contains !== undefined) props.push(`bodyContains: ${literal(x.body_contains)}`);
  if (x.body_is_array !== undefined) props.push(`bodyIsArray: ${String(x.body_is_array)}`);
  if (x.in_order !== undefined) props.push(`inOrder: ${String(x.in_order)}`);
  if (x.header_contains !== undefined) props.push(`headerContains: ${literal(x.header_contains)}`);
  return `{ ${props.join(', ')} }`;
}

function checkTest(c: SpecContract, check: AcceptanceCheck, imports: Imports): string {
  const saved = new Set<string>();
  const usesSaved = check.steps.some((s) => s.save !== undefined && Object.keys(s.save).length > 0);
  const lines: string[] = [];
  if (usesSaved) lines.push('const saved: Record<string, string> = {};');
  check.steps.forEach((step, i) => {
    const n = i + 1;
    const res = `step${n}`;
    const where = `${check.id} step ${n}: ${step.request.method} ${step.request.path}`;
    lines.push(
      `const ${res} = await server.call(${requestExpression(c, step, saved, imports)});`,
      `${imports.value(SUPPORT, 'expectResponse')}(${res}, ${expectationExpression(step)}, ${str(where)}${usesSaved ? ', saved' : ''});`,
    );
    for (const [name, field] of Object.entries(step.save ?? {})) {
      lines.push(`saved[${str(name)}] = ${imports.value(SUPPORT, 'savedValue')}(${res}, ${str(field)});`);
      saved.add(name);
    }
  });
  return [
    `// ${commentText(`${check.id} (${check.endpoint_id}, ${check.kind}): ${check.description}`, 200)}`,
    `test(${str(check.id)}, async () => {`,
    indent(lines.join('\n')),
    '});',
  ].join('\n');
}

/**
 * `tests/acceptance.test.ts`: the frozen acceptance pack. Exactly the contract's acceptance checks, one
 * `node:test` test per check named by its id, run in contract order against one fresh in-process instance;
 * steps send JSON or raw bodies, substitute saved values into paths, never follow redirects, and match bodies
 * as deep subsets.
 */
export function acceptanceTestSource(contract: SpecContract, header: string): string {
  const imports = new Imports();
  imports.value('node:test', 'test');
  const tests = contract.acceptance.map((check) => checkTest(contract, check, imports));
  if (tests.length > 0) {
    imports.value('node:test', 'before');
    imports.value('node:test', 'after');
    imports.value(SUPPORT, 'startService');
    imports.type(SUPPORT, 'TestServer');
  }
  const setup =
    tests.length === 0
      ? "test('the contract declares no acceptance checks', () => {});"
      : `let server: TestServer;

// One instance for the whole pack, fresh for it: checks run in order and tolerate each other's records.
before(async () => {
  server = await startService();
});

after(async () => {
  await server.stop();
});`;
  return blocks(
    header,
    imports.render(),
    `/*\n * The frozen acceptance pack of ${contract.service.name}: ${contract.acceptance.length} check(s) from its spec-contract.\n * The repair loop is judged by this file and may never change it.\n */`,
    setup,
    ...tests,
  );
}
