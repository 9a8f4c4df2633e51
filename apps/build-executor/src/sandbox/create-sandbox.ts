import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BwrapSandbox } from './bwrap-sandbox';
import type { StagingTools } from './host-staging';
import { ProcessSandbox } from './process-sandbox';
import { SandboxUnavailableError, type Sandbox, type SandboxSetting } from './sandbox';
import { assertReachableByOthers } from './sandbox-user';

const run = promisify(execFile);

/** Tools are looked up in fixed system directories, not in PATH: PATH is not ours to trust. */
const TOOL_DIRS = ['/usr/bin', '/bin', '/usr/sbin', '/sbin', '/usr/local/bin'];

/**
 * The sandbox for a `SANDBOX` setting. `auto` and `bwrap` make one real probe run under bwrap
 * (Node writing a file in a fresh work dir); `auto` falls back to process mode when it fails and
 * says why in `fallbackReason`, `bwrap` throws {@link SandboxUnavailableError} instead.
 */
export async function createSandbox(setting: SandboxSetting): Promise<Sandbox> {
  const prlimit = findTool('prlimit');
  if (!prlimit) {
    throw new SandboxUnavailableError(
      `prlimit (util-linux) not found in ${TOOL_DIRS.join(', ')}; the sandbox needs it to apply resource limits`,
    );
  }
  let fallbackReason: string | undefined;
  if (setting !== 'process') {
    const probe = await probeBwrap(prlimit);
    if (probe instanceof BwrapSandbox) return probe;
    if (setting === 'bwrap') {
      throw new SandboxUnavailableError(`SANDBOX=bwrap, but bubblewrap is not usable: ${probe}`);
    }
    fallbackReason = probe;
  }
  // As root, process-mode runs execute as another uid that reaches Node by its path.
  if (process.getuid?.() === 0) assertNodeReachable();
  return new ProcessSandbox({ prlimit, setpriv: await findSetprivWithPdeathsig() }, fallbackReason);
}

/** A working BwrapSandbox, or why there is none. */
async function probeBwrap(prlimit: string): Promise<BwrapSandbox | string> {
  const bwrap = findTool('bwrap');
  if (!bwrap) return `bwrap not found in ${TOOL_DIRS.join(', ')} (Debian/Ubuntu: apt-get install bubblewrap)`;
  const help = await helpText(bwrap);
  const sandbox = new BwrapSandbox({
    bwrap,
    prlimit,
    disableUserns: help.includes('--disable-userns'),
    tmpfsSize: help.includes('--size'),
    staging: stagingTools(),
  });
  const workDir = await mkdtemp(join(tmpdir(), 'sandbox-probe-'));
  try {
    const result = await sandbox.run({
      workDir,
      command: [process.execPath, '-e', "require('node:fs').writeFileSync('probe', 'ok')"],
      network: 'none',
      timeoutMs: 10_000,
    });
    if (result.outcome === 'ok') return sandbox;
    const said = result.stderr.trim().split('\n').slice(0, 3).join(' | ');
    return `probe run ended ${result.outcome} (${result.reason ?? 'no reason'})${said ? `: ${said}` : ''}`;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The tools to stage unreachable bind sources, when all three are installed. */
function stagingTools(): StagingTools | undefined {
  const [unshare, mount, setpriv] = ['unshare', 'mount', 'setpriv'].map(findTool);
  return unshare && mount && setpriv ? { unshare, mount, setpriv } : undefined;
}

/** setpriv when it can set a parent-death signal (util-linux ≥ 2.33). */
async function findSetprivWithPdeathsig(): Promise<string | undefined> {
  const setpriv = findTool('setpriv');
  return setpriv && (await helpText(setpriv)).includes('--pdeathsig') ? setpriv : undefined;
}

function findTool(name: string): string | undefined {
  for (const dir of TOOL_DIRS) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return realpathSync(join(dir, name));
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

async function helpText(tool: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(tool, ['--help'], { env: {}, timeout: 5000 });
    return `${stdout}${stderr}`;
  } catch {
    return '';
  }
}

/** As root, process-mode runs execute as another uid, which must be able to reach the Node binary. */
function assertNodeReachable(): void {
  try {
    assertReachableByOthers(realpathSync(process.execPath));
  } catch (err) {
    throw new SandboxUnavailableError(
      `the Node binary is unreachable for the sandbox user: ${(err as Error).message}`,
    );
  }
}
