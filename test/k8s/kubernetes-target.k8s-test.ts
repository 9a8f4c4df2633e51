/**
 * The Kubernetes deploy target against a fake Kubernetes API on loopback, through the real
 * `@kubernetes/client-node`. That client is ESM-only and cannot load in Jest on Node 20 (STACK trap 12), so
 * this file runs under `node:test` in plain Node (`npm run test:k8s`, compiled by test/k8s/tsconfig.json).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { LoggerService } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { LABELS } from '../../apps/build-executor/src/deploy/kubernetes/k8s-manifests';
import { K8sReleaseStore } from '../../apps/build-executor/src/deploy/kubernetes/k8s-release-store';
import { RedisK8sReleaseHistory } from '../../apps/build-executor/src/deploy/kubernetes/redis-k8s-release-history';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import { startEmbeddedRedis, type RedisHandle } from '../../libs/platform/src/embedded-redis';
import {
  KubernetesTarget,
  type KubernetesTargetOptions,
} from '../../apps/build-executor/src/deploy/kubernetes/kubernetes-target';
import { FakeKubeApi } from './fake-kube-api';

const NS = 'sovereign-services';
const SHA = 'c0ffee'.repeat(10) + 'abcd';
const quiet: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };

let dir: string;
let api: FakeKubeApi;
let kubeconfig: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'k8s-target-'));
  api = new FakeKubeApi();
  const server = await api.start();
  kubeconfig = join(dir, 'kubeconfig.yaml');
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
});

afterEach(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

function target(overrides: Partial<KubernetesTargetOptions> = {}): KubernetesTarget {
  return new KubernetesTarget({
    kubeconfig,
    namespace: NS,
    image: 'node:20-alpine',
    replicas: 1,
    registryUrl: 'http://registry.sf.svc:8211',
    clusterDomain: 'cluster.local',
    requests: { cpu: '50m', memory: '64Mi' },
    limits: { cpu: '500m', memory: '256Mi' },
    rolloutTimeoutMs: 5_000,
    pollMs: 10,
    dataDir: join(dir, 'data'),
    logger: quiet,
    ...overrides,
  });
}

async function release(id: string, body: string): Promise<string> {
  const releaseDir = join(dir, 'releases', id);
  await mkdir(join(releaseDir, 'lib'), { recursive: true });
  await writeFile(join(releaseDir, 'main.js'), `require('./lib/app.js');\n`);
  await writeFile(join(releaseDir, 'lib', 'app.js'), body);
  await writeFile(join(releaseDir, 'package.json'), '{"type":"commonjs"}');
  return releaseDir;
}

async function deploy(t: KubernetesTarget, id: string, body = `// ${id}\n`) {
  return t.deploy({
    name: 'hello-world',
    release_id: id,
    release_dir: await release(id, body),
    spec_sha256: SHA,
    version: '1.0.0',
    port: 9100,
    env: { SERVICE_VERSION: '1.0.0' },
    secretEnv: { REGISTRY_TOKEN: `sfr_${id}` },
  });
}

/** Applies of the release's own objects (the credentials Secret is applied apart from them). */
function applies() {
  return api.requests.filter((r) => r.method === 'PATCH' && r.body.kind !== 'Secret');
}

/** Applies of the service's credentials Secret. */
function secretApplies() {
  return api.requests.filter((r) => r.method === 'PATCH' && r.body.kind === 'Secret');
}

