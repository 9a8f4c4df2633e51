import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ApiError, roleReaches } from '../api';
import { ErrorBox, Link, Loading, Section, toApiError, usd, useApp, useLoad } from '../ui';

interface DayCost {
  day: string;
  cost_usd: number;
  calls: number;
  tokens: number;
}
interface RoleCost extends DayCost {
  role: string;
}
interface ModelCost extends DayCost {
  provider: string;
  model: string;
}
interface Budget {
  daily_limit_usd: number;
  per_intent_limit_usd: number;
  spent_usd: number;
  reserved_usd: number;
  remaining_usd: number;
  used_ratio: number;
}
interface Projection {
  spent_usd: number;
  projected_day_usd: number;
  projected_30d_usd: number;
  daily_limit_usd: number;
  budget_30d_usd: number;
  over_budget: boolean;
}

/** The trend as a uPlot chart, with the numbers as a table beside it for screen readers and phones. */
/** One day's spend broken down by `label` (role, model): cost, calls and tokens per row. */
function BreakdownTable({ label, rows }: { label: string; rows: (DayCost & { name: string })[] }): VNode {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col">Cost</th>
            <th scope="col">Calls</th>
            <th scope="col">Tokens</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>{usd(r.cost_usd)}</td>
              <td>{r.calls}</td>
              <td>{r.tokens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TrendChart({ trend }: { trend: DayCost[] }): VNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || trend.length === 0) return undefined;
    const xs = trend.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(Math.min(el.clientWidth, 900), 260),
        height: 220,
        series: [{}, { label: 'USD', stroke: '#1f5fbf', width: 2, fill: 'rgba(31,95,191,0.12)' }],
        axes: [{}, { size: 70, values: (_u, v) => v.map((x) => `$${x.toFixed(2)}`) }],
        scales: { x: { time: true } },
      },
      [xs, trend.map((d) => d.cost_usd)],
      el,
    );
    return () => plot.destroy();
  }, [trend]);
  return <div ref={box} class="chart" role="img" aria-label={`Daily cost over ${trend.length} days`} />;
}

function BudgetEditor({ budget, onSaved }: { budget: Budget; onSaved: () => void }): VNode {
  const { api } = useApp();
  const [daily, setDaily] = useState(String(budget.daily_limit_usd));
  const [perIntent, setPerIntent] = useState(String(budget.per_intent_limit_usd));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api.factory('PUT', '/api/admin/budget', {
        daily_usd: Number(daily),
        per_intent_usd: Number(perIntent),
      });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const fields = new Map((error?.fields ?? []).map((f) => [f.field, f.problems.join('; ')]));
  return (
    <form class="form inline" onSubmit={(e) => void save(e)}>
      <div class="field">
        <label for="b-daily">Daily limit (USD)</label>
        <input
          id="b-daily"
          type="number"
          step="0.01"
          min="0"
          value={daily}
          onInput={(e) => setDaily((e.target as HTMLInputElement).value)}
        />
        {fields.get('daily_usd') ? <p class="field-error">{fields.get('daily_usd')}</p> : null}
      </div>
      <div class="field">
        <label for="b-intent">Per-intent limit (USD)</label>
        <input
          id="b-intent"
          type="number"
          step="0.01"
          min="0"
          value={perIntent}
          onInput={(e) => setPerIntent((e.target as HTMLInputElement).value)}
        />
        {fields.get('per_intent_usd') ? <p class="field-error">{fields.get('per_intent_usd')}</p> : null}
      </div>
      <button type="submit">Save budget</button>
      {saved ? <p role="status">Saved.</p> : null}
      <ErrorBox error={error} title="Not saved" />
    </form>
  );
}

