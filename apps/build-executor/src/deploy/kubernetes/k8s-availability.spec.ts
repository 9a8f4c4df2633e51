import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubernetesAvailability } from './k8s-availability';

describe('kubernetesAvailability', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'k8s-avail-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const kubeconfig = (text: string): string => {
    const path = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
    writeFileSync(path, text);
    return path;
  };
  const good = `apiVersion: v1
kind: Config
current-context: dev
contexts: [{ name: dev, context: { cluster: c1, user: u1 } }]
clusters: [{ name: c1, cluster: { server: 'https://10.0.0.1:6443' } }]
users: [{ name: u1, user: { token: t } }]
`;

  it('is unavailable without KUBECONFIG', () => {
    const result = kubernetesAvailability({ registryUrl: 'http://r:8211' });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('KUBECONFIG') });
  });

  it('is unavailable when the file is missing', () => {
    const result = kubernetesAvailability({ kubeconfig: join(dir, 'nope'), registryUrl: 'http://r' });
    expect(result.ok).toBe(false);
  });

  it('is unavailable without a current context', () => {
    const path = kubeconfig(good.replace('current-context: dev\n', ''));
    const result = kubernetesAvailability({ kubeconfig: path, registryUrl: 'http://r' });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('no current-context') });
  });

  it('is unavailable when the current context names no cluster with a server', () => {
    const path = kubeconfig(good.replace('cluster: c1,', 'cluster: c2,'));
    expect(kubernetesAvailability({ kubeconfig: path, registryUrl: 'http://r' }).ok).toBe(false);
  });

  it('is unavailable without a registry URL the pods can reach', () => {
    const result = kubernetesAvailability({ kubeconfig: kubeconfig(good) });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('K8S_REGISTRY_URL') });
  });

  it('is available with a current context, its cluster server and a registry URL', () => {
    const path = kubeconfig(good);
    expect(kubernetesAvailability({ kubeconfig: path, registryUrl: 'http://r:8211' })).toEqual({
      ok: true,
      kubeconfig: path,
      context: 'dev',
      server: 'https://10.0.0.1:6443',
    });
  });
});
