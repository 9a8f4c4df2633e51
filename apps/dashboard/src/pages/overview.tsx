import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { followStream, type StreamEvent } from '../event-stream';
import {
  Badge,
  ErrorBox,
  Link,
  Loading,
  Section,
  openBrowserSocket,
  time,
  usd,
  useApp,
  useLoad,
} from '../ui';

interface DashboardData {
  summary: {
    total_intents_today: number;
    completed_today: number;
    failed_today: number;
    success_rate: number;
    avg_pipeline_duration_minutes: number;
  };
  active_pipelines: { intent_id: string; service_name: string; phase: string }[];
  queue: {
    intent_id: string;
    service_name: string;
    priority: string;
    created_at?: string;
    sla_deadline?: string | null;
    sla_breached?: boolean;
  }[];
  cost_today: { usd: number; calls: number; tokens: number };
  budget: {
    daily_usd: number;
    used_usd: number;
    reserved_usd: number;
    remaining_usd: number;
    used_ratio: number;
  };
  executor_available: boolean;
  generated_at: string;
}

interface IntentList {
  items: {
    intent_id: string;
    service_name: string;
    status: string;
    phase: string;
    priority: string;
    created_at: string;
  }[];
  total: number;
}

/** Most pipelines followed live at once (one WebSocket each). */
const MAX_LIVE = 12;

/** Live phase and last message of each active pipeline, from its stream. */
function useLivePipelines(
  ids: string[],
  onFinished: () => void,
): Record<string, { phase: string; message: string }> {
  const { api } = useApp();
  const [live, setLive] = useState<Record<string, { phase: string; message: string }>>({});
  const key = ids.slice(0, MAX_LIVE).join(',');
  useEffect(() => {
    const streams = key
      .split(',')
      .filter(Boolean)
      .map((id) =>
        followStream({
          url: (since) => api.streamUrl(id, since),
          open: openBrowserSocket,
          onEvent: (e: StreamEvent) =>
            setLive((prev) => ({
              ...prev,
              [id]: {
                phase:
                  e.type === 'status_changed' && !e.build_id
                    ? String(e.data.to)
                    : (prev[id]?.phase ?? e.phase),
                message: `${e.build_id ? 'build/' : ''}${e.phase}: ${e.message}`,
              },
            })),
          onState: (state) => {
            if (state === 'finished') onFinished();
          },
        }),
      );
    return () => streams.forEach((s) => s.close());
    // onFinished is a stable reload
  }, [key, api]);
  return live;
}

export function OverviewPage(): VNode {
  const { api } = useApp();
  const dash = useLoad(() => api.factory<DashboardData>('GET', '/dashboard'), [], 5000);
  const recent = useLoad(() => api.factory<IntentList>('GET', '/intents?limit=15'), [], 5000);
  const activeIds = (dash.data?.active_pipelines ?? []).map((p) => p.intent_id);
  const live = useLivePipelines(activeIds, () => {
    dash.reload();
    recent.reload();
  });

  if (!dash.data)
    return dash.error ? <ErrorBox error={dash.error} title="Overview" /> : <Loading what="the overview" />;
  const d = dash.data;
  const ratio = Math.min(d.budget.used_ratio, 1);
  return (
    <div class="page">
      <h1>Overview</h1>
      <ErrorBox error={dash.error} title="Refresh failed" />
      <div class="stats">
        <div class="stat">
          <span class="label">Success rate today</span>
          <span class="value">{Math.round(d.summary.success_rate * 100)} %</span>
          <span class="muted">
            {d.summary.completed_today} deployed, {d.summary.failed_today} failed of{' '}
            {d.summary.total_intents_today}
          </span>
        </div>
        <div class="stat">
          <span class="label">Cost today</span>
          <span class="value">{usd(d.cost_today.usd)}</span>
          <meter
            min={0}
            max={1}
            value={ratio}
            high={0.8}
            optimum={0}
            aria-label="share of the daily budget used"
          />
          <span class="muted">
            of {usd(d.budget.daily_usd)} budget; {usd(d.budget.remaining_usd)} left
          </span>
        </div>
        <div class="stat">
          <span class="label">Executor</span>
          <span class="value">
            <Badge value={d.executor_available ? 'available' : 'unavailable'} />
          </span>
          <span class="muted">
            {d.executor_available ? 'a build executor is connected' : 'no executor takes builds'}
          </span>
        </div>
        <div class="stat">
          <span class="label">Average pipeline</span>
          <span class="value">{d.summary.avg_pipeline_duration_minutes} min</span>
        </div>
      </div>

      <Section title="Active pipelines (live)" id="active">
        {d.active_pipelines.length === 0 ? (
          <p class="muted">Nothing is running.</p>
        ) : (
          <ul class="plain" data-testid="active-pipelines">
            {d.active_pipelines.map((p) => (
              <li key={p.intent_id}>
                <Link to={`/intents/${p.intent_id}`}>{p.service_name}</Link>{' '}
                <Badge value={live[p.intent_id]?.phase ?? p.phase} />{' '}
                <span class="muted">{live[p.intent_id]?.message ?? ''}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Queue by priority" id="queue">
        {d.queue.length === 0 ? (
          <p class="muted">The queue is empty.</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Waiting since</th>
                  <th scope="col">SLA deadline</th>
                </tr>
              </thead>
              <tbody>
                {d.queue.map((q) => (
                  <tr key={q.intent_id}>
                    <td>
                      <Link to={`/intents/${q.intent_id}`}>{q.service_name}</Link>
                    </td>
                    <td>{q.priority}</td>
                    <td>{time(q.created_at)}</td>
                    <td>
                      {q.sla_deadline ? time(q.sla_deadline) : 'best effort'}{' '}
                      {q.sla_breached ? <Badge value="breached" /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Recent intents" id="recent">
        <ErrorBox error={recent.error} />
        {recent.data ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Status</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Submitted</th>
                </tr>
              </thead>
              <tbody>
                {recent.data.items.map((i) => (
                  <tr key={i.intent_id}>
                    <td>
                      <Link to={`/intents/${i.intent_id}`}>{i.service_name}</Link>
                    </td>
                    <td>
                      <Badge value={i.phase} />
                    </td>
                    <td>{i.priority}</td>
                    <td>{time(i.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
    </div>
  );
}
