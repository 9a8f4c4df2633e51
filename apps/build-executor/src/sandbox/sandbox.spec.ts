import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSandbox, type Sandbox, type SandboxMode, type SandboxRunOptions } from './index';
import { processesWith, until } from './testing';

const NODE = process.execPath;
const MODES: SandboxMode[] = ['process', 'bwrap'];
const workDirs: string[] = [];

/** A fresh work dir holding `files` (path → content). */
async function workDirWith(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-spec-'));
  workDirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Options for `node -e code marker`: the marker in argv lets the test find every process of the run. */
async function nodeEval(
  code: string,
  marker: string,
  extra: Partial<SandboxRunOptions> = {},
): Promise<SandboxRunOptions> {
  return {
    workDir: await workDirWith(),
    command: [NODE, '-e', code, marker],
    network: 'none',
    timeoutMs: 10_000,
    ...extra,
  };
}

function httpGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Resolves true when something accepts a TCP connection on 127.0.0.1:port. */
function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The sandbox's staging dirs in temp dir `dir` (host-staging.ts makes them in the system temp dir). */
async function stagingDirs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('sandbox-stage-'));
}

afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createSandbox', () => {
  it('chooses bwrap in auto mode on this machine, where bubblewrap is installed', async () => {
    const sandbox = await createSandbox('auto');

    expect({
      mode: sandbox.mode,
      isolated: sandbox.isolated,
      fallbackReason: sandbox.fallbackReason,
    }).toEqual({
      mode: 'bwrap',
      isolated: true,
      fallbackReason: undefined,
    });
  });

  it('labels process mode as not isolated, in the sandbox and in every result', async () => {
    const sandbox = await createSandbox('process');

    const result = await sandbox.run(await nodeEval('0', 'label'));

    expect([sandbox.isolated, result.isolated, result.mode]).toEqual([false, false, 'process']);
  });

  it('rejects a command that is not an absolute program path', async () => {
    const sandbox = await createSandbox('process');

    await expect(
      sandbox.run({ ...(await nodeEval('0', 'x')), command: ['node', '-e', '0'] }),
    ).rejects.toThrow(TypeError);
  });

  it('rejects a cwd outside the work dir', async () => {
    const sandbox = await createSandbox('process');

    await expect(sandbox.run({ ...(await nodeEval('0', 'x')), cwd: '../..' })).rejects.toThrow(
      /outside workDir/,
    );
  });
});

