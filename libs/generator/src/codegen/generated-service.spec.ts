import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntentInput } from '@sf/contracts';
import { createLlmClient, type GeneratedFile } from '@sf/llm';
import type { SpecContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import {
  assembleRelease,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  typecheck,
  udcConformanceSource,
  writeFiles,
  type NodeTestRun,
} from './testing/generated-release';
import { edgeContract } from './testing/edge-contract';

/*
 * The code roles end to end for the seed and the scenario intents: SPEC line → codegen → testgen → write →
 * transpile each file on its own → copy the compiled udc-core → `node --test` with an empty environment, plus a
 * strict type-check of the generated project. Everything is generated once, in parallel, before the tests.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

// Child processes and tsc: generous limits so a loaded CI machine does not turn slowness into failures.
jest.setTimeout(240_000);

const INTENTS: Record<string, IntentInput> = {
  'payment-processor': intentOf({
    service_name: 'payment-processor',
    priority: 'high',
    purpose: 'Process payments via Stripe',
    key_features: ['Stripe integration', 'Webhooks', 'Refunds'],
    port: 8350,
  }),
  'hello-world': intentOf({
    service_name: 'hello-world',
    priority: 'low',
    purpose: 'Simple hello world service for testing pipeline',
    key_features: ['GET /hello endpoint'],
    port: 8999,
  }),
  'todo-api': intentOf({
    service_name: 'todo-api',
    purpose: 'Keep track of todos',
    key_features: [
      'Create todo items',
      'List todos',
      'Mark todo as done',
      'Delete a todo',
      'Search todos by title',
    ],
  }),
  'fx-service': intentOf({
    service_name: 'fx-service',
    key_features: ['Convert amounts between currencies', 'Rates: 1 USD = 0.92 EUR = 0.79 GBP'],
  }),
  'url-shortener': intentOf({
    service_name: 'url-shortener',
    purpose: 'Shorten long URLs',
    key_features: ['Shorten long URLs', 'GET /r/{code} redirects to the original URL', 'DELETE /links/:id'],
  }),
  'seat-booker': intentOf({ service_name: 'seat-booker', key_features: ['Reserve seats', 'Release seats'] }),
  'game-board': intentOf({
    service_name: 'game-board',
    key_features: [
      'POST /games with body {"gamer": string, "points": integer} records a game',
      'GET /leaderboard?limit=5 returns {"leaders": [{"gamer": string, "points": integer}]}: the best points per gamer, highest first',
      'Show the 3 lowest games by points',
    ],
  }),
  'chore-board': intentOf({
    service_name: 'chore-board',
    key_features: [
      'add a chore with a name, a deadline and whether it is finished',
      'show the overdue chores as of a date passed as `on`: deadline before it and not finished',
    ],
  }),
  'call-limiter': intentOf({
    service_name: 'call-limiter',
    key_features: ['Limit each client to 5 requests per minute', 'Show how many requests a client has used'],
  }),
  'tool-lender': intentOf({
    service_name: 'tool-lender',
    key_features: [
      'Register tools with a name and a serial',
      'Prestar una herramienta a un socio; una herramienta prestada no se puede prestar otra vez',
      'Devolver una herramienta',
    ],
  }),
  'stats-notes': intentOf({
    service_name: 'stats-notes',
    key_features: [
      'Average of numbers',
      'Sum of numbers',
      'Update notes',
      'Get a note',
      'Toggle note pinned',
    ],
  }),
  'weather-temp': intentOf({
    service_name: 'weather-temp',
    key_features: [
      'convert a temperature in Celsius to Fahrenheit',
      'refuse anything colder than absolute zero',
      'Convertir des températures entre les échelles, arrondi à 1 décimale',
    ],
  }),
  'parcel-notes': intentOf({
    service_name: 'parcel-notes',
    key_features: [
      'Create parcel notes with a title',
      'Get a parcel note',
      'An unknown parcel note answers 404 with {"message": string}',
    ],
  }),
  'order-desk': intentOf({
    service_name: 'order-desk',
    key_features: [
      'Price a basket: order lines with a quantity and a unit price, plus 10% sales tax',
      'Coupon codes: HALF takes 50% off, MINUS3 takes 3 off; unknown codes are rejected',
    ],
  }),
  'misc-svc': intentOf({
    service_name: 'misc-svc',
    key_features: [
      'GET /convert converts amounts between currencies',
      'Maximum of numbers',
      'Minimum of numbers',
      'Replay failed webhooks',
      'Search books by author',
      'PUT /settings',
      'Manage dependencies',
    ],
  }),
};

/** Every scenario's contract: the SPEC line's for the intents, plus the hand-written edge contract. */
const SCENARIOS: Record<string, () => Promise<{ contract: SpecContract; sha256: string }>> = {
  ...Object.fromEntries(
    Object.entries(INTENTS).map(([name, intent]) => [name, () => specFor(client, intent)]),
  ),
  'edge-names': () => Promise.resolve({ contract: edgeContract(), sha256: 'e'.repeat(64) }),
};

interface Built {
  contract: SpecContract;
  files: GeneratedFile[];
  projectDir: string;
  transpileProblems: string[];
  run: NodeTestRun;
}

let root: string;
const built = new Map<string, Built>();

async function build(
  name: string,
  spec: () => Promise<{ contract: SpecContract; sha256: string }>,
): Promise<Built> {
  const { contract, sha256 } = await spec();
  const files = await generateProject(client, contract, sha256);
  const projectDir = join(root, name);
  const releaseDir = join(projectDir, 'release');
  await writeFiles(projectDir, files);
  const transpileProblems = await assembleRelease(files, releaseDir);
  const run = await runNodeTests(releaseDir);
  return { contract, files, projectDir, transpileProblems, run };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-codegen-'));
  const results = await Promise.all(
    Object.entries(SCENARIOS).map(async ([name, spec]) => [name, await build(name, spec)] as const),
  );
  for (const [name, result] of results) built.set(name, result);
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function get(name: string): Built {
  const b = built.get(name);
  if (!b) throw new Error(`${name} was not built`);
  return b;
}

describe.each(Object.keys(SCENARIOS))('%s', (name) => {
  it('transpiles every file on its own without diagnostics', () => {
    expect(get(name).transpileProblems).toEqual([]);
  });

  it('passes its generated tests under node --test with an empty environment', () => {
    const { run } = get(name);
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
    expect(run.output).not.toMatch(/^# cancelled [1-9]/m);
  });

  it('runs exactly the acceptance checks of the contract, each as a passing test named by its id', () => {
    const { run, contract } = get(name);
    const ids = contract.acceptance.map((a) => a.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(run.passed).toContain(id);
    const acceptance = get(name).files.find((f) => f.path === 'tests/acceptance.test.ts')?.content ?? '';
    expect([...acceptance.matchAll(/^test\('([^']+)'/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('tests every endpoint beyond the acceptance pack', () => {
    const { run, contract } = get(name);
    for (const e of contract.endpoints) {
      expect(run.passed.filter((t) => t.startsWith(`${e.method} ${e.path} `)).length).toBeGreaterThan(0);
    }
  });
});

it('type-checks the generated sources and tests with tsc --strict, and the UDC shim matches udc-core', async () => {
  const problems: Record<string, string[]> = {};
  for (const name of Object.keys(SCENARIOS)) {
    const { projectDir } = get(name);
    const conformance = join(projectDir, 'udc-conformance.ts');
    await writeFile(conformance, udcConformanceSource());
    problems[name] = typecheck(projectDir, [conformance]);
  }
  expect(problems).toEqual(Object.fromEntries(Object.keys(SCENARIOS).map((n) => [n, []])));
}, 300_000);

it('gives payment-processor a thorough suite: its 18 checks plus the endpoint and UDC tests', () => {
  const { run } = get('payment-processor');
  expect(run.passed.length).toBeGreaterThanOrEqual(50);
});

it('answers every error of parcel-notes in the {"message", "code"} body its features spell, and tests it so', () => {
  const { contract, files, run } = get('parcel-notes');
  const service = files.find((f) => f.path === 'src/service.ts')?.content ?? '';
  const errorSteps = contract.acceptance.flatMap((c) => c.steps).filter((s) => s.expect.status >= 400);

  expect(contract.errors).toEqual({ body: 'message' });
  expect(service).toContain("const ERROR_BODY: ErrorBodyShape = 'message';");
  expect(errorSteps.length).toBeGreaterThan(0);
  for (const step of errorSteps) expect(step.expect.body_contains).toEqual({ code: expect.any(String) });
  expect(run.failed).toEqual([]);
  expect(run.passed.some((t) => /404/.test(t))).toBe(true);
});

it('fails the parcel-notes tests when its service answers errors in the default body instead', async () => {
  const { files, projectDir } = get('parcel-notes');
  const mutant = files.map((f) =>
    f.path === 'src/service.ts'
      ? { ...f, content: f.content.replace("= 'message';", "= 'error_object';") }
      : f,
  );
  expect(mutant).not.toEqual(files);
  const dir = join(projectDir, 'mutant');
  expect(await assembleRelease(mutant, dir)).toEqual([]);
  const run = await runNodeTests(dir);
  expect(run.failed.length).toBeGreaterThan(0);
});
