import { mkdtemp, readdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@sf/platform';
import type { Sandbox, SandboxResult } from '../sandbox';

/**
 * Preloaded (`node -r`) into the service's own process inside the sandbox: relays every connection to the unix
 * socket `UDC_RELAY_SOCKET` to the service's `PORT` on the sandbox's own loopback. The socket, in the run's
 * work dir, is the only way in; nothing leads out. One process, not a relay with the service as its child: in
 * process mode only the run's first process dies with the executor, so a child service outlived an executor
 * killed during the check. The entry is still the main module (`require.main === module` holds), and the
 * relay's listener is unref'd so a service that ends its event loop exits as it would at deploy.
 */
const RELAY_PRELOAD = `'use strict';
const net = require('node:net');
const socketPath = process.env.UDC_RELAY_SOCKET;
const port = Number(process.env.PORT);
delete process.env.UDC_RELAY_SOCKET;
net.createServer((client) => {
  const service = net.connect(port, '127.0.0.1');
  client.pipe(service).pipe(client);
  client.on('error', () => service.destroy());
  service.on('error', () => client.destroy());
}).listen(socketPath).unref();
`;

/** Prefix of a check's scratch dir in the system temp dir. */
const SCRATCH_PREFIX = 'udc-';
/** A scratch dir untouched this long belongs to a check whose executor died (a check lasts about a minute). */
const STALE_SCRATCH_MS = 10 * 60_000;

/**
 * Removes check scratch dirs left by executors killed during a check (their `stop()` never ran); those of checks
 * still running, on this or another executor of the host, are younger than {@link STALE_SCRATCH_MS}.
 */
export async function removeStaleScratch(dir = tmpdir(), nowMs = Date.now()): Promise<number> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(SCRATCH_PREFIX));
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory() || nowMs - info.mtimeMs < STALE_SCRATCH_MS) continue;
    await rm(path, { recursive: true, force: true }).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** A release started in the sandbox for the UDC check, reached over the relay. */
export interface ServiceUnderCheck {
  /** Loopback URL of a host-side forwarder into the sandbox's relay socket. */
  url: string;
  /** Stops the service, the relay and the forwarder, and removes the run's scratch dir. */
  stop(): Promise<SandboxResult>;
}

/**
 * Starts `releaseDir/main.js` in the sandbox with no network of the host (`network: 'none'`): its own
 * loopback only, the release bound read-only, an empty scratch dir as the only writable path. The executor
 * reaches it through a unix socket in that scratch dir, behind a forwarder on an ephemeral host loopback
 * port, so the code under check can answer the checker but cannot open a connection to anything on the
 * host (Redis, the APIs) and cannot change the release it is checked as.
 */
export async function startServiceUnderCheck(
  sandbox: Sandbox,
  opts: {
    releaseDir: string;
    entry: string;
    env: Record<string, string>;
    timeoutMs: number;
    signal?: AbortSignal;
  },
): Promise<ServiceUnderCheck> {
  // In the system temp dir: short enough for a unix socket path (108 bytes), reachable by the run's user.
  void removeStaleScratch();
  const scratch = await mkdtemp(join(tmpdir(), SCRATCH_PREFIX));
  const socketPath = join(scratch, 'udc.sock');
  const preload = join(scratch, 'udc-relay.cjs');
  const releaseDir = await realpath(opts.releaseDir);
  // Inside bwrap's own network namespace any port is free; in process mode it is the host's.
  const port = await freePort();
  let forwarder: Server | undefined;
  let proc;
  try {
    await writeFile(preload, RELAY_PRELOAD, { mode: 0o444 });
    proc = sandbox.start({
      workDir: scratch,
      readOnlyPaths: [releaseDir],
      command: [process.execPath, '-r', preload, join(releaseDir, opts.entry)],
      env: { ...opts.env, PORT: String(port), HOST: '127.0.0.1', UDC_RELAY_SOCKET: socketPath },
      network: 'none',
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
    });
    forwarder = await listenForwarder(socketPath);
  } catch (err) {
    await proc?.stop();
    await rm(scratch, { recursive: true, force: true });
    throw err;
  }
  const { port: forwarderPort } = forwarder.address() as { port: number };
  const running = proc;
  const server = forwarder;
  return {
    url: `http://127.0.0.1:${forwarderPort}`,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const result = await running.stop();
      await closed;
      await rm(scratch, { recursive: true, force: true });
      return result;
    },
  };
}

/** A host loopback listener that relays each connection to the unix socket `socketPath`. */
function listenForwarder(socketPath: string): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const inner = connect(socketPath);
    sockets.add(client).add(inner);
    client.pipe(inner).pipe(client);
    const end = () => {
      client.destroy();
      inner.destroy();
      sockets.delete(client);
      sockets.delete(inner);
    };
    client.on('error', end).on('close', end);
    inner.on('error', end).on('close', end);
  });
  // close() waits for open connections: the checker's keep-alive sockets must not hold it up.
  const close = server.close.bind(server);
  server.close = (callback?: (err?: Error) => void) => {
    for (const socket of sockets) socket.destroy();
    return close(callback);
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
