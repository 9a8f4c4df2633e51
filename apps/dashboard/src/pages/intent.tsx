import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, roleReaches } from '../api';
import { followStream, type StreamEvent, type StreamState } from '../event-stream';
import { Markdown } from '../markdown';
import {
  Badge,
  ErrorBox,
  Loading,
  Section,
  duration,
  httpUrl,
  openBrowserSocket,
  time,
  toApiError,
  usd,
  useApp,
  useLoad,
} from '../ui';
import { BuildDetails } from './build';

interface RubricItem {
  id: string;
  name: string;
  score: number;
  max: number;
  findings: unknown[];
}

interface Fidelity {
  feature: string;
  checked: string;
  realised: boolean | null;
  problems?: string[];
  /** An instruction to the generator set aside as data (not built, not held against the SPEC). */
  ignored?: boolean;
}

interface CostSummary {
  usd: number;
  tokens: number;
  by_phase?: Record<string, { usd: number; tokens: number; calls: number }>;
}

/** `GET /intents/:id/status` (the parts shown). */
export interface IntentStatus {
  intent_id: string;
  service_name: string;
  status: string;
  phase: string;
  priority: string;
  approval_mode: string;
  auto_build: boolean;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  sla_deadline: string | null;
  sla_breached: boolean;
  intent: {
    purpose: string;
    key_features: string[];
    dependencies: string[];
    port: number;
    service_type: string;
  };
  spec: {
    revision: number;
    score: number | null;
    threshold: number;
    optimizations: number;
    sha256: string | null;
    rubric: RubricItem[];
    findings: unknown[];
    fidelity: Fidelity[];
  };
  build: {
    build_id: string | null;
    phase: string | null;
    tests: { passed?: number; failed?: number } | null;
  } | null;
  cost: CostSummary;
  approvals: { action: string; stage: string; by: string; note: string | null; at: string }[];
  error: { code: string; message: string; details?: unknown } | null;
  service: { url: string; registry: unknown } | null;
}

const TERMINAL = new Set([
  'deployed',
  'failed',
  'needs_human_review',
  'rejected',
  'cancelled',
  'rolled_back',
]);
const NOT_CANCELLABLE = new Set(['deploying', 'registering', 'health_checking']);

/** Why an intent stopped, in words (the codes stay visible). */
function reason(s: IntentStatus): string | null {
  if (s.status === 'needs_human_review') {
    const unrealised = s.spec.fidelity
      .filter((f) => f.realised === false && !f.ignored)
      .map((f) => `“${f.feature}”`);
    const gate = unrealised.length
      ? `The SPEC does not realise ${unrealised.join(', ')}, so the factory refused to build it.`
      : `The SPEC scored ${s.spec.score ?? '—'} after ${s.spec.optimizations} optimization round(s); ${s.spec.threshold} is needed.`;
    return `${gate} A person has to rewrite the intent or its features.${s.error ? ` (${s.error.code}: ${s.error.message})` : ''}`;
  }
  if (s.status === 'failed') return s.error ? `Failed: ${s.error.message} (${s.error.code}).` : 'Failed.';
  if (s.status === 'rolled_back') {
    return `The new release did not stay healthy, so the previous one was restored.${s.error ? ` ${s.error.message} (${s.error.code})` : ''}`;
  }
  if (s.status === 'rejected') return 'Rejected by an approver.';
  if (s.status === 'cancelled') return 'Cancelled.';
  if (s.status === 'paused_budget')
    return 'Paused: the next model call does not fit in the budget; it resumes when it does.';
  return null;
}

/** The intent's own status changes, each with how long it lasted. */
function timeline(
  events: StreamEvent[],
): { status: string; at: string; ms: number | null; message: string }[] {
  const changes = events.filter((e) => e.type === 'status_changed' && !e.build_id);
  return changes.map((e, i) => {
    const next = changes[i + 1];
    return {
      status: String(e.data.to),
      at: e.ts,
      ms: next ? Date.parse(next.ts) - Date.parse(e.ts) : null,
      message: e.message,
    };
  });
}

function asText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '?';
}

function costByModel(events: StreamEvent[]): { model: string; usd: number; calls: number; tokens: number }[] {
  const by = new Map<string, { usd: number; calls: number; tokens: number }>();
  for (const e of events.filter((x) => x.type === 'llm_call')) {
    const model = `${asText(e.data.provider)}/${asText(e.data.model)}`;
    const row = by.get(model) ?? { usd: 0, calls: 0, tokens: 0 };
    row.usd += Number(e.data.cost_usd ?? 0);
    row.calls += 1;
    row.tokens += Number(e.data.input_tokens ?? 0) + Number(e.data.output_tokens ?? 0);
    by.set(model, row);
  }
  return [...by].map(([model, r]) => ({ model, ...r }));
}

