import { mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeploymentStore, type DeploymentState } from './deployment-store';

function state(name: string, pid: number): DeploymentState {
  return {
    deployment: {
      name,
      target: 'local',
      release_id: 'r1',
      release_dir: '/srv/r1',
      url: 'http://127.0.0.1:9100',
      host: '127.0.0.1',
      port: 9100,
      pid,
      status: 'running',
      restarts: 0,
      started_at: '2025-06-01T12:00:00.000Z',
      previous_release: null,
      log_path: `/data/deployments/${name}/r1/service.log`,
      last_exit: null,
      last_swap: null,
    },
    env: { SERVICE_VERSION: '1.0.0' },
    previous_env: null,
    staging: null,
  };
}

describe('DeploymentStore', () => {
  let root: string;
  let store: DeploymentStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sf-store-'));
    store = new DeploymentStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('loads nothing from a directory that does not exist yet', async () => {
    await expect(new DeploymentStore(join(root, 'absent')).loadAll()).resolves.toEqual([]);
  });

  it('saves one private file per deployment and loads them back, the latest write winning', async () => {
    await store.save(state('orders', 1));
    await store.save(state('billing', 2));
    await store.save(state('orders', 3));

    const loaded = await store.loadAll();

    expect(loaded.map((s) => [s.deployment.name, s.deployment.pid])).toEqual([
      ['billing', 2],
      ['orders', 3],
    ]);
    expect(loaded[1]).toEqual(state('orders', 3));
    expect((await stat(join(root, 'orders', 'deployment.json'))).mode & 0o777).toBe(0o600);
    expect((await readdir(join(root, 'orders'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('skips and reports files it cannot trust, loading the rest', async () => {
    await store.save(state('orders', 1));
    await mkdir(join(root, 'torn'));
    await writeFile(join(root, 'torn', 'deployment.json'), '{"format":1,');
    await mkdir(join(root, 'renamed'));
    await writeFile(
      join(root, 'renamed', 'deployment.json'),
      JSON.stringify({ format: 1, ...state('other', 1) }),
    );
    const skipped: string[] = [];

    const loaded = await store.loadAll((path) => skipped.push(path));

    expect(loaded.map((s) => s.deployment.name)).toEqual(['orders']);
    expect(skipped.sort()).toEqual([
      join(root, 'renamed', 'deployment.json'),
      join(root, 'torn', 'deployment.json'),
    ]);
  });

  it('places release logs under the deployment', () => {
    expect(store.logPath('orders', 'r1')).toBe(join(root, 'orders', 'r1', 'service.log'));
  });
});
