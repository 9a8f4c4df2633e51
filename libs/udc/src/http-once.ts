import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What {@link requestOnce} read. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** Thrown by {@link requestOnce} when the deadline passes (name `TimeoutError`, as `AbortSignal.timeout` names it). */
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * One HTTP(S) request on a connection of its own, closed afterwards; the deadline covers connecting, the headers
 * and the whole body. Not `fetch`: Node's global fetch dispatcher keeps a connection pool for every origin it has
 * ever talked to and never drops one (undici 6, as bundled with Node 20), so a checker that probes a new port per
 * build would keep a pool per build for the life of the executor. Network failures reject with the system error
 * (its `code`, e.g. `ECONNREFUSED`).
 */
export function requestOnce(
  url: URL,
  opts: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number },
): Promise<HttpAnswer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
  const headers = body ? { ...opts.headers, 'content-length': String(body.length) } : opts.headers;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = send(url, { method: opts.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (err) => settle(() => reject(err)));
      res.on('end', () =>
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        ),
      );
    });
    const timer = setTimeout(() => {
      settle(() => reject(new RequestTimeoutError(`timed out after ${opts.timeoutMs} ms`)));
      req.destroy();
    }, opts.timeoutMs);
    req.on('error', (err) => settle(() => reject(err)));
    req.end(body);
  });
}
