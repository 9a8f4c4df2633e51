/**
 * The Kubernetes deploy target end to end through build-executor's HTTP API: the compiled executor
 * (`dist/apps/build-executor/src/main.js`) runs as a child process with a kubeconfig pointing at
 * {@link FakeKubeApi}, builds SPECs with the offline LLM provider and deploys them with `deploy_production`.
 * The test plays the cluster's part: the fake reports each Deployment rolled out, and once a build waits for
 * its registration the test registers the service at the executor's registry as the pods would (in-cluster
 * URL, provenance from `SF_PROVENANCE`). Runs under `node:test` like the rest of test/k8s (the Kubernetes
 * client is ESM-only and cannot load in Jest); needs `npm run build` first and a `redis-server` on PATH.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { extractContract, verifySpec } from '@sf/service-spec';
import { OfflineProvider } from '../../libs/generator/src/offline-provider';
import { startEmbeddedRedis, type RedisHandle } from '../../libs/platform/src/embedded-redis';
import { LABELS } from '../../apps/build-executor/src/deploy/kubernetes/k8s-manifests';
import { FakeKubeApi, type RecordedRequest } from './fake-kube-api';

const ROOT = join(__dirname, '..', '..', '..');
const EXECUTOR_ENTRY = join(ROOT, 'dist', 'apps', 'build-executor', 'src', 'main.js');
const NS = 'sovereign-services';
const SERVICE = 'k8s-notes';
const PORT = 9100;
const CLUSTER_URL = `http://${SERVICE}.${NS}.svc.cluster.local:${PORT}`;
/** What the pods are told to register at; the test registers at the executor's own registry instead. */
const POD_REGISTRY_URL = 'http://registry.sf-system.svc.cluster.local:8211';
/** The admin key the executor is started with (`AUTH_API_KEYS`). */
const ADMIN_KEY = `sf-k8s-test-${randomBytes(16).toString('hex')}`;
const TERMINAL = ['deployed', 'failed', 'rolled_back', 'needs_human_review', 'cancelled', 'rejected'];

let dir: string;
let api: FakeKubeApi;
let redis: RedisHandle | null = null;
let executor: ChildProcess | null = null;
let executorOutput = '';
let base: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'k8s-executor-'));
  // The process sandbox runs generated tests as this user, but keep the tree traversable as the harness does.
  await chmod(dir, 0o755);
  api = new FakeKubeApi();
  const server = await api.start();
  const kubeconfig = join(dir, 'kubeconfig.yaml');
  await writeFile(
    kubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: fake',
      'contexts: [{ name: fake, context: { cluster: fake, user: fake } }]',
      // The client refuses plain HTTP unless TLS verification is off; the fake speaks HTTP on loopback.
      `clusters: [{ name: fake, cluster: { server: '${server}', insecure-skip-tls-verify: true } }]`,
      'users: [{ name: fake, user: { token: test-token } }]',
      '',
    ].join('\n'),
  );
  redis = await startEmbeddedRedis({ dataDir: join(dir, 'redis-data'), reuse: false });
  base = await startExecutor({
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'k8s-e2e',
    EXECUTOR_PORT: '0',
    LLM_PROVIDER: 'offline',
    SANDBOX: 'process',
    DATA_DIR: join(dir, 'data'),
    KUBECONFIG: kubeconfig,
    K8S_REGISTRY_URL: POD_REGISTRY_URL,
    K8S_ROLLOUT_TIMEOUT_MS: '20000',
    REGISTER_TIMEOUT_MS: '15000',
    HEALTH_TIMEOUT_MS: '5000',
    HEALTH_RETRY_WAIT_MS: '200',
    SERVICE_HEARTBEAT_MS: '1000',
    BUILD_JOB_LOCK_MS: '5000',
    // Named ops: rollbacks record the caller, so their `by` is this key's name.
    AUTH_API_KEYS: `ops:admin:${ADMIN_KEY}`,
  });
});

after(async () => {
  await stopExecutor();
  await redis?.stop();
  await api?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Spawns the compiled executor and resolves with the URL of its "listening on <url>" line. */
function startExecutor(env: Record<string, string>, timeoutMs = 30_000): Promise<string> {
  const child = spawn(process.execPath, [EXECUTOR_ENTRY], {
    env,
    cwd: dir, // no stray .env of the working tree
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  executor = child;
  child.stdout?.on('data', (chunk: Buffer) => (executorOutput += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (executorOutput += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`executor did not start in ${timeoutMs} ms:\n${executorOutput}`));
    }, timeoutMs);
    const poll = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(executorOutput);
      if (!match) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(match[1]);
    }, 20);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`executor exited (${code ?? signal}) before listening:\n${executorOutput}`));
    });
  });
}

