import { request } from 'node:http';

/** One `GET /health` answer, judged. */
export interface HealthProbe {
  /** 200 with `status: "active"` (PRODUCT §6: only `active` counts as healthy). */
  ok: boolean;
  http_status: number | null;
  reported: string | null;
  error: string | null;
  latency_ms: number;
}

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Asks `<baseUrl>/health` once. Uses `node:http` with no agent rather than fetch: a fresh connection per probe
 * leaves no pooled socket to a process we are about to stop, and never keeps the executor alive.
 */
export function probeHealth(baseUrl: string, timeoutMs: number): Promise<HealthProbe> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  return new Promise((resolve) => {
    const done = (result: Omit<HealthProbe, 'latency_ms'>) => resolve({ ...result, latency_ms: elapsed() });
    const req = request(`${baseUrl}/health`, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      res.on('error', (err) => done(failed(res.statusCode ?? null, err.message)));
      res.on('end', () => {
        const status = res.statusCode ?? null;
        const reported = reportedStatus(Buffer.concat(chunks).toString('utf8'));
        const ok = status === 200 && reported === 'active';
        done({
          ok,
          http_status: status,
          reported,
          error: ok ? null : `answered ${status ?? '?'} with status ${reported ?? '(none)'}`,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err: NodeJS.ErrnoException) => done(failed(null, err.code ?? err.message)));
    req.end();
  });
}

function failed(status: number | null, error: string): Omit<HealthProbe, 'latency_ms'> {
  return { ok: false, http_status: status, reported: null, error };
}

function reportedStatus(text: string): string | null {
  try {
    const body = JSON.parse(text) as { status?: unknown } | null;
    return typeof body?.status === 'string' ? body.status : null;
  } catch {
    return null;
  }
}
