/**
 * The chaos harness behind `npm run chaos` and its short version (test/chaos/chaos.chaos-spec.ts, `npm run test:chaos`): two factories and
 * two executors (child processes, fixed ports, each its own DATA_DIR and BUILDS_DIR, one DEPLOYMENTS_DIR for the
 * host, local deploy target) on one
 * redis-server with AOF, the model faked at the wire, N intents submitted while services are SIGKILLed and
 * restarted and Redis is killed -9 and restarted on the same port and AOF; then a bounded wait for every intent
 * to settle and a count of what went wrong (see docs/operations.md, "Chaos run").
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { keyPrefix, TERMINAL_INTENT_STATUSES } from '@sf/contracts';
import { mapLimit } from '../bench/support';
import { AofRedis } from './aof-redis';
import { startCountingVendor, type CountingVendor, type RepeatedCall } from './counting-vendor';
import { chaosIntents, type ChaosIntent } from './intents';
import { SeededRandom } from './random';
import { ServiceProcess } from './service-process';
import { scanServiceProcesses, ServiceSampler } from './service-scan';
import type { ChaosSettings } from './settings';

// Compiled: dist/scripts/chaos → dist. From source (the e2e test under Jest): scripts/chaos → dist.
const DIST = __filename.endsWith('.js') ? join(__dirname, '..', '..') : join(__dirname, '..', '..', 'dist');
const FACTORY_ENTRY = join(DIST, 'apps/sovereign-factory/src/main.js');
const EXECUTOR_ENTRY = join(DIST, 'apps/build-executor/src/main.js');
const PREFIX = 'chaos';
const TERMINAL = new Set<string>(TERMINAL_INTENT_STATUSES);
const DEPLOY_PHASES = ['deploying', 'registering', 'health_checking', 'deployed'];

/** What one chaos run found; every entry of `counts` must be 0. */
export interface ChaosReport {
  settings: ChaosSettings;
  started_at: string;
  counts: {
    /** Intents the factories answered 202 for (not a failure count). */
    accepted: number;
    /** Accepted, then unknown to the factory (404): the record is gone. */
    lost: number;
    /** Known but not terminal when the settle window closed. */
    stuck: number;
    /** Intents whose service was deployed twice: two builds reached deploy, or two processes were started. */
    duplicated_deploys: number;
    /** Services run twice at once: two live processes on its port, or listed as live by two executors. */
    supervised_twice: number;
    /**
     * Model calls answered beyond one per (service, role, prompt) that the line repeated of its own making: the
     * process that made the earlier call was alive when it was made again (or could not be identified).
     */
    double_billed_calls: number;
    /** Service names the factory holds more than one intent for (a retried submit not deduplicated). */
    duplicated_intents: number;
    /** Terminal, but not as written: a deployable intent that did not deploy, or a refused one that did. */
    wrong_outcomes: number;
  };
  details: {
    lost: { intent_id: string; service: string }[];
    stuck: { intent_id: string; service: string; status: string }[];
    duplicated_deploys: { service: string; reasons: string[] }[];
    supervised_twice: { service: string; reasons: string[] }[];
    double_billed: RepeatedCall[];
    duplicated_intents: string[];
  };
  /**
   * Paid calls made again because the process that made them was SIGKILLed after sending the request and
   * before the repeat (so before it kept the answer): no model vendor offers an idempotency key, so a call
   * cut off by a kill -9 is paid twice; not counted in `double_billed_calls`, reported here in full.
   */
  repaid_after_caller_killed: { calls: number; repeats: RepeatedCall[] };
  /** Final status of the accepted intents, by status. */
  outcomes: Record<string, number>;
  /** The intents counted in `wrong_outcomes`, with the error the factory recorded. */
  wrong_outcomes: { service: string; expected: string; status: string; error: unknown }[];
  submissions: { attempted: number; never_accepted: number; retries: number };
  llm_calls: number;
  builds: number;
  timings: {
    wall_ms: number;
    startup_ms: number;
    chaos_ms: number;
    settle_ms: number;
    settled: boolean;
    kills_done: number;
    kills_by_service: Record<string, number>;
    redis_restarts_done: number;
    process_samples: number;
  };
}

