import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, roleReaches } from '../api';
import { Badge, ErrorBox, Link, Loading, Section, httpUrl, time, toApiError, useApp, useLoad } from '../ui';

interface RegistryEntry {
  name: string;
  version: string;
  url: string;
  status?: string;
  last_heartbeat_at?: string;
  capabilities?: {
    features?: string[];
    endpoints?: { method: string; path: string; description?: string }[];
  };
  provenance?: {
    intent_id?: string;
    spec_sha256?: string;
    spec_score?: number;
    models?: string[];
    tests_passed?: number;
    isolation?: string;
  };
}

interface Deployment {
  name: string;
  release_id: string;
  url: string;
  status: string;
  restarts: number;
  started_at: string;
  previous_release: { release_id: string } | null;
  isolation?: { label: string; mode: string; applied: string[]; not_applied: string[] };
  /** Where the service's releases are in git (docs/git.md); null before the first commit. */
  git?: {
    repository: string;
    remote: string | null;
    deployed: { release_id: string; commit: string; tag: string } | null;
    error: { message: string } | null;
  } | null;
}

/** The registry joined with the deployments, rollback and stop for admins. */
export function ServicesPage(): VNode {
  const { api, session } = useApp();
  const registry = useLoad(
    () => api.executor<{ services: RegistryEntry[] }>('GET', '/registry/services'),
    [],
    10_000,
  );
  const deployments = useLoad(
    () => api.executor<{ deployments: Deployment[] }>('GET', '/deployments'),
    [],
    10_000,
  );
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const admin = roleReaches(session.role, 'admin');

  if (!api.config.executor_url) {
    return (
      <div class="page">
        <h1>Services</h1>
        <p role="status">
          The factory does not know where the build executor is: start it with{' '}
          <code>EXECUTOR_PUBLIC_URL</code> (and the executor with this origin in <code>CORS_ORIGINS</code>).
        </p>
      </div>
    );
  }
  if (!registry.data && !deployments.data) {
    const err = registry.error ?? deployments.error;
    return err ? <ErrorBox error={err} title="Services" /> : <Loading what="services" />;
  }
  const byName = new Map<string, { entry?: RegistryEntry; deployment?: Deployment }>();
  for (const e of registry.data?.services ?? []) byName.set(e.name, { ...byName.get(e.name), entry: e });
  for (const d of deployments.data?.deployments ?? [])
    byName.set(d.name, { ...byName.get(d.name), deployment: d });

  const act = async (what: string, run: () => Promise<unknown>) => {
    setActionError(null);
    setDone(null);
    try {
      await run();
      setDone(what);
    } catch (err) {
      setActionError(toApiError(err));
    }
    registry.reload();
    deployments.reload();
  };

  return (
    <div class="page">
      <h1>Services</h1>
      <ErrorBox error={registry.error} title="Registry" />
      <ErrorBox error={deployments.error} title="Deployments" />
      <ErrorBox error={actionError} title="Refused" />
      {done ? <p role="status">{done}</p> : null}
      {byName.size === 0 ? <p class="muted">Nothing is deployed yet.</p> : null}
      {[...byName].map(([name, { entry, deployment }]) => {
        const url = httpUrl(entry?.url ?? deployment?.url);
        const isolation = deployment?.isolation?.label ?? entry?.provenance?.isolation ?? 'unknown';
        return (
          <Section key={name} title={name} id={`svc-${name}`}>
            <p>
              <Badge value={deployment?.status ?? 'not deployed'} />{' '}
              <Badge value={entry?.status ?? 'not registered'} />{' '}
              <span class={`badge ${isolation === 'isolated' ? 'good' : 'warn'}`} data-testid="isolation">
                {isolation}
              </span>
            </p>
            <dl class="facts">
              <dt>Version</dt>
              <dd>{entry?.version ?? '—'}</dd>
              <dt>Link</dt>
              <dd>
                {url ? (
                  <>
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {url}
                    </a>{' '}
                    ·{' '}
                    <a href={`${url}/capabilities`} target="_blank" rel="noopener noreferrer">
                      /capabilities
                    </a>
                  </>
                ) : (
                  '—'
                )}
              </dd>
              <dt>Health</dt>
              <dd>
                {entry?.status ?? '—'} · last heartbeat {time(entry?.last_heartbeat_at)}
                {deployment ? ` · ${deployment.restarts} restart(s)` : ''}
              </dd>
              <dt>Release</dt>
              <dd>
                {deployment?.release_id ?? '—'}
                {deployment?.previous_release ? ` (previous: ${deployment.previous_release.release_id})` : ''}
              </dd>
              <dt>Git</dt>
              <dd data-testid="git">
                {deployment?.git ? (
                  <>
                    <code>{deployment.git.remote ?? deployment.git.repository}</code>
                    {deployment.git.deployed
                      ? ` · deployed ${deployment.git.deployed.tag} (${deployment.git.deployed.commit.slice(0, 12)})`
                      : ' · nothing deployed'}
                    {deployment.git.error ? ` · last git error: ${deployment.git.error.message}` : ''}
                  </>
                ) : (
                  '—'
                )}
              </dd>
              <dt>Provenance</dt>
              <dd>
                {entry?.provenance?.intent_id ? (
                  <Link to={`/intents/${entry.provenance.intent_id}`}>intent</Link>
                ) : (
                  'no intent'
                )}{' '}
                · SPEC score {entry?.provenance?.spec_score ?? '—'} · sha256{' '}
                <code>{entry?.provenance?.spec_sha256?.slice(0, 12) ?? '—'}</code> · models{' '}
                {entry?.provenance?.models?.join(', ') ?? '—'} · {entry?.provenance?.tests_passed ?? '—'}{' '}
                tests passed
              </dd>
            </dl>
            {entry?.capabilities ? (
              <details>
                <summary>Capabilities</summary>
                <ul>
                  {(entry.capabilities.endpoints ?? []).map((e, i) => (
                    <li key={i}>
                      <code>
                        {e.method} {e.path}
                      </code>{' '}
                      <span class="user-text">{e.description ?? ''}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {admin && deployment ? (
              <div class="actions">
                {deployment.previous_release && deployment.status !== 'stopped' ? (
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      void act(`${name}: rolled back`, () =>
                        api.executor(
                          'POST',
                          `/builds/${encodeURIComponent(deployment.release_id)}/rollback`,
                          {},
                        ),
                      )
                    }
                  >
                    Roll back {name}
                  </button>
                ) : null}
                {deployment.status !== 'stopped' ? (
                  <button
                    type="button"
                    class="danger"
                    onClick={() =>
                      void act(`${name}: stopped`, () =>
                        api.executor('POST', `/deployments/${encodeURIComponent(name)}/stop`),
                      )
                    }
                  >
                    Stop {name}
                  </button>
                ) : null}
              </div>
            ) : null}
          </Section>
        );
      })}
    </div>
  );
}
