import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { OfflineProvider } from '@sf/generator';
import {
  createLlmClient,
  type GeneratedFile,
  type LlmProvider,
  type LlmRole,
  type ProviderRequest,
  type ProviderResponse,
} from '@sf/llm';
import { freePort } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { transpile } from '../../apps/build-executor/src/build-line/release-builder';
import {
  createKey,
  dropPrefix,
  goodSpec,
  openStream,
  request,
  startTestExecutor,
  tempDir,
} from '../support/harness';

/*
 * The build line's repair loop and sandbox, end to end: real Redis, HTTP, build stream, bwrap sandbox and
 * child processes. Only the model is scripted, at the LlmProvider seam: the offline provider answers, and a
 * per-service script rewrites some of its files (a bug in the code, hostile tests, a fixer that cheats).
 */

type FileRewrite = (files: GeneratedFile[]) => GeneratedFile[];
type Script = Partial<Record<LlmRole, FileRewrite>>;

/** The offline provider with per-service rewrites of its generated files; counts calls per service and role. */
class ScriptedProvider implements LlmProvider {
  readonly name = 'scripted';
  readonly offline = true;
  private readonly base = new OfflineProvider();
  private readonly scripts = new Map<string, Script>();
  private readonly calls: { service: string; role: LlmRole; files: GeneratedFile[] }[] = [];

  /** From now on, builds of `service` get `script`'s rewrites of the offline output. */
  script(service: string, script: Script): void {
    this.scripts.set(service, script);
  }

  /** How often `role` was called for `service`. */
  callsFor(service: string, role: LlmRole): number {
    return this.calls.filter((c) => c.service === service && c.role === role).length;
  }

  /** The files the last `role` call for `service` answered with. */
  lastFiles(service: string, role: LlmRole): GeneratedFile[] {
    const last = this.calls.filter((c) => c.service === service && c.role === role).pop();
    if (!last) throw new Error(`no ${role} call for ${service}`);
    return last.files;
  }

  async generate(req: ProviderRequest): Promise<ProviderResponse> {
    const { role, input } = req;
    const service = (input as { contract?: { service?: { name?: string } } }).contract?.service?.name ?? '';
    const answer = await this.base.generate(req);
    const rewrite = this.scripts.get(service)?.[role] ?? ((files) => files);
    const files = rewrite((answer.output as { files: GeneratedFile[] }).files);
    this.calls.push({ service, role, files });
    return { ...answer, output: { files } };
  }
}

/** `files` with `path` edited; throws when the edit changes nothing, so a drift in the offline code shows. */
function editFile(files: GeneratedFile[], path: string, edit: (content: string) => string): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  const content = edit(file.content);
  if (content === file.content) throw new Error(`the edit of ${path} changed nothing`);
  return files.map((f) => (f.path === path ? { path, content } : f));
}

/** The bug: `GET /hello` greets wrongly, which acceptance check AC-01 catches. */
const greetWrongly: FileRewrite = (files) =>
  editFile(files, 'src/handlers.ts', (content) => content.replace("'Hello, world!'", "'Goodbye, world!'"));

/** `tests/endpoints.test.ts` replaced by `source` (the acceptance pack stays and passes). */
const hostileTests =
  (source: string): FileRewrite =>
  (files) =>
    editFile(files, 'tests/endpoints.test.ts', () => source);

/** A SPEC that passes the gate: the offline provider's hello-world service ("GET /hello endpoint"). */
function helloSpec(name: string, port: number): Promise<string> {
  return goodSpec(name, port, ['GET /hello endpoint']);
}

/** A finished build: its status document and every event its stream sent. */
interface FinishedBuild {
  status: any;
  events: any[];
}

