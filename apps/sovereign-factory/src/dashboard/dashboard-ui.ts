import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where the web dashboard is served. */
export const DASHBOARD_UI_PREFIX = '/ui/';

/** A Host header we are willing to echo into the CSP (`host`, `host:port`, `[v6]:port`). */
const SAFE_HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](?::\d{1,5})?$/;

/**
 * The dashboard's Content-Security-Policy: scripts and styles only from this origin (no inline script, no
 * eval), API calls to this origin (HTTP and its WebSocket streams) and the executor, nothing framed, no
 * plugins, no `<base>` rewrites. `'self'` covers same-origin WebSockets in current browsers; the explicit
 * `ws(s)://host` is there for those that read CSP 2 strictly.
 */
export function dashboardCsp(host: string | undefined, executorUrl: string | null): string {
  const connect = ["'self'"];
  if (host && SAFE_HOST.test(host)) connect.push(`ws://${host}`, `wss://${host}`);
  if (executorUrl) connect.push(new URL(executorUrl).origin);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The built assets: `DASHBOARD_DIR`, else `dist/dashboard` found from this file (compiled or source). */
export function dashboardDir(configured: string | undefined): string | null {
  const candidates = configured
    ? [resolve(configured)]
    : [
        // dist/apps/sovereign-factory/src/dashboard → dist/dashboard
        join(__dirname, '..', '..', '..', '..', 'dashboard'),
        // apps/sovereign-factory/src/dashboard (ts sources, tests) → dist/dashboard
        join(__dirname, '..', '..', '..', '..', 'dist', 'dashboard'),
      ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the web dashboard (a static Preact build, docs/dashboard.md) under `/ui/`, public like any static
 * page: it holds no data; every call it makes carries the user's credential. `/ui/config.json` tells it
 * where the executor is. Every `/ui` answer carries the CSP and the usual hardening headers.
 */
export async function serveDashboardUi(
  app: NestFastifyApplication,
  opts: { dir: string | null; executorUrl: string | null },
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const executorUrl = opts.executorUrl ? new URL(opts.executorUrl).origin : null;
  fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done) => {
    if (request.url === '/ui' || request.url.startsWith(DASHBOARD_UI_PREFIX)) {
      void reply
        .header('content-security-policy', dashboardCsp(request.headers.host, executorUrl))
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('x-frame-options', 'DENY');
    }
    done(null, payload);
  });
  fastify.get('/ui', (_request, reply) => reply.redirect(DASHBOARD_UI_PREFIX, 302));
  fastify.get(`${DASHBOARD_UI_PREFIX}config.json`, (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ executor_url: executorUrl }),
  );
  if (!opts.dir) {
    fastify.get(`${DASHBOARD_UI_PREFIX}*`, (_request, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built: run `npm run build` (it writes dist/dashboard).\n'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: opts.dir,
    prefix: DASHBOARD_UI_PREFIX,
    decorateReply: false,
    index: ['index.html'],
    // Hashed file names under assets/ never change; index.html must be fetched fresh to find them.
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) =>
      void reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
}