void describe('deploy to Kubernetes', () => {
  void test('applies the ConfigMap, Deployment and Service with server-side apply as sovereign-factory', async () => {
    const result = await deploy(target(), 'bld_one');

    assert.equal(result.ok, true);
    const patches = applies();
    assert.deepEqual(
      patches.map((r) => r.path),
      [
        `/api/v1/namespaces/${NS}/configmaps/${patches[0].body.metadata.name}`,
        `/apis/apps/v1/namespaces/${NS}/deployments/hello-world`,
        `/api/v1/namespaces/${NS}/services/hello-world`,
      ],
    );
    for (const patch of patches) {
      assert.equal(patch.contentType, 'application/apply-patch+yaml');
      assert.equal(patch.query.fieldManager, 'sovereign-factory');
      assert.equal(patch.query.force, 'true');
      assert.equal(patch.authorization, 'Bearer test-token');
    }
  });

  void test('sends objects that pass the Kubernetes schemas, with the hardening intact after serialisation', async () => {
    await deploy(target(), 'bld_one');

    const [configMap, deployment, service] = applies().map((r) => r.body);
    const [secret] = secretApplies().map((r) => r.body);
    new Secret(secret).validate();
    new ConfigMap(configMap).validate();
    new Deployment(deployment).validate();
    new Service(service).validate();
    const container = deployment.spec.template.spec.containers[0];
    assert.equal(container.securityContext.readOnlyRootFilesystem, true);
    assert.equal(deployment.spec.template.spec.securityContext.runAsNonRoot, true);
    assert.equal(deployment.spec.template.metadata.labels[LABELS.buildId], 'bld_one');
    assert.equal(configMap.immutable, true);
    assert.deepEqual(Object.values(configMap.data).sort(), [
      '// bld_one\n',
      "require('./lib/app.js');\n",
      '{"type":"commonjs"}',
    ]);
    const env = Object.fromEntries(
      container.env.map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    // The registry token comes from the service's Secret, never as a value in the Deployment.
    assert.equal(env.REGISTRY_TOKEN, undefined);
    assert.deepEqual(
      container.env.find((e: { name: string }) => e.name === 'REGISTRY_TOKEN').valueFrom.secretKeyRef,
      { name: 'hello-world-credentials', key: 'REGISTRY_TOKEN' },
    );
    assert.equal(Buffer.from(secret.data.REGISTRY_TOKEN, 'base64').toString(), 'sfr_bld_one');
    assert.ok(!JSON.stringify(deployment).includes('sfr_bld_one'));
    assert.equal(env.SERVICE_URL, 'http://hello-world.sovereign-services.svc.cluster.local:9100');
    assert.equal(env.REGISTRY_URL, 'http://registry.sf.svc:8211');
    assert.equal(env.PORT, '9100');
  });

  void test('waits for the rollout: generation observed, replicas updated and available', async () => {
    const result = await deploy(target(), 'bld_one');

    assert.ok(result.ok);
    assert.equal(result.deployment.rollout.phase, 'complete');
    assert.equal(result.deployment.rollout.available, 1);
    const reads = api
      .calls()
      .filter((c) => c === `GET /apis/apps/v1/namespaces/${NS}/deployments/hello-world`);
    assert.ok(
      reads.length >= 3,
      `expected the status to be polled until complete, saw ${reads.length} read(s)`,
    );
    assert.equal(result.deployment.url, 'http://hello-world.sovereign-services.svc.cluster.local:9100');
    assert.equal(result.deployment.previous_release, null);
    assert.equal((await target().rolloutOf('hello-world'))?.phase, 'complete');
  });

  void test('a failed rollout re-applies the previous release and deletes the failed ConfigMap', async () => {
    const t = target({ rolloutTimeoutMs: 2_000 });
    const first = await deploy(t, 'bld_one');
    assert.ok(first.ok);
    const firstConfigMap = applies()[0].body.metadata.name as string;
    api.requests.length = 0;
    api.mode = 'deadline';

    const second = await deploy(t, 'bld_two');

    assert.equal(second.ok, false);
    assert.ok(!second.ok);
    assert.equal(second.stage, 'rollout');
    assert.equal(second.rolled_back, true);
    assert.equal(second.restored_release, 'bld_one');
    assert.match(second.error, /ProgressDeadlineExceeded|progress deadline/);
    const deploymentApplies = applies().filter((r) => r.body.kind === 'Deployment');
    assert.deepEqual(
      deploymentApplies.map((r) => r.body.metadata.labels[LABELS.buildId]),
      ['bld_two', 'bld_one'],
    );
    const secondConfigMap = applies()[0].body.metadata.name as string;
    assert.notEqual(secondConfigMap, firstConfigMap);
    assert.ok(api.calls().includes(`DELETE /api/v1/namespaces/${NS}/configmaps/${secondConfigMap}`));
    assert.notEqual(api.stored('ConfigMap', NS, firstConfigMap), null);
    const live = api.stored('Deployment', NS, 'hello-world');
    assert.equal(live.spec.template.metadata.labels[LABELS.buildId], 'bld_one');
  });

  void test('a first deploy that never becomes ready is deleted again', async () => {
    api.mode = 'stuck';

    const result = await deploy(target({ rolloutTimeoutMs: 300 }), 'bld_one');

    assert.ok(!result.ok);
    assert.equal(result.stage, 'rollout');
    assert.equal(result.rolled_back, false);
    assert.equal(result.removed, true);
    assert.match(result.error, /not rolled out within 300 ms/);
    const deletes = api.calls().filter((c) => c.startsWith('DELETE '));
    assert.deepEqual(
      deletes.map((c) => /\/namespaces\/[^/]+\/([^/]+)\//.exec(c)?.[1]),
      ['services', 'deployments', 'configmaps', 'secrets'],
    );
    assert.equal(api.objects.size, 0);
  });

  void test('an apply the API server refuses fails with its message and leaves the previous release', async () => {
    const t = target();
    assert.ok((await deploy(t, 'bld_one')).ok);
    api.refuseApplyOf = { kind: 'Deployment', message: 'spec.template: Invalid value' };

    const result = await deploy(t, 'bld_two', '// two\n');

    assert.ok(!result.ok);
    assert.equal(result.stage, 'apply');
    assert.match(result.error, /HTTP 422: spec\.template: Invalid value/);
    assert.equal(result.restored_release, null);
    assert.equal(result.rolled_back, false);
  });

  void test('rollback after a later failure (registration, health) restores the previous release', async () => {
    const t = target();
    assert.ok((await deploy(t, 'bld_one')).ok);
    assert.ok((await deploy(t, 'bld_two', '// two\n')).ok);

    const back = await t.rollback('hello-world', 'bld_two');

    assert.deepEqual(back, { restored_release: 'bld_one', error: null });
    const live = api.stored('Deployment', NS, 'hello-world');
    assert.equal(live.spec.template.metadata.labels[LABELS.buildId], 'bld_one');
    const state = JSON.parse(await readFile(join(dir, 'data', 'kubernetes', NS, 'hello-world.json'), 'utf8'));
    assert.equal(state.current.release_id, 'bld_one');
    assert.equal(state.previous, null);
  });

  void test('rollback of a first release deletes its objects', async () => {
    const t = target();
    assert.ok((await deploy(t, 'bld_one')).ok);

    const back = await t.rollback('hello-world', 'bld_one');

    assert.deepEqual(back, { restored_release: null, error: null });
    assert.equal(api.objects.size, 0);
  });

  void test('stop deletes the live release and forgets it; a second stop finds nothing', async () => {
    const t = target();
    assert.ok((await deploy(t, 'bld_one')).ok);
    assert.ok((await deploy(t, 'bld_two', '// two\n')).ok);

    await t.stop('hello-world');

    assert.equal(api.objects.size, 0);
    assert.equal(await t.rolloutOf('hello-world'), null);
    await assert.rejects(t.stop('hello-world'), (err: { code?: string }) => {
      assert.equal(err.code, 'DEPLOYMENT_NOT_FOUND');
      return true;
    });
  });
});

void describe('release history in Redis, shared by executor replicas', () => {
  let server: RedisHandle;
  let redisDir: string;
  let redis: Redis;
  let keys: ExecutorKeys;

  before(async () => {
    redisDir = await mkdtemp(join(tmpdir(), 'k8s-history-redis-'));
    server = await startEmbeddedRedis({ dataDir: redisDir, reuse: false });
    redis = new Redis(server.url);
  });
  after(async () => {
    redis.disconnect();
    await server.stop();
    await rm(redisDir, { recursive: true, force: true });
  });
  let prefixes = 0;
  beforeEach(() => {
    keys = new ExecutorKeys(`k8s-history-${(prefixes += 1)}`);
  });

  /** An executor replica: its own data directory, the shared Redis. */
  function replica(label: string): KubernetesTarget {
    const dataDir = join(dir, label);
    const legacy = new K8sReleaseStore(join(dataDir, 'kubernetes'));
    return target({ dataDir, history: new RedisK8sReleaseHistory(redis, keys, legacy) });
  }

  void test('a rollback issued to another replica restores the release the first one replaced', async () => {
    const first = replica('executor-a');
    const second = replica('executor-b');
    assert.ok((await deploy(first, 'bld_one')).ok);
    assert.ok((await deploy(first, 'bld_two', '// two\n')).ok);

    const back = await second.rollback('hello-world', 'bld_two', {
      requireCurrent: true,
      requirePrevious: true,
    });

    assert.deepEqual(back, { restored_release: 'bld_one', error: null });
    const live = api.stored('Deployment', NS, 'hello-world');
    assert.equal(live.spec.template.metadata.labels[LABELS.buildId], 'bld_one');
    // Both replicas now know bld_one is live with nothing before it.
    await assert.rejects(
      first.rollback('hello-world', 'bld_one', { requireCurrent: true, requirePrevious: true }),
      (err: { code?: string }) => err.code === 'INVALID_STATE_TRANSITION',
    );
    await second.stop('hello-world');
    assert.equal(await redis.exists(keys.k8sReleaseHistory(NS, 'hello-world')), 0);
  });

  void test('a history an executor kept on disk before is moved into Redis when first needed', async () => {
    assert.ok((await deploy(target({ dataDir: join(dir, 'executor-a') }), 'bld_one')).ok);
    assert.ok((await deploy(target({ dataDir: join(dir, 'executor-a') }), 'bld_two', '// two\n')).ok);

    const back = await replica('executor-a').rollback('hello-world', 'bld_two');

    assert.deepEqual(back, { restored_release: 'bld_one', error: null });
    const moved = JSON.parse((await redis.get(keys.k8sReleaseHistory(NS, 'hello-world'))) ?? 'null');
    assert.equal(moved.current.release_id, 'bld_one');
    const file = JSON.parse(
      await readFile(join(dir, 'executor-a', 'kubernetes', NS, 'hello-world.json'), 'utf8'),
    );
    assert.equal(file.current, null);
  });
});

void describe('no cluster configured', () => {
  void test('deploy fails with DEPLOY_TARGET_UNAVAILABLE without KUBECONFIG, before any API call', async () => {
    const t = target({ kubeconfig: undefined });

    assert.equal(t.availability().ok, false);
    await assert.rejects(deploy(t, 'bld_one'), (err: { code?: string; message: string }) => {
      assert.equal(err.code, 'DEPLOY_TARGET_UNAVAILABLE');
      assert.match(err.message, /KUBECONFIG/);
      return true;
    });
    assert.equal(api.requests.length, 0);
  });

  void test('a kubeconfig without a current context is refused the same way', async () => {
    const text = await readFile(kubeconfig, 'utf8');
    await writeFile(kubeconfig, text.replace('current-context: fake\n', ''));

    await assert.rejects(deploy(target(), 'bld_one'), (err: { code?: string; message: string }) => {
      assert.equal(err.code, 'DEPLOY_TARGET_UNAVAILABLE');
      assert.match(err.message, /no current-context/);
      return true;
    });
    assert.equal(api.requests.length, 0);
  });
});
