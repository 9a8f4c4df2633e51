import type { ServiceMetrics } from '@sf/platform';
import type { Sandbox, SandboxResult } from './sandbox';

/**
 * The sandbox with `sandbox_runs_total{kind, outcome}` and `sandbox_run_duration_seconds{kind}` recorded:
 * `run` (to completion: the test runs) counts as `test`, `start` (in the background: the service under the
 * UDC check) as `udc`.
 */
export function meteredSandbox(sandbox: Sandbox, metrics: ServiceMetrics): Sandbox {
  const record = (kind: 'test' | 'udc', result: SandboxResult) => {
    metrics.inc('sandbox_runs_total', { kind, outcome: result.outcome });
    metrics.observe('sandbox_run_duration_seconds', { kind }, result.durationMs / 1000);
    return result;
  };
  return {
    mode: sandbox.mode,
    isolated: sandbox.isolated,
    fallbackReason: sandbox.fallbackReason,
    serviceJail: sandbox.serviceJail,
    run: async (opts) => record('test', await sandbox.run(opts)),
    start: (opts) => {
      const proc = sandbox.start(opts);
      void proc.exited.then((result) => record('udc', result));
      return proc;
    },
  };
}
