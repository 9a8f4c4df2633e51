import WebSocket from 'ws';
import { freePort } from '@sf/platform';
import { followStream, type StreamEvent, type StreamSocket } from '../../apps/dashboard/src/event-stream';
import {
  adminAuth,
  createKey,
  intent,
  openStream,
  request,
  startTestPipeline,
  TEST_ADMIN_KEY,
  type TestPipeline,
} from '../support/harness';

/** The web dashboard's server side: its headers, `GET /dashboard/me`, the executor's CORS, and the page's stream follower. */
let stack: TestPipeline;
let origin: string;

beforeAll(async () => {
  const factoryPort = await freePort();
  const executorPort = await freePort();
  origin = `http://127.0.0.1:${factoryPort}`;
  stack = await startTestPipeline('dashboard', {
    FACTORY_PORT: String(factoryPort),
    EXECUTOR_PORT: String(executorPort),
    EXECUTOR_PUBLIC_URL: `http://127.0.0.1:${executorPort}`,
    CORS_ORIGINS: origin,
  });
});

afterAll(() => stack.close());

/** A `ws` socket in the shape the dashboard's follower uses (the browser's WebSocket has the same handlers). */
function socket(url: string, opened: WebSocket[]): StreamSocket {
  const ws = new WebSocket(url);
  opened.push(ws);
  return ws as unknown as StreamSocket;
}

describe('the dashboard pages', () => {
  it('are served under /ui/ with a CSP that forbids inline script, and /ui/config.json names the executor', async () => {
    const page = await fetch(`${stack.factory.url}/ui/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(stack.executor.url);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const config = await fetch(`${stack.factory.url}/ui/config.json`);
    expect(await config.json()).toEqual({ executor_url: stack.executor.url });
  });

  it('GET /dashboard/me names the caller and its role, and refuses a missing credential', async () => {
    const viewer = await createKey(stack.factory.url, 'dash-viewer', 'viewer');
    expect((await request(stack.factory.url, 'GET', '/dashboard/me', undefined, viewer)).body).toEqual({
      name: 'dash-viewer',
      kind: 'api-key',
      role: 'viewer',
    });
    const anonymous = await request(stack.factory.url, 'GET', '/dashboard/me', undefined, {
      authorization: '',
    });
    expect(anonymous.status).toBe(401);
  });
});

describe("the executor's CORS for the dashboard", () => {
  it('answers a preflight from the dashboard origin, and errors to it carry the CORS headers', async () => {
    const preflight = await fetch(`${stack.executor.url}/deployments`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    const refused = await fetch(`${stack.executor.url}/deployments`, { headers: { origin } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('gives another origin no CORS grant', async () => {
    const res = await fetch(`${stack.executor.url}/deployments`, {
      headers: { origin: 'http://evil.example', ...adminAuth() },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe("the dashboard's stream follower", () => {
  it('reconnects after a dropped connection with ?since= and delivers every event once, in order', async () => {
    const accepted = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      intent('dash-stream', { port: await freePort() }),
    );
    expect(accepted.status).toBe(202);
    const id = accepted.body.intent_id as string;
    const opened: WebSocket[] = [];
    const urls: string[] = [];
    /** For each connection: the id it resumed after, and the last id delivered before it was opened. */
    const resumes: { since: string | null; lastDelivered: string | null }[] = [];
    const got: StreamEvent[] = [];
    let dropped = false;
    const base = stack.factory.url.replace('http', 'ws');
    const finished = new Promise<string>((resolve) => {
      const stream = followStream({
        url: (since) => {
          resumes.push({ since, lastDelivered: got.at(-1)?.id ?? null });
          const url = `${base}/intents/${id}/stream?access_token=${TEST_ADMIN_KEY}${since ? `&since=${since}` : ''}`;
          urls.push(url);
          return url;
        },
        open: (url) => socket(url, opened),
        backoffMs: () => 50,
        onEvent: (e) => {
          got.push(e);
          if (!dropped) {
            // The first event is in: cut the connection under the follower (as a network drop would).
            dropped = true;
            opened[0].terminate();
          }
        },
        onState: (state) => {
          if (state === 'finished' || state === 'failed') {
            stream.close();
            resolve(state);
          }
        },
      });
    });
    expect(await finished).toBe('finished');
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(resumes[0].since).toBeNull();
    expect(resumes[1].since).not.toBeNull();
    expect(resumes[1].since).toBe(resumes[1].lastDelivered);
    expect(urls[1]).toContain(`since=${resumes[1].since}`);

    // The whole history, read afresh, is exactly what the follower delivered.
    const fresh = openStream(`${base}/intents/${id}/stream`);
    const all = (await fresh.closed).events as StreamEvent[];
    expect(got.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(got.map((e) => e.id)).size).toBe(got.length);
    expect(got.at(-1)?.type).toBe('status_changed');
  });
});
