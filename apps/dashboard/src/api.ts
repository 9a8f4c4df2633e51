/** The dashboard's only way to the services: their public HTTP API with the signed-in credential. */

/** Roles in rank order (docs/auth.md); each includes the rights of the ones before it. */
export const ROLES = ['viewer', 'submitter', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `held` includes the rights of `needed`. */
export function roleReaches(held: Role | null, needed: Role): boolean {
  return held !== null && ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** Who is signed in, from `GET /dashboard/me`. */
export interface Session {
  token: string;
  name: string;
  role: Role | null;
}

/** `{field, problems}` of a 400 `VALIDATION_FAILED`. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** An answer other than 2xx (or no answer), with the API's stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /** Per-field problems of a validation error (empty otherwise). */
  get fields(): FieldProblem[] {
    const d = this.details as { fields?: FieldProblem[] } | null;
    return Array.isArray(d?.fields) ? d.fields : [];
  }

  /** Unknown fields named by a validation error. */
  get unknownFields(): string[] {
    const d = this.details as { unknown_fields?: string[] } | null;
    return Array.isArray(d?.unknown_fields) ? d.unknown_fields : [];
  }

  /** One line a person can read: what went wrong and the code to search for. */
  get readable(): string {
    if (this.status === 0) return `Cannot reach the service (${this.message}).`;
    return `${this.message} (${this.status} ${this.code})`;
  }
}

/** Where the executor is, from `/ui/config.json` (null: not configured). */
export interface UiConfig {
  executor_url: string | null;
}

type Listener = () => void;

/**
 * Calls both services with the session's bearer credential. A 401 from either ends the session (the page
 * shows the login again, saying why) instead of leaving a blank page.
 */
export class Api {
  private unauthorized: Listener[] = [];

  constructor(
    readonly config: UiConfig,
    private token: string | null,
  ) {}

  /** Called once when a credential is refused. */
  onUnauthorized(listener: Listener): void {
    this.unauthorized.push(listener);
  }

  setToken(token: string | null): void {
    this.token = token;
  }

  get credential(): string | null {
    return this.token;
  }

  /** `GET|POST|PUT|DELETE` on the factory (same origin). */
  factory<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call<T>(path, method, body, headers);
  }

  /** The same on the executor (cross-origin, allowed by its `CORS_ORIGINS`). */
  executor<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (!this.config.executor_url) {
      return Promise.reject(
        new ApiError(0, 'EXECUTOR_NOT_CONFIGURED', 'the factory has no EXECUTOR_PUBLIC_URL', null),
      );
    }
    return this.call<T>(`${this.config.executor_url}${path}`, method, body, {});
  }

  /** `ws(s)://…/intents/<id>/stream?since=…&access_token=…` (browsers cannot set headers on WebSockets). */
  streamUrl(intentId: string, since: string | null): string {
    const url = new URL(`/intents/${encodeURIComponent(intentId)}/stream`, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (since) url.searchParams.set('since', since);
    if (this.token) url.searchParams.set('access_token', this.token);
    return url.toString();
  }

  private async call<T>(
    url: string,
    method: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<T> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError(0, 'UNREACHABLE', err instanceof Error ? err.message : String(err), null);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (res.ok) return parsed as T;
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | null)
      ?.error;
    const err = new ApiError(
      res.status,
      error?.code ?? `HTTP_${res.status}`,
      error?.message ?? (res.statusText || 'request failed'),
      error?.details ?? null,
    );
    if (res.status === 401) for (const l of this.unauthorized) l();
    throw err;
  }
}

/** Reads `/ui/config.json` (public: it holds only the executor's URL). */
export async function loadUiConfig(): Promise<UiConfig> {
  try {
    const res = await fetch(new URL('config.json', window.location.href.split('#')[0]).toString());
    return res.ok ? ((await res.json()) as UiConfig) : { executor_url: null };
  } catch {
    return { executor_url: null };
  }
}

/** Signs in: the credential is good when `GET /dashboard/me` accepts it. */
export async function signIn(api: Api, token: string): Promise<Session> {
  api.setToken(token);
  const me = await api.factory<{ name: string; role: Role | null }>('GET', '/dashboard/me');
  return { token, name: me.name, role: me.role };
}
