import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@sf/contracts';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import {
  ANNOTATIONS,
  clusterServiceUrl,
  LABELS,
  MAX_RELEASE_BYTES,
  renderCredentials,
  renderRelease,
  type K8sRenderInput,
} from './k8s-manifests';

const SHA = 'ab'.repeat(32);

function input(overrides: Partial<K8sRenderInput> = {}): K8sRenderInput {
  return {
    name: 'hello-world',
    namespace: 'sovereign-services',
    releaseId: 'bld_0123456789abcdef0123456789abcdef',
    specSha256: SHA,
    version: '1.0.0',
    port: 9100,
    image: 'node:20-alpine',
    replicas: 2,
    files: [
      { path: 'main.js', content: Buffer.from("require('./lib/app.js');\n") },
      { path: 'lib/app.js', content: Buffer.from('module.exports = 1;\n') },
      { path: 'package.json', content: Buffer.from('{"type":"commonjs"}') },
    ],
    env: { SERVICE_VERSION: '1.0.0', REGISTRY_URL: 'http://registry.sf.svc:8211' },
    requests: { cpu: '50m', memory: '64Mi' },
    limits: { cpu: '500m', memory: '256Mi' },
    progressDeadlineSeconds: 120,
    ...overrides,
  };
}

type AnyObject = Record<string, any>;

