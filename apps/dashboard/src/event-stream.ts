/**
 * Follows an intent's event stream (`WS /intents/:id/stream`) and survives drops: after an unexpected close it
 * reconnects with `?since=<last event id>`, and drops any event it has already delivered, so a listener sees
 * every event once and in order. Plain TypeScript over a minimal socket shape, so it runs in the browser and
 * (with the `ws` package) in the integration tests.
 */

/** One event of the stream (`PipelineEvent`). */
export interface StreamEvent {
  id: string;
  ts: string;
  intent_id?: string;
  build_id?: string;
  phase: string;
  type: string;
  message: string;
  data: Record<string, unknown>;
}

/** The part of a WebSocket this needs (the browser's and `ws`'s both fit). */
export interface StreamSocket {
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

/** Connection state for the page to show. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'finished' | 'failed';

/** What {@link followStream} needs. */
export interface FollowOptions {
  /** The stream URL, resuming after `since` when given. */
  url(since: string | null): string;
  /** Opens a socket (the browser: `(u) => new WebSocket(u)`). */
  open(url: string): StreamSocket;
  onEvent(event: StreamEvent): void;
  onState?(state: StreamState, detail: string): void;
  /** Delay before reconnect attempt n (1-based); default 0.5 s, 1 s, 2 s, … capped at 10 s. */
  backoffMs?(attempt: number): number;
  /** Give up after this many reconnects in a row without an event (default 20). */
  maxAttempts?: number;
  /** Resume after this event id (e.g. one already shown). */
  since?: string | null;
}

/** Close codes after which reconnecting cannot help: finished (1000), bad request (4400), unknown id (4404). */
const FINAL_CODES = new Set([1000, 4400, 4404]);

/** A followed stream; `close()` stops it for good. */
export interface FollowedStream {
  close(): void;
  /** Id of the last event delivered. */
  lastId(): string | null;
}

/** Starts following; see the module comment. */
export function followStream(opts: FollowOptions): FollowedStream {
  let lastId: string | null = opts.since ?? null;
  const seen = new Set<string>();
  let socket: StreamSocket | null = null;
  let stopped = false;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const backoff = (n: number) => (opts.backoffMs ? opts.backoffMs(n) : Math.min(500 * 2 ** (n - 1), 10_000));
  const maxAttempts = opts.maxAttempts ?? 20;

  const connect = () => {
    if (stopped) return;
    opts.onState?.(attempts === 0 ? 'connecting' : 'reconnecting', lastId ? `since ${lastId}` : '');
    const ws = opts.open(opts.url(lastId));
    socket = ws;
    ws.onmessage = (msg) => {
      let event: StreamEvent;
      try {
        event = JSON.parse(String(msg.data)) as StreamEvent;
      } catch {
        return;
      }
      if (
        typeof event.id !== 'string' ||
        seen.has(event.id) ||
        (lastId !== null && !after(event.id, lastId))
      ) {
        return;
      }
      seen.add(event.id);
      lastId = event.id;
      attempts = 0;
      opts.onState?.('live', '');
      opts.onEvent(event);
    };
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      if (stopped) return;
      if (FINAL_CODES.has(ev.code)) {
        stopped = true;
        opts.onState?.(ev.code === 1000 ? 'finished' : 'failed', ev.reason || String(ev.code));
        return;
      }
      attempts += 1;
      if (attempts > maxAttempts) {
        stopped = true;
        opts.onState?.('failed', `gave up after ${maxAttempts} reconnects`);
        return;
      }
      opts.onState?.('reconnecting', `connection lost (${ev.code}); retrying`);
      timer = setTimeout(connect, backoff(attempts));
    };
  };
  connect();
  return {
    close: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      socket?.close(1000, 'closed by the page');
      socket = null;
    },
    lastId: () => lastId,
  };
}

/** True when Redis stream id `a` (`<ms>-<seq>`) comes after `b`. */
export function after(a: string, b: string): boolean {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am !== bm ? am > bm : as > bs;
}
