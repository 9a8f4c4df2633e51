import type { VNode } from 'preact';
import type { StreamEvent } from '../event-stream';
import { Badge, ErrorBox, Section, duration, useApp, useLoad } from '../ui';

interface TestRun {
  run: number;
  passed: number;
  failed: number;
  total: number;
  outcome: string;
  failures: { name?: string; test?: string; message?: string; error?: string }[] | unknown[];
  duration_ms?: number;
}

interface UdcCheck {
  id: string;
  endpoint: string;
  ok: boolean;
  status: number | null;
  message: string;
  duration_ms?: number;
}

/** `GET /builds/:id/status` of the executor (the parts shown). */
interface BuildStatus {
  build_id: string;
  status: string;
  phases: Record<string, { status: string; duration_ms: number | null; attempts: number }>;
  attempts: { fix_iterations: number; test_runs: number };
  tests: TestRun | null;
  test_runs: TestRun[];
  udc: { ok: boolean; checks: UdcCheck[] } | null;
  error?: { code: string; message: string } | null;
}

function failureText(f: unknown): string {
  if (typeof f === 'string') return f;
  const o = f as Record<string, unknown>;
  const text = (v: unknown) =>
    typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
  const name = text(o.name ?? o.test ?? o.title) || 'test';
  const msg = text(o.message ?? o.error);
  return `${name}${msg ? `: ${msg}` : ''}`;
}

/**
 * The build of an intent: phases with durations, test runs with each failing test, UDC checks. From the
 * executor's `GET /builds/:id/status` when the dashboard knows the executor, else from the event log.
 */
export function BuildDetails({ buildId, events }: { buildId: string; events: StreamEvent[] }): VNode {
  const { api } = useApp();
  const buildEvents = events.filter((e) => e.build_id === buildId).length;
  const build = useLoad(
    () =>
      api.config.executor_url
        ? api.executor<BuildStatus>('GET', `/builds/${encodeURIComponent(buildId)}/status`)
        : Promise.resolve(null),
    [buildId, buildEvents > 0 ? Math.floor(buildEvents / 3) : 0],
  );
  const b = build.data;
  const testEvents = events.filter((e) => e.build_id === buildId && e.type === 'test_result');
  const udcEvents = events.filter((e) => e.build_id === buildId && e.type === 'udc_check');
  const runs: TestRun[] = b?.test_runs?.length
    ? b.test_runs
    : testEvents.map((e) => e.data as unknown as TestRun);
  return (
    <Section title={`Build ${buildId}`} id="build">
      <ErrorBox error={build.error} title="Executor" />
      {b ? (
        <>
          <p>
            <Badge value={b.status} /> · {b.attempts.test_runs} test run(s), {b.attempts.fix_iterations} fix
            iteration(s)
          </p>
          <h3>Phases</h3>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table data-testid="build-phases">
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col">Status</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Attempts</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(b.phases).map(([name, p]) => (
                  <tr key={name}>
                    <td>{name}</td>
                    <td>
                      <Badge value={p.status} />
                    </td>
                    <td>{duration(p.duration_ms)}</td>
                    <td>{p.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h3>Tests</h3>
      {runs.length === 0 ? <p class="muted">No test run yet.</p> : null}
      <ul class="plain" data-testid="test-runs">
        {runs.map((r) => (
          <li key={r.run}>
            Run {r.run}: <Badge value={r.outcome} /> {r.passed} passed, {r.failed} failed of {r.total} (
            {duration(r.duration_ms)})
            {Array.isArray(r.failures) && r.failures.length ? (
              <ul>
                {r.failures.map((f, i) => (
                  <li key={i} class="user-text">
                    ✗ {failureText(f)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>UDC checks</h3>
      {b?.udc ? (
        <ul class="plain" data-testid="udc-checks">
          {b.udc.checks.map((c) => (
            <li key={c.id}>
              <Badge value={c.ok ? 'ok' : 'failed'} /> {c.endpoint} <span class="muted">{c.message}</span>
            </li>
          ))}
        </ul>
      ) : udcEvents.length ? (
        <ul class="plain" data-testid="udc-checks">
          {udcEvents.map((e) => (
            <li key={e.id}>{e.message}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">Not checked yet.</p>
      )}
    </Section>
  );
}
