import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { GeneratedFile } from '@sf/llm';
import { freePort, startEmbeddedRedis, type RedisHandle } from '@sf/platform';
import { startExecutor, type StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { listProcesses } from '../../apps/build-executor/src/sandbox/process-table';
import { processesWith } from '../../apps/build-executor/src/sandbox/testing';
import { startFactory, type StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { CONTAINED_PROBES, HOSTILE_PROBES, type ProbeTargets } from '../fixtures/hostile-probes';
import { request, TEST_AUTH_ENV, uniquePrefix, waitForStatus } from '../support/harness';
import { answerLikeAModel, readModelRequest } from '../support/model-answers';

/*
 * Issue 14's hostile code suite. The whole line runs as in production — factory and executor on a Redis with
 * a password (the embedded one), the bwrap sandbox, the local deploy target — and the model is faked at the
 * wire: the real Anthropic SDK talks to scripts/support/fake-llm-vendor.ts, which answers every role like a
 * capable model except that the code it writes is hostile. Its service runs the escape attempts of
 * test/fixtures/hostile-probes.ts before it listens, so they run in the UDC check and in the deployed
 * service; its tests run them too, in the testing phase. Each phase prints `PROBES <json>` where the
 * executor keeps that phase's output (the test log, the UDC log, the deployed service's log).
 *
 * The claim: in each of the three phases every escape attempt is blocked (or contained, checked from the
 * host), nothing the code started outlives its phase or the stop, the host shows no trace of a write, and the
 * executor, the factory and Redis are unharmed. Loopback only; every wait is bounded.
 */

interface Probe {
  name: string;
  blocked: boolean;
  detail: string;
}
interface ProbeReport {
  uid: number;
  results: Probe[];
}

/** `PROBES <json>` in a phase's output (a TAP comment line in the test log). */
function reportIn(log: string, phase: string): ProbeReport {
  const line = /PROBES (\{.*\})\s*$/m.exec(log);
  if (!line) throw new Error(`no probe report in the ${phase} output:\n${log.slice(-3000)}`);
  return JSON.parse(line[1]) as ProbeReport;
}

/** What each probe achieved, by name: `true` when blocked. */
function verdicts(report: ProbeReport): Record<string, boolean> {
  return Object.fromEntries(report.results.map((probe) => [probe.name, probe.blocked]));
}

/** The pid of the redis-server on loopback `port` (it names its address in its process title). */
async function redisPidOn(port: number): Promise<number> {
  for (const pid of (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.startsWith(`redis-server 127.0.0.1:${port}`)) return Number(pid);
  }
  throw new Error(`no redis-server on port ${port}`);
}

/** The offline code with its entry wrapped: the probes run first, then the real entry starts the service. */
function hostileService(files: GeneratedFile[], targets: ProbeTargets): GeneratedFile[] {
  const entry = files.find((file) => file.path === 'src/main.ts');
  if (!entry) throw new Error(`no src/main.ts among ${files.map((f) => f.path).join(', ')}`);
  return [
    ...files.filter((file) => file !== entry),
    { path: 'src/real-main.ts', content: entry.content },
    { path: 'src/probes.ts', content: HOSTILE_PROBES },
    {
      path: 'src/main.ts',
      content: [
        `const { runProbes } = require('./probes.js');`,
        `runProbes(${JSON.stringify(targets)}).then((report: unknown) => {`,
        `  console.log('PROBES ' + JSON.stringify(report));`,
        `  require('./real-main.js');`,
        `});`,
      ].join('\n'),
    },
  ];
}

/** The offline tests with one more, which runs the probes inside the test run and always passes. */
function hostileTests(files: GeneratedFile[], targets: ProbeTargets): GeneratedFile[] {
  return files.map((file) =>
    file.path === 'tests/endpoints.test.ts'
      ? {
          ...file,
          content: [
            file.content,
            `require('node:test').test('runs its probes', async () => {`,
            `  const report = await require('../probes.js').runProbes(${JSON.stringify(targets)});`,
            `  console.log('PROBES ' + JSON.stringify(report));`,
            `});`,
          ].join('\n'),
        }
      : file,
  );
}

describe('hostile generated code, from a model faked at the wire, in the test, UDC and deploy phases', () => {
  const marker = `hostile-${randomBytes(4).toString('hex')}`;
  const secret = `sekrit-${randomBytes(8).toString('hex')}`;
  const service = `hostile-${randomBytes(2).toString('hex')}`;
  let root: string;
  let dataDir: string;
  let hostDir: string;
  let redis: RedisHandle;
  let redisPid: number;
  let fake: FakeLlmVendor;
  let executor: StartedExecutor;
  let factory: StartedFactory;
  let targets: ProbeTargets;
  let status: any;
  let deployment: any;
  const reports: Record<'testing' | 'udc' | 'deployed', ProbeReport> = {} as never;

  beforeAll(async () => {
    // Outside /tmp (as the default `.data`): the sandbox's private /tmp would hide what lies under the host's.
    root = await mkdtemp(join('/var/tmp', 'sf-hostile-'));
    await chmod(root, 0o755);
    dataDir = join(root, 'data');
    hostDir = join(root, 'host-only');
    await mkdir(join(dataDir, 'credentials'), { recursive: true });
    await mkdir(join(dataDir, 'builds', 'another-build'), { recursive: true });
    await mkdir(hostDir, { recursive: true });
    // World-readable on purpose: what keeps generated code from them must be the sandbox, not the mode bits.
    await writeFile(join(hostDir, 'credentials'), secret, { mode: 0o644 });
    await writeFile(join(dataDir, 'credentials', 'decoy.key'), secret, { mode: 0o644 });
    await writeFile(join(dataDir, 'builds', 'another-build', 'SPEC.md'), secret, { mode: 0o644 });
    redis = await startEmbeddedRedis({ dataDir: join(root, 'redis') });
    redisPid = await redisPidOn(Number(new URL(redis.url).port));
    // A secret the executor's own process holds, which generated code must not find.
    process.env.SF_HOSTILE_TEST_SECRET = secret;

    fake = await startFakeLlmVendor({
      answer: (vendor, body) => {
        const { role } = readModelRequest(vendor, body);
        const answer = answerLikeAModel(vendor, body);
        if (role === 'codegen')
          return { files: hostileService((answer as { files: GeneratedFile[] }).files, targets) };
        if (role === 'testgen')
          return { files: hostileTests((answer as { files: GeneratedFile[] }).files, targets) };
        return answer;
      },
    });
    const env = {
      PATH: process.env.PATH,
      REDIS_URL: redis.url,
      REDIS_PREFIX: uniquePrefix('hostile'),
      DATA_DIR: dataDir,
      LLM_PROVIDER: 'anthropic',
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: fake.anthropicURL,
      SANDBOX: 'bwrap',
      // The probes run before the service listens, and a busy machine makes them slow: generous bounds.
      TEST_TIMEOUT_MS: '120000',
      UDC_START_TIMEOUT_MS: '90000',
      HEALTH_TIMEOUT_MS: '90000',
      MAX_FIX_ITERATIONS: '0',
      ...TEST_AUTH_ENV,
    };
    executor = await startExecutor({ ...env, EXECUTOR_PORT: '0' });
    factory = await startFactory({ ...env, FACTORY_PORT: '0', SPEC_RETRY_BACKOFF_MS: '50,50,50' });
    targets = {
      marker,
      secretName: 'SF_HOSTILE_TEST_SECRET',
      hostDir,
      executorPid: process.pid,
      executorDataDir: dataDir,
      credentialFile: join(dataDir, 'credentials', 'decoy.key'),
      otherBuildFile: join(dataDir, 'builds', 'another-build', 'SPEC.md'),
      redisPort: Number(new URL(redis.url).port),
      redisPid,
      executorPort: Number(new URL(executor.url).port),
      factoryPort: Number(new URL(factory.url).port),
    };

    const submitted = await request(factory.url, 'POST', '/intents/submit', {
      service_name: service,
      service_type: 'domain',
      priority: 'high',
      purpose: 'Greets whoever asks',
      key_features: ['GET /hello endpoint'],
      dependencies: [],
      port: await freePort(),
      auto_build: true,
      approval_mode: 'auto',
    });
    expect(submitted.status).toBe(202);
    const intentId = submitted.body.intent_id as string;
    await waitForStatus(factory.url, intentId, 'deployed', 240_000);
    const buildId = (await request(factory.url, 'GET', `/intents/${intentId}/status`)).body.build
      .build_id as string;
    status = (await request(executor.url, 'GET', `/builds/${buildId}/status`)).body;
    deployment = (await request(executor.url, 'GET', `/deployments/${service}`)).body;
    const logs = join(status.artifacts.dir as string, 'logs');
    reports.testing = reportIn(await readFile(join(logs, 'testing-1.log'), 'utf8'), 'testing');
    reports.udc = reportIn(await readFile(join(logs, 'udc.log'), 'utf8'), 'UDC check');
    reports.deployed = reportIn(await readFile(deployment.log_path as string, 'utf8'), 'deployed service');
    // The report, for whoever reads the CI run: each probe in each phase with what it saw.
    await mkdir('test-results', { recursive: true });
    await writeFile(join('test-results', 'hostile-probes.json'), `${JSON.stringify(reports, null, 2)}\n`);
  }, 300_000);

  afterAll(async () => {
    if (redisPid) process.kill(redisPid, 'SIGCONT');
    if (executor) await request(executor.url, 'POST', `/deployments/${service}/stop`).catch(() => undefined);
    await factory?.close();
    await executor?.close();
    await fake?.close();
    await redis?.stop();
    delete process.env.SF_HOSTILE_TEST_SECRET;
    for (const pid of processesWith(marker)) process.kill(pid, 'SIGKILL');
    await rm(root, { recursive: true, force: true });
  }, 60_000);

  it('went through every phase on the fake vendor, with the hostile code and tests the model wrote', async () => {
    expect(status.status).toBe('deployed');
    expect(status.sandbox).toEqual({ mode: 'bwrap', isolated: true });
    const roles = fake.requests.map((r) => readModelRequest(r.vendor, r.body).role);
    expect(roles).toEqual(expect.arrayContaining(['codegen', 'testgen']));
    expect(roles.filter((role) => role === 'codegen')).toHaveLength(1);
    // The release that ran is the one the model wrote: the probes and the wrapped entry are in it.
    const release = join(status.artifacts.dir as string, 'release');
    expect(await readFile(join(release, 'probes.js'), 'utf8')).toContain('runProbes');
    // Transpiled: the quotes are the transpiler's.
    expect(await readFile(join(release, 'main.js'), 'utf8')).toMatch(/require\(["']\.\/real-main\.js["']\)/);
  });

  const escapes = (report: ProbeReport): Probe[] =>
    report.results.filter((probe) => !CONTAINED_PROBES.includes(probe.name) && probe.name !== 'environment');

  it('tries at least 30 escapes in each phase, and each phase reports every one', () => {
    for (const phase of ['testing', 'udc', 'deployed'] as const) {
      expect({ phase, attempts: escapes(reports[phase]).length >= 30 }).toEqual({ phase, attempts: true });
      expect(reports[phase].results.map((probe) => probe.name)).toEqual(
        reports.testing.results.map((probe) => probe.name),
      );
    }
  });

  it('blocks every escape in the testing phase (no network, the work dir its only writable place)', () => {
    const seen = verdicts(reports.testing);
    // The test run may change its own work tree: the release is written afterwards, from the model's sources.
    const ownTree = ['rewrite its own code', 'add a file beside its code'];
    for (const probe of escapes(reports.testing).filter((p) => !ownTree.includes(p.name))) {
      expect({ probe: probe.name, blocked: seen[probe.name], detail: probe.detail }).toMatchObject({
        probe: probe.name,
        blocked: true,
      });
    }
    expect(reports.testing.uid).not.toBe(0);
    expect(reports.testing.results.find((p) => p.name === 'use Redis')?.detail).toBe(
      'no connection, ECONNREFUSED',
    );
  });

  it('blocks every escape in the UDC check (no network, the release read-only)', () => {
    for (const probe of escapes(reports.udc)) {
      expect({ probe: probe.name, blocked: probe.blocked, detail: probe.detail }).toMatchObject({
        probe: probe.name,
        blocked: true,
      });
    }
    expect(reports.udc.uid).not.toBe(0);
  });

  it('blocks every escape of the deployed service (own uid and pid namespace, Redis and the APIs locked)', () => {
    for (const probe of escapes(reports.deployed)) {
      expect({ probe: probe.name, blocked: probe.blocked, detail: probe.detail }).toMatchObject({
        probe: probe.name,
        blocked: true,
      });
    }
    const byName = Object.fromEntries(reports.deployed.results.map((probe) => [probe.name, probe]));
    expect(byName['use Redis'].detail).toMatch(/NOAUTH/);
    expect(byName['use the executor API'].detail).toMatch(/ 401 /);
    expect(byName['use the factory API'].detail).toMatch(/ 401 /);
    expect(byName['fork 300 processes'].detail).toMatch(/EAGAIN/);
    // Only what the service needs, and nothing of the executor's.
    expect(byName.environment.detail.split(',')).toEqual(
      expect.not.arrayContaining([
        'SF_HOSTILE_TEST_SECRET',
        'REDIS_URL',
        'ANTHROPIC_API_KEY',
        'AUTH_API_KEYS',
      ]),
    );
    expect(reports.deployed.uid).not.toBe(0);
    expect(deployment.isolation).toMatchObject({
      mode: 'bwrap',
      label: 'isolated',
      uid: reports.deployed.uid,
    });
  });

  it('caps the deployed service at one CPU where the host allows a cgroup, and says which', async () => {
    const applied = (deployment.isolation.applied as string[]).find((line) => line.startsWith('cpu:'));
    const missing = (deployment.isolation.not_applied as string[]).find((line) => line.startsWith('cpu:'));
    expect([applied, missing].filter(Boolean)).toHaveLength(1);
    if (applied?.includes('cgroup v1')) {
      // Its processes sit in their own cpu cgroup, which carries the quota (no timing-based throttle check).
      const pid1 = listProcesses().find((entry) => entry.ppid === deployment.pid)?.pid;
      const path = /^\d+:(?:[^:]*,)?cpu(?:,[^:]*)?:(.*)$/m.exec(
        await readFile(`/proc/${pid1}/cgroup`, 'utf8'),
      )?.[1];
      expect(path).toMatch(new RegExp(`/sovereign-services/${service}$`));
      expect(
        (await readFile(join('/sys/fs/cgroup/cpu', path ?? '', 'cpu.cfs_quota_us'), 'utf8')).trim(),
      ).toBe('100000');
    }
  });

  it('leaves no trace on the host and the line unharmed', async () => {
    for (const path of [
      `/pwned-${marker}`,
      `/etc/pwned-${marker}`,
      join(hostDir, 'pwned'),
      join(dataDir, `pwned-${marker}`),
    ]) {
      expect({ path, exists: existsSync(path) }).toEqual({ path, exists: false });
    }
    expect(await readFile(join(hostDir, 'credentials'), 'utf8')).toBe(secret);
    // No root-owned setuid file anywhere the code could write (its data dir, the build's work tree).
    const serviceData = join(dataDir, 'deployments', service, 'data');
    for (const dir of [serviceData, join(status.artifacts.dir as string, 'work')]) {
      for (const name of await readdir(dir, { recursive: true })) {
        const file = await stat(join(dir, name));
        expect({ name, rootSetuid: file.uid === 0 && (file.mode & 0o4000) !== 0 }).toEqual({
          name,
          rootSetuid: false,
        });
      }
    }
    // Redis answers (it was not stopped), and the line builds and serves as before.
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1, connectTimeout: 5000 });
    try {
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }
    expect((await request(executor.url, 'GET', '/health')).body.status).toBe('active');
    expect((await request(factory.url, 'GET', '/health')).body.status).toBe('active');
    // The phases before the deploy left nothing running; the deployed service's survivor is still there.
    const survivors = processesWith(marker);
    expect(survivors.length).toBeGreaterThan(0);
    expect(
      listProcesses().filter((p) => survivors.includes(p.pid) && p.uid !== reports.deployed.uid),
    ).toEqual([]);
  });

  it('stops the deployed service completely: nothing it started is left', async () => {
    const hostPid = deployment.pid as number;

    const stopped = await request(executor.url, 'POST', `/deployments/${service}/stop`);

    expect([stopped.status, stopped.body.status]).toEqual([200, 'stopped']);
    expect(processesWith(marker)).toEqual([]);
    expect(listProcesses().filter((p) => p.uid === reports.deployed.uid || p.pid === hostPid)).toEqual([]);
  });
});
