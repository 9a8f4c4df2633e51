import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';

/** The outcome of one check: `fail` stops the stack from working, `warn` degrades it. */
export interface Check {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  /** How to fix it (absent when ok). */
  fix?: string;
}

/** Oldest Node.js the services run on (package.json `engines`). */
const MIN_NODE = [20, 19];

/** Node.js version, against the minimum. */
export function checkNode(version: string = process.versions.node): Check {
  const [major, minor] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return ok
    ? { name: 'node', status: 'ok', detail: `v${version}` }
    : {
        name: 'node',
        status: 'fail',
        detail: `v${version} is older than ${MIN_NODE.join('.')}`,
        fix: 'install Node.js 20.19 or newer (e.g. `nvm install 20` or your distribution’s nodejs package)',
      };
}

/** The first executable `name` on `PATH`, or null. */
export async function findExecutable(name: string, path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** redis-server on PATH, unless `REDIS_URL` points at a Redis. */
export async function checkRedis(env: NodeJS.ProcessEnv): Promise<Check> {
  if (env.REDIS_URL)
    return { name: 'redis-server', status: 'ok', detail: 'REDIS_URL is set: no local redis-server needed' };
  const found = await findExecutable('redis-server', env.PATH);
  return found
    ? { name: 'redis-server', status: 'ok', detail: found }
    : {
        name: 'redis-server',
        status: 'fail',
        detail: 'redis-server is not on PATH and REDIS_URL is not set: the services cannot start their Redis',
        fix: 'sudo apt-get install -y redis-server (Debian/Ubuntu), or set REDIS_URL=redis://host:6379',
      };
}

/** bwrap on PATH: without it generated code runs unisolated. */
export async function checkBwrap(env: NodeJS.ProcessEnv): Promise<Check> {
  const found = await findExecutable('bwrap', env.PATH);
  return found
    ? { name: 'bwrap', status: 'ok', detail: `${found}: generated code runs in a bubblewrap sandbox` }
    : {
        name: 'bwrap',
        status: 'warn',
        detail:
          'bwrap (bubblewrap) is not on PATH: with SANDBOX=auto generated code and its tests run as plain, ' +
          'unisolated processes, and SANDBOX=bwrap refuses to start',
        fix: 'sudo apt-get install -y bubblewrap',
      };
}

/** The ancestors of `path` (nearest first) that other users cannot search (no o+x), e.g. /root at 0700. */
export async function closedParents(path: string): Promise<{ dir: string; mode: string }[]> {
  const closed: { dir: string; mode: string }[] = [];
  let dir = dirname(resolve(path));
  for (;;) {
    try {
      const info = await stat(dir);
      if ((info.mode & 0o001) === 0)
        closed.push({ dir, mode: (info.mode & 0o777).toString(8).padStart(4, '0') });
    } catch {
      // not there yet: created later with the usual modes
    }
    const up = dirname(dir);
    if (up === dir) return closed;
    dir = up;
  }
}

/**
 * The data directory: writable (or creatable), and reachable through its parents by the sandbox's users.
 * Running as root, generated code runs as another uid; a parent it cannot search (a clone under /root,
 * 0700) needs bwrap's staging, and breaks the unisolated process sandbox used without bwrap.
 */
export async function checkDataDir(dataDir: string, hasBwrap: boolean): Promise<Check[]> {
  const checks: Check[] = [];
  const dir = resolve(dataDir);
  let existing = dir;
  for (;;) {
    try {
      await stat(existing);
      break;
    } catch {
      existing = dirname(existing);
    }
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK);
    checks.push({
      name: 'data dir',
      status: 'ok',
      detail: existing === dir ? `${dir} is writable` : `${dir} will be created (under ${existing})`,
    });
  } catch {
    checks.push({
      name: 'data dir',
      status: 'fail',
      detail: `${existing} is not writable by this user, so ${dir} cannot hold the services' state`,
      fix: `give this user write access to ${existing}, or set DATA_DIR to a writable directory`,
    });
  }
  const closed = await closedParents(join(dir, 'builds'));
  if (closed.length === 0) {
    checks.push({
      name: 'data dir parents',
      status: 'ok',
      detail: 'every parent is searchable by other users',
    });
  } else {
    const list = closed.map((c) => `${c.dir} (mode ${c.mode})`).join(', ');
    checks.push({
      name: 'data dir parents',
      status: hasBwrap ? 'warn' : 'fail',
      detail:
        `${list}: other users cannot pass through ${closed.length === 1 ? 'it' : 'them'}, and generated code ` +
        'runs as another user. ' +
        (hasBwrap
          ? 'bwrap runs get by through a private mount namespace (unshare), but the process sandbox ' +
            '(SANDBOX=process, or no bwrap) fails'
          : 'Without bwrap the process sandbox is used, and its builds fail on this path'),
      fix:
        `chmod o+x ${closed.map((c) => c.dir).join(' ')} (search only, nothing becomes readable), ` +
        'or move the data outside, e.g. DATA_DIR=/var/lib/sovereign',
    });
  }
  return checks;
}

/** Whether a TCP port on the host is free to listen on. */
export function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, host, () => server.close(() => resolvePort(true)));
  });
}

/** Which of our services answers `GET /health` on a URL (the UDC health is public), or null. */
export async function serviceAt(url: string): Promise<string | null> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
    const body = (await res.json()) as { service?: string };
    return typeof body.service === 'string' ? body.service : null;
  } catch {
    return null;
  }
}

/** A service's port: free, taken by that service (fine), or taken by something else (fail). */
export async function checkPort(
  label: string,
  url: string,
  envVar: string,
  expected: string,
): Promise<Check> {
  const { hostname, port: portText, protocol } = new URL(url);
  const port = Number(portText || (protocol === 'https:' ? 443 : 80));
  const name = `${label} port ${port}`;
  const local = ['127.0.0.1', 'localhost', '[::1]', '0.0.0.0'].includes(hostname);
  const running = await serviceAt(url);
  if (running === expected) return { name, status: 'ok', detail: `${expected} answers at ${url}` };
  if (!local) {
    return running === null
      ? {
          name,
          status: 'warn',
          detail: `nothing of ours answers at ${url}`,
          fix: `check --url / the ${label}’s host`,
        }
      : {
          name,
          status: 'fail',
          detail: `${url} is ${running}, not ${expected}`,
          fix: 'point the URL at the right service',
        };
  }
  if (await portFree(port)) return { name, status: 'ok', detail: `free (${expected} is not running)` };
  return {
    name,
    status: 'fail',
    detail: `port ${port} is taken by ${running ?? 'another program'}, not ${expected}`,
    fix: `stop it (\`ss -ltnp 'sport = :${port}'\` shows which process), or start ${expected} with ${envVar}=<another port> and pass the URL`,
  };
}
