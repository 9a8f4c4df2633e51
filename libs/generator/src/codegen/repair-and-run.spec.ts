import { createServer, type IncomingMessage, type Server } from 'node:http';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  FIXER_OUTPUT_SCHEMA,
  GENERATED_LAYOUT,
  applyFixerOutput,
  createLlmClient,
  type GeneratedFile,
} from '@sf/llm';
import type { SpecContract } from '@sf/service-spec';
import { checkUdc, udcRegistryEntrySchema } from '@sf/udc';
import { OfflineProvider } from '../offline-provider';
import {
  assembleRelease,
  freePort,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  startRelease,
  waitActive,
  type NodeTestRun,
} from './testing/generated-release';

/*
 * Proof that the generated tests test something (mutants fail the acceptance pack), that the offline fixer
 * repairs a broken service without touching the locked tests, and that the release runs as a real process:
 * UDC compliant, self-registering with heartbeats, configuration validated, SIGTERM → exit 0.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

// Child processes and tsc: generous limits so a loaded CI machine does not turn slowness into failures.
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)
let root: string;
const projects = new Map<string, { contract: SpecContract; files: GeneratedFile[] }>();
let releaseCount = 0;

async function release(files: GeneratedFile[]): Promise<string> {
  releaseCount += 1;
  const dir = join(root, `release-${releaseCount}`);
  expect(await assembleRelease(files, dir)).toEqual([]);
  return dir;
}

function project(name: string): { contract: SpecContract; files: GeneratedFile[] } {
  const p = projects.get(name);
  if (!p) throw new Error(`${name} was not generated`);
  return p;
}

/** The files with one exact text replaced in one file; fails when the text is not there (a stale mutant). */
function mutate(files: GeneratedFile[], path: string, from: string, to: string): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  expect(file?.content).toContain(from);
  return files.map((f) => (f.path === path ? { path, content: f.content.replace(from, to) } : f));
}

