import { AppError } from '@sf/contracts';
import { GENERATED_LAYOUT } from '@sf/llm';
import { checkUdc, type UdcReport } from '@sf/udc';
import { probeHealth } from '../deploy/local/health-probe';
import { assertReleaseDigest } from '../deploy/release-digest';
import type { Sandbox } from '../sandbox';
import { startServiceUnderCheck } from './service-under-check';
import { waitFor } from './wait';
import type { Workspace } from './workspace';

/** Per-request timeout of the UDC check (a slow first answer gets one retry with four times as long). */
const UDC_REQUEST_TIMEOUT_MS = 3000;

/** The UDC checkpoint: the report of the release recorded as tested (see {@link checkReleaseUdc}). */
export const UDC_CHECKPOINT = 'udc';

/** True when the report failed and every failing check failed by timing out. */
export function onlyTimedOut(report: UdcReport): boolean {
  const failed = report.checks.filter((check) => !check.ok);
  return (
    failed.length > 0 &&
    failed.every((check) => check.status === undefined && /timed out/.test(check.message))
  );
}

/** What one UDC check of a release gave: the report, and what the code under check printed. */
export interface ReleaseUdcRun {
  report: UdcReport;
  /** stdout, then stderr, of the service while it was checked (the build's `udc.log`). */
  log: string;
}

/**
 * Starts the release in the build's release dir in the sandbox — without the host's network, the release
 * read-only (service-under-check.ts) — and checks the five UDC endpoints with the libs/udc checker; then
 * proves the release is still the one with digest `sha256`. A service that does not start throws
 * `UDC_CHECK_FAILED` with the end of its output.
 */
export async function checkReleaseUdc(
  sandbox: Sandbox,
  ws: Workspace,
  opts: { sha256: string; serviceVersion: string; startTimeoutMs: number; signal: AbortSignal },
): Promise<ReleaseUdcRun> {
  const service = await startServiceUnderCheck(sandbox, {
    releaseDir: ws.releaseDir,
    entry: GENERATED_LAYOUT.releaseEntry,
    env: { SERVICE_VERSION: opts.serviceVersion },
    timeoutMs: 60_000,
    signal: opts.signal,
  });
  let report: UdcReport;
  try {
    await waitFor(() => reachable(service.url), opts.startTimeoutMs);
    report = await checkUdc(service.url, { timeoutMs: UDC_REQUEST_TIMEOUT_MS, requireActive: true });
    // A check that failed only by waiting (a loaded machine) says nothing about the contract: once more,
    // with more time. A service that answers wrongly fails on the answer, not the clock, and is not retried.
    if (onlyTimedOut(report)) {
      report = await checkUdc(service.url, { timeoutMs: 4 * UDC_REQUEST_TIMEOUT_MS, requireActive: true });
    }
  } catch (err) {
    const result = await service.stop();
    await ws.writeLog('udc.log', output(result));
    throw new AppError(
      'UDC_CHECK_FAILED',
      `the service did not start for the UDC check: ${(err as Error).message}`,
      { output: result.stdout.slice(-2000) + result.stderr.slice(-2000) },
    );
  }
  const log = output(await service.stop());
  // The code under check saw the release read-only; this proves it for whatever mode ran it.
  await assertReleaseDigest(ws.releaseDir, opts.sha256);
  return { report, log };
}

function output(result: { stdout: string; stderr: string }): string {
  return `${result.stdout}\n--- stderr ---\n${result.stderr}`;
}

/** True once the service answers `GET /health` at all (through no pooled connection: see `probeHealth`). */
async function reachable(baseUrl: string): Promise<boolean> {
  return (await probeHealth(baseUrl, 1000)).http_status !== null;
}

/**
 * The UDC check of a release candidate run beside its tests: the candidate is written from the same sources
 * before the tests start, so the two sandboxed processes share the executor's cores instead of taking turns
 * (on one build, the check's start-up and requests were about a seventh of intent → deployed). Its report
 * counts only for the release recorded when those tests pass, with the same digest ({@link adopt}); when the
 * tests fail, the check is stopped ({@link drop}) and nothing of it is kept. A check that could not run
 * (the service did not start) is not kept either: the udc_verifying phase runs it again and reports it.
 */
export class UdcBesideTests {
  private readonly controller = new AbortController();
  private readonly run: Promise<ReleaseUdcRun | null>;

  constructor(
    sandbox: Sandbox,
    private readonly ws: Workspace,
    private readonly candidateSha256: string,
    opts: { serviceVersion: string; startTimeoutMs: number; signal: AbortSignal },
  ) {
    const signal = AbortSignal.any([opts.signal, this.controller.signal]);
    this.run = checkReleaseUdc(sandbox, ws, { ...opts, sha256: candidateSha256, signal }).catch(() => null);
  }

  /** The tests failed: stops the check and waits for its processes to be gone. */
  async drop(): Promise<void> {
    this.controller.abort();
    await this.run;
  }

  /** The tests passed: waits for the check to end (before the candidate is recorded or written over). */
  async finished(): Promise<void> {
    await this.run;
  }

  /**
   * The release with digest `testedSha256` is now recorded as tested: keeps the report as the build's UDC
   * checkpoint when it was made on that very release. Resolves true when it was kept.
   */
  async adopt(testedSha256: string): Promise<boolean> {
    const done = await this.run;
    if (!done || this.controller.signal.aborted || testedSha256 !== this.candidateSha256) return false;
    await this.ws.writeLog('udc.log', done.log);
    await this.ws.saveCheckpoint(UDC_CHECKPOINT, done.report);
    return true;
  }
}
