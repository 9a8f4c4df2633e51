import { chmod, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../sandbox';
import { processesWith } from '../sandbox/testing';
import { removeStaleScratch, startServiceUnderCheck } from './service-under-check';

/** A release whose main.js reports how it was started. */
const MAIN = `'use strict';
const http = require('node:http');
http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ main: require.main === module, argv1: process.argv[1], relayEnv: process.env.UDC_RELAY_SOCKET ?? null }));
}).listen(Number(process.env.PORT), process.env.HOST);
`;

let releaseDir: string;

beforeAll(async () => {
  releaseDir = await mkdtemp(join(tmpdir(), 'suc-release-'));
  await writeFile(join(releaseDir, 'main.js'), MAIN);
  // A release dir is readable by the run's own uid (mkdtemp makes it 0700).
  await chmod(releaseDir, 0o755);
});

afterAll(async () => {
  await rm(releaseDir, { recursive: true, force: true });
});

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

describe.each(['process', 'bwrap'] as const)('a service under check (%s mode)', (mode) => {
  it('is the run’s only process, runs as the main module and is reached through the relay', async () => {
    const sandbox = await createSandbox(mode);
    const service = await startServiceUnderCheck(sandbox, {
      releaseDir,
      entry: 'main.js',
      env: {},
      timeoutMs: 30_000,
    });
    try {
      let body: Record<string, unknown> | undefined;
      for (let attempt = 0; attempt < 200 && !body; attempt++) {
        body = await fetch(service.url, { signal: AbortSignal.timeout(2000) })
          .then((res) => res.json() as Promise<Record<string, unknown>>)
          .catch(() => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 50)));
      }
      expect(body).toEqual({ main: true, argv1: join(releaseDir, 'main.js'), relayEnv: null });
      // One Node process: in process mode only the run's first process dies with the executor, so a
      // service started as the relay's child would outlive an executor killed during the check.
      expect(processesWith(releaseDir, true)).toHaveLength(1);
    } finally {
      await service.stop();
    }
    expect(processesWith(releaseDir)).toEqual([]);
  });
});

describe('scratch dirs of checks whose executor died', () => {
  it('are removed once stale; a running check’s and other files stay', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'suc-tmp-'));
    try {
      const old = new Date(Date.now() - 11 * 60_000);
      for (const name of ['udc-dead1', 'udc-live1', 'other-dir']) await mkdir(join(dir, name));
      await writeFile(join(dir, 'udc-dead1', 'udc.sock'), '');
      await writeFile(join(dir, 'udc-file'), '');
      for (const name of ['udc-dead1', 'other-dir', 'udc-file']) await utimes(join(dir, name), old, old);

      expect(await removeStaleScratch(dir)).toBe(1);
      expect((await readdir(dir)).sort()).toEqual(['other-dir', 'udc-file', 'udc-live1']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
