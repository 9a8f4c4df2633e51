import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '@sf/platform';
import { startTestPipeline, TEST_ADMIN_KEY, type TestPipeline } from '../support/harness';
import { distPath } from '../support/processes';

/** The compiled CLI (`npm test` builds before the e2e tier). */
const CLI = distPath('apps/cli/src/main.js');
/** Generous bound for a whole offline pipeline run (a few seconds here). */
const RUN_TIMEOUT_MS = 90_000;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sovereign <args>` through a pipe (stdout is not a terminal), or through a real pseudo-terminal made
 * by util-linux `script` (sized 120×40 with stty, as a terminal window is; its output is stdout and stderr).
 */
function sovereign(
  args: string[],
  opts: { env?: Record<string, string>; input?: string; pty?: boolean } = {},
): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env };
  const argv = [process.execPath, CLI, ...args];
  const child = opts.pty
    ? spawn('script', ['-qec', `stty cols 120 rows 40; ${argv.map(shellQuote).join(' ')}`, '/dev/null'], {
        env: { ...env, TERM: 'xterm-256color' },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    : spawn(argv[0], argv.slice(1), { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(opts.input ?? '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sovereign ${args.join(' ')} did not finish:\n${stdout}\n${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

describe('sovereign CLI against a running pipeline', () => {
  let pipeline: TestPipeline;
  let work: string;
  let global: string[];

  beforeAll(async () => {
    pipeline = await startTestPipeline('cli', { LOG_LEVEL: 'warn' });
    work = await mkdtemp(join(tmpdir(), 'sf-cli-'));
    // The executor's URL is found through the factory (GET /dashboard → executor_url), not given.
    global = ['--url', pipeline.factory.url, '--token', TEST_ADMIN_KEY];
  });

  afterAll(async () => {
    await pipeline.close();
    await rm(work, { recursive: true, force: true });
  });

  async function intentFile(name: string, text: string): Promise<string> {
    const path = join(work, name);
    await writeFile(path, text);
    return path;
  }

  it('submit --watch in a terminal shows the live phase list and ends deployed with the URL (exit 0)', async () => {
    const port = await freePort();
    const file = await intentFile(
      'ledger.yaml',
      [
        '# written by hand, as a user would',
        'service_name: cli-ledger',
        'service_type: domain',
        'priority: high',
        'purpose: Keep a ledger of team purchases',
        'key_features:',
        '  - Create purchases',
        '  - List purchases',
        '  - Get a purchase by id',
        'dependencies: []',
        `port: ${port}`,
      ].join('\n'),
    );

    const run = await sovereign([...global, 'submit', file, '--watch'], { pty: true });

    const screen = stripVTControlCharacters(run.stdout);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\u001b[?25l'); // the spinner hid the cursor: the terminal path ran
    for (const phase of [
      'spec_building',
      'codegen',
      'testing',
      'udc_verifying',
      'deploying',
      'health_checking',
    ]) {
      expect(screen).toMatch(new RegExp(`✔ ${phase}\\s+\\d+\\.\\d+s`));
    }
    expect(screen).toContain(`deployed cli-ledger: http://127.0.0.1:${port}`);

    const services = await sovereign([...global, 'services']);
    expect(services.code).toBe(0);
    expect(services.stdout).toMatch(new RegExp(`cli-ledger\\s+running\\s+active`));
    const stop = await sovereign([...global, 'stop', 'cli-ledger']);
    expect(stop.stdout).toContain('cli-ledger: stopped');
  });

  it('submit --watch through a pipe: a refused intent exits 1 with its reason, in plain lines', async () => {
    const body = {
      service_name: 'cli-face-finder',
      service_type: 'domain',
      priority: 'low',
      purpose: 'Tell who is on a holiday picture',
      key_features: ['Recognise the faces of relatives in an uploaded picture'],
      dependencies: [],
      port: await freePort(),
    };

    const run = await sovereign([...global, 'submit', '-', '--watch'], { input: JSON.stringify(body) });

    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b['); // no colors, no cursor moves off a terminal
    expect(run.stdout).toMatch(/✔ spec_building\s+\d/);
    expect(run.stdout).toContain('needs_human_review cli-face-finder');
    expect(run.stdout).toContain('reason: FEATURES_UNREALISED');
    expect(run.stdout).toContain(
      'feature not realised: "Recognise the faces of relatives in an uploaded picture"',
    );
  });

  it('--json prints one parseable document per command (logs: one event per line)', async () => {
    const port = await freePort();
    const file = await intentFile(
      'notes.json',
      JSON.stringify({
        service_name: 'cli-notes',
        service_type: 'domain',
        priority: 'medium',
        purpose: 'Keep short notes',
        key_features: ['Create notes', 'Get a note by id'],
        dependencies: [],
        port,
      }),
    );

    const watched = await sovereign([...global, '--json', 'submit', file, '--watch']);
    expect(watched.code).toBe(0);
    const result = JSON.parse(watched.stdout);
    expect(result).toMatchObject({ status: 'deployed', service_url: `http://127.0.0.1:${port}` });
    expect(result.phases.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['spec_verifying', 'testing', 'deployed']),
    );

    const status = JSON.parse((await sovereign([...global, '--json', 'status', result.intent_id])).stdout);
    expect(status.spec.score).toBeGreaterThanOrEqual(90);
    const list = JSON.parse((await sovereign([...global, '--json', 'ls', '--status', 'deployed'])).stdout);
    expect(list.items.map((i: { intent_id: string }) => i.intent_id)).toContain(result.intent_id);
    const spec = JSON.parse((await sovereign([...global, '--json', 'spec', result.intent_id])).stdout);
    expect(spec.markdown).toContain('spec-contract');
    const costs = JSON.parse((await sovereign([...global, '--json', 'costs', '--days', '3'])).stdout);
    expect(costs.trend).toHaveLength(3);
    const logs = await sovereign([...global, '--json', 'logs', result.intent_id]);
    const events = logs.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e: { type: string }) => e.type)).toContain('test_result');
    const services = JSON.parse((await sovereign([...global, '--json', 'services'])).stdout);
    expect(services.deployments.map((d: { name: string }) => d.name)).toContain('cli-notes');

    await sovereign([...global, 'stop', 'cli-notes']);
  });

  it('prints plain lines in a terminal when NO_COLOR is set', async () => {
    const run = await sovereign([...global, 'ls'], { pty: true, env: { NO_COLOR: '1' } });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/INTENT\s+SERVICE\s+STATUS/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  describe('bad input', () => {
    it('a malformed YAML file exits 2 naming the line and column', async () => {
      const file = await intentFile('broken.yaml', 'service_name: x\nkey_features:\n  - one\n - two\n');

      const run = await sovereign([...global, 'submit', file]);

      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}:4:`);
      expect(run.stderr).toMatch(/malformed YAML at line 4, column \d+/);
    });

    it('a malformed JSON file exits 2 naming the line and column', async () => {
      const file = await intentFile('broken.json', '{\n  "service_name": "x",\n  "port": 9000,,\n}\n');

      const run = await sovereign([...global, 'submit', file]);

      expect(run.code).toBe(2);
      expect(run.stderr).toContain('malformed JSON at line 3, column 16');
    });

    it('a body the API refuses exits 1 with its error code and fields', async () => {
      const body = { service_name: 'Not Kebab', priority: 'urgent', purpose: 'x', key_features: [] };

      const run = await sovereign([...global, 'submit', '-'], { input: JSON.stringify(body) });

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('VALIDATION_FAILED');
      expect(run.stderr).toMatch(/service_name: must be kebab-case/);
      expect(run.stderr).toMatch(/priority: /);
    });

    it('an unreachable URL exits 3 and points at doctor', async () => {
      const closed = `http://127.0.0.1:${await freePort()}`;

      const run = await sovereign(['--url', closed, '--token', TEST_ADMIN_KEY, 'ls']);

      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`cannot reach the factory at ${closed}`);
      expect(run.stderr).toContain('sovereign doctor');
    });

    it('a revoked key exits 1 and says how to get a new one', async () => {
      const created = JSON.parse(
        (await sovereign([...global, '--json', 'keys', 'create', 'short-lived', '--role', 'viewer'])).stdout,
      );
      expect((await sovereign([...global, 'keys', 'revoke', created.id])).code).toBe(0);

      const run = await sovereign(['--url', pipeline.factory.url, 'ls'], {
        env: { SF_API_KEY: created.key },
      });

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('UNAUTHENTICATED');
      expect(run.stderr).toContain('sovereign keys create');
    });

    it('an unknown command exits 2', async () => {
      expect((await sovereign(['deploy-everything'])).code).toBe(2);
    });
  });

  it('doctor names a missing bwrap and a 0700 parent of the data dir, with fixes', async () => {
    const bin = join(work, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node')); // PATH holds node and nothing else
    const closed = join(work, 'closed');
    await mkdir(join(closed, 'checkout'), { recursive: true });
    await chmod(closed, 0o700);

    const run = await sovereign([...global, '--data-dir', join(closed, 'checkout', '.data'), 'doctor'], {
      env: { PATH: bin },
    });

    expect(run.code).toBe(1); // no redis-server either: fatal
    expect(run.stdout).toMatch(/! bwrap .*not on PATH/);
    expect(run.stdout).toContain('fix: sudo apt-get install -y bubblewrap');
    expect(run.stdout).toContain(`${closed} (mode 0700)`);
    expect(run.stdout).toContain(`fix: chmod o+x ${closed}`);
    expect(run.stdout).toMatch(/✔ factory port \d+\s+sovereign-factory answers/);
  });
});