async function acceptance(files: GeneratedFile[]): Promise<NodeTestRun> {
  return runNodeTests(await release(files), [GENERATED_LAYOUT.releaseTests[0]]);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-repair-'));
  const intents = {
    payment: intentOf({
      service_name: 'payment-processor',
      priority: 'high',
      purpose: 'Process payments via Stripe',
      key_features: ['Stripe integration', 'Webhooks', 'Refunds'],
      port: 8350,
    }),
    fx: intentOf({
      service_name: 'fx-service',
      key_features: ['Convert amounts between currencies', 'Rates: 1 USD = 0.92 EUR = 0.79 GBP'],
    }),
    board: intentOf({
      service_name: 'quiz-board',
      key_features: [
        'POST /rounds with body {"team": string, "marks": integer} stores a round',
        'GET /podium?k=3 returns {"podium": [{"team": string, "marks": integer}]}: the k best teams by best marks, highest first',
      ],
    }),
    bills: intentOf({
      service_name: 'bill-desk',
      key_features: [
        'add a bill with a payee, a due date and whether it is paid',
        'list the overdue bills as of a date passed as `day`: due before it and not paid',
      ],
    }),
    limiter: intentOf({
      service_name: 'api-limiter',
      key_features: ['Allow at most 2 calls per token per 30 seconds', 'Read the usage of a token'],
    }),
    lender: intentOf({
      service_name: 'ladder-lender',
      key_features: ['Add ladders', 'Lend a ladder to a member', 'Return a ladder'],
    }),
  };
  for (const [name, intent] of Object.entries(intents)) {
    const { contract, sha256 } = await specFor(client, intent);
    projects.set(name, { contract, files: await generateProject(client, contract, sha256) });
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the acceptance pack catches broken code', () => {
  it('fails when create answers 200 instead of 201', async () => {
    const { files } = project('payment');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'return { status: 201, body: record };',
      'return { status: 200, body: record };',
    );
    const run = await acceptance(mutant);
    expect(run.code).not.toBe(0);
    expect(run.failed).toEqual(expect.arrayContaining(['AC-01', 'AC-03', 'AC-17']));
    expect(run.output).toContain('expected status 201, got 200');
  });

  it('fails when a conversion is off by one cent', async () => {
    const { files, contract } = project('fx');
    const mutant = mutate(
      files,
      'src/functions.ts',
      'const converted = Number((2n * n + d) / (2n * d)) / 10 ** decimals;',
      'const converted = Number((2n * n + d) / (2n * d)) / 10 ** decimals + 0.01;',
    );
    const run = await acceptance(mutant);
    const happy = contract.acceptance.find((a) => a.kind === 'happy')?.id;
    expect(run.code).not.toBe(0);
    expect(run.failed).toContain(happy);
  });

  it('fails when refunds may add up to more than the payment', async () => {
    const { files, contract } = project('payment');
    const mutant = mutate(files, 'src/handlers.ts', 'if (taken + Number(', 'if (taken - taken + Number(');
    const limit = contract.acceptance.find((a) => a.description.includes('LIMIT_EXCEEDED'));
    expect(limit).toBeDefined();
    const run = await acceptance(mutant);
    expect(run.failed).toEqual([limit?.id]);
  });

  it('fails when a Stripe webhook signed long ago is accepted (a replayed capture)', async () => {
    const { files, contract } = project('payment');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'if (Math.abs(Date.now() / 1000 - Number(stamp)) > 300) {',
      'if (Math.abs(Date.now() / 1000 - Number(stamp)) > 300 * 1000) {',
    );
    const stale = contract.acceptance.find((a) => a.description.includes('beyond the 300-second tolerance'));
    expect(stale).toBeDefined();
    const run = await acceptance(mutant);
    expect(run.failed).toEqual([stale?.id]);
  });

  it('fails when the Stripe signature is checked over the timestamp alone, not the body', async () => {
    const { files } = project('payment');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      ".update(stamp + '.').update(ctx.rawBody)",
      ".update(stamp + '.')",
    );
    const run = await acceptance(mutant);
    // Every signed step now fails: the service expects a signature over the timestamp alone.
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('expected status 200, got 401');
  });

  it('fails when a ranking is sorted the wrong way', async () => {
    const { files, contract } = project('board');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'ranked.sort((x, y) => (y.marks as number) - (x.marks as number));',
      'ranked.sort((x, y) => (x.marks as number) - (y.marks as number));',
    );
    const run = await acceptance(mutant);
    const ranking = contract.acceptance.find((a) => a.endpoint_id === 'rank-rounds' && a.kind === 'happy');
    expect(run.failed).toEqual([ranking?.id]);
  });

  it("fails when a ranking keeps a team's first marks instead of its best", async () => {
    const { files, contract } = project('board');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'if (held === undefined || (candidate.marks as number) > (held.marks as number))',
      'if (held === undefined)',
    );
    const run = await acceptance(mutant);
    const ranking = contract.acceptance.find((a) => a.endpoint_id === 'rank-rounds' && a.kind === 'happy');
    expect(run.failed).toEqual([ranking?.id]);
  });

  it('fails when a ranking answers more than it was asked for', async () => {
    const { files } = project('board');
    const mutant = mutate(files, 'src/handlers.ts', 'podium: entries.slice(0, count)', 'podium: entries');
    const run = await runNodeTests(await release(mutant));
    expect(run.failed.some((name) => name.startsWith('GET /podium ranks by marks'))).toBe(true);
  });

  it('fails when an overdue list keeps the bills already paid', async () => {
    const { files } = project('bills');
    const mutant = mutate(files, 'src/handlers.ts', 'candidate.paid !== true,', 'true,');
    const run = await runNodeTests(await release(mutant));
    expect(run.failed).toEqual([
      'GET /bills/overdue answers exactly the records due before day and not paid, oldest first',
    ]);
  });

  it('fails when a quota lets one request too many through', async () => {
    const { files, contract } = project('limiter');
    const mutant = mutate(files, 'src/handlers.ts', 'if (current.count >= 2) {', 'if (current.count > 2) {');
    const run = await acceptance(mutant);
    const over = contract.acceptance.find((a) => a.steps.some((s) => s.expect.status === 429));
    expect(run.failed).toEqual([over?.id]);
  });

  it('fails when a quota window never ends, without waiting for one to end', async () => {
    const { files } = project('limiter');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'if (current === undefined || now - current.start >= windowMs) {',
      'if (current === undefined) {',
    );
    const run = await runNodeTests(await release(mutant));
    expect(run.failed).toEqual([
      "POST /hit opens a new window 30 s after a token's first request, not before",
    ]);
  });

  it('fails when reading the usage counts a request', async () => {
    const { files } = project('limiter');
    const mutant = mutate(
      files,
      'src/handlers.ts',
      'const count = active === undefined ? 0 : active.count;',
      'const count = active === undefined ? 0 : ++active.count;',
    );
    const run = await runNodeTests(await release(mutant));
    expect(run.code).not.toBe(0);
    expect(run.failed.join('\n')).toContain('GET /usage/{key}');
  });

  it('fails when a ladder on loan can be lent a second time', async () => {
    const { files, contract } = project('lender');
    const mutant = mutate(files, 'src/handlers.ts', 'if (record.on_loan === true) throw', 'if (false) throw');
    const run = await acceptance(mutant);
    const twice = contract.acceptance.find(
      (a) => a.kind === 'error' && a.steps.at(-1)?.expect.status === 409,
    );
    expect(twice?.endpoint_id).toBe('reserve-ladder');
    expect(run.failed).toEqual([twice?.id]);
  });

  it('fails when a return forgets who had the ladder', async () => {
    const { files } = project('lender');
    const mutant = mutate(files, 'src/handlers.ts', 'record.member = null;', '');
    const run = await runNodeTests(await release(mutant));
    expect(run.code).not.toBe(0);
    expect(run.failed.join('\n')).toContain('POST /ladders/{id}/return');
  });
});