describe('renderRelease', () => {
  const rendered = renderRelease(input());
  const deployment = rendered.deployment as AnyObject;
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('renders a ConfigMap, Deployment and Service that pass the Kubernetes schemas', () => {
    expect(() => new ConfigMap(rendered.configMap as never).validate()).not.toThrow();
    expect(() => new Deployment(rendered.deployment as never).validate()).not.toThrow();
    expect(() => new Service(rendered.service as never).validate()).not.toThrow();
  });

  it('labels every object with the build id and spec sha, and keeps the full sha in an annotation', () => {
    for (const object of [rendered.configMap, rendered.deployment, rendered.service]) {
      expect(object.metadata.namespace).toBe('sovereign-services');
      expect(object.metadata.labels?.[LABELS.buildId]).toBe('bld_0123456789abcdef0123456789abcdef');
      expect(object.metadata.labels?.[LABELS.specSha]).toBe(SHA.slice(0, 12));
      expect(object.metadata.annotations?.[ANNOTATIONS.specSha256]).toBe(SHA);
    }
    expect(deployment.spec.template.metadata.labels[LABELS.buildId]).toBe(
      'bld_0123456789abcdef0123456789abcdef',
    );
  });

  it('selects pods by name only, so the selector stays the same across releases', () => {
    const selector = deployment.spec.selector.matchLabels;
    expect(Object.keys(selector).sort()).toEqual([LABELS.name, LABELS.managedBy].sort());
    expect((rendered.service as AnyObject).spec.selector).toEqual(selector);
    for (const [key, value] of Object.entries(selector)) {
      expect(deployment.spec.template.metadata.labels[key]).toBe(value);
    }
  });

  it('mounts the release read-only from its ConfigMap and runs node main.js in a stock image', () => {
    expect(container.image).toBe('node:20-alpine');
    expect(container.command).toEqual(['node', '/srv/release/main.js']);
    const volume = pod.volumes.find((v: AnyObject) => v.name === 'release');
    expect(volume.configMap.name).toBe(rendered.configMap.metadata.name);
    expect(volume.configMap.items.map((i: AnyObject) => i.path).sort()).toEqual([
      'lib/app.js',
      'main.js',
      'package.json',
    ]);
    const data = (rendered.configMap as AnyObject).data as Record<string, string>;
    for (const item of volume.configMap.items) expect(data[item.key]).toBeDefined();
    expect(container.volumeMounts).toContainEqual({
      name: 'release',
      mountPath: '/srv/release',
      readOnly: true,
    });
    expect((rendered.configMap as AnyObject).immutable).toBe(true);
  });

  it('runs as non-root with a read-only root file system, no capabilities and no token', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.resources).toEqual({
      requests: { cpu: '50m', memory: '64Mi' },
      limits: { cpu: '500m', memory: '256Mi' },
    });
  });

  it('probes /health, sets PORT and HOST, and keeps old pods until new ones are ready', () => {
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(container.readinessProbe.exec.command.join(' ')).toContain('/health');
    expect(container.env).toContainEqual({ name: 'PORT', value: '9100' });
    expect(container.env).toContainEqual({ name: 'HOST', value: '0.0.0.0' });
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    expect(deployment.spec.replicas).toBe(2);
  });

  it('names the ConfigMap by content: same files, same name; changed files, new name', () => {
    expect(renderRelease(input()).configMap.metadata.name).toBe(rendered.configMap.metadata.name);
    const changed = input({ files: [{ path: 'main.js', content: Buffer.from('// v2\n') }] });
    expect(renderRelease(changed).configMap.metadata.name).not.toBe(rendered.configMap.metadata.name);
  });

  it('puts files that are not UTF-8 in binaryData', () => {
    const files = [...input().files, { path: 'blob.bin', content: Buffer.from([0xff, 0xfe, 0x00]) }];
    const cm = renderRelease(input({ files })).configMap as AnyObject;
    expect(Object.values(cm.binaryData)).toEqual([Buffer.from([0xff, 0xfe, 0x00]).toString('base64')]);
    expect(() => new ConfigMap(cm as never).validate()).not.toThrow();
  });

  it.each([
    ['a bad name', { name: 'Hello_World' }, 'name'],
    ['a release without main.js', { files: [{ path: 'x.js', content: Buffer.from('') }] }, 'main.js'],
    [
      'a release too large for a ConfigMap',
      {
        files: [
          { path: 'main.js', content: Buffer.from('') },
          { path: 'big.js', content: Buffer.alloc(MAX_RELEASE_BYTES + 1, 'a') },
        ],
      },
      'ConfigMap',
    ],
    ['a bad quantity', { limits: { cpu: 'lots', memory: '1Gi' } }, 'quantity'],
    [
      'a path leaving the release',
      { files: [...input().files, { path: '../x', content: Buffer.from('') }] },
      '../x',
    ],
    [
      'a variable both as a value and from the credentials Secret',
      { env: { REGISTRY_TOKEN: 'x' }, secretEnv: ['REGISTRY_TOKEN'] },
      'REGISTRY_TOKEN',
    ],
    ['a bad secret variable name', { secretEnv: ['NOT-A-NAME'] }, 'NOT-A-NAME'],
  ])('refuses %s with VALIDATION_FAILED', (_what, overrides, mentions) => {
    let error: unknown;
    try {
      renderRelease(input(overrides));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).message).toContain(mentions);
  });

  it('takes secretEnv variables from the service credentials Secret, which holds them base64-encoded', () => {
    const deployment = renderRelease(input({ secretEnv: ['REGISTRY_TOKEN'] })).deployment as AnyObject;
    const env = deployment.spec.template.spec.containers[0].env as AnyObject[];
    expect(env.find((e) => e.name === 'REGISTRY_TOKEN')).toEqual({
      name: 'REGISTRY_TOKEN',
      valueFrom: { secretKeyRef: { name: 'hello-world-credentials', key: 'REGISTRY_TOKEN' } },
    });
    const secret = renderCredentials('hello-world', 'apps', { REGISTRY_TOKEN: 'sfr_abc' }) as AnyObject;
    expect(secret).toMatchObject({
      kind: 'Secret',
      type: 'Opaque',
      metadata: { name: 'hello-world-credentials', namespace: 'apps' },
      data: { REGISTRY_TOKEN: Buffer.from('sfr_abc').toString('base64') },
    });
    expect(() => new Secret(secret as never).validate()).not.toThrow();
  });

  it('builds the in-cluster Service URL', () => {
    expect(clusterServiceUrl('hello-world', 'apps', 9100, 'cluster.local')).toBe(
      'http://hello-world.apps.svc.cluster.local:9100',
    );
  });
});

describe('the readiness probe command', () => {
  let server: Server;
  let status = 'active';

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const probe = (): Promise<number> => {
    const { port } = server.address() as AddressInfo;
    const [command, ...args] = (renderRelease(input()).deployment as AnyObject).spec.template.spec
      .containers[0].readinessProbe.exec.command as string[];
    expect(command).toBe('node');
    return new Promise((resolve) => {
      execFile(process.execPath, args, { env: { PORT: String(port) }, timeout: 10_000 }, (err) =>
        resolve(err ? ((err as { code?: number }).code ?? -1) : 0),
      );
    });
  };

  it('succeeds when /health says active', async () => {
    status = 'active';
    expect(await probe()).toBe(0);
  });

  it('fails when /health says degraded, although it answers 200', async () => {
    status = 'degraded';
    expect(await probe()).toBe(1);
  });
});
