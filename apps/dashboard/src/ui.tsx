import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Api, type Session } from './api';
import type { StreamSocket } from './event-stream';

/** What every page gets: the API client and who is signed in. */
export interface AppContext {
  api: Api;
  session: Session;
}

export const Ctx = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('outside the app');
  return ctx;
}

/** Result of {@link useLoad}. */
export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads with `load`, again whenever `deps` change, and every `everyMs` when given (quietly: the old data stays
 * on screen while the next answer is on its way).
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], everyMs?: number): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    let current = true;
    load().then(
      (d) => {
        if (!current || !alive.current) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current || !alive.current) return;
        setError(toApiError(e));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, tick]);
  useEffect(() => {
    if (!everyMs) return undefined;
    const t = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError
    ? e
    : new ApiError(0, 'CLIENT_ERROR', e instanceof Error ? e.message : String(e), null);
}

/** A readable error, announced to screen readers. */
export function ErrorBox({ error, title }: { error: ApiError | null; title?: string }): VNode | null {
  if (!error) return null;
  return (
    <div class="error" role="alert">
      {title ? <strong>{title}: </strong> : null}
      {error.readable}
    </div>
  );
}

export function Loading({ what }: { what: string }): VNode {
  return (
    <p class="muted" role="status">
      Loading {what}…
    </p>
  );
}

/** A page section with a heading. */
export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ComponentChildren;
  id?: string;
}): VNode {
  return (
    <section class="card" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

const GOOD = new Set(['deployed', 'active', 'running', 'ok', 'completed', 'isolated', 'available']);
const BAD = new Set([
  'failed',
  'unavailable',
  'stale',
  'rolled_back',
  'needs_human_review',
  'rejected',
  'crashed',
  'breached',
  'unhealthy',
]);

/** A status as a coloured label (the word is always there; colour only repeats it). */
export function Badge({ value }: { value: string }): VNode {
  const tone = GOOD.has(value)
    ? 'good'
    : BAD.has(value)
      ? 'bad'
      : value.startsWith('awaiting')
        ? 'wait'
        : 'neutral';
  return <span class={`badge ${tone}`}>{value.replace(/_/g, ' ')}</span>;
}

export function usd(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return `$${n.toFixed(n !== 0 && Math.abs(n) < 0.01 ? 4 : 2)}`;
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function time(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** `#/path` links of this single-page app. */
export function Link({
  to,
  children,
  class: cls,
}: {
  to: string;
  children: ComponentChildren;
  class?: string;
}): VNode {
  return (
    <a href={`#${to}`} class={cls}>
      {children}
    </a>
  );
}

/** An http(s) URL, or null (anything else is shown as text, never as a link). */
export function httpUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\//i.test(value) ? value : null;
}

/** The browser's WebSocket as the stream follower's socket (its handlers get richer events than it reads). */
export function openBrowserSocket(url: string): StreamSocket {
  return new WebSocket(url) as unknown as StreamSocket;
}