describe('the offline fixer', () => {
  it('restores a broken service from the contract and leaves the tests alone', async () => {
    const { files, contract } = project('payment');
    const broken = mutate(
      files,
      'src/handlers.ts',
      "throw notFound('no event with id '",
      "throw conflict('no event with id '",
    );
    const withoutState = broken.filter((f) => f.path !== 'src/state.ts');
    const before = await runNodeTests(await release(withoutState));
    expect(before.code).not.toBe(0);

    const fix = await client.complete({
      role: 'fixer',
      input: {
        contract,
        files: withoutState,
        failures: [{ test: 'AC-11', message: before.output.slice(0, 2000) }],
        iteration: 1,
      },
      schema: FIXER_OUTPUT_SCHEMA,
    });
    expect(fix.output.files.every((f) => f.path.startsWith('src/'))).toBe(true);
    expect(fix.usage).toMatchObject({ provider: 'offline', cost_usd: 0, offline: true });

    const repaired = applyFixerOutput(withoutState, fix.output.files, [...GENERATED_LAYOUT.lockedPrefixes]);
    expect(repaired.rejected).toEqual([]);
    expect(repaired.files.filter((f) => f.path.startsWith('tests/'))).toEqual(
      files.filter((f) => f.path.startsWith('tests/')),
    );
    const after = await runNodeTests(await release(repaired.files));
    expect({ code: after.code, failed: after.failed }).toEqual({ code: 0, failed: [] });
  });

  it('cannot pass by weakening the acceptance pack: changes under tests/ are rejected', async () => {
    const { files } = project('payment');
    const broken = mutate(
      files,
      'src/handlers.ts',
      'return { status: 201, body: record };',
      'return { status: 200, body: record };',
    );
    const weakened = mutate(broken, 'tests/acceptance.test.ts', '{ status: 201,', '{ status: 200,').find(
      (f) => f.path === 'tests/acceptance.test.ts',
    );
    const { files: applied, rejected } = applyFixerOutput(broken, weakened ? [weakened] : [], [
      ...GENERATED_LAYOUT.lockedPrefixes,
    ]);
    expect(rejected).toEqual(['tests/acceptance.test.ts']);
    const run = await acceptance(applied);
    expect(run.failed).toContain('AC-01');
  });
});

