import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UdcReport } from '@sf/udc';
import { releaseDigest } from '../deploy/release-digest';
import { createSandbox, type Sandbox } from '../sandbox';
import { processesWith } from '../sandbox/testing';
import { recordTestedCandidate } from './release-builder';
import { UDC_CHECKPOINT, UdcBesideTests } from './release-udc';
import { Workspace } from './workspace';

/** A release that starts and answers every request 404: the check completes, and fails. */
const ANSWERS_404 = `'use strict';
require('node:http').createServer((req, res) => {
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no' } }));
}).listen(Number(process.env.PORT), process.env.HOST);
`;

/** A release that never listens: the check cannot run. */
const EXITS = `process.exit(3);\n`;

let root: string;
let ws: Workspace;
let sandbox: Sandbox;

async function release(main: string): Promise<string> {
  await ws.writeTree(ws.releaseDir, [{ path: 'main.js', content: main }]);
  return (await releaseDigest(ws.releaseDir)).sha256;
}

function beside(sha256: string): UdcBesideTests {
  return new UdcBesideTests(sandbox, ws, sha256, {
    serviceVersion: '1.0.0',
    startTimeoutMs: 2000,
    signal: new AbortController().signal,
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'udc-beside-'));
  // The run's own uid reads the release (mkdtemp makes it 0700).
  await chmod(root, 0o755);
  ws = new Workspace(root);
  await ws.init('# SPEC');
  sandbox = await createSandbox('process');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

jest.setTimeout(300_000); // a bound on a hang, not on speed

describe('a UDC check run beside the tests', () => {
  it('is kept as the checkpoint, with its log, when the tested release is the checked candidate', async () => {
    const sha = await release(ANSWERS_404);
    const check = beside(sha);
    await check.finished();
    expect(await check.adopt(sha)).toBe(true);
    const report = await ws.checkpoint<UdcReport>(UDC_CHECKPOINT);
    expect(report?.ok).toBe(false);
    expect(report?.checks.find((c) => c.id === 'health')?.status).toBe(404);
    expect(processesWith(ws.releaseDir)).toEqual([]);
  });

  it('is not kept when the tested release is another one', async () => {
    const sha = await release(ANSWERS_404);
    const check = beside(sha);
    await check.finished();
    expect(await check.adopt('0'.repeat(64))).toBe(false);
    expect(await ws.checkpoint(UDC_CHECKPOINT)).toBeNull();
  });

  it('is stopped and not kept when the tests fail', async () => {
    const sha = await release(ANSWERS_404);
    const check = beside(sha);
    await check.drop();
    expect(processesWith(ws.releaseDir)).toEqual([]);
    expect(await check.adopt(sha)).toBe(false);
    expect(await ws.checkpoint(UDC_CHECKPOINT)).toBeNull();
  });

  it('is not kept when the service did not start (the udc_verifying step runs it and reports why)', async () => {
    const sha = await release(EXITS);
    const check = beside(sha);
    await check.finished();
    expect(await check.adopt(sha)).toBe(false);
    expect(await ws.checkpoint(UDC_CHECKPOINT)).toBeNull();
  });
});

describe('the candidate recorded as the tested release', () => {
  const candidate = async () => {
    const sha256 = await release(ANSWERS_404);
    return { sha256, files: 1 };
  };

  it('is recorded as it is when its tree still has its digest: the same digest and files, with the run', async () => {
    const written = await candidate();
    const tested = await recordTestedCandidate(ws, written, 2);
    expect(tested).toMatchObject({ sha256: written.sha256, files: 1, run: 2 });
    expect(await readFile(join(ws.releaseDir, 'main.js'), 'utf8')).toBe(ANSWERS_404);
  });

  it('is not recorded when its tree changed after it was written (the caller writes the release afresh)', async () => {
    const written = await candidate();
    await writeFile(join(ws.releaseDir, 'main.js'), EXITS);
    expect(await recordTestedCandidate(ws, written, 1)).toBeNull();
  });
});
