import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UdcReport } from './checker';
import { run } from './cli';
import { createUdcRuntime, type UdcRuntimeOptions } from './server/udc-core';

const servers: Server[] = [];
const timers = new Set<NodeJS.Timeout>();

afterEach(async () => {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    }),
  );
});

/** A compliant UDC service in which `override` may answer some requests first. */
async function udcService(
  override?: (req: IncomingMessage, res: ServerResponse) => boolean,
  opts: Partial<UdcRuntimeOptions> = {},
): Promise<string> {
  const runtime = createUdcRuntime({
    service: 'orders',
    version: '1.2.0',
    features: [],
    endpoints: [],
    dependencies: [],
    ...opts,
  });
  const server = createServer((req, res) => {
    if (override?.(req, res) || runtime.handle(req, res)) return;
    res.writeHead(404).end();
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Runs the CLI with captured output. */
async function cli(...argv: string[]) {
  const output = { out: '', err: '' };
  const code = await run(argv, {
    out: (text) => (output.out += text),
    err: (text) => (output.err += text),
  });
  return { code, ...output };
}

const badHealthAndMissingDependencies = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.url === '/dependencies') {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    return true;
  }
  if (req.url === '/health') {
    const body = { status: 'ok', service: 'orders', version: '1', uptime_seconds: 1, timestamp: 'now' };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return true;
  }
  return false;
};

describe('udc-check run()', () => {
  it('exits 0 and prints the report when every check passes', async () => {
    const url = await udcService();

    const result = await cli(url);

    expect(result.code).toBe(0);
    expect(result.out).toContain(`UDC v1 compliant: 6/6 checks passed for ${url}/`);
    expect(result.err).toBe('');
  });

  it('exits 1 and names each failed check when the service is not compliant', async () => {
    const url = await udcService(badHealthAndMissingDependencies);

    const result = await cli(url);

    const failedLines = result.out.split('\n').filter((line) => line.startsWith('✗'));
    expect(result.code).toBe(1);
    expect(failedLines).toHaveLength(2);
    expect(failedLines[0]).toMatch(/^✗ GET \/health .*\/status must be equal to one of the allowed values/);
    expect(failedLines[0]).toContain('/timestamp must match format "date-time"');
    expect(failedLines[1]).toMatch(/^✗ GET \/dependencies .*expected 200, got 404/);
    expect(result.out).toContain('NOT UDC v1 compliant: 4/6 checks passed');
  });

  it('prints the report as JSON with --json', async () => {
    const url = await udcService(badHealthAndMissingDependencies);

    const result = await cli(url, '--json');

    const report = JSON.parse(result.out) as UdcReport;
    expect(result.code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['health', 'dependencies']);
  });

  it('exits 1 for a degraded service with --require-active, and 0 without it', async () => {
    const url = await udcService(undefined, { health: () => 'degraded' });

    const lenient = await cli(url);
    const strict = await cli(url, '--require-active');

    expect(lenient.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('"active" is required');
  });

  it('passes --timeout to every request', async () => {
    const url = await udcService((req) => {
      if (req.url !== '/capabilities') return false;
      timers.add(setTimeout(() => undefined, 1000));
      return true;
    });

    const result = await cli(url, '--timeout', '150');

    expect(result.code).toBe(1);
    expect(result.out).toMatch(/✗ GET \/capabilities\s+timed out after 150 ms/);
  });

  it('exits 1 when the service is unreachable', async () => {
    const url = await udcService();
    const server = servers.pop() as Server;
    server.close();
    await once(server, 'close');

    const result = await cli(url);

    expect(result.code).toBe(1);
    expect(result.out).toContain('connection refused');
  });

  it.each([
    ['a malformed URL', ['not a url'], 'expected an absolute URL'],
    ['a non-http URL', ['ftp://example.com'], 'expected an http:// or https:// URL'],
    ['no URL at all', [], "missing required argument 'url'"],
    ['a timeout that is not a positive number', ['http://127.0.0.1:1', '--timeout', '-5'], 'positive whole'],
    ['an unknown option', ['http://127.0.0.1:1', '--fast'], "unknown option '--fast'"],
  ])('exits 2 on a usage error: %s', async (_what, argv, message) => {
    const result = await cli(...argv);

    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });

  it('exits 0 after printing --help', async () => {
    const result = await cli('--help');

    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: udc-check [options] <url>');
  });
});