describe.each(MODES)('%s sandbox', (mode) => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    // Throws (failing every test below) when bwrap is unusable: CI installs it, so that is a bug.
    sandbox = await createSandbox(mode);
  });

  it('runs a passing node:test file and captures its TAP output', async () => {
    const workDir = await workDirWith({
      'tests/sum.test.js':
        "const test = require('node:test');\ntest('adds', () => { if (1 + 1 !== 2) throw new Error('math'); });\n",
    });

    const result = await sandbox.run({
      workDir,
      command: [NODE, '--test', '--test-reporter=tap', 'tests/'],
      network: 'none',
      timeoutMs: 20_000,
    });

    expect(result).toMatchObject({ mode, outcome: 'ok', exitCode: 0, signal: null, outputTruncated: false });
    expect(result.stdout).toMatch(/^ok 1 - adds$/m);
    expect(result.stdout).toContain('# pass 1');
  });

  it('reports a failing node:test file as failed with its exit code', async () => {
    const workDir = await workDirWith({
      'tests/broken.test.js':
        "const test = require('node:test');\ntest('breaks', () => { throw new Error('boom'); });\n",
    });

    const result = await sandbox.run({
      workDir,
      command: [NODE, '--test', '--test-reporter=tap', 'tests/'],
      network: 'none',
      timeoutMs: 20_000,
    });

    expect(result).toMatchObject({ outcome: 'failed', exitCode: 1, reason: 'exited with code 1' });
    expect(result.stdout).toContain('not ok 1');
    expect(result.stdout).toContain('boom');
  });

  it('kills an infinite loop at the wall-clock timeout and leaves no process behind', async () => {
    const marker = `loop-${randomUUID()}`;

    const result = await sandbox.run(await nodeEval('for (;;) {}', marker, { timeoutMs: 1500 }));

    expect(result).toMatchObject({ outcome: 'timeout', reason: 'wall-clock timeout after 1500 ms' });
    expect(result.durationMs).toBeLessThan(4000);
    expect(processesWith(marker)).toEqual([]);
  });

  it('contains a fork bomb without harming the executor, and leaves nothing behind', async () => {
    const marker = `bomb-${randomUUID()}`;
    const bomb = `
      const { spawn } = require('node:child_process');
      let told = false;
      // The first refused spawn is the proof: the root says so and leaves, and the sandbox must then kill
      // every process the bomb made. On a loaded machine reaching the limit takes longer, never another path.
      const tell = (how, err) => {
        if (told) return;
        told = true;
        process.stdout.write(how + ': ' + err.code + '\\n', () => process.exit(3));
      };
      const again = () => {
        try {
          spawn(process.execPath, [__filename, '${marker}'], { stdio: 'ignore' }).on('error', (err) => tell('spawn failed', err));
        } catch (err) {
          tell('spawn threw', err);
        }
      };
      setInterval(() => { again(); again(); }, 5);
    `;
    const workDir = await workDirWith({ 'bomb.js': bomb });

    const result = await sandbox.run({
      workDir,
      command: [NODE, 'bomb.js', marker],
      network: 'none',
      timeoutMs: 60_000,
      limits: { processes: 64 },
    });

    expect(['timeout', 'killed', 'failed']).toContain(result.outcome);
    expect(result.reason).toBeDefined();
    expect(result.stdout).toMatch(/spawn (failed|threw): EAGAIN/);
    expect(spawnSync(NODE, ['-e', 'process.exit(7)']).status).toBe(7);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('stops an unbounded allocation and reports the memory limit', async () => {
    const marker = `alloc-${randomUUID()}`;

    const result = await sandbox.run(
      await nodeEval('const hoard = []; for (;;) hoard.push(new Array(1e6).fill(1));', marker, {
        limits: { memoryBytes: 256 * 1024 * 1024 },
      }),
    );

    expect(['killed', 'failed']).toContain(result.outcome);
    expect(result.reason).toBe(`memory limit (${256 * 1024 * 1024} bytes) exceeded`);
    expect(processesWith(marker)).toEqual([]);
  });

  it('kills a process that uses up its CPU time and says so', async () => {
    const result = await sandbox.run(await nodeEval('for (;;) {}', 'cpu', { limits: { cpuSeconds: 1 } }));

    expect(result).toMatchObject({
      outcome: 'killed',
      signal: 'SIGXCPU',
      reason: 'CPU time limit (1 s) exceeded',
    });
  });

  it('fails a write over the file size limit and says so', async () => {
    const result = await sandbox.run(
      await nodeEval("require('node:fs').writeFileSync('big', Buffer.alloc(2 * 1024 * 1024))", 'fsize', {
        limits: { fileSizeBytes: 1024 * 1024 },
      }),
    );

    // Node ignores SIGXFSZ, so the write fails with EFBIG instead of the process being killed.
    expect(result).toMatchObject({
      outcome: 'failed',
      reason: `file size limit (${1024 * 1024} bytes) exceeded`,
    });
    expect(result.stderr).toContain('EFBIG');
  });

  it('gives the code only the environment it was given, nothing of the executor’s', async () => {
    process.env.ANTHROPIC_API_KEY = 'sk-test';
    try {
      const result = await sandbox.run(
        await nodeEval('console.log(JSON.stringify(process.env))', 'env', { env: { GREETING: 'hi' } }),
      );

      const seen = JSON.parse(result.stdout) as Record<string, string>;
      // PWD is set by bwrap after --chdir; NODE_OPTIONS and SANDBOX_RUN_ID by the sandbox (documented).
      const added = ['GREETING', 'PWD', 'NODE_OPTIONS', 'SANDBOX_RUN_ID'];
      expect(seen.GREETING).toBe('hi');
      expect(Object.keys(seen).filter((key) => !added.includes(key))).toEqual([]);
      expect(result.stdout).not.toContain('sk-test');
    } finally {
      delete process.env.ANTHROPIC_API_KEY;
    }
  });

  it('runs the code as an unprivileged user and gives the work dir back afterwards', async () => {
    const options = await nodeEval(
      "require('node:fs').writeFileSync('made-inside', 'x'); console.log(process.getuid())",
      'uid',
    );

    const result = await sandbox.run(options);

    expect(result.outcome).toBe('ok');
    expect(Number(result.stdout)).not.toBe(0);
    expect(statSync(join(options.workDir, 'made-inside')).uid).toBe(process.getuid?.());
    expect(statSync(options.workDir).uid).toBe(process.getuid?.());
  });

  it('kills what the main process left running when it exits', async () => {
    const marker = `orphan-${randomUUID()}`;
    const code = `
      const { spawn } = require('node:child_process');
      spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '${marker}'], { detached: true, stdio: 'ignore' }).unref();
    `;

    const result = await sandbox.run(await nodeEval(code, marker));

    expect(result.outcome).toBe('ok');
    expect(processesWith(marker)).toEqual([]);
  });

  it('serves the host from a started process with loopback-host networking and stops it cleanly', async () => {
    const marker = `server-${randomUUID()}`;
    const code = `
      const server = require('node:http').createServer((req, res) => res.end('hello from ' + req.url));
      server.listen(0, '127.0.0.1', () => console.log('port=' + server.address().port));
    `;
    const service = sandbox.start(
      await nodeEval(code, marker, { network: 'loopback-host', timeoutMs: 30_000 }),
    );
    await until(() => /port=\d+/.test(service.output()));
    const port = Number(/port=(\d+)/.exec(service.output())?.[1]);

    const body = await httpGet(`http://127.0.0.1:${port}/health`);
    const result = await service.stop();

    expect(body).toBe('hello from /health');
    expect(result).toMatchObject({ outcome: 'cancelled', reason: 'stopped by caller' });
    expect(processesWith(marker)).toEqual([]);
    expect(await canConnect(port)).toBe(false);
  });

  it('kills everything promptly when the abort signal fires', async () => {
    const marker = `abort-${randomUUID()}`;
    const code = `
      require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '${marker}'], { stdio: 'ignore' });
      console.log('ready');
      setInterval(() => {}, 1000);
    `;
    const controller = new AbortController();
    const running = sandbox.start(
      await nodeEval(code, marker, { signal: controller.signal, timeoutMs: 30_000 }),
    );
    await until(() => running.output().includes('ready') && processesWith(marker).length >= 2);

    const abortedAt = Date.now();
    controller.abort();
    const result = await running.exited;

    expect(result).toMatchObject({ outcome: 'cancelled', reason: 'cancelled by abort signal' });
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect(processesWith(marker)).toEqual([]);
  });

  it('truncates an output flood and kills the flooder', async () => {
    const marker = `flood-${randomUUID()}`;

    const result = await sandbox.run(
      await nodeEval("const line = 'x'.repeat(8191) + '\\n'; for (;;) process.stdout.write(line);", marker, {
        limits: { outputBytes: 64 * 1024 },
      }),
    );

    expect(result).toMatchObject({ outcome: 'output_limit', outputTruncated: true });
    expect(result.stdout).toHaveLength(64 * 1024);
    expect(processesWith(marker)).toEqual([]);
  });

  it('keeps the exit status of a run that only slightly overflows its output limit', async () => {
    const result = await sandbox.run(
      await nodeEval("process.stdout.write('y'.repeat(1500))", 'overflow', { limits: { outputBytes: 1000 } }),
    );

    expect(result).toMatchObject({ outcome: 'ok', exitCode: 0, outputTruncated: true });
    expect(result.stdout).toBe('y'.repeat(1000));
  });
});

