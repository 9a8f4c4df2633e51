import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import {
  LlmClient,
  OfflineProvider,
  type GeneratedFile,
  type LlmCallContext,
  type LlmProvider,
  type LlmRole,
  type LlmUsage,
} from '@sf/llm';
import { freePort } from '@sf/platform';
import { verifySpec } from '@sf/spec';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { transpile } from '../../apps/build-executor/src/pipeline/release-builder';
import { dropPrefix, openStream, request, startTestExecutor, tempDir } from '../support/harness';

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
  private readonly offline = new OfflineProvider();
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

  async generate(
    role: LlmRole,
    input: unknown,
    context: LlmCallContext,
  ): Promise<{ output: unknown; usage: Omit<LlmUsage, 'latency_ms'> }> {
    const service = (input as { contract?: { service?: { name?: string } } }).contract?.service?.name ?? '';
    const answer = await this.offline.generate(role, input, context);
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

const HELLO = "'Hello, world!'";
/** The bug: `GET /hello` greets wrongly, which acceptance check AC-01 catches. */
const greetWrongly: FileRewrite = (files) =>
  editFile(files, 'src/handlers.ts', (content) => content.replace(HELLO, "'Goodbye, world!'"));

/** `tests/endpoints.test.ts` replaced by `source` (the acceptance pack stays and passes). */
const hostileTests =
  (source: string): FileRewrite =>
  (files) =>
    editFile(files, 'tests/endpoints.test.ts', () => source);

/** A SPEC that passes the gate: the offline provider's hello-world SPEC ("GET /hello endpoint"). */
async function helloSpec(name: string, port: number): Promise<string> {
  const offline = new OfflineProvider();
  const intent = {
    service_name: name,
    service_type: 'domain' as const,
    priority: 'medium' as const,
    purpose: 'Simple hello world service for testing the pipeline',
    key_features: ['GET /hello endpoint'],
    dependencies: [],
    port,
    auto_build: true,
    approval_mode: 'auto' as const,
  };
  const draft = await offline.generate('spec_builder', { intent }, {});
  const first = (draft.output as { spec_markdown: string }).spec_markdown;
  const optimized = await new LlmClient(offline).complete<{ spec_markdown: string }>({
    role: 'spec_optimizer',
    input: { intent, spec_markdown: first, verification: verifySpec(first, intent) },
    schema: {
      type: 'object',
      required: ['spec_markdown'],
      properties: { spec_markdown: { type: 'string' } },
    } as never,
  });
  return optimized.output.spec_markdown;
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
      { llm: new LlmClient(provider) },
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

    expect((await request(executor.url, 'POST', `/deployments/${name}/stop`)).status).toBe(200);
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
    expect(status.error.details.failures).toEqual(last.failures);
    expect(last.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
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
    expect(tested).toBe(transpile([generated as GeneratedFile])[0].content);
    expect(status.error.details.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
  });
});
