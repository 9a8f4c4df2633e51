import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@sf/platform';
import { BuildsRepository } from '../../apps/build-executor/src/builds/builds.repository';
import { releaseDigest } from '../../apps/build-executor/src/deploy/release-digest';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { ReleaseGit } from '../../apps/build-executor/src/release-git/release-git.service';
import { dropPrefix, goodSpec, openStream, request, startTestExecutor, tempDir } from '../support/harness';

const run = promisify(execFile);
const GIT_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };

/** git as a user would run it on the repository the executor wrote. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd, env: GIT_ENV })).stdout.trim();
}

describe('generated code in git', () => {
  let executor: StartedExecutor;
  let dir: { path: string; remove(): Promise<void> };
  const deployed: string[] = [];

  beforeAll(async () => {
    dir = await tempDir('release-git');
    await mkdir(join(dir.path, 'remote'));
    executor = await startTestExecutor('release-git', dir.path, {
      GIT_REMOTE_TEMPLATE: `file://${join(dir.path, 'remote')}/{service}.git`,
      LOG_LEVEL: 'warn',
    });
  });

  afterAll(async () => {
    for (const name of deployed) await request(executor.url, 'POST', `/deployments/${name}/stop`);
    await executor.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await dir.remove();
  });

  async function build(spec: string): Promise<any> {
    const res = await request(executor.url, 'POST', '/builds/submit', { spec });
    expect(res.status).toBe(202);
    const stream = await openStream(
      `${executor.url.replace('http', 'ws')}/builds/${res.body.build_id}/stream`,
    ).closed;
    const status = (await request(executor.url, 'GET', `/builds/${res.body.build_id}/status`)).body;
    return { ...status, events: stream.events };
  }

  it('keeps two releases as two tagged commits; after a rollback a clone has deployed on the first, its files, and passing tests', async () => {
    const name = 'notes-git';
    deployed.push(name);
    await git(join(dir.path, 'remote'), 'init', '--quiet', '--bare', `${name}.git`);
    const port = await freePort();
    const first = await build(await goodSpec(name, port, ['Create notes', 'Get a note by id']));
    const second = await build(
      await goodSpec(name, port, ['Create notes', 'Get a note by id', 'List notes']),
    );
    expect([first.status, second.status]).toEqual(['deployed', 'deployed']);
    for (const b of [first, second]) {
      expect(b.git).toMatchObject({
        repository: join(dir.path, 'git', `${name}.git`),
        pushed: true,
        error: null,
      });
      expect(b.git.tag).toContain(b.build_id);
      expect(b.events.some((e: any) => e.type === 'log' && /committed to git/.test(e.message))).toBe(true);
    }

    const rollback = await request(executor.url, 'POST', `/builds/${second.build_id}/rollback`, {
      note: 'back',
    });
    expect(rollback.status).toBe(200);

    const repo = join(dir.path, 'git', `${name}.git`);
    const clone = join(dir.path, 'clone');
    await git(dir.path, 'clone', '--quiet', repo, clone);
    expect((await git(clone, 'tag', '--list')).split('\n').sort()).toEqual(
      [first.git.tag, second.git.tag].sort(),
    );
    expect(await git(clone, 'rev-parse', 'origin/deployed')).toBe(first.git.commit);
    expect(await git(clone, 'rev-list', '--count', 'origin/main')).toBe('2');
    const message = await git(clone, 'log', '-1', '--format=%B', 'origin/deployed');
    expect(message).toContain(`Spec-Sha256: ${first.spec.sha256}`);
    expect(message).toContain(`Build-Id: ${first.build_id}`);
    expect(message).toContain(`Tests-Passed: ${first.tests.passed}`);
    expect(message).toMatch(/Release-Sha256: [0-9a-f]{64}/);

    await git(clone, 'checkout', '--quiet', 'origin/deployed');
    const tests = await run(process.execPath, ['--test'], { cwd: clone, env: { PATH: GIT_ENV.PATH } });
    expect(tests.stdout).toMatch(/# fail 0/);
    expect(tests.stdout).toMatch(/# pass [1-9]/);
    // Without its tests, SPEC and .git, the checkout is the first release byte for byte.
    for (const extra of ['.git', 'tests', 'SPEC.md']) await rm(join(clone, extra), { recursive: true });
    const release = join(dir.path, 'builds', first.build_id, 'release');
    expect(await releaseDigest(clone)).toEqual(await releaseDigest(release));

    const remote = join(dir.path, 'remote', `${name}.git`);
    expect(await git(remote, 'rev-parse', 'deployed')).toBe(first.git.commit);
    for (const path of [`/deployments/${name}`, `/registry/services/${name}`]) {
      const link = (await request(executor.url, 'GET', path)).body.git;
      expect(link).toMatchObject({
        repository: repo,
        deployed: { release_id: first.build_id, commit: first.git.commit },
      });
      expect(link.latest.release_id).toBe(second.build_id);
    }
    const after = (await request(executor.url, 'GET', `/builds/${second.build_id}/status`)).body;
    expect(after.status).toBe('rolled_back');

    // A re-run of the step (a job retried after a crash) commits nothing new and does not trip on the tag.
    const releaseGit = executor.app.get(ReleaseGit);
    const record = await executor.app.get(BuildsRepository).get(first.build_id);
    const again = await releaseGit.publish(record!);
    expect(again?.link).toMatchObject({ commit: first.git.commit, tag: first.git.tag, error: null });
    expect(await git(repo, 'rev-list', '--count', 'main')).toBe('2');
    expect((await git(repo, 'tag', '--list')).split('\n')).toHaveLength(2);
  }, 90_000);

  it('never leaves DATA_DIR/git for a service name that is a path trick', async () => {
    const releaseGit = executor.app.get(ReleaseGit);
    const [some] = await executor.app
      .get(BuildsRepository)
      .getMany(await executor.app.get(BuildsRepository).allIds());
    const outside = () => readdir(join(dir.path, '..'));
    const before = { git: await readdir(join(dir.path, 'git')), outside: await outside() };
    for (const trick of ['../../escape', '../escape', 'x/../../escape', '/tmp/escape', '.']) {
      const outcome = await releaseGit.publish({ ...some, service_name: trick });
      expect(outcome?.link.error).toMatchObject({ code: 'GIT_COMMIT_FAILED' });
      expect(outcome?.link.error?.message).toMatch(/cannot name a repository/);
      expect(outcome?.link.commit).toBeNull();
      expect(await releaseGit.follow(trick, some.build_id, 'rollback')).toBeNull();
    }
    expect(await readdir(join(dir.path, 'git'))).toEqual(before.git);
    expect((await outside()).filter((n) => n.startsWith('escape'))).toEqual([]);
    expect(existsSync(join(dir.path, '..', 'escape.git'))).toBe(false);
    expect(existsSync('/tmp/escape.git')).toBe(false);
  });

  it('reports a git failure without failing the deploy, and commits and pushes the missed release on the next deploy', async () => {
    const name = 'flaky-git';
    deployed.push(name);
    // A file where the repository should be: the commit fails; no remote repository: the push would too.
    await mkdir(join(dir.path, 'git'), { recursive: true });
    await writeFile(join(dir.path, 'git', `${name}.git`), 'in the way');
    const port = await freePort();
    const first = await build(await goodSpec(name, port, ['Create tasks', 'Get a task by id']));

    expect(first.status).toBe('deployed');
    expect(first.git).toMatchObject({ commit: null, tag: null, error: { code: 'GIT_COMMIT_FAILED' } });
    expect(
      first.events.some((e: any) => e.type === 'error' && /retried on the next deploy/.test(e.message)),
    ).toBe(true);
    expect((await request(`http://127.0.0.1:${port}`, 'GET', '/health')).body.status).toBe('active');

    await rm(join(dir.path, 'git', `${name}.git`));
    await git(join(dir.path, 'remote'), 'init', '--quiet', '--bare', `${name}.git`);
    const second = await build(
      await goodSpec(name, port, ['Create tasks', 'Get a task by id', 'List tasks']),
    );

    expect(second.status).toBe('deployed');
    expect(second.git).toMatchObject({ error: null, pushed: true });
    const remote = join(dir.path, 'remote', `${name}.git`);
    const tags = (await git(remote, 'tag', '--list')).split('\n');
    expect(tags.some((t) => t.endsWith(first.build_id))).toBe(true);
    expect(tags.some((t) => t.endsWith(second.build_id))).toBe(true);
    expect(await git(remote, 'rev-parse', 'deployed')).toBe(second.git.commit);
    const link = (await request(executor.url, 'GET', `/deployments/${name}`)).body.git;
    expect(link).toMatchObject({ pending: [], error: null, pushed: true });
  }, 90_000);
});