describe('bwrap sandbox isolation', () => {
  let sandbox: Sandbox;
  let hostServer: Server;
  let hostPort: number;
  let hostConnections = 0;

  beforeAll(async () => {
    sandbox = await createSandbox('bwrap');
    hostServer = createServer((socket) => {
      hostConnections++;
      socket.end('host');
    });
    await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
    hostPort = (hostServer.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => hostServer.close(resolve));
  });

  it('refuses writes anywhere but the work dir', async () => {
    const repoFile = join(process.cwd(), `sandbox-escape-${randomUUID()}`);
    const targets = ['/tmp/../etc/sandbox-escape', repoFile, '/root/sandbox-escape', '/usr/sandbox-escape'];
    const code = `
      const fs = require('node:fs');
      const outcomes = {};
      for (const target of ${JSON.stringify(targets)}) {
        try { fs.writeFileSync(target, 'x'); outcomes[target] = 'written'; } catch (err) { outcomes[target] = err.code; }
      }
      fs.writeFileSync('inside', 'x');
      console.log(JSON.stringify(outcomes));
    `;
    const options = await nodeEval(code, 'escape');

    const result = await sandbox.run(options);

    const outcomes = JSON.parse(result.stdout) as Record<string, string>;
    for (const target of targets) expect(['EROFS', 'ENOENT', 'EACCES', 'EPERM']).toContain(outcomes[target]);
    expect(targets.filter((target) => existsSync(target))).toEqual([]);
    expect(existsSync(join(options.workDir, 'inside'))).toBe(true);
  });

  it('hides the repository, home directories and the executor’s /tmp', async () => {
    const hostTmpFile = join('/tmp', `sandbox-spec-host-${randomUUID()}`);
    await writeFile(hostTmpFile, 'host only');
    const paths = [join(process.cwd(), 'package.json'), '/root', '/home', hostTmpFile];
    const code = `console.log(JSON.stringify(${JSON.stringify(paths)}.filter((p) => require('node:fs').existsSync(p))))`;

    const result = await sandbox.run(await nodeEval(code, 'hidden'));
    await rm(hostTmpFile);

    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('gives the code a private /tmp that vanishes with the run', async () => {
    const name = `sandbox-spec-inner-${randomUUID()}`;
    const code = `require('node:fs').writeFileSync('/tmp/${name}', 'x'); console.log('written')`;

    const result = await sandbox.run(await nodeEval(code, 'private-tmp'));

    expect(result).toMatchObject({ outcome: 'ok', stdout: 'written\n' });
    expect(existsSync(join('/tmp', name))).toBe(false);
  });

  it('keeps the host’s listening ports out of reach with network none', async () => {
    const code = `
      require('node:net').connect(${hostPort}, '127.0.0.1')
        .on('connect', () => console.log('reached the host'))
        .on('error', (err) => console.log(err.code));
    `;

    const result = await sandbox.run(await nodeEval(code, 'no-net'));

    expect(result.stdout.trim()).toBe('ECONNREFUSED');
    expect(hostConnections).toBe(0);
  });

  it('runs code in a work dir whose parent only its owner may enter, as in a clone under /root', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'sandbox-spec-private-'));
    workDirs.push(parent);
    await chmod(parent, 0o700);
    const workDir = join(parent, 'work');
    await mkdir(join(workDir, 'tests'), { recursive: true });
    await writeFile(
      join(workDir, 'tests', 'uid.test.js'),
      "const test = require('node:test');\n" +
        "test('writes as its own user', () => require('node:fs').writeFileSync('made-inside', String(process.getuid())));\n",
    );
    // A temp dir of this test's own (os.tmpdir() reads TMPDIR), so other processes' sandboxes on the machine
    // cannot add staging dirs to what the test counts; searchable by the run's user like /tmp.
    const ownTmp = await mkdtemp(join(tmpdir(), 'sandbox-spec-tmp-'));
    workDirs.push(ownTmp);
    await chmod(ownTmp, 0o711);
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    const result = await sandbox
      .run({
        workDir,
        command: [NODE, '--test', '--test-reporter=tap', 'tests/'],
        network: 'none',
        timeoutMs: 20_000,
      })
      .finally(() => {
        if (savedTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = savedTmp;
      });

    expect(result).toMatchObject({ outcome: 'ok', exitCode: 0 });
    const uidInside = Number(await readFile(join(workDir, 'made-inside'), 'utf8'));
    expect(uidInside).not.toBe(0);
    expect(statSync(join(workDir, 'made-inside')).uid).toBe(process.getuid?.());
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    // Staging (its parent is closed to the run's user) leaves no dir behind.
    expect(await stagingDirs(ownTmp)).toEqual([]);
  });

  it('keeps environment values out of every host command line (no --setenv in argv)', async () => {
    const secret = `secret-${randomUUID()}`;
    const marker = `argv-${randomUUID()}`;
    const running = sandbox.start(
      await nodeEval("console.log('up:' + process.env.TOKEN); setInterval(() => {}, 1000)", marker, {
        env: { TOKEN: secret },
        timeoutMs: 30_000,
      }),
    );
    await until(() => running.output().includes('up:'));

    const argvWithSecret = processesWith(secret);
    await running.stop();

    expect(running.output()).toContain(`up:${secret}`);
    expect(argvWithSecret).toEqual([]);
  });

  it('lets the code serve and reach its own loopback with network none', async () => {
    const code = `
      const net = require('node:net');
      const server = net.createServer((socket) => socket.end('pong')).listen(0, '127.0.0.1', () => {
        net.connect(server.address().port, '127.0.0.1').on('data', (data) => { console.log(String(data)); server.close(); });
      });
    `;

    const result = await sandbox.run(await nodeEval(code, 'own-net'));

    expect(result).toMatchObject({ outcome: 'ok', stdout: 'pong\n' });
  });
});