export function CostsPage(): VNode {
  const { api, session } = useApp();
  const [days, setDays] = useState(7);
  const trend = useLoad(
    () => api.factory<{ trend: DayCost[] }>('GET', `/api/admin/costs/trend?days=${days}`),
    [days],
  );
  const roles = useLoad(
    () => api.factory<{ day: string; roles: RoleCost[] }>('GET', '/api/admin/costs/by-role'),
    [],
  );
  const models = useLoad(
    () => api.factory<{ day: string; models: ModelCost[] }>('GET', '/api/admin/costs/by-model'),
    [],
  );
  const top = useLoad(
    () =>
      api.factory<{ intents: (DayCost & { intent_id: string })[] }>(
        'GET',
        `/api/admin/costs/top-intents?days=${days}&limit=10`,
      ),
    [days],
  );
  const projection = useLoad(() => api.factory<Projection>('GET', '/api/admin/costs/projection'), []);
  const alerts = useLoad(
    () =>
      api.factory<{ alerts: { level?: string; message?: string; [k: string]: unknown }[] }>(
        'GET',
        '/api/admin/costs/alerts',
      ),
    [],
  );
  const budget = useLoad(() => api.factory<Budget>('GET', '/api/admin/budget'), []);

  return (
    <div class="page">
      <h1>Costs</h1>
      <Section title="Trend" id="trend">
        <div role="group" aria-label="Period" class="actions">
          {[7, 30].map((n) => (
            <button
              key={n}
              type="button"
              class={days === n ? '' : 'secondary'}
              aria-pressed={days === n}
              onClick={() => setDays(n)}
            >
              {n} days
            </button>
          ))}
        </div>
        <ErrorBox error={trend.error} />
        {trend.data ? (
          <>
            <TrendChart trend={trend.data.trend} />
            <details>
              <summary>Numbers</summary>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Cost</th>
                      <th scope="col">Calls</th>
                      <th scope="col">Tokens</th>
                    </tr>
                  </thead>
                  <tbody>
                    {trend.data.trend.map((d) => (
                      <tr key={d.day}>
                        <td>{d.day}</td>
                        <td>{usd(d.cost_usd)}</td>
                        <td>{d.calls}</td>
                        <td>{d.tokens}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        ) : (
          <Loading what="the trend" />
        )}
      </Section>

      <div class="two">
        <Section title="Projection" id="projection">
          <ErrorBox error={projection.error} />
          {projection.data ? (
            <dl class="facts">
              <dt>Spent today</dt>
              <dd>{usd(projection.data.spent_usd)}</dd>
              <dt>Projected today</dt>
              <dd>
                {usd(projection.data.projected_day_usd)} of {usd(projection.data.daily_limit_usd)}
                {projection.data.over_budget ? ' — over budget' : ''}
              </dd>
              <dt>Projected 30 days</dt>
              <dd>
                {usd(projection.data.projected_30d_usd)} of {usd(projection.data.budget_30d_usd)}
              </dd>
            </dl>
          ) : null}
        </Section>
        <Section title="Alerts" id="alerts">
          <ErrorBox error={alerts.error} />
          {alerts.data?.alerts.length ? (
            <ul>
              {alerts.data.alerts.map((a, i) => (
                <li key={i}>{a.message ?? JSON.stringify(a)}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">No alerts.</p>
          )}
        </Section>
      </div>

      <div class="two">
        <Section title={`By role (${roles.data?.day ?? 'today'})`} id="roles">
          <ErrorBox error={roles.error} />
          <BreakdownTable
            label="Role"
            rows={(roles.data?.roles ?? []).map((r) => ({ name: r.role, ...r }))}
          />
        </Section>
        <Section title={`By model (${models.data?.day ?? 'today'})`} id="models">
          <ErrorBox error={models.error} />
          <BreakdownTable
            label="Model"
            rows={(models.data?.models ?? []).map((m) => ({ name: `${m.provider}/${m.model}`, ...m }))}
          />
        </Section>
        <Section title={`Top intents (${days} days)`} id="top">
          <ErrorBox error={top.error} />
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Intent</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Calls</th>
                </tr>
              </thead>
              <tbody>
                {(top.data?.intents ?? []).map((t) => (
                  <tr key={t.intent_id}>
                    <td>
                      <Link to={`/intents/${t.intent_id}`}>{t.intent_id}</Link>
                    </td>
                    <td>{usd(t.cost_usd)}</td>
                    <td>{t.calls}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </div>

      <Section title="Budget" id="budget">
        <ErrorBox error={budget.error} />
        {budget.data ? (
          <>
            <p>
              {usd(budget.data.spent_usd)} spent and {usd(budget.data.reserved_usd)} reserved of{' '}
              {usd(budget.data.daily_limit_usd)} today; {usd(budget.data.per_intent_limit_usd)} per intent.
            </p>
            {roleReaches(session.role, 'admin') ? (
              <BudgetEditor budget={budget.data} onSaved={() => budget.reload()} />
            ) : (
              <p class="muted">Only admins change the budget.</p>
            )}
          </>
        ) : null}
      </Section>
    </div>
  );
}
