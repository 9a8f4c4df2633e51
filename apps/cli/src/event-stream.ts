import { compareEventIds, type PipelineEvent } from '@sf/contracts';
import WebSocket from 'ws';
import { ApiError, CliError, EXIT, UnreachableError } from './cli-errors';
import type { ApiClient } from './api-client';

/** Reconnects after a dropped stream before giving up (with growing waits: 0.25 s, 0.5 s, … 4 s). */
const MAX_RECONNECTS = 6;

/** How a followed stream ended. */
export interface StreamEnd {
  /** `finished`: closed 1000 after its final event; `stopped`: the caller stopped it. */
  how: 'finished' | 'stopped';
  lastEventId: string | null;
}

/** A stream being followed: `stop()` ends it early (resolving `done` with `stopped`). */
export interface FollowedStream {
  done: Promise<StreamEnd>;
  stop(): void;
}

/**
 * Follows `WS <path>` (an intent's or a build's event log): history, then live events, until the server
 * closes it after the final event (1000). A dropped connection is reopened with `?since=<last id>`, so
 * nothing is missed or repeated. An unknown id (4404) or a refused credential is an {@link ApiError}; a
 * service that stays unreachable is an {@link UnreachableError}.
 */
export function followStream(
  client: ApiClient,
  path: string,
  onEvent: (event: PipelineEvent) => void,
): FollowedStream {
  let lastId: string | null = null;
  let socket: WebSocket | null = null;
  let stopped = false;
  let stopNow: (() => void) | null = null;

  const once = (): Promise<'finished' | 'stopped' | 'dropped'> =>
    new Promise((resolve, reject) => {
      const url = client.wsUrl(path) + (lastId ? `?since=${encodeURIComponent(lastId)}` : '');
      const ws = new WebSocket(url, { headers: client.authHeaders(), handshakeTimeout: 30_000 });
      socket = ws;
      let opened = false;
      let failure: Error | null = null;
      stopNow = () => resolve('stopped');
      ws.on('open', () => (opened = true));
      ws.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => reject(client.refusal(res.statusCode ?? 0, body)));
        res.on('error', () => reject(client.refusal(res.statusCode ?? 0, body)));
      });
      ws.on('message', (data: WebSocket.RawData) => {
        const event = JSON.parse(rawText(data)) as PipelineEvent;
        if (lastId && compareEventIds(event.id, lastId) <= 0) return; // already seen before a reconnect
        lastId = event.id;
        onEvent(event);
      });
      ws.on('error', (err) => (failure = err));
      ws.on('close', (code: number, reason: Buffer) => {
        if (stopped) return resolve('stopped');
        if (code === 1000) return resolve('finished');
        if (code === 4404) {
          return reject(new ApiError(404, 'NOT_FOUND', reason.toString() || `${path}: not found`));
        }
        if (code === 4400) return reject(new ApiError(400, 'VALIDATION_FAILED', reason.toString()));
        if (!opened && failure && isConnectionError(failure)) {
          return reject(new UnreachableError(client.baseUrl, connectionCause(failure), client.what));
        }
        resolve('dropped');
      });
    });

  const done = (async (): Promise<StreamEnd> => {
    let attempt = 0;
    for (;;) {
      let outcome: 'finished' | 'stopped' | 'dropped';
      try {
        outcome = await once();
      } catch (err) {
        // Unreachable while reconnecting: keep trying for a while; refusals end at once.
        if (!(err instanceof UnreachableError) || attempt >= MAX_RECONNECTS || lastId === null) throw err;
        outcome = 'dropped';
      }
      if (outcome !== 'dropped') return { how: outcome, lastEventId: lastId };
      if (attempt >= MAX_RECONNECTS) {
        throw new CliError(EXIT.unreachable, 'STREAM_LOST', `the stream ${path} kept dropping`, { lastId }, [
          'Run the same command again: it resumes from the start of the log.',
        ]);
      }
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      attempt += 1;
      if (stopped) return { how: 'stopped', lastEventId: lastId };
    }
  })();

  return {
    done,
    stop: () => {
      stopped = true;
      stopNow?.();
      socket?.close(1000);
    },
  };
}

function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

function isConnectionError(err: Error): boolean {
  return /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|ETIMEDOUT|EAI_AGAIN|timed out/i.test(
    `${(err as NodeJS.ErrnoException).code ?? ''} ${err.message}`,
  );
}

function connectionCause(err: Error): string {
  return (err as NodeJS.ErrnoException).code ?? err.message;
}