describe('the release as a process', () => {
  interface Received {
    method: string;
    url: string;
    body: unknown;
  }
  let registry: Server;
  let registryUrl: string;
  const received: Received[] = [];
  let heartbeat: (() => void) | undefined;

  beforeAll(async () => {
    registry = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body: text === '' ? undefined : JSON.parse(text),
        });
        if (req.url?.startsWith('/registry/heartbeat/')) heartbeat?.();
        res.writeHead(req.url === '/registry/register' ? 201 : 200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    registry.listen(0, '127.0.0.1');
    await once(registry, 'listening');
    const address = registry.address();
    registryUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    registry.close();
    await once(registry, 'close');
  });

  it('starts with node main.js, is UDC compliant, registers, heartbeats and exits 0 on SIGTERM', async () => {
    const { files } = project('payment');
    const dir = await release(files);
    const port = await freePort();
    const heartbeats = new Promise<void>((resolve) => {
      let count = 0;
      heartbeat = () => {
        count += 1;
        if (count === 2) resolve();
      };
    });
    const service = startRelease(dir, {
      PORT: String(port),
      // Two replicas, the first one down (nothing listens on port 1): the service fails over to the second.
      // Given down to /registry, as the contract's default spells it; the service uses the base URL.
      REGISTRY_URL: `http://127.0.0.1:1,${registryUrl}/registry`,
      HEARTBEAT_INTERVAL_MS: '150',
      SERVICE_VERSION: '1.0.1',
      SF_PROVENANCE: JSON.stringify({
        intent_id: 'intent-42',
        spec_score: 100,
        models: ['offline-v1'],
        tests_passed: 52,
      }),
    });
    const url = `http://127.0.0.1:${port}`;
    await waitActive(url);

    const report = await checkUdc(url, { requireActive: true });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    await heartbeats;

    const registration = received.find((r) => r.method === 'POST' && r.url === '/registry/register');
    const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(udcRegistryEntrySchema);
    expect(validate(registration?.body)).toBe(true);
    expect(registration?.body).toMatchObject({
      name: 'payment-processor',
      version: '1.0.1',
      url,
      udc_version: '1.0',
      heartbeat_interval_seconds: 0.15,
      provenance: {
        intent_id: 'intent-42',
        spec_score: 100,
        models: ['offline-v1'],
        tests_passed: 52,
        cost_usd: 0,
      },
    });

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.output()).toContain('"msg":"shutting down"');
  });

  it('stops at start-up with one message naming every bad setting', async () => {
    const dir = await release(project('fx').files);
    const service = startRelease(dir, {
      PORT: 'eighty',
      HEARTBEAT_INTERVAL_MS: '-5',
      REGISTRY_URL: 'ftp://x',
    });
    expect(await service.exited).toBe(1);
    const lines = service.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('HEARTBEAT_INTERVAL_MS');
    expect(lines[0]).toContain('REGISTRY_URL');
  });

  it('does not register without REGISTRY_URL, even though the contract declares a default', async () => {
    const before = received.length;
    const dir = await release(project('fx').files);
    const port = await freePort();
    const service = startRelease(dir, { PORT: String(port) });
    await waitActive(`http://127.0.0.1:${port}`);
    service.child.kill('SIGINT');
    expect(await service.exited).toBe(0);
    expect(received.length).toBe(before);
  });
});