/** True when the report shows a failure (any count but `accepted` above 0, or nothing accepted). */
export function chaosFailed(report: ChaosReport): boolean {
  const { accepted, ...failures } = report.counts;
  return accepted === 0 || Object.values(failures).some((n) => n > 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `count` distinct free loopback ports below the ephemeral range (client sockets never take them). */
async function pickPorts(count: number, random: SeededRandom): Promise<number[]> {
  const picked = new Set<number>();
  while (picked.size < count) {
    const port = 20_000 + random.below(12_000);
    if (!picked.has(port) && (await portIsFree(port))) picked.add(port);
  }
  return [...picked];
}

/** A build as `GET /builds/:id/status` shows it (the parts the run reads). */
interface BuildSeen {
  build_id: string;
  service_name: string;
  status: string;
  phases?: Record<string, unknown>;
}

/** A deployment as `GET /deployments` lists it (the parts the run reads). */
interface DeploymentSeen {
  name: string;
  status: string;
  pid: number | null;
  release_id: string;
  previous_release: { release_id: string } | null;
}

/** The fields of the services' answers the run reads (each answer has some of them). */
interface Answer extends Partial<BuildSeen> {
  intent_id?: string;
  error?: unknown;
  items?: { intent_id: string; service_name: string }[];
  next_offset?: number | null;
  deployments?: DeploymentSeen[];
}

interface Http {
  status: number;
  body: Answer;
}

/** The run's world: processes, clients and what was submitted. */
class ChaosRun {
  readonly random: SeededRandom;
  readonly runTag: string;
  private readonly key = `sf-chaos-${randomBytes(16).toString('hex')}`;
  root = '';
  redis!: AofRedis;
  vendor!: CountingVendor;
  factories: ServiceProcess[] = [];
  executors: ServiceProcess[] = [];
  sampler!: ServiceSampler;
  intents: ChaosIntent[] = [];
  accepted = new Map<string, ChaosIntent>();
  submissions = { attempted: 0, never_accepted: 0, retries: 0 };
  killsByService: Record<string, number> = {};
  killsDone = 0;
  redisRestartsDone = 0;

  constructor(
    readonly settings: ChaosSettings,
    readonly log: (line: string) => void,
    /** Aborted: no more kills or submits, no more waiting; the report covers what was done. */
    readonly signal?: AbortSignal,
  ) {
    this.random = new SeededRandom(settings.seed);
    this.runTag = `${settings.seed.toString(36)}${randomBytes(2).toString('hex')}`;
  }

  get services(): ServiceProcess[] {
    return [...this.factories, ...this.executors];
  }

  async http(base: string, method: string, path: string, body?: unknown, headers = {}): Promise<Http> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    let parsed: Answer = {};
    try {
      parsed = JSON.parse(text) as Answer;
    } catch {
      // not JSON (an error page): nothing the run reads
    }
    return { status: res.status, body: parsed };
  }

  /** A request to whichever of `targets` answers (the others may be dead), trying again until `timeoutMs`. */
  async anyOf(targets: ServiceProcess[], method: string, path: string, timeoutMs = 60_000): Promise<Http> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      const target = targets[attempt % targets.length];
      try {
        const res = await this.http(target.url, method, path);
        if (res.status < 500) return res;
        lastError = new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      } catch (err) {
        lastError = err;
      }
      await sleep(300);
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  /** Each life of the service `name` calls the model through its own tagged URL, so every call names its sender. */
  private callerEnv(name: string): (life: number) => Record<string, string> {
    return (life) => ({ ANTHROPIC_BASE_URL: this.vendor.urlFor(name, life) });
  }

  async setUp(): Promise<void> {
    const { settings } = this;
    this.root = await mkdtemp(join(tmpdir(), 'sf-chaos-'));
    // The sandbox runs generated code as another user, which must reach the build directories below.
    await chmod(this.root, 0o755);
    const servicePorts = await pickPorts(1 + 2 + settings.executors, this.random);
    const [redisPort, ...ports] = servicePorts;
    this.redis = new AofRedis(join(this.root, 'redis'), redisPort, settings.appendfsync);
    await this.redis.start();
    this.vendor = await startCountingVendor();
    const lock = String(settings.jobLockMs);
    const common: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: process.env.HOME ?? this.root,
      NODE_ENV: 'production',
      REDIS_URL: this.redis.url,
      REDIS_PREFIX: PREFIX,
      LLM_PROVIDER: 'anthropic',
      ANTHROPIC_API_KEY: 'sk-ant-chaos',
      AUTH_API_KEYS: `chaos:admin:${this.key}`,
      RATE_LIMIT_SUBMIT: '10000000',
      RATE_LIMIT_READS: '10000000',
      DAILY_BUDGET_USD: '1000000',
      MAX_COST_PER_INTENT_USD: '1000',
      SPEC_JOB_LOCK_MS: lock,
      BUILD_JOB_LOCK_MS: lock,
      SPEC_RETRY_BACKOFF_MS: '500,1000,2000',
      SANDBOX: settings.sandbox,
      GIT_RELEASES: 'false',
    };
    for (let i = 0; i < 2; i++) {
      const name = `factory-${i + 1}`;
      const port = ports[i];
      const dataDir = join(this.root, name);
      await mkdir(dataDir, { recursive: true });
      this.factories.push(
        new ServiceProcess(
          name,
          FACTORY_ENTRY,
          { ...common, DATA_DIR: dataDir, FACTORY_PORT: String(port) },
          `http://127.0.0.1:${port}`,
          join(this.root, `${name}.log`),
          this.callerEnv(name),
        ),
      );
    }
    for (let i = 0; i < settings.executors; i++) {
      const name = `executor-${i + 1}`;
      const port = ports[2 + i];
      const dataDir = join(this.root, name);
      await mkdir(join(dataDir, 'builds'), { recursive: true });
      this.executors.push(
        new ServiceProcess(
          name,
          EXECUTOR_ENTRY,
          {
            ...common,
            DATA_DIR: dataDir,
            BUILDS_DIR: join(dataDir, 'builds'),
            // One host: its executors share the local deployments' state, so one adopts the other's services.
            DEPLOYMENTS_DIR: join(this.root, 'deployments'),
            EXECUTOR_PORT: String(port),
            // A new service registers with an executor's registry, which chaos may be killing and restarting at
            // that moment: give it the restart's time as well (10 s by default; a CI run once rolled a build back
            // with REGISTRATION_TIMEOUT while its registry's executor came back).
            REGISTER_TIMEOUT_MS: '30000',
          },
          `http://127.0.0.1:${port}`,
          join(this.root, `${name}.log`),
          this.callerEnv(name),
        ),
      );
    }
    await Promise.all(this.factories.map((f) => f.start()));
    await Promise.all(this.executors.map((e) => e.start()));
    const intentPorts = await pickPorts(settings.intents, this.random);
    this.intents = chaosIntents(
      settings.intents,
      settings.refusedShare,
      this.runTag,
      intentPorts,
      this.random,
    );
    this.sampler = new ServiceSampler(new Set(intentPorts), this.root);
    this.sampler.start();
  }

  /** Submits one intent to a live factory, again with the same Idempotency-Key until one answers 202. */
  async submit(intent: ChaosIntent, index: number): Promise<void> {
    this.submissions.attempted += 1;
    const deadline = Date.now() + 180_000;
    for (let attempt = 0; Date.now() < deadline && !this.signal?.aborted; attempt++) {
      if (attempt > 0) {
        this.submissions.retries += 1;
        await sleep(300);
      }
      const factory = this.factories[(index + attempt) % this.factories.length];
      if (!factory.alive) continue;
      try {
        const res = await this.http(factory.url, 'POST', '/intents/submit', intent.body, {
          'idempotency-key': `${this.runTag}-${index}`,
        });
        if (res.status === 202 || res.status === 200) {
          this.accepted.set(res.body.intent_id as string, intent);
          return;
        }
        if (res.status < 500 && res.status !== 429) {
          this.log(`submit ${intent.service_name}: ${res.status} ${JSON.stringify(res.body)}`);
          break;
        }
      } catch {
        // the factory died under the request, or Redis is down: try again
      }
    }
    this.submissions.never_accepted += 1;
  }

  /** kill -9 of Redis, then its restart on the same port and AOF (it answers again within a second). */
  async restartRedis(): Promise<void> {
    await this.redis.kill9();
    await this.redis.start();
    this.redisRestartsDone += 1;
  }

  /** SIGKILL of one service; resolves once it has started again and listens. */
  async restartService(target: ServiceProcess): Promise<void> {
    await target.kill9();
    this.killsDone += 1;
    this.killsByService[target.name] = (this.killsByService[target.name] ?? 0) + 1;
    const started = performance.now();
    await target.start();
    this.log(`${target.name} back after ${(performance.now() - started).toFixed(0)} ms`);
  }

  /**
   * The chaos phase: the events (service kills, with the Redis restarts spread evenly among them) are spaced by
   * seeded pauses, and the intents are submitted in batches between them. A killed service restarts in the
   * background, so several may be down at once; a service is killed again only after it is back.
   */
  async chaos(): Promise<void> {
    const { kills, redisRestarts, killIntervalMs } = this.settings;
    const events: ('redis' | ServiceProcess)[] = [];
    const redisAt = new Set(
      Array.from({ length: redisRestarts }, (_, j) =>
        Math.floor(((j + 0.5) * (kills + redisRestarts)) / redisRestarts),
      ),
    );
    for (let i = 0; events.length < kills + redisRestarts; i++) {
      events.push(redisAt.has(i) ? 'redis' : this.random.pick(this.services));
    }
    const batches = events.length + 1;
    const submitting: Promise<void>[] = [];
    const restarting = new Map<ServiceProcess, Promise<void>>();
    let next = 0;
    const submitBatch = (b: number) => {
      const end = Math.round(((b + 1) * this.intents.length) / batches);
      for (; next < end; next++) submitting.push(this.submit(this.intents[next], next));
    };
    submitBatch(0);
    for (let e = 0; e < events.length && !this.signal?.aborted; e++) {
      await sleep(killIntervalMs * (0.5 + this.random.next()));
      const target = events[e];
      this.log(
        `event ${e + 1}/${events.length}: kill -9 ${target === 'redis' ? 'redis' : target.name}; ` +
          `${this.accepted.size} intents accepted so far`,
      );
      if (target === 'redis') await this.restartRedis();
      else {
        await restarting.get(target);
        const restart = this.restartService(target);
        // Awaited later (before the next kill of it, and at the end); a failed start must not crash the run first.
        restart.catch(() => undefined);
        restarting.set(target, restart);
      }
      submitBatch(e + 1);
    }
    await Promise.all(restarting.values());
    await Promise.all(submitting);
  }

  /** Status of every accepted intent (`null` when the factory does not know it); `errors` gets their errors. */
  async statuses(ids: string[], errors?: Map<string, unknown>): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    await mapLimit(ids, 8, async (id) => {
      const res = await this.anyOf(this.factories, 'GET', `/intents/${id}/status`);
      out.set(id, res.status === 404 ? null : (res.body.status as string));
      if (res.status === 200 && res.body.error) errors?.set(id, res.body.error);
    });
    return out;
  }

  /** Waits until every accepted intent is terminal (or unknown), at most `settleTimeoutMs`. */
  async settle(): Promise<boolean> {
    const deadline = Date.now() + this.settings.settleTimeoutMs;
    let pending = [...this.accepted.keys()];
    let lastLog = 0;
    while (pending.length > 0 && Date.now() < deadline && !this.signal?.aborted) {
      const now = await this.statuses(pending);
      pending = pending.filter((id) => {
        const status = now.get(id);
        return status !== null && status !== undefined && !TERMINAL.has(status);
      });
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        this.log(`settling: ${pending.length} of ${this.accepted.size} intents not terminal`);
      }
      if (pending.length > 0) await sleep(2_000);
    }
    return pending.length === 0;
  }

  /** Every build record the executors wrote, read through an executor's API. */
  async builds(): Promise<BuildSeen[]> {
    const redis = new Redis(this.redis.url, { maxRetriesPerRequest: 3 });
    try {
      // The executors' build index, under the core key group's hash tag (as ExecutorKeys names it).
      const ids = await redis.zrange(`${keyPrefix(PREFIX)}:builds:created`, '0', '-1');
      // A few at a time: read one by one, 200 builds kept the report waiting minutes on an idle machine.
      const read = await mapLimit(ids, 8, (id) => this.anyOf(this.executors, 'GET', `/builds/${id}/status`));
      return read.filter((res) => res.status === 200).map((res) => res.body as BuildSeen);
    } finally {
      redis.disconnect();
    }
  }

  /** Every intent the factories hold, paged. */
  async allIntents(): Promise<{ intent_id: string; service_name: string }[]> {
    const items: { intent_id: string; service_name: string }[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const res = await this.anyOf(this.factories, 'GET', `/intents?limit=100&offset=${offset}`);
      items.push(...(res.body.items ?? []));
      offset = res.body.next_offset ?? null;
    }
    return items;
  }

  /**
   * Splits repeated calls: a repeat whose previous answer went to a process of the run that exited (was
   * SIGKILLed) between sending that call and the repeat is a call cut off by the kill; any other repeat (the
   * previous caller still alive, or not identified) is the line's own double bill. `calls` counts the repeats
   * of each kind plus one.
   */
  classifyRepeats(all: RepeatedCall[]): { repeats: RepeatedCall[]; cutOff: RepeatedCall[] } {
    const repeats: RepeatedCall[] = [];
    const cutOff: RepeatedCall[] = [];
    for (const call of all) {
      let own = 0;
      let killed = 0;
      for (let i = 1; i < call.answered.length; i++) {
        // The life that sent the earlier call was alive when it sent it; if it is gone by the time the call is
        // answered again, it was killed in between: before it could keep the answer (or before it got it).
        const { caller } = call.answered[i - 1];
        const service = caller && this.services.find((s) => s.name === caller.name);
        const exited = caller && service ? service.exitedAt(caller.life) : null;
        if (exited !== null && exited <= call.answered[i].at_ms) killed += 1;
        else own += 1;
      }
      if (own > 0) repeats.push({ ...call, calls: own + 1 });
      if (killed > 0) cutOff.push({ ...call, calls: killed + 1 });
    }
    return { repeats, cutOff };
  }

  async report(started: string, timings: ChaosReport['timings']): Promise<ChaosReport> {
    const errors = new Map<string, unknown>();
    const finals = await this.statuses([...this.accepted.keys()], errors);
    const builds = await this.builds();
    const held = await this.allIntents();
    const deployments = await Promise.all(
      this.executors.map(async (e) => ({
        executor: e.name,
        list: (await this.anyOf([e], 'GET', '/deployments')).body.deployments ?? [],
      })),
    );
    const live = await this.sampler.sample();
    const byName = new Map([...this.accepted.values()].map((i) => [i.service_name, i]));

    const lost: ChaosReport['details']['lost'] = [];
    const stuck: ChaosReport['details']['stuck'] = [];
    const outcomes: Record<string, number> = {};
    const wrong: ChaosReport['wrong_outcomes'] = [];
    for (const [id, intent] of this.accepted) {
      const status = finals.get(id) ?? null;
      outcomes[status ?? 'absent'] = (outcomes[status ?? 'absent'] ?? 0) + 1;
      if (status === null) lost.push({ intent_id: id, service: intent.service_name });
      else if (!TERMINAL.has(status)) stuck.push({ intent_id: id, service: intent.service_name, status });
      else if (
        (intent.expect === 'deployed' && status !== 'deployed') ||
        (intent.expect === 'refused' && status === 'deployed')
      )
        wrong.push({ service: intent.service_name, expected: intent.expect, status, error: errors.get(id) });
    }

    const duplicated = new Map<string, string[]>();
    const twice = new Map<string, string[]>();
    const note = (map: Map<string, string[]>, service: string, reason: string) =>
      map.set(service, [...(map.get(service) ?? []), reason]);
    const deployingBuilds = new Map<string, string[]>();
    for (const b of builds) {
      const reached = DEPLOY_PHASES.some((p) => b.phases?.[p]) || DEPLOY_PHASES.includes(b.status);
      if (reached)
        deployingBuilds.set(b.service_name, [...(deployingBuilds.get(b.service_name) ?? []), b.build_id]);
    }
    for (const [service, ids] of deployingBuilds)
      if (ids.length > 1) note(duplicated, service, `${ids.length} builds reached deploy: ${ids.join(', ')}`);
    for (const intent of byName.values()) {
      const pids = this.sampler.pidsByPort.get(intent.port);
      if (pids && pids.size > 1)
        note(duplicated, intent.service_name, `started ${pids.size} times (pids ${[...pids].join(', ')})`);
      const atOnce = this.sampler.maxAtOnce.get(intent.port) ?? 0;
      if (atOnce > 1)
        note(twice, intent.service_name, `${atOnce} live processes on port ${intent.port} at once`);
    }
    // Every executor lists every local deployment (one view in Redis, written by the lease holder), so a service
    // held twice shows as two live pids across the lists (the process sampler checks the host itself).
    const liveHolders = new Map<string, Set<string>>();
    for (const { executor, list } of deployments) {
      for (const d of list) {
        if (!byName.has(d.name)) continue;
        if (d.previous_release)
          note(
            duplicated,
            d.name,
            `${executor} replaced release ${d.previous_release.release_id} by ${d.release_id}`,
          );
        if (d.status === 'starting' || d.status === 'running')
          liveHolders.set(d.name, (liveHolders.get(d.name) ?? new Set()).add(`pid ${d.pid}`));
      }
    }
    for (const [service, holders] of liveHolders)
      if (holders.size > 1) note(twice, service, `seen as ${[...holders].join(' and ')}`);
    const livePerPort = new Map<number, number>();
    for (const { port } of live) livePerPort.set(port, (livePerPort.get(port) ?? 0) + 1);

    const { repeats: repeated, cutOff } = this.classifyRepeats(
      this.vendor.repeated().filter((r) => byName.has(r.service)),
    );
    const heldBy = new Map<string, number>();
    for (const item of held) heldBy.set(item.service_name, (heldBy.get(item.service_name) ?? 0) + 1);
    const duplicatedIntents = [...heldBy]
      .filter(([name, n]) => byName.has(name) && n > 1)
      .map(([name]) => name);

    return {
      settings: this.settings,
      started_at: started,
      counts: {
        accepted: this.accepted.size,
        lost: lost.length,
        stuck: stuck.length,
        duplicated_deploys: duplicated.size,
        supervised_twice: twice.size,
        double_billed_calls: repeated.reduce((n, r) => n + r.calls - 1, 0),
        duplicated_intents: duplicatedIntents.length,
        wrong_outcomes: wrong.length,
      },
      details: {
        lost,
        stuck,
        duplicated_deploys: [...duplicated].map(([service, reasons]) => ({ service, reasons })),
        supervised_twice: [...twice].map(([service, reasons]) => ({ service, reasons })),
        double_billed: repeated,
        duplicated_intents: duplicatedIntents,
      },
      repaid_after_caller_killed: { calls: cutOff.reduce((n, r) => n + r.calls - 1, 0), repeats: cutOff },
      outcomes,
      wrong_outcomes: wrong,
      submissions: this.submissions,
      llm_calls: this.vendor.calls(),
      builds: builds.length,
      timings: { ...timings, process_samples: this.sampler.samples },
    };
  }

  /** Stops the deployed services, then every process of the run, and removes its directory (unless kept). */
  async tearDown(): Promise<void> {
    await this.sampler?.stop();
    for (const executor of this.executors) {
      if (!executor.alive) continue;
      try {
        const list = (await this.http(executor.url, 'GET', '/deployments')).body.deployments ?? [];
        const running = list.filter((d: { status: string }) => d.status !== 'stopped');
        await mapLimit(running, 8, (d: { name: string }) =>
          this.http(executor.url, 'POST', `/deployments/${d.name}/stop`),
        );
      } catch (err) {
        this.log(`could not stop ${executor.name}'s deployments: ${(err as Error).message}`);
      }
    }
    for (const service of this.services) await service.stop();
    // Whatever still runs from this run's directories: a service no executor held any more, and the test or
    // UDC-check runs of an executor killed mid-phase (on ports of their own; found by working directory).
    if (this.root) {
      const leftovers = await scanServiceProcesses(null, this.root);
      for (const { pid } of leftovers) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // gone
          }
        }
      }
      if (leftovers.length > 0) this.log(`killed ${leftovers.length} service processes left running`);
    }
    for (const service of this.services) await service.close();
    await this.redis?.stop();
    await this.vendor?.close();
    if (this.root && !this.settings.keepDir) await rm(this.root, { recursive: true, force: true });
    else if (this.root) this.log(`run directory kept: ${this.root}`);
  }
}

/**
 * Runs one chaos run with `settings` and returns its report; every process it started is stopped before.
 * `signal` cuts the run short (Ctrl-C): the report then covers what was done, and the processes are stopped.
 */
export async function runChaos(
  settings: ChaosSettings,
  log: (line: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<ChaosReport> {
  const run = new ChaosRun(settings, log, signal);
  const started = new Date().toISOString();
  const t0 = performance.now();
  try {
    await run.setUp();
    const t1 = performance.now();
    log(
      `started redis, the fake vendor, ${run.services.map((s) => s.name).join(', ')} in ${(t1 - t0).toFixed(0)} ms`,
    );
    await run.chaos();
    const t2 = performance.now();
    const settled = await run.settle();
    const t3 = performance.now();
    return await run.report(started, {
      wall_ms: Math.round(t3 - t0),
      startup_ms: Math.round(t1 - t0),
      chaos_ms: Math.round(t2 - t1),
      settle_ms: Math.round(t3 - t2),
      settled,
      kills_done: run.killsDone,
      kills_by_service: run.killsByService,
      redis_restarts_done: run.redisRestartsDone,
      process_samples: 0,
    });
  } finally {
    await run.tearDown();
  }
}
