import { AppError, ERROR_HTTP_STATUS, type ErrorCode } from '@sf/contracts';
import type {
  RegisterRequest,
  RegisteredService,
  Registration,
  Registry,
  ServiceFilter,
} from './registry.types';

/** Options of {@link HttpRegistryClient}. */
export interface HttpRegistryClientOptions {
  /** Base URL of the registry, e.g. `http://registry.internal:8211` (its `/registry/…` routes are used). */
  baseUrl: string;
  /** Per-request timeout (default 5000 ms). */
  timeoutMs?: number;
  /** The bearer credential to send (our service credential); none when absent. */
  credential?: () => Promise<string>;
}

/** What the client knows about a failed call, in `AppError.details`. */
export interface RegistryCallDetails {
  method: string;
  url: string;
  /** HTTP status when the registry answered; absent when it could not be reached. */
  status?: number;
  /** The registry's own error body, when it sent one. */
  remote?: unknown;
}

/**
 * A failed registry call. `code` is the registry's own stable code when it sent one (`VALIDATION_FAILED`,
 * `SERVICE_NOT_FOUND`, …), else `SERVICE_UNAVAILABLE` for timeouts, refused connections, 5xx and answers
 * that are not the contract's; those are `transient` (worth retrying), client mistakes are not.
 */
export class RegistryClientError extends AppError {
  constructor(code: ErrorCode, message: string, details: RegistryCallDetails, transient: boolean) {
    super(code, message, details, transient);
    this.name = 'RegistryClientError';
  }
}

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * {@link Registry} over HTTP, for an external registry at `REGISTRY_URL` speaking the same contract as the
 * built-in one. Uses global `fetch` with a timeout per call; every failure is a {@link RegistryClientError}.
 */
export class HttpRegistryClient implements Registry {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly credential: (() => Promise<string>) | null;

  constructor(options: HttpRegistryClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.credential = options.credential ?? null;
  }

  async register(request: RegisterRequest): Promise<Registration> {
    const { status, body } = await this.call('POST', '/registry/register', request);
    return {
      service: this.expectService('POST', '/registry/register', status, body),
      created: status === 201,
    };
  }

  async heartbeat(name: string): Promise<RegisteredService> {
    const path = `/registry/heartbeat/${encodeURIComponent(name)}`;
    const { status, body } = await this.call('POST', path);
    return this.expectService('POST', path, status, body);
  }

  async deregister(name: string): Promise<boolean> {
    const { status } = await this.call('DELETE', `/registry/${encodeURIComponent(name)}`, undefined, [404]);
    return status !== 404;
  }

  async list(filter: ServiceFilter = {}): Promise<RegisteredService[]> {
    const path = filter.status ? `/registry/services?status=${filter.status}` : '/registry/services';
    const { status, body } = await this.call('GET', path);
    const services = isRecord(body) ? body.services : undefined;
    if (!Array.isArray(services)) throw this.unexpected('GET', path, status, body);
    return services.map((s: unknown) => this.expectService('GET', path, status, s));
  }

  async get(name: string): Promise<RegisteredService | null> {
    const path = `/registry/services/${encodeURIComponent(name)}`;
    const { status, body } = await this.call('GET', path, undefined, [404]);
    return status === 404 ? null : this.expectService('GET', path, status, body);
  }

  /**
   * Sends one request and returns a 2xx answer (or one of `tolerated`); anything else throws. The body is
   * always read so the connection goes back to the pool.
   */
  private async call(
    method: string,
    path: string,
    payload?: unknown,
    tolerated: number[] = [],
  ): Promise<{ status: number; body: unknown }> {
    const url = this.base + path;
    let res: Response;
    let text: string;
    try {
      const auth: Record<string, string> = this.credential
        ? { authorization: `Bearer ${await this.credential()}` }
        : {};
      res = await fetch(url, {
        method,
        headers: payload === undefined ? auth : { ...auth, 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      const reason =
        errorField(err, 'name') === 'TimeoutError'
          ? `timed out after ${this.timeoutMs} ms`
          : `unreachable (${describeCause(err)})`;
      throw new RegistryClientError(
        'SERVICE_UNAVAILABLE',
        `registry ${method} ${url} ${reason}`,
        { method, url },
        true,
      );
    }
    const body = parseJson(text);
    if ((res.status >= 200 && res.status < 300) || tolerated.includes(res.status))
      return { status: res.status, body };
    throw this.failure(method, url, res.status, body);
  }

  private failure(method: string, url: string, status: number, body: unknown): RegistryClientError {
    const remote = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const remoteCode =
      typeof remote?.code === 'string' && remote.code in ERROR_HTTP_STATUS ? remote.code : undefined;
    const message = typeof remote?.message === 'string' ? remote.message : `answered ${status}`;
    const details: RegistryCallDetails = { method, url, status, remote: remote ?? body };
    if (status >= 500 || !remoteCode) {
      // A 5xx, or a 4xx that is not our error shape (a proxy, a wrong URL), is the registry's problem.
      return new RegistryClientError(
        'SERVICE_UNAVAILABLE',
        `registry ${method} ${url}: ${message}`,
        details,
        true,
      );
    }
    return new RegistryClientError(
      remoteCode as ErrorCode,
      `registry ${method} ${url}: ${message}`,
      details,
      false,
    );
  }

  private expectService(method: string, path: string, status: number, body: unknown): RegisteredService {
    // A light check of the shape: enough to refuse a wrong server's answer, not a full re-validation.
    if (
      isRecord(body) &&
      typeof body.name === 'string' &&
      typeof body.url === 'string' &&
      (body.status === 'active' || body.status === 'stale')
    ) {
      return body as unknown as RegisteredService;
    }
    throw this.unexpected(method, path, status, body);
  }

  private unexpected(method: string, path: string, status: number, body: unknown): RegistryClientError {
    const url = this.base + path;
    return new RegistryClientError(
      'SERVICE_UNAVAILABLE',
      `registry ${method} ${url} answered ${status} with a body that is not a registry entry`,
      { method, url, status, remote: body },
      true,
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** fetch hides the socket error under `cause`; that is the part an operator can act on (ECONNREFUSED, …). */
function describeCause(err: unknown): string {
  const cause = isRecord(err) ? err.cause : undefined;
  const code = errorField(cause, 'code');
  return code ?? errorField(cause, 'message') ?? errorField(err, 'message') ?? String(err);
}

/**
 * A string field of a thrown value. Read by shape, not `instanceof Error`: fetch's errors come from undici's
 * realm, which is not always the caller's (Jest's sandbox, for one).
 */
function errorField(err: unknown, field: 'name' | 'code' | 'message'): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const value = (err as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