/** SIGTERM (graceful: closes its queues and connections), SIGKILL after 10 s. */
async function stopExecutor(): Promise<void> {
  const child = executor;
  executor = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = ADMIN_KEY,
): Promise<{ status: number; body: any }> {
  const auth = { authorization: `Bearer ${token}` };
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/** A SPEC that passes the gate: the offline provider's draft, optimized once (as test/support/harness.ts). */
function specFor(version: string): string {
  const offline = new OfflineProvider();
  const intent = {
    service_name: SERVICE,
    service_type: 'domain' as const,
    priority: 'medium' as const,
    purpose: `Service ${SERVICE} for the tests`,
    key_features: ['Create notes', 'Get a note by id'],
    dependencies: [],
    port: PORT,
    auto_build: true,
    approval_mode: 'auto' as const,
  };
  const draft = offline.answer('spec_builder', { intent }) as { spec_markdown: string };
  const verification = verifySpec(draft.spec_markdown, intent);
  const optimized = offline.answer('spec_optimizer', {
    intent,
    spec_markdown: draft.spec_markdown,
    verification,
  }) as { spec_markdown: string };
  // The offline SPEC is at 1.0.0 (service list and contract block); a new version is the same SPEC bumped.
  const markdown = optimized.spec_markdown.replaceAll('1.0.0', version);
  assert.equal(extractContract(markdown).service.version, version);
  return markdown;
}

async function submit(version: string): Promise<string> {
  const res = await call('POST', '/builds/submit', {
    spec: specFor(version),
    approval_mode: 'auto',
    deploy_production: true,
  });
  assert.equal(res.status, 202, JSON.stringify(res.body));
  return res.body.build_id as string;
}

async function status(id: string): Promise<any> {
  const res = await call('GET', `/builds/${id}/status`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function waitForStatus(id: string, accept: (s: string) => boolean, timeoutMs = 40_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const body = await status(id);
    if (accept(body.status)) return body;
    if (Date.now() > deadline) {
      assert.fail(
        `build ${id} is ${body.status} after ${timeoutMs} ms: ${JSON.stringify(body.error)}\n` +
          executorOutput.slice(-4000),
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The live Deployment in the fake cluster, with its environment as a map. */
function liveDeployment(): { object: any; env: Record<string, string> } {
  const object = api.stored('Deployment', NS, SERVICE);
  assert.ok(object, 'no Deployment in the fake cluster');
  const container = object.spec.template.spec.containers[0];
  // As the kubelet does: a secretKeyRef is read from the Secret it names.
  type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } };
  const valueOf = (e: EnvVar) => {
    if (!e.valueFrom) return e.value;
    const secret = api.stored('Secret', NS, e.valueFrom.secretKeyRef.name);
    const data = secret?.data?.[e.valueFrom.secretKeyRef.key] as string | undefined;
    return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
  };
  const env = Object.fromEntries(container.env.map((e: EnvVar) => [e.name, valueOf(e)]));
  return { object, env };
}

/** The ConfigMap a Deployment mounts. */
function configMapOf(deployment: any): string {
  const volume = deployment.spec.template.spec.volumes.find((v: any) => v.configMap);
  assert.ok(volume, 'the Deployment mounts no ConfigMap');
  return volume.configMap.name as string;
}

/**
 * What the pods of the live Deployment would do once ready: register at the registry with the Service URL and
 * the provenance they were given. The executor's built-in registry stands in for the in-cluster one.
 */
async function registerAsThePods(markdown: string): Promise<any> {
  const { env } = liveDeployment();
  const contract = extractContract(markdown);
  const entry = {
    name: SERVICE,
    version: env.SERVICE_VERSION,
    url: env.SERVICE_URL,
    udc_version: '1.0',
    capabilities: {
      service: SERVICE,
      version: env.SERVICE_VERSION,
      udc_version: '1.0',
      features: contract.service.features,
      endpoints: [{ method: 'GET', path: '/health', description: 'UDC health' }],
      dependencies: [],
    },
    provenance: JSON.parse(env.SF_PROVENANCE),
    heartbeat_interval_seconds: 1,
  };
  // As the pods would: with the registry token the executor minted for this service alone.
  assert.match(env.REGISTRY_TOKEN ?? '', /^sfr_/);
  const res = await call('POST', '/registry/register', entry, env.REGISTRY_TOKEN);
  assert.ok(res.status === 201 || res.status === 200, JSON.stringify(res.body));
  return res.body;
}

/** Submits a release and carries it through the registering phase to its end. */
async function deployVersion(
  version: string,
): Promise<{ id: string; final: any; applies: RecordedRequest[]; credentials: RecordedRequest[] }> {
  const from = api.requests.length;
  const id = await submit(version);
  const registering = await waitForStatus(id, (s) => s === 'registering' || TERMINAL.includes(s));
  assert.equal(registering.status, 'registering', JSON.stringify(registering.error));
  const { env } = liveDeployment();
  assert.equal(env.SERVICE_URL, CLUSTER_URL);
  assert.equal(env.REGISTRY_URL, POD_REGISTRY_URL);
  assert.equal(JSON.parse(env.SF_PROVENANCE).spec_sha256, registering.spec.sha256);
  await registerAsThePods(specFor(version));
  const final = await waitForStatus(id, (s) => TERMINAL.includes(s));
  const patches = api.requests.slice(from).filter((r) => r.method === 'PATCH');
  // The release's own objects, and apart from them the service's credentials Secret.
  const applies = patches.filter((r) => r.body.kind !== 'Secret');
  const credentials = patches.filter((r) => r.body.kind === 'Secret');
  return { id, final, applies, credentials };
}

void describe('deploy_production through the executor API', () => {
  let first: { id: string; final: any; applies: RecordedRequest[]; credentials: RecordedRequest[] };
  let second: { id: string; final: any; applies: RecordedRequest[]; credentials: RecordedRequest[] };
  let firstConfigMap: string;

  void test('a build deploys to the cluster: server-side applies, rollout, registration, health', async () => {
    first = await deployVersion('1.0.0');

    assert.equal(first.final.status, 'deployed', JSON.stringify(first.final.error));
    assert.deepEqual(
      first.applies.map((r) => r.body.kind),
      ['ConfigMap', 'Deployment', 'Service'],
    );
    firstConfigMap = first.applies[0].body.metadata.name as string;
    assert.deepEqual(
      first.applies.map((r) => r.path),
      [
        `/api/v1/namespaces/${NS}/configmaps/${firstConfigMap}`,
        `/apis/apps/v1/namespaces/${NS}/deployments/${SERVICE}`,
        `/api/v1/namespaces/${NS}/services/${SERVICE}`,
      ],
    );
    for (const patch of first.applies) {
      assert.equal(patch.contentType, 'application/apply-patch+yaml');
      assert.equal(patch.query.fieldManager, 'sovereign-factory');
      assert.equal(patch.query.force, 'true');
      assert.equal(patch.authorization, 'Bearer test-token');
    }
    const deployment = first.applies[1].body;
    assert.equal(configMapOf(deployment), firstConfigMap);
    // The registry token is in the service's Secret, applied first; the Deployment only refers to it.
    assert.deepEqual(
      first.credentials.map((r) => r.path),
      [`/api/v1/namespaces/${NS}/secrets/${SERVICE}-credentials`],
    );
    assert.ok(api.requests.indexOf(first.credentials[0]) < api.requests.indexOf(first.applies[0]));
    const token = liveDeployment().env.REGISTRY_TOKEN;
    assert.match(token, /^sfr_/);
    const tokenEnv = deployment.spec.template.spec.containers[0].env.find(
      (e: { name: string }) => e.name === 'REGISTRY_TOKEN',
    );
    assert.deepEqual(tokenEnv, {
      name: 'REGISTRY_TOKEN',
      valueFrom: { secretKeyRef: { name: `${SERVICE}-credentials`, key: 'REGISTRY_TOKEN' } },
    });
    assert.ok(!JSON.stringify(first.applies.map((r) => r.body)).includes(token));
    assert.equal(deployment.metadata.labels[LABELS.buildId], first.id);
    assert.equal(deployment.metadata.labels['app.kubernetes.io/version'], '1.0.0');

    const shown = await status(first.id);
    assert.equal(shown.deployment.target, 'kubernetes');
    assert.equal(shown.deployment.name, SERVICE);
    assert.equal(shown.deployment.namespace, NS);
    assert.equal(shown.deployment.context, 'fake');
    assert.equal(shown.deployment.release_id, first.id);
    assert.equal(shown.deployment.url, CLUSTER_URL);
    assert.equal(shown.deployment.rollout.phase, 'complete');
    assert.equal(shown.deployment.previous_release, null);
    assert.deepEqual(shown.deployment.objects, [
      { kind: 'ConfigMap', name: firstConfigMap },
      { kind: 'Deployment', name: SERVICE },
      { kind: 'Service', name: SERVICE },
    ]);
    assert.equal(shown.registration.url, CLUSTER_URL);
    assert.equal(shown.registration.provenance.spec_sha256, shown.spec.sha256);
    assert.equal(shown.health.status, 'active');

    // A first release has nothing to go back to: refused, and the cluster is left alone.
    const before = api.requests.length;
    const only = await call('POST', `/builds/${first.id}/rollback`, { note: 'nothing before' });
    assert.equal(only.status, 409, JSON.stringify(only.body));
    assert.equal(only.body.error.details.previous_release, null);
    assert.equal(api.requests.slice(before).filter((r) => r.method !== 'GET').length, 0);
    assert.equal((await status(first.id)).status, 'deployed');
  });

  void test('a second version deploys over the first, and its rollback re-applies the first release', async () => {
    assert.ok(first, 'needs the first deploy');
    second = await deployVersion('1.1.0');

    assert.equal(second.final.status, 'deployed', JSON.stringify(second.final.error));
    const secondConfigMap = second.applies[0].body.metadata.name as string;
    assert.notEqual(secondConfigMap, firstConfigMap);
    assert.equal(second.final.deployment.previous_release, first.id);
    assert.equal(second.final.deployment.release_id, second.id);
    assert.equal(configMapOf(liveDeployment().object), secondConfigMap);

    // The first build is deployed but no longer live: there is nothing of it to roll back.
    const stale = await call('POST', `/builds/${first.id}/rollback`, { note: 'not live' });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.error.code, 'INVALID_STATE_TRANSITION');
    assert.equal(stale.body.error.details.live_release, second.id);
    assert.equal(configMapOf(liveDeployment().object), secondConfigMap);
    assert.equal((await status(first.id)).status, 'deployed');

    const from = api.requests.length;
    const res = await call('POST', `/builds/${second.id}/rollback`, { note: 'back to 1.0.0' });

    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'rolled_back');
    assert.equal(res.body.approvals.at(-1).action, 'rollback');
    assert.equal(res.body.approvals.at(-1).by, 'ops');
    const reapplied = api.requests.slice(from).filter((r) => r.method === 'PATCH');
    assert.deepEqual(
      reapplied.map((r) => `${r.body.kind}/${r.body.metadata.name}`),
      [`ConfigMap/${firstConfigMap}`, `Deployment/${SERVICE}`, `Service/${SERVICE}`],
    );
    const deployment = reapplied[1].body;
    assert.equal(configMapOf(deployment), firstConfigMap);
    assert.equal(deployment.metadata.labels[LABELS.buildId], first.id);
    for (const patch of reapplied) assert.equal(patch.query.fieldManager, 'sovereign-factory');
    assert.ok(
      api.calls().includes(`DELETE /api/v1/namespaces/${NS}/configmaps/${secondConfigMap}`),
      'the rolled-back release ConfigMap is deleted',
    );
    assert.equal(configMapOf(liveDeployment().object), firstConfigMap);
    assert.equal((await status(second.id)).status, 'rolled_back');
    assert.equal((await status(first.id)).status, 'deployed');
  });

  void test('rollback of a build that is not deployed is 409', async () => {
    assert.ok(second, 'needs the rolled-back second build');
    const calls = api.calls().length;

    const res = await call('POST', `/builds/${second.id}/rollback`, {});

    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'INVALID_STATE_TRANSITION');
    assert.equal(res.body.error.details.status, 'rolled_back');
    assert.equal(api.calls().length, calls, 'a refused rollback does not touch the cluster');
    assert.equal(configMapOf(liveDeployment().object), firstConfigMap);
  });
});