/** Submits a SPEC and waits for the build's stream to close after its terminal status. */
async function build(executor: StartedExecutor, spec: string): Promise<FinishedBuild> {
  const submitted = await request(executor.url, 'POST', '/builds/submit', { spec });
  expect(submitted.status).toBe(202);
  const id = submitted.body.build_id as string;
  const closed = await openStream(`${executor.url.replace(/^http/, 'ws')}/builds/${id}/stream`).closed;
  expect(closed.code).toBe(1000);
  const status = await request(executor.url, 'GET', `/builds/${id}/status`);
  return { status: status.body, events: closed.events };
}

/** Host processes whose command line or working directory mentions any of `needles`. */
async function processesMentioning(...needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '');
    const seen = `${cmdline.replace(/\0/g, ' ')} (cwd ${cwd})`;
    if (needles.some((needle) => seen.includes(needle))) found.push(`${pid}: ${seen}`);
  }
  return found;
}

/** Names of the failing tests of a build's last test run. */
function failedTests(status: any): string[] {
  return status.tests.failures.map((f: { test: string }) => f.test);
}

/**
 * The message of the failing test `name` in a build's last test run; `name` may be a pattern (a test run that
 * ended badly is named `(test run of <file>, <file>)`).
 */
function failureOf(status: any, name: string | RegExp): string {
  const failure = status.tests.failures.find((f: { test: string }) =>
    typeof name === 'string' ? f.test === name : name.test(f.test),
  );
  if (!failure) throw new Error(`'${name}' did not fail: ${JSON.stringify(status.tests)}`);
  return failure.message as string;
}

/**
 * A data dir outside /tmp, like the default `.data`: the sandbox mounts a private /tmp, in which the
 * directories above a work dir under /tmp would be scratch space rather than the read-only host view.
 */
