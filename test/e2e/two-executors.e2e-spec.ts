import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@sf/platform';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import {
  dropPrefix,
  goodSpec,
  openStream,
  request,
  tempDir,
  testRedisUrl,
  uniquePrefix,
} from '../support/harness';
import { answerLikeAModel, readModelRequest } from '../support/model-answers';
import { startService, type ServiceProcess } from '../support/processes';

/*
 * Issue 16's proof that any executor replica resumes any build. Two executors (each its own DATA_DIR and
 * BUILDS_DIR, as two hosts or two pods would have; one Redis) run one build; the model is faked at the wire
 * (the real Anthropic SDK talks to scripts/support/fake-llm-vendor.ts). As the build enters each phase the
 * executor running it is killed with SIGKILL (codegen, testgen, testing, fixing — the model's first code is
 * broken —, the UDC check and the health check) — the kill is driven by that executor's own log line "build <id>
 * runs <phase> here", not by time — and its replica is started again on an EMPTY build dir. Whatever replica
 * picks the job up next has none of the build's files on disk: the SPEC, the LLM outputs, the test results
 * and the release come back from Redis. A request the model got from an executor that was then killed is
 * never answered (the vendor never finished it), so an answered call counted twice for a role would be a
 * call the line repeated. Then a later build of the same service is rolled back, on the surviving replica,
 * to this build's release after its directory was deleted there: the release is rebuilt from Redis.
 *
 * The two replicas are executors of one host for local deployments (one DEPLOYMENTS_DIR, as the chaos run and
 * docs/scaling.md set them up; their build dirs stay apart): the kills in deploying and registering leave a
 * release switch or a registration cut in half, which the replica that runs the job next finishes; the one
 * that holds the service's lease supervises it.
 */

const EXECUTOR = 'apps/build-executor/src/main.js';
/** Phases whose executor is killed as the build enters them, in order. */
const KILL_PHASES = [
  'codegen',
  'testgen',
  'testing',
  'fixing',
  'udc_verifying',
  'deploying',
  'registering',
  'health_checking',
] as const;
/**
 * Phases long enough that the kill always lands inside them, so another process must run them again.
 * health_checking may take a few milliseconds (a probe and a git commit): the kill can land just after it.
 */
const RESUMED_PHASES = ['codegen', 'testgen', 'testing', 'fixing', 'udc_verifying'] as const;
const TERMINAL = new Set([
  'deployed',
  'failed',
  'rolled_back',
  'needs_human_review',
  'cancelled',
  'rejected',
]);
const RUNS = /^build (\S+) runs (\S+) here \(pid (\d+)\)$/;
/** The build phase in which each model role is called. */
const MODEL_PHASE: Record<string, string> = { codegen: 'codegen', testgen: 'testgen', fixer: 'fixing' };

interface Replica {
  slot: 'x' | 'y';
  dataDir: string;
  /**
   * The replica's port, kept across restarts as a host's executor keeps its address: a local service is given
   * its executors' URLs when it starts (docs/scaling.md), so a replica that came back elsewhere would be unknown
   * to it (with both replicas killed in turn, the service could then reach no registry at all).
   */
  port: number;
  proc: ServiceProcess | null;
  /** API key of the current process, so the fake knows whose requests it must leave unanswered. */
  apiKey: string;
}

