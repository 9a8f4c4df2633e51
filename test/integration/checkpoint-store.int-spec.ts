import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '@sf/contracts';
import { Redis } from 'ioredis';
import { BuildWorkspaces } from '../../apps/build-executor/src/build-line/build-workspaces';
import { CheckpointStore, sha256Of } from '../../apps/build-executor/src/build-line/checkpoint-store';
import { ExecutorConfig } from '../../apps/build-executor/src/config/executor.config';
import { releaseDigest } from '../../apps/build-executor/src/deploy/release-digest';
import { ExecutorKeys } from '../../apps/build-executor/src/redis/keys';
import { dropPrefix, tempDir, testRedisUrl, uniquePrefix } from '../support/harness';

/** Two replicas' views of one Redis: each has its own BUILDS_DIR, both share the checkpoint store. */
describe('build checkpoints in Redis (real Redis, two build dirs)', () => {
  const prefix = uniquePrefix('ckpt');
  const keys = new ExecutorKeys(prefix);
  let redis: Redis;
  let dirs: { path: string; remove(): Promise<void> };
  let config: ExecutorConfig;
  let store: CheckpointStore;
  let replicaA: BuildWorkspaces;
  let replicaB: BuildWorkspaces;

  const configFor = (buildsDir: string): ExecutorConfig =>
    Object.assign(new ExecutorConfig(), {
      DATA_DIR: dirs.path,
      BUILDS_DIR: buildsDir,
      CHECKPOINT_MAX_BYTES: 4096,
      CHECKPOINT_BUILD_MAX_BYTES: 16_384,
      CHECKPOINT_TTL_MS: 600_000,
      CHECKPOINT_RETENTION_MS: 3_600_000,
    });

  beforeAll(async () => {
    redis = new Redis(testRedisUrl());
    dirs = await tempDir('ckpt');
    config = configFor(join(dirs.path, 'a'));
    store = new CheckpointStore(redis, keys, config);
    replicaA = new BuildWorkspaces(config, store);
    replicaB = new BuildWorkspaces(configFor(join(dirs.path, 'b')), store);
  });

  afterAll(async () => {
    await dropPrefix(prefix);
    await redis.quit();
    await dirs.remove();
  });

  it('gives another replica the SPEC and every checkpoint, and caches them in its own dir', async () => {
    const a = replicaA.of('b-1');
    await a.init('# SPEC one');
    await a.saveCheckpoint('codegen', { files: [{ path: 'src/main.ts', content: 'x' }] });

    const b = replicaB.of('b-1');
    expect(existsSync(b.root)).toBe(false);
    expect(await b.readSpec()).toBe('# SPEC one');
    expect(await b.checkpoint('codegen')).toEqual({ files: [{ path: 'src/main.ts', content: 'x' }] });
    expect(await b.checkpoint('testgen')).toBeNull();
    expect(await readFile(join(b.root, 'checkpoints', 'codegen.json'), 'utf8')).toContain('src/main.ts');
  });

  it('stores each content once, shared by the builds that wrote it, with a TTL', async () => {
    const one = await store.put('b-2', 'udc', Buffer.from('same bytes'));
    const two = await store.put('b-3', 'udc', Buffer.from('same bytes'));
    expect(one).toBe(two);
    expect(one).toBe(sha256Of(Buffer.from('same bytes')));
    const ttl = await redis.pttl(keys.checkpointBlob(one));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600_000);
    expect(await redis.hget(keys.checkpointIndex('b-2'), 'udc')).toBe(one);
  });

  it('refuses a checkpoint over the per-blob limit and a build over its total, with CHECKPOINT_TOO_LARGE', async () => {
    const big = store.put('b-4', 'codegen', Buffer.alloc(5000, 'a'));
    await expect(big).rejects.toMatchObject({ code: 'CHECKPOINT_TOO_LARGE' });
    for (let i = 0; i < 4; i++) await store.put('b-4', `fix-${i}`, Buffer.alloc(4000, String(i)));
    const over = store.put('b-4', 'fix-5', Buffer.alloc(4000, 'z'));
    await expect(over).rejects.toBeInstanceOf(AppError);
    await expect(over).rejects.toMatchObject({ code: 'CHECKPOINT_TOO_LARGE' });
    expect(await store.get('b-4', 'fix-5')).toBeNull();
  });

  it('reports an altered blob as CHECKPOINT_MISSING rather than handing it out', async () => {
    const sha = await store.put('b-5', 'testing-1', Buffer.from('{"passed":3}'));
    await redis.set(keys.checkpointBlob(sha), '{"passed":0}', 'KEEPTTL');
    await expect(replicaB.of('b-5').checkpoint('testing-1')).rejects.toMatchObject({
      code: 'CHECKPOINT_MISSING',
    });
  });

  it('rebuilds an absent release on another replica byte for byte, and one that is not the tested tree', async () => {
    const a = replicaA.of('b-6');
    await mkdir(join(a.releaseDir, 'lib'), { recursive: true });
    await writeFile(join(a.releaseDir, 'main.js'), 'require("./lib/app.js")');
    await writeFile(join(a.releaseDir, 'lib', 'app.js'), 'module.exports = 1;');
    await a.storeRelease();
    const tested = await releaseDigest(a.releaseDir);

    const b = replicaB.of('b-6');
    await b.ensureRelease(tested.sha256);
    expect(await releaseDigest(b.releaseDir)).toEqual(tested);

    // A replica killed while writing the release, or left with the release of an earlier test run.
    await writeFile(join(b.releaseDir, 'main.js'), 'an earlier run');
    await writeFile(join(b.releaseDir, 'extra.js'), '');
    await b.ensureRelease(tested.sha256);
    expect(await releaseDigest(b.releaseDir)).toEqual(tested);
    const beside = await readdir(dirname(b.releaseDir));
    expect(beside.filter((name) => /\.(tmp|stale)$/.test(name))).toEqual([]);

    // Nothing stored to rebuild from: a present tree that differs is refused, and left as it is.
    const c = replicaB.of('b-6-unstored');
    await mkdir(c.releaseDir, { recursive: true });
    await writeFile(join(c.releaseDir, 'main.js'), 'not stored');
    await expect(c.ensureRelease(tested.sha256)).rejects.toMatchObject({ code: 'RELEASE_HASH_MISMATCH' });
    expect(await readFile(join(c.releaseDir, 'main.js'), 'utf8')).toBe('not stored');
  });

  it('materialises a previous release at the directory a deployment recorded (rollback on another replica)', async () => {
    const a = replicaA.of('b-7');
    await mkdir(a.releaseDir, { recursive: true });
    await writeFile(join(a.releaseDir, 'main.js'), 'console.log("v1")');
    await a.storeRelease();
    const tested = await releaseDigest(a.releaseDir);
    await a.saveCheckpoint('release', { ...tested, run: 1, recorded_at: new Date().toISOString() });
    await rm(a.root, { recursive: true, force: true });

    await replicaB.ensureReleaseDir('b-7', a.releaseDir, tested.sha256);
    expect(await releaseDigest(a.releaseDir)).toEqual(tested);
    await rm(a.releaseDir, { recursive: true, force: true });
    await replicaB.ensureReleaseDir('b-7', a.releaseDir);
    expect(await releaseDigest(a.releaseDir)).toEqual(tested);
  });

  it('sets a finished build to the retention period, release files included', async () => {
    const a = replicaA.of('b-8');
    await mkdir(a.releaseDir, { recursive: true });
    await writeFile(join(a.releaseDir, 'main.js'), 'b-8 only');
    await a.storeRelease();
    await store.retain('b-8');
    expect(await redis.pttl(keys.checkpointIndex('b-8'))).toBeGreaterThan(600_000);
    const fileTtl = await redis.pttl(keys.checkpointBlob(sha256Of(Buffer.from('b-8 only'))));
    expect(fileTtl).toBeGreaterThan(600_000);
  });
});
