import { ApiError, CREDENTIAL_HINTS, UnreachableError } from './cli-errors';

/** How long one HTTP request may take before the service counts as unreachable. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The API's error body: `{"error":{"code","message","details"},"request_id"}`. */
interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

/**
 * A client of one of our services' HTTP APIs (the factory or the executor): sends the bearer credential,
 * parses JSON, and turns every failure into a {@link ApiError} (exit 1) or {@link UnreachableError} (exit 3).
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null,
    /** Named in messages: "the factory", "the executor". */
    readonly what: string,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.send<T>('POST', path, body, headers);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.send<T>('DELETE', path);
  }

  /** A text answer (the SPEC's markdown). */
  async text(path: string): Promise<string> {
    const res = await this.fetch('GET', path);
    const text = await res.text();
    if (!res.ok) throw this.refusal(res.status, text);
    return text;
  }

  /** The WebSocket URL of a path on this service. */
  wsUrl(path: string): string {
    return this.baseUrl.replace(/^http/, 'ws') + path;
  }

  /** Headers a WebSocket upgrade needs. */
  authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await this.fetch(method, path, body, headers);
    const text = await res.text();
    if (!res.ok) throw this.refusal(res.status, text);
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(res.status, 'BAD_RESPONSE', `${this.what} answered ${method} ${path} with non-JSON`);
    }
  }

  private async fetch(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const url = this.baseUrl + path;
    const headers: Record<string, string> = { ...this.authHeaders(), ...extra };
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    try {
      return await fetch(url, init);
    } catch (err) {
      throw new UnreachableError(this.baseUrl, networkCause(err), this.what);
    }
  }

  /** Maps a non-2xx answer to an {@link ApiError} with the API's code, message and details. */
  refusal(status: number, text: string): ApiError {
    let parsed: ErrorBody = {};
    try {
      parsed = JSON.parse(text) as ErrorBody;
    } catch {
      // not our error shape (a proxy's page): fall back to the status
    }
    const code = parsed.error?.code ?? `HTTP_${status}`;
    const message = parsed.error?.message ?? (text.trim().slice(0, 200) || `HTTP ${status}`);
    return new ApiError(status, code, message, parsed.error?.details, hintsFor(status));
  }
}

/** What to do about a refusal, by status. */
export function hintsFor(status: number): string[] {
  if (status === 401) return CREDENTIAL_HINTS;
  if (status === 403)
    return ["Your credential's role may not do this; ask an admin for a key with a stronger role."];
  if (status === 429)
    return ['Rate limited: wait for the number of seconds in retry_after_s, then try again.'];
  return [];
}

/** The errno-style reason a request never got an answer (ECONNREFUSED, ENOTFOUND, timeout, …). */
export function networkCause(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