describe('two executors, one Redis: any replica resumes any build', () => {
  let fake: FakeLlmVendor;
  let root: { path: string; remove(): Promise<void> };
  const prefix = uniquePrefix('two-exec');
  /** The service the builds deploy. */
  const name = `resume-${prefix.slice(-6).replace(/[^a-z0-9]/g, 'a')}`;
  const replicas: Replica[] = [];
  const all: ServiceProcess[] = [];
  /** Keys of executors killed in a model phase: their requests hang until the connection drops. */
  const doomed = new Set<string>();
  const answered: Record<string, number> = {};
  /** Every "runs <phase>" line: which process ran which step. */
  const runs: { build: string; phase: string; pid: number; slot: string }[] = [];
  /**
   * "runs <phase>" lines a killed process wrote before the kill landed: on a loaded machine the harness reads a
   * line late, and a short phase may have ended (the next one begun) by the time SIGKILL arrives.
   */
  const late: { build: string; phase: string; pid: number }[] = [];
  /**
   * "<api key> <phase>" of every "runs <phase>" line the harness has acted on. The fake vendor answers a
   * model call only once its sender's phase line is here, so a process doomed to die in a model phase is
   * always known as doomed before its call could be answered (on a loaded machine the log line can reach the
   * harness after the call reaches the fake).
   */
  const seenPhases = new Set<string>();
  /** Phases still to be killed in, for one build. */
  let killPlan: { build: string; phases: Set<string> } | null = null;
  const kills: { phase: string; pid: number; slot: string }[] = [];
  const restarts: Promise<void>[] = [];
  let starts = 0;
  /** The first build's code is broken until the repair, so that it goes through fixing too. */
  let breakCodegen = true;

  async function start(replica: Replica): Promise<void> {
    replica.apiKey = `sk-ant-${replica.slot}-${++starts}`;
    const buildsDir = join(root.path, `builds-${replica.slot}-${starts}`);
    const proc = await startService(
      EXECUTOR,
      {
        REDIS_URL: testRedisUrl(),
        REDIS_PREFIX: prefix,
        DATA_DIR: replica.dataDir,
        BUILDS_DIR: buildsDir,
        DEPLOYMENTS_DIR: join(root.path, 'deployments'),
        EXECUTOR_PORT: String(replica.port),
        LLM_PROVIDER: 'anthropic',
        ANTHROPIC_API_KEY: replica.apiKey,
        ANTHROPIC_BASE_URL: fake.anthropicURL,
        BUILD_JOB_LOCK_MS: '2000',
        // A killed owner's lease lapses soon, so its restarted self (a new instance) adopts the service.
        DEPLOY_LEASE_MS: '2000',
        HEALTH_RETRY_WAIT_MS: '500',
        SERVICE_HEARTBEAT_MS: '1000',
      },
      90_000,
    );
    replica.proc = proc;
    all.push(proc);
    // Lines written after "listening on" in the chunk that carried it were read by startService only.
    const early = proc.output();
    const afterListening = early.indexOf('\n', early.indexOf('listening on'));
    let pending = afterListening < 0 ? '' : early.slice(afterListening + 1);
    const take = (text: string) => {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(replica, proc, line);
    };
    proc.child.stdout?.on('data', (chunk: Buffer) => take(chunk.toString()));
    take('');
  }

  /** Kills the process that logs it runs a planned phase, at once, and starts its replica again. */
  function onLine(replica: Replica, proc: ServiceProcess, line: string): void {
    let msg: unknown;
    try {
      msg = (JSON.parse(line) as { msg?: unknown }).msg;
    } catch {
      return;
    }
    const m = typeof msg === 'string' ? RUNS.exec(msg) : null;
    if (!m) return;
    const [, build, phase, pid] = m;
    // A line a killed process wrote before it died (it may have entered the next phase): not a step to act on.
    if (replica.proc !== proc) {
      late.push({ build, phase, pid: Number(pid) });
      return;
    }
    runs.push({ build, phase, pid: Number(pid), slot: replica.slot });
    const planned = killPlan?.build === build && killPlan.phases.delete(phase);
    if (planned) doomed.add(replica.apiKey);
    seenPhases.add(`${replica.apiKey} ${phase}`);
    if (!planned) return;
    proc.child.kill('SIGKILL');
    kills.push({ phase, pid: Number(pid), slot: replica.slot });
    replica.proc = null;
    restarts.push(proc.exited.then(() => start(replica)));
  }

  /** Resolves once the harness has acted on the "runs <phase>" line of the process holding this API key. */
  async function phaseSeen(apiKey: string, phase: string): Promise<void> {
    // Bounded only so that a line never seen ends in the test's assertions (which print every step) rather
    // than in a silent hang; the line is written before the call is sent, so it comes within milliseconds.
    for (let waited = 0; waited < 60_000 && !seenPhases.has(`${apiKey} ${phase}`); waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Any executor that is up (each answers for every build: the records are in Redis); null between kills. */
  function upUrl(): string | null {
    return replicas.find((r) => r.proc)?.proc?.url ?? null;
  }

  function anyUrl(): string {
    const url = upUrl();
    if (!url) throw new Error('no executor is up');
    return url;
  }

  /** Waits for the build to finish, asking whichever executor is up. */
  async function finished(buildId: string, timeoutMs = 480_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const url = upUrl();
      const status = url ? await request(url, 'GET', `/builds/${buildId}/status`).catch(() => null) : null;
      if (status?.status === 200 && TERMINAL.has(status.body.status)) return status.body;
      if (Date.now() > deadline) {
        const up = replicas.map((r) => `${r.slot}:${r.proc ? `up pid ${r.proc.child.pid}` : 'down'}`);
        throw new Error(
          `build ${buildId} not finished: ${JSON.stringify(status?.body)}; replicas ${up.join(', ')}; ` +
            `kills ${JSON.stringify(kills)}; last steps ${JSON.stringify(runs.slice(-8))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    root = await tempDir('two-exec');
    fake = await startFakeLlmVendor({
      answer: async (vendor, body) => {
        const last = fake.requests[fake.requests.length - 1];
        const { role } = readModelRequest(vendor, body);
        // This SDK sends the key as a bearer token; others as x-api-key.
        const key = last?.headers['x-api-key'] || (last?.headers.authorization ?? '').replace(/^Bearer /, '');
        await phaseSeen(key, MODEL_PHASE[role] ?? role);
        // The executor that sent this was killed while it waited: the vendor never finishes its answer.
        if (doomed.has(key)) await new Promise(() => undefined);
        answered[role] = (answered[role] ?? 0) + 1;
        const answer = answerLikeAModel(vendor, body) as { files: { path: string; content: string }[] };
        if (role !== 'codegen' || !breakCodegen) return answer;
        breakCodegen = false;
        // A service that dies as it starts: every test fails, and the repair (the regenerated sources) fixes it.
        return {
          ...answer,
          files: answer.files.map((f) =>
            f.path === 'src/handlers.ts'
              ? { ...f, content: `throw new Error('broken on purpose');\n${f.content}` }
              : f,
          ),
        };
      },
    });
    for (const slot of ['x', 'y'] as const) {
      replicas.push({
        slot,
        dataDir: join(root.path, `data-${slot}`),
        port: await freePort(),
        proc: null,
        apiKey: '',
      });
    }
    await Promise.all(replicas.map(start));
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled(restarts);
    // Deployed services outlive their executor: whichever replica supervises it stops it, even after a failure.
    for (const r of replicas.filter((x) => x.proc)) {
      await request(r.proc?.url ?? '', 'POST', `/deployments/${name}/stop`).catch(() => undefined);
    }
    for (const proc of all) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
      await proc.exited;
    }
    await fake?.close();
    await dropPrefix(prefix);
    await root?.remove();
  }, 30_000);

  it('finishes a build killed in codegen, testgen, testing, fixing, the UDC check, deploy, registration and the health check, one model call per role, then rolls back on the other replica', async () => {
    const port = await freePort();
    const spec = await goodSpec(name, port);

    // 1. One build, its executor killed as it enters each phase in turn.
    const submitted = await request(anyUrl(), 'POST', '/builds/submit', { spec });
    expect(submitted.status).toBe(202);
    const buildId = submitted.body.build_id as string;
    killPlan = { build: buildId, phases: new Set(KILL_PHASES) };
    const built = await finished(buildId);
    if (built.status !== 'deployed') {
      throw new Error(`build ${built.status}: ${JSON.stringify({ error: built.error, kills, runs })}`);
    }
    expect(kills.map((k) => k.phase)).toEqual([...KILL_PHASES]);
    // Each killed phase was run again by another process, which found none of the build's files on its disk —
    // unless the killed process had already gone on to a later phase when the kill landed (its line says so).
    for (const phase of RESUMED_PHASES) {
      const killed = kills.find((k) => k.phase === phase)?.pid;
      const pastIt = late.some((l) => l.build === buildId && l.pid === killed);
      const pids = new Set(runs.filter((r) => r.build === buildId && r.phase === phase).map((r) => r.pid));
      expect({ phase, resumed: pids.size >= 2 || pastIt }).toEqual({ phase, resumed: true });
    }
    // Never a model call twice: one answered call per role, one llm_call event per role, one call per phase.
    expect(answered).toEqual({ codegen: 1, testgen: 1, fixer: 1 });
    expect(built.attempts.fix_iterations).toBe(1);
    expect(built.cost.by_phase.codegen.calls).toBe(1);
    expect(built.cost.by_phase.testgen.calls).toBe(1);
    expect(built.cost.by_phase.fixing.calls).toBe(1);
    const log = await openStream(`${anyUrl().replace('http', 'ws')}/builds/${buildId}/stream`).closed;
    const calls = log.events.filter((e) => e.type === 'llm_call').map((e) => e.data.role as string);
    expect(calls.sort()).toEqual(['codegen', 'fixer', 'testgen']);

    // 2. The service runs under the replica whose DATA_DIR holds its deployment (the one that deployed it,
    //    restarted after its kill, adopted it once the dead instance's lease lapsed); every replica lists it
    //    (one view in Redis) with the lease holder's instance id (`<host>/<pid>/<random>`) in `supervised_by`.
    //    The other stops. A second build goes live there.
    await Promise.all(restarts);
    const owners: Replica[] = [];
    const adoptedBy = Date.now() + 60_000;
    while (owners.length === 0 && Date.now() < adoptedBy) {
      const view = await request(anyUrl(), 'GET', `/deployments/${name}`);
      const holderPid = Number(String(view.body?.supervised_by ?? '').split('/')[1]);
      owners.push(...replicas.filter((r) => r.proc && r.proc.child.pid === holderPid));
      if (owners.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(owners).toHaveLength(1);
    const survivor = owners[0] as Replica & { proc: ServiceProcess };
    expect((await request(survivor.proc.url, 'GET', `/deployments/${name}`)).body).toMatchObject({
      release_id: buildId,
      status: 'running',
    });
    for (const other of replicas.filter((r) => r !== survivor && r.proc)) {
      other.proc?.child.kill('SIGTERM');
      await other.proc?.exited;
      other.proc = null;
    }
    const second = await request(survivor.proc.url, 'POST', '/builds/submit', { spec });
    expect((await finished(second.body.build_id as string)).status).toBe('deployed');
    const live = await request(survivor.proc.url, 'GET', `/deployments/${name}`);
    expect(live.body).toMatchObject({
      release_id: second.body.build_id,
      previous_release: { release_id: buildId },
    });

    // 3. The first build's release is gone from this disk: the rollback rebuilds it from Redis and runs it.
    await rm(live.body.previous_release.release_dir as string, { recursive: true, force: true });
    const back = await request(survivor.proc.url, 'POST', `/builds/${second.body.build_id}/rollback`, {});
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('rolled_back');
    const restored = await request(survivor.proc.url, 'GET', `/deployments/${name}`);
    expect(restored.body).toMatchObject({ release_id: buildId, status: 'running' });
    const health = await fetch(`${restored.body.url}/health`);
    expect(health.status).toBe(200);
    await request(survivor.proc.url, 'POST', `/deployments/${name}/stop`);
  }, 900_000);
});