export function IntentPage({ id }: { id: string }): VNode {
  const { api, session } = useApp();
  const status = useLoad(
    () => api.factory<IntentStatus>('GET', `/intents/${encodeURIComponent(id)}/status`),
    [id],
  );
  const spec = useLoad(
    () =>
      fetch(`/intents/${encodeURIComponent(id)}/spec`, {
        headers: { authorization: `Bearer ${api.credential ?? ''}` },
      }).then(async (r) => (r.ok ? r.text() : null)),
    [id, status.data?.spec.revision],
  );
  const [events, setEvents] = useState<StreamEvent[]>([]);
  const [streamState, setStreamState] = useState<{ state: StreamState; detail: string }>({
    state: 'connecting',
    detail: '',
  });
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [actionDone, setActionDone] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    setEvents([]);
    const stream = followStream({
      url: (since) => api.streamUrl(id, since),
      open: openBrowserSocket,
      onEvent: (e) => {
        setEvents((prev) => [...prev, e]);
        if (e.type === 'status_changed' || e.type === 'test_result' || e.type === 'completed') {
          // Many events arrive together: re-read the status once they settle.
          if (reloadTimer.current) clearTimeout(reloadTimer.current);
          reloadTimer.current = setTimeout(() => status.reload(), 150);
        }
      },
      onState: (state, detail) => setStreamState({ state, detail }),
    });
    return () => {
      stream.close();
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    };
  }, [id, api]);

  if (!status.data)
    return status.error ? <ErrorBox error={status.error} title="Intent" /> : <Loading what="the intent" />;
  const s = status.data;
  const steps = timeline(events);
  const why = reason(s);
  const canApprove =
    roleReaches(session.role, 'approver') &&
    (s.status === 'awaiting_spec_approval' ||
      s.status === 'awaiting_deploy_approval' ||
      (s.status === 'spec_ready' && !s.auto_build));
  const canReject =
    roleReaches(session.role, 'approver') &&
    (s.status === 'awaiting_spec_approval' || s.status === 'awaiting_deploy_approval');
  const canCancel =
    roleReaches(session.role, 'submitter') && !TERMINAL.has(s.status) && !NOT_CANCELLABLE.has(s.status);
  const act = async (action: 'approve' | 'reject' | 'cancel') => {
    setActionError(null);
    setActionDone(null);
    try {
      await api.factory(
        'POST',
        `/intents/${encodeURIComponent(id)}/${action}`,
        note.trim() ? { note: note.trim() } : {},
      );
      setActionDone(`${action} sent`);
      setNote('');
      status.reload();
    } catch (err) {
      setActionError(toApiError(err));
      status.reload();
    }
  };
  const serviceUrl = httpUrl(s.service?.url);
  const models = costByModel(events);

  return (
    <div class="page">
      <h1>
        {s.service_name} <Badge value={s.phase} />
      </h1>
      <p class="muted">
        {s.intent_id} · {s.priority} priority · approval {s.approval_mode} · submitted {time(s.created_at)}
        {s.sla_deadline ? ` · SLA start by ${time(s.sla_deadline)}` : ''}{' '}
        {s.sla_breached ? <Badge value="breached" /> : null}
      </p>
      <ErrorBox error={status.error} title="Refresh failed" />
      {why ? (
        <div class={`reason ${s.status === 'deployed' ? '' : 'bad'}`} role="status" data-testid="reason">
          {why}
        </div>
      ) : null}
      {serviceUrl ? (
        <p>
          Live at{' '}
          <a href={serviceUrl} target="_blank" rel="noopener noreferrer">
            {serviceUrl}
          </a>
        </p>
      ) : null}

      {canApprove || canReject || canCancel || actionError ? (
        <Section title="Decide" id="decide">
          {canApprove || canReject ? (
            <div class="field">
              <label for="note">Note (optional)</label>
              <input
                id="note"
                value={note}
                maxLength={500}
                onInput={(e) => setNote((e.target as HTMLInputElement).value)}
              />
            </div>
          ) : null}
          <div class="actions">
            {canApprove ? (
              <button type="button" onClick={() => void act('approve')}>
                Approve {s.status === 'awaiting_deploy_approval' ? 'deploy' : 'SPEC'}
              </button>
            ) : null}
            {canReject ? (
              <button type="button" class="danger" onClick={() => void act('reject')}>
                Reject
              </button>
            ) : null}
            {canCancel ? (
              <button type="button" class="secondary" onClick={() => void act('cancel')}>
                Cancel intent
              </button>
            ) : null}
          </div>
          {actionDone ? <p role="status">{actionDone}</p> : null}
          <ErrorBox error={actionError} title="Refused" />
        </Section>
      ) : null}

      <Section title="Intent" id="intent">
        <p class="user-text" data-testid="purpose">
          {s.intent.purpose}
        </p>
        <ul data-testid="features">
          {s.intent.key_features.map((f, i) => (
            <li key={i} class="user-text">
              {f}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Timeline" id="timeline">
        <p class="muted" role="status">
          Stream: {streamState.state}
          {streamState.detail ? ` (${streamState.detail})` : ''}
        </p>
        <ol class="timeline" data-testid="timeline">
          {steps.map((st, i) => (
            <li key={i}>
              <Badge value={st.status} /> <span class="muted">{time(st.at)}</span>{' '}
              {st.ms !== null ? <strong>{duration(st.ms)}</strong> : null} <span>{st.message}</span>
            </li>
          ))}
        </ol>
      </Section>

      <Section
        title={`SPEC (revision ${s.spec.revision}, score ${s.spec.score ?? '—'} / ${s.spec.threshold} needed)`}
        id="spec"
      >
        <h3>Rubric</h3>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
          <table>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Score</th>
                <th scope="col">Findings</th>
              </tr>
            </thead>
            <tbody>
              {s.spec.rubric.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>
                    {r.score} / {r.max}
                  </td>
                  <td>
                    {r.findings.map((f) => (typeof f === 'string' ? f : JSON.stringify(f))).join('; ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Fidelity per key feature</h3>
        <ul class="plain" data-testid="fidelity">
          {s.spec.fidelity.map((f, i) => (
            <li key={i}>
              <Badge
                value={
                  f.ignored
                    ? 'set aside'
                    : f.realised === true
                      ? 'ok'
                      : f.realised === false
                        ? 'failed'
                        : 'not judged'
                }
              />{' '}
              <span class="user-text">{f.feature}</span> <span class="muted">({f.checked})</span>
              {f.problems && f.problems.length ? <span class="muted"> — {f.problems.join('; ')}</span> : null}
            </li>
          ))}
        </ul>
        <details>
          <summary>SPEC document</summary>
          {spec.data ? <Markdown source={spec.data} /> : <p class="muted">No SPEC yet.</p>}
        </details>
      </Section>

      {s.build?.build_id ? <BuildDetails buildId={s.build.build_id} events={events} /> : null}

      <Section title="Cost" id="cost">
        <p>
          {usd(s.cost.usd)} · {s.cost.tokens} tokens
        </p>
        <div class="two">
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table>
              <caption>By phase</caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Calls</th>
                  <th scope="col">Tokens</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(s.cost.by_phase ?? {}).map(([phase, c]) => (
                  <tr key={phase}>
                    <td>{phase}</td>
                    <td>{usd(c.usd)}</td>
                    <td>{c.calls}</td>
                    <td>{c.tokens}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table>
              <caption>By model (from the event log)</caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Calls</th>
                  <th scope="col">Tokens</th>
                </tr>
              </thead>
              <tbody>
                {models.map((m) => (
                  <tr key={m.model}>
                    <td>{m.model}</td>
                    <td>{usd(m.usd)}</td>
                    <td>{m.calls}</td>
                    <td>{m.tokens}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Section>

      {s.approvals.length ? (
        <Section title="Approvals" id="approvals">
          <ul class="plain">
            {s.approvals.map((a, i) => (
              <li key={i}>
                {a.action} at {a.stage.replace(/_/g, ' ')} by {a.by} · {time(a.at)}
                {a.note ? <span class="user-text"> — {a.note}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Event log (live)" id="events">
        <ol class="log" data-testid="event-log" tabIndex={0} aria-label="Events, oldest first">
          {events.map((e) => (
            <li key={e.id}>
              <span class="muted">{e.ts.slice(11, 23)}</span>{' '}
              <span class="phase">{e.build_id ? `build/${e.phase}` : e.phase}</span>{' '}
              <span class="etype">{e.type}</span> <span class="user-text">{e.message}</span>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