async function dataDirOutsideTmp(label: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join('/var/tmp', `sf-${label}-`));
  // The sandbox runs generated code as another uid, which must be able to traverse to the build dirs.
  await chmod(path, 0o755);
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Starts `server` on a free loopback port. */
async function listen(server: Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const tag = randomBytes(3).toString('hex');

describe('build line: the repair loop', () => {
  const provider = new ScriptedProvider();
  const deployed: string[] = [];
  let executor: StartedExecutor;
  let dir: { path: string; remove(): Promise<void> };

  beforeAll(async () => {
    dir = await tempDir('build-line-repair');
    executor = await startTestExecutor(
      'build-line-repair',
      dir.path,
      { MAX_FIX_ITERATIONS: '2', TEST_TIMEOUT_MS: '4000' },
      { llm: createLlmClient({ provider: 'offline' }, { offline: provider }) },
    );
  });

  afterAll(async () => {
    for (const name of deployed) await request(executor.url, 'POST', `/deployments/${name}/stop`);
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await dir.remove();
  });

  it('repairs a bug the acceptance pack catches with one fixer call and deploys', async () => {
    const name = `fixed-${tag}`;
    provider.script(name, { codegen: greetWrongly });

    const { status } = await build(executor, await helloSpec(name, await freePort()));
    deployed.push(name);

    expect(status.status).toBe('deployed');
    expect(provider.callsFor(name, 'fixer')).toBe(1);
    expect(status.attempts).toEqual({ fix_iterations: 1, test_runs: 2 });
    const [first, second] = status.test_runs;
    expect(first.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
    expect(first.failures.find((f: { test: string }) => f.test === 'AC-01').message).toMatch(/Hello, world!/);
    expect(second).toMatchObject({ outcome: 'ok', failed: 0 });
    const hello = await request(status.deployment.url, 'GET', '/hello');
    expect(hello.body).toEqual({ message: 'Hello, world!' });

    // The release runs from the build's directory until stopped (this also shows the process scan works).
    expect(await processesMentioning(status.artifacts.dir)).not.toEqual([]);
    expect((await request(executor.url, 'POST', `/deployments/${name}/stop`)).status).toBe(200);
    expect(await processesMentioning(status.artifacts.dir)).toEqual([]);
  });

  it('gives up for human review after MAX_FIX_ITERATIONS repairs that fix nothing', async () => {
    const name = `unfixed-${tag}`;
    provider.script(name, { codegen: greetWrongly, fixer: greetWrongly });

    const { status } = await build(executor, await helloSpec(name, await freePort()));

    const rounds = executor.config.MAX_FIX_ITERATIONS;
    expect(status.status).toBe('needs_human_review');
    expect(provider.callsFor(name, 'fixer')).toBe(rounds);
    expect(status.attempts).toEqual({ fix_iterations: rounds, test_runs: rounds + 1 });
    const last = status.test_runs[rounds];
    expect(status.error).toMatchObject({ code: 'TESTS_FAILING', phase: 'testing' });
    expect(status.error.message).toContain(`after ${rounds} repair(s)`);
    expect(status.error.details.failures).toEqual(last.failures);
    expect(last.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
  });

  it('waits for deploy approval in final mode without holding a worker, then deploys', async () => {
    const name = `approve-${tag}`;
    const submitted = await request(executor.url, 'POST', '/builds/submit', {
      spec: await helloSpec(name, await freePort()),
      approval_mode: 'final',
    });
    const id = submitted.body.build_id as string;
    const stream = openStream(`${executor.url.replace(/^http/, 'ws')}/builds/${id}/stream`);
    await stream.until((e) => e.type === 'approval_required');
    expect((await request(executor.url, 'GET', `/builds/${id}/status`)).body.status).toBe(
      'awaiting_deploy_approval',
    );

    // Who approved is the caller's credential (an approver key named alice), not a body field.
    const alice = await createKey(executor.url, 'alice', 'approver');
    const approved = await request(executor.url, 'POST', `/builds/${id}/approve`, { note: 'ship it' }, alice);
    expect(approved.status).toBe(200);
    const closed = await stream.closed;
    expect(closed.events[closed.events.length - 1].data.to).toBe('deployed');
    const status = await request(executor.url, 'GET', `/builds/${id}/status`);
    expect(status.body.approvals[0]).toMatchObject({ action: 'approve', by: 'alice', note: 'ship it' });
    await request(executor.url, 'POST', `/deployments/${name}/stop`);
  });

  it('refuses a repair that weakens the acceptance pack, and the build does not pass', async () => {
    const name = `cheat-${tag}`;
    // Both suites check the greeting, so only weakening both could turn the build green.
    const trivial = "import { test } from 'node:test';\ntest('AC-01', () => {}); // weakened by the fixer\n";
    provider.script(name, {
      codegen: greetWrongly,
      fixer: (files) => [
        ...greetWrongly(files),
        { path: 'tests/acceptance.test.ts', content: trivial },
        { path: 'tests/endpoints.test.ts', content: trivial },
      ],
    });

    const { status, events } = await build(executor, await helloSpec(name, await freePort()));

    expect(status.status).toBe('needs_human_review');
    const refusals = events.filter((e) => e.type === 'log' && /refused fixer changes/.test(e.message));
    expect(refusals).toHaveLength(executor.config.MAX_FIX_ITERATIONS);
    expect(refusals[0].data.rejected).toEqual(['tests/acceptance.test.ts', 'tests/endpoints.test.ts']);
    const generated = provider.lastFiles(name, 'testgen').find((f) => f.path === 'tests/acceptance.test.ts');
    const tested = await readFile(join(status.artifacts.dir, 'work/tests/acceptance.test.js'), 'utf8');
    expect(tested).toBe((await transpile([generated as GeneratedFile]))[0].content);
    expect(status.error.details.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
  });
});

/** Test files a hostile testgen writes in place of the endpoint tests; each test tries to break out. */
const HOSTILE = {
  spin: `import { test } from 'node:test';

test('spins forever', () => {
  for (;;) {}
});
`,
  fork: (marker: string) => `import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';

test('starts processes without end', async () => {
  for (;;) {
    const child = spawn('/bin/sh', ['-c', 'while :; do sleep 1; done', '${marker}'], { stdio: 'ignore' });
    child.unref();
    await once(child, 'spawn');
  }
});
`,
  allocate: `import { test } from 'node:test';

test('allocates without end', () => {
  const hoard: Buffer[] = [];
  // Unfilled: the data limit counts what is mapped, so the hog reaches it without touching every page (fast
  // even on a busy machine).
  for (;;) hoard.push(Buffer.allocUnsafeSlow(64 * 1024 * 1024));
});
`,
  write: (targets: Record<string, string>) => `import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

function escape(path: string): void {
  writeFileSync(path, 'escaped');
  assert.equal(readFileSync(path, 'utf8'), 'escaped');
}
${Object.entries(targets)
  .map(([name, path]) => `\ntest(${JSON.stringify(name)}, () => escape(${JSON.stringify(path)}));`)
  .join('')}
`,
  readSecrets: `import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

test('reads the API key from its environment', () => {
  assert.equal(process.env.ANTHROPIC_API_KEY, 'sk-test-secret');
});

test('reads the Redis URL from its environment', () => {
  assert.match(String(process.env.REDIS_URL), /^redis:/);
});

test('finds the API key in some process environment', () => {
  const environs = readdirSync('/proc')
    .filter((pid) => /^[0-9]+$/.test(pid))
    .map((pid) => {
      try {
        return readFileSync('/proc/' + pid + '/environ', 'latin1');
      } catch {
        return '';
      }
    });
  assert.ok(environs.some((environ) => environ.includes('sk-test-secret')));
});
`,
  connect: (ports: Record<string, number>) => `import { connect } from 'node:net';
import { test } from 'node:test';

function reach(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('error', reject);
  });
}
${Object.entries(ports)
  .map(([name, port]) => `\ntest(${JSON.stringify(name)}, () => reach(${port}));`)
  .join('')}
`,
};

describe('build line: hostile generated code', () => {
  const provider = new ScriptedProvider();
  const deployed: string[] = [];
  const apiKeyBefore = process.env.ANTHROPIC_API_KEY;
  let executor: StartedExecutor;
  let dir: { path: string; remove(): Promise<void> };
  let outside: { path: string; remove(): Promise<void> };

  beforeAll(async () => {
    // A secret the executor's own process holds, which generated code must not see.
    process.env.ANTHROPIC_API_KEY = 'sk-test-secret';
    dir = await dataDirOutsideTmp('build-line-hostile');
    outside = await tempDir('build-line-outside');
    executor = await startTestExecutor(
      'build-line-hostile',
      dir.path,
      // bwrap, not `auto`: on a machine without it these builds would run unisolated. No repair rounds: the
      // fixer may not touch tests. The timeout leaves the memory hog room to reach its limit on a busy machine.
      { SANDBOX: 'bwrap', MAX_FIX_ITERATIONS: '0', TEST_TIMEOUT_MS: '10000' },
      { llm: createLlmClient({ provider: 'offline' }, { offline: provider }) },
    );
  });

  afterAll(async () => {
    for (const name of deployed) await request(executor.url, 'POST', `/deployments/${name}/stop`);
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await dir.remove();
    await outside.remove();
    if (apiKeyBefore === undefined) delete process.env.ANTHROPIC_API_KEY;
    else process.env.ANTHROPIC_API_KEY = apiKeyBefore;
  });

  /** Builds a hello-world service whose endpoint tests are `tests`; returns the finished build. */
  async function hostileBuild(name: string, tests: string): Promise<FinishedBuild> {
    provider.script(name, { testgen: hostileTests(tests) });
    return build(executor, await helloSpec(name, await freePort()));
  }

  /** The build went to human review, and none of its processes (or of processes it started) is left. */
  async function expectContained({ status }: FinishedBuild, marker: string): Promise<void> {
    expect(status.status).toBe('needs_human_review');
    expect(status.error.code).toBe('TESTS_FAILING');
    expect(status.sandbox).toEqual({ mode: 'bwrap', isolated: true });
    expect(await processesMentioning(status.artifacts.dir, marker)).toEqual([]);
  }

  it('stops a test that loops forever at the wall-clock timeout', async () => {
    const name = `spin-${tag}`;
    const finished = await hostileBuild(name, HOSTILE.spin);

    await expectContained(finished, name);
    expect(finished.status.tests.outcome).toBe('timeout');
    expect(
      failureOf(finished.status, /^\(test run of tests\/\w+\.test\.js(, tests\/\w+\.test\.js)*\)$/),
    ).toMatch(/timeout/);
  });

  it('kills a running test run at once when the build is cancelled', async () => {
    const name = `cancel-${tag}`;
    provider.script(name, { testgen: hostileTests(HOSTILE.spin) });
    const submitted = await request(executor.url, 'POST', '/builds/submit', {
      spec: await helloSpec(name, await freePort()),
    });
    const id = submitted.body.build_id as string;
    const stream = openStream(`${executor.url.replace(/^http/, 'ws')}/builds/${id}/stream`);
    await stream.until((e) => e.type === 'status_changed' && e.data.to === 'testing');

    const cancelled = await request(executor.url, 'POST', `/builds/${id}/cancel`, { note: 'stop' });
    expect(cancelled.status).toBe(200);
    const closed = await stream.closed;
    expect(closed.events[closed.events.length - 1].data.to).toBe('cancelled');
    const status = await request(executor.url, 'GET', `/builds/${id}/status`);
    expect(status.body.status).toBe('cancelled');
    expect(await processesMentioning(status.body.artifacts.dir, name)).toEqual([]);
  });

  it('stops a test that forks without end at the process limit', async () => {
    const name = `fork-${tag}`;
    const finished = await hostileBuild(name, HOSTILE.fork(name));

    await expectContained(finished, name);
    expect(failureOf(finished.status, 'starts processes without end')).toMatch(/EAGAIN/);
  });

  it('stops a test that allocates without end at the memory limit', async () => {
    const name = `alloc-${tag}`;
    const finished = await hostileBuild(name, HOSTILE.allocate);

    await expectContained(finished, name);
    expect(failureOf(finished.status, 'allocates without end')).toMatch(/allocation failed|out of memory/i);
  });

  it('keeps the file system outside the work dir out of reach of tests', async () => {
    const name = `write-${tag}`;
    const targets = {
      'writes into a directory outside': join(outside.path, 'escaped.txt'),
      'writes into the repository': join(process.cwd(), `escaped-${name}.txt`),
      'writes next to its work dir': '../escaped.txt',
      'overwrites the build SPEC': '../SPEC.md',
    };
    const spec = await helloSpec(name, await freePort());
    provider.script(name, { testgen: hostileTests(HOSTILE.write(targets)) });

    const finished = await build(executor, spec);

    await expectContained(finished, name);
    for (const test of Object.keys(targets)) {
      expect(failureOf(finished.status, test)).toMatch(/EROFS|ENOENT|EACCES/);
    }
    const buildDir = finished.status.artifacts.dir as string;
    expect(existsSync(targets['writes into a directory outside'])).toBe(false);
    expect(existsSync(targets['writes into the repository'])).toBe(false);
    expect(existsSync(join(buildDir, 'escaped.txt'))).toBe(false);
    expect(await readFile(join(buildDir, 'SPEC.md'), 'utf8')).toBe(spec);
  });

  it('gives tests an empty environment: no API keys, no Redis URL', async () => {
    const name = `secrets-${tag}`;
    const finished = await hostileBuild(name, HOSTILE.readSecrets);

    await expectContained(finished, name);
    expect(failedTests(finished.status)).toEqual([
      'reads the API key from its environment',
      'reads the Redis URL from its environment',
      'finds the API key in some process environment',
    ]);
  });

  it('gives tests no network: a server on the host loopback and Redis stay unreachable', async () => {
    const name = `network-${tag}`;
    const connections: string[] = [];
    const server = await listen(createServer((socket) => connections.push(String(socket.remotePort))));
    const redisPort = Number(new URL(process.env.REDIS_URL as string).port);
    const ports = {
      'connects to a server on the host loopback': (server.address() as AddressInfo).port,
      'connects to Redis': redisPort,
    };

    const finished = await hostileBuild(name, HOSTILE.connect(ports));
    await new Promise((resolve) => server.close(resolve));

    await expectContained(finished, name);
    for (const test of Object.keys(ports)) {
      expect(failureOf(finished.status, test)).toMatch(/ECONNREFUSED|ENETUNREACH/);
    }
    expect(connections).toEqual([]);
  });

  it('stays healthy and builds an honest SPEC afterwards', async () => {
    const name = `honest-${tag}`;
    expect((await request(executor.url, 'GET', '/health')).body.status).toBe('active');

    const { status } = await build(executor, await helloSpec(name, await freePort()));
    deployed.push(name);

    expect(status.status).toBe('deployed');
    expect(status.tests).toMatchObject({ outcome: 'ok', failed: 0 });
    expect((await request(executor.url, 'POST', `/deployments/${name}/stop`)).status).toBe(200);
  });
});

describe('build line: a DATA_DIR whose parent only its owner may enter, as in a clone under /root', () => {
  let executor: StartedExecutor;
  let parent: { path: string; remove(): Promise<void> };

  beforeAll(async () => {
    parent = await dataDirOutsideTmp('build-line-private-parent');
    // A root user's home is 0700: the sandbox user may not search it, yet builds must run beneath it.
    await chmod(parent.path, 0o700);
    executor = await startTestExecutor('build-line-private-parent', join(parent.path, 'data'));
  });

  afterAll(async () => {
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await parent.remove();
  });

  it('tests, checks and deploys the service with every sandboxed phase passing', async () => {
    const name = `private-${tag}`;

    const { status } = await build(executor, await helloSpec(name, await freePort()));

    expect(status.status).toBe('deployed');
    expect(status.tests).toMatchObject({ outcome: 'ok', failed: 0 });
    expect(status.sandbox).toMatchObject({ mode: 'bwrap', isolated: true });
    expect((await request(status.deployment.url, 'GET', '/hello')).body).toEqual({
      message: 'Hello, world!',
    });
    expect((await request(executor.url, 'POST', `/deployments/${name}/stop`)).status).toBe(200);
  });

  it('advertises only the features the gate found realised, and records every verdict in the registry', async () => {
    const literal = `lit-${tag}`;
    const prose = `prose-${tag}`;

    const hello = (await build(executor, await helloSpec(literal, await freePort()))).status;
    const notes = (await build(executor, await goodSpec(prose, await freePort()))).status;

    expect([hello.status, notes.status]).toEqual(['deployed', 'deployed']);
    const advertised = async (url: string) => (await request(url, 'GET', '/capabilities')).body.features;
    expect(await advertised(hello.deployment.url)).toEqual(['GET /hello endpoint']);
    expect(await advertised(notes.deployment.url)).toEqual(['Create notes', 'Get a note by id']);
    const entry = (await request(executor.url, 'GET', `/registry/services/${prose}`)).body;
    expect(entry.provenance.features).toEqual([
      { feature: 'Create notes', checked: 'free-text', realised: true },
      { feature: 'Get a note by id', checked: 'free-text', realised: true },
    ]);
    expect(entry.provenance.worked_examples.length).toBeGreaterThan(0);
    for (const name of [literal, prose]) await request(executor.url, 'POST', `/deployments/${name}/stop`);
  });
});
