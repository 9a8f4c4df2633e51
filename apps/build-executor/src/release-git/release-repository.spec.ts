import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitProcessEnv, runGit, type GitEnvironment } from './git-command';
import { startGitHttpServer } from './git-http-server.testing';
import { httpCredentialEnv, ReleaseRepository, type ReleaseCommit } from './release-repository';

/** Plain git for the test's own checks (a clone, a log), with the same fixed environment. */
function git(env: GitEnvironment, cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitProcessEnv(env), encoding: 'utf8' }).trim();
}

describe('ReleaseRepository', () => {
  let dir: string;
  let env: GitEnvironment;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-release-repo-'));
    await mkdir(join(dir, 'home'), { mode: 0o700 });
    env = {
      binary: 'git',
      path: '/usr/local/bin:/usr/bin:/bin',
      home: join(dir, 'home'),
      author: { name: 'Factory Test', email: 'factory@test.invalid' },
      timeoutMs: 30_000,
    };
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function tree(name: string, files: Record<string, string>): Promise<string> {
    const root = join(dir, 'trees', name);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), content);
    }
    return root;
  }

  async function release(
    repo: ReleaseRepository,
    name: string,
    files: Record<string, string>,
    tag: string,
  ): Promise<ReleaseCommit> {
    return {
      tree: await repo.treeOf(await tree(name, files)),
      message: `Release ${name}\n\nBuild-Id: ${name}\n`,
      tag,
      tagMessage: `${name}\n`,
      date: '2026-01-02T03:04:05Z',
    };
  }

  it('commits one release once: a repeated call finds the tag and makes no second commit', async () => {
    const repo = new ReleaseRepository(env, join(dir, 'svc.git'));
    await repo.ensure();
    const r1 = await release(repo, 'b1', { 'main.js': 'one', 'tests/a.test.js': 't' }, 'v1.0.0-b1');

    const first = await repo.commitRelease(r1);
    const again = await repo.commitRelease(r1);
    await repo.ensure();

    expect(first.created).toBe(true);
    expect(again).toEqual({ commit: first.commit, created: false });
    expect(git(env, dir, '--git-dir', repo.path, 'rev-list', '--count', 'main')).toBe('1');
    expect(git(env, dir, '--git-dir', repo.path, 'tag', '--list')).toBe('v1.0.0-b1');
    expect(git(env, dir, '--git-dir', repo.path, 'log', '-1', '--format=%an <%ae>', 'main')).toBe(
      'Factory Test <factory@test.invalid>',
    );
  });

  it('finishes a commit whose tag was written but whose branch update was lost (a crash in between)', async () => {
    const repo = new ReleaseRepository(env, join(dir, 'svc.git'));
    await repo.ensure();
    const first = await repo.commitRelease(await release(repo, 'b1', { 'main.js': 'one' }, 'v1-b1'));
    const r2 = await release(repo, 'b2', { 'main.js': 'two' }, 'v1-b2');
    const second = await repo.commitRelease(r2);
    await runGit(env, ['update-ref', 'refs/heads/main', first.commit], { gitDir: repo.path });

    const retried = await repo.commitRelease(r2);

    expect(retried).toEqual({ commit: second.commit, created: false });
    expect(await repo.resolve('refs/heads/main')).toBe(second.commit);
    expect(git(env, dir, '--git-dir', repo.path, 'rev-list', '--count', 'main')).toBe('2');
  });

  it('commits every file of the tree, even those a .gitignore in it would hide', async () => {
    const repo = new ReleaseRepository(env, join(dir, 'svc.git'));
    await repo.ensure();
    const files = { '.gitignore': '*.js\n', 'main.js': 'x', 'lib/deep.js': 'y' };
    const { commit } = await repo.commitRelease(await release(repo, 'b1', files, 't1'));

    const listed = git(env, dir, '--git-dir', repo.path, 'ls-tree', '-r', '--name-only', commit).split('\n');

    expect(listed.sort()).toEqual(['.gitignore', 'lib/deep.js', 'main.js']);
  });

  it('moves deployed with deploys and rollbacks, and a clone sees the branches and tags', async () => {
    const repo = new ReleaseRepository(env, join(dir, 'svc.git'));
    await repo.ensure();
    const a = await repo.commitRelease(await release(repo, 'b1', { 'main.js': 'one' }, 'v1-b1'));
    await repo.setDeployed(a.commit, 'deploy b1');
    const b = await repo.commitRelease(await release(repo, 'b2', { 'main.js': 'two' }, 'v1-b2'));
    await repo.setDeployed(b.commit, 'deploy b2');
    await repo.setDeployed(a.commit, 'rollback to b1');

    git(env, dir, 'clone', '--quiet', repo.path, 'clone');
    const clone = join(dir, 'clone');

    expect(git(env, clone, 'rev-parse', 'origin/deployed')).toBe(a.commit);
    expect(git(env, clone, 'rev-parse', 'HEAD')).toBe(b.commit);
    expect(git(env, clone, 'tag', '--list').split('\n')).toEqual(['v1-b1', 'v1-b2']);
    expect(git(env, dir, '--git-dir', repo.path, 'reflog', '--format=%gs', 'deployed')).toBe(
      'rollback to b1\ndeploy b2\ndeploy b1',
    );
    await repo.setDeployed(null, 'nothing serves');
    expect(await repo.resolve('refs/heads/deployed')).toBeNull();
  });

  it('pushes main, tags and a deployed that moved back to a remote, again and again', async () => {
    const repo = new ReleaseRepository(env, join(dir, 'svc.git'));
    await repo.ensure();
    const remote = join(dir, 'remote.git');
    git(env, dir, 'init', '--quiet', '--bare', remote);
    const a = await repo.commitRelease(await release(repo, 'b1', { 'main.js': 'one' }, 'v1-b1'));
    const b = await repo.commitRelease(await release(repo, 'b2', { 'main.js': 'two' }, 'v1-b2'));
    await repo.setDeployed(b.commit, 'deploy');
    await repo.push({ url: `file://${remote}` });
    await repo.setDeployed(a.commit, 'rollback');
    await repo.push({ url: `file://${remote}` });
    await repo.push({ url: `file://${remote}` });

    expect(git(env, dir, '--git-dir', remote, 'rev-parse', 'deployed', 'main')).toBe(
      `${a.commit}\n${b.commit}`,
    );
    expect(git(env, dir, '--git-dir', remote, 'tag', '--list')).toBe('v1-b1\nv1-b2');
  });

  it('pushes over HTTP with the token from the environment only, and fails fast without it', async () => {
    const served = join(dir, 'served');
    await mkdir(served);
    git(env, served, 'init', '--quiet', '--bare', 'svc.git');
    const token = 'tok-Zq9-very-secret';
    const server = await startGitHttpServer(served, { user: 'factory', password: token });
    // A git that logs its argv first: the token must never be in it (argv is what `ps` shows everyone).
    const argvLog = join(dir, 'argv.log');
    const wrapper = join(dir, 'git-logging');
    await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec git "$@"\n`, {
      mode: 0o755,
    });
    try {
      const repo = new ReleaseRepository({ ...env, binary: wrapper }, join(dir, 'svc.git'));
      await repo.ensure();
      const a = await repo.commitRelease(await release(repo, 'b1', { 'main.js': 'one' }, 'v1-b1'));
      const url = `${server.url}svc.git`;

      await expect(repo.push({ url })).rejects.toThrow(/Authentication failed|could not read Username/);
      await repo.push({ url, env: httpCredentialEnv('factory', token) });

      expect(git(env, dir, '--git-dir', join(served, 'svc.git'), 'rev-parse', 'main')).toBe(a.commit);
      expect(server.seenAuth).toContain(`Basic ${Buffer.from(`factory:${token}`).toString('base64')}`);
      const argv = await readFile(argvLog, 'utf8');
      expect(argv).toMatch(/^push .*svc\.git/m);
      expect(argv).not.toContain(token);
      // Never written down: not in the repository (config included), not in the private HOME.
      for (const file of await filesUnder(dir, ['served', 'trees', 'argv.log'])) {
        expect((await readFile(file)).includes(token)).toBe(false);
      }
    } finally {
      await server.close();
    }
  });
});

async function filesUnder(root: string, skip: string[]): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !skip.some((s) => join(e.parentPath, e.name).startsWith(join(root, s))))
    .map((e) => join(e.parentPath, e.name));
}
