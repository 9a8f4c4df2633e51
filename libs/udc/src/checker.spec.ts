import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkUdc, formatReport, type UdcReport } from './checker';
import { createUdcRuntime, type UdcRuntimeOptions } from './server/udc-core';

const ALL_CHECKS = ['health', 'capabilities', 'state', 'dependencies', 'message_valid', 'message_invalid'];

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

type Override = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A compliant UDC service (built with createUdcRuntime) in which `override` may answer some requests first. */
async function udcService(override?: Override, opts: Partial<UdcRuntimeOptions> = {}): Promise<string> {
  const runtime = createUdcRuntime({
    service: 'orders',
    version: '1.2.0',
    features: ['create orders'],
    endpoints: [{ method: 'POST', path: '/orders', description: 'create an order' }],
    dependencies: [{ name: 'postgres', required: true, check: () => Promise.resolve(true) }],
    ...opts,
  });
  const server = createServer((req, res) => {
    if (override?.(req, res)) return;
    if (runtime.handle(req, res)) return;
    runtime.recordRequest(404);
    res.writeHead(404).end();
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Overrides one route with a fixed JSON body (or any text with its content-type). */
function answer(
  method: string,
  path: string,
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== method || req.url !== path) return false;
    req.resume();
    res.writeHead(status, { 'content-type': contentType });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
    return true;
  };
}

const failed = (report: UdcReport) => report.checks.filter((c) => !c.ok).map((c) => c.id);
const check = (report: UdcReport, id: string) => report.checks.find((c) => c.id === id);

const validHealth = {
  status: 'active',
  service: 'orders',
  version: '1.2.0',
  uptime_seconds: 12,
  timestamp: '2025-03-01T12:00:00Z',
};
const validState = {
  uptime_seconds: 12,
  requests_total: 3,
  errors_total: 0,
  memory_rss_bytes: 1000,
  started_at: '2025-03-01T12:00:00Z',
  metrics: {},
};

describe('checkUdc', () => {
  it('passes every check of a service built with createUdcRuntime', async () => {
    const url = await udcService();

    const report = await checkUdc(url);

    expect(report.checks.map((c) => c.id)).toEqual(ALL_CHECKS);
    expect(failed(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, udc_version: '1.0', url: `${url}/` });
    expect(check(report, 'message_valid')?.status).toBe(202);
    expect(check(report, 'message_invalid')?.status).toBe(400);
  });

  it('keeps no connection pool per checked service (never the global fetch, whose pools per origin live forever)', async () => {
    const globalFetch = jest.spyOn(globalThis, 'fetch');
    try {
      const urls = [await udcService(), await udcService(), await udcService()];
      for (const url of urls) expect(failed(await checkUdc(url))).toEqual([]);
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      globalFetch.mockRestore();
    }
  });

  it('fails only the dependencies check when /dependencies answers 404', async () => {
    const url = await udcService(answer('GET', '/dependencies', 404, { error: 'not found' }));

    const report = await checkUdc(url);

    expect(report.ok).toBe(false);
    expect(failed(report)).toEqual(['dependencies']);
    expect(check(report, 'dependencies')).toMatchObject({ status: 404, message: 'expected 200, got 404' });
  });

  it('fails only the health check when the status is "ok"', async () => {
    const url = await udcService(answer('GET', '/health', 200, { ...validHealth, status: 'ok' }));

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['health']);
    expect(check(report, 'health')?.errors).toEqual(['/status must be equal to one of the allowed values']);
  });

  it('fails only the state check when uptime_seconds is a string', async () => {
    const url = await udcService(answer('GET', '/state', 200, { ...validState, uptime_seconds: '12' }));

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['state']);
    expect(check(report, 'state')?.errors).toEqual(['/uptime_seconds must be number']);
  });

  it('fails only message_invalid when /message accepts garbage with 202', async () => {
    const acceptsAnything: Override = (req, res) => {
      if (req.method !== 'POST' || req.url !== '/message') return false;
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        let id = 'anything';
        try {
          id = (JSON.parse(text) as { message_id: string }).message_id;
        } catch {
          // Garbage in, a made-up id out: exactly the behaviour under test.
        }
        res.writeHead(202, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ accepted: true, message_id: id }));
      });
      return true;
    };
    const url = await udcService(acceptsAnything);

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['message_invalid']);
    expect(check(report, 'message_invalid')?.message).toMatch(/^accepts garbage: 202 for/);
  });

  it('fails message_invalid with "expected 400" when an invalid envelope gets a 500', async () => {
    const url = await udcService((req, res) => {
      if (req.method !== 'POST' || req.url !== '/message') return false;
      req.resume();
      // Only the probe envelope carries "type"; every invalid one crashes this service.
      res.writeHead(500, { 'content-type': 'application/json' }).end('{}');
      return true;
    });

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['message_valid', 'message_invalid']);
    expect(check(report, 'message_invalid')?.message).toMatch(/^expected 400: 500 for/);
  });

  it('fails only the capabilities check when it answers HTML', async () => {
    const url = await udcService(
      answer('GET', '/capabilities', 200, '<html>hi</html>', 'text/html; charset=utf-8'),
    );

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['capabilities']);
    expect(check(report, 'capabilities')?.message).toBe(
      'expected a JSON body, got content-type "text/html; charset=utf-8"',
    );
  });

  it('fails a check whose body claims JSON but does not parse', async () => {
    const url = await udcService(answer('GET', '/state', 200, '{"uptime_seconds": 1,'));

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['state']);
    expect(check(report, 'state')?.message).toMatch(/^body is not valid JSON/);
  });

  it('fails only the state check with a timeout message when /state is slower than the timeout', async () => {
    const url = await udcService((req, res) => {
      if (req.url !== '/state') return false;
      const timer = setTimeout(() => res.writeHead(200).end(JSON.stringify(validState)), 1000);
      timers.add(timer);
      return true;
    });

    const report = await checkUdc(url, { timeoutMs: 200 });

    expect(failed(report)).toEqual(['state']);
    expect(check(report, 'state')?.message).toBe('timed out after 200 ms');
  });

  it('fails every check with "connection refused" when nothing listens on the port', async () => {
    const url = await udcService();
    const server = servers.pop() as Server;
    server.close();
    await once(server, 'close');

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(ALL_CHECKS);
    for (const c of report.checks) expect(c.message).toMatch(/^connection refused/);
  });

  it('passes a degraded service, unless active is required', async () => {
    const url = await udcService(undefined, { health: () => 'degraded' });

    const lenient = await checkUdc(url);
    const strict = await checkUdc(url, { requireActive: true });

    expect(failed(lenient)).toEqual([]);
    expect(failed(strict)).toEqual(['health']);
    expect(check(strict, 'health')?.message).toBe('status is "degraded", but "active" is required');
  });

  it('fails the dependencies check when all_required_up contradicts the list', async () => {
    const url = await udcService(
      answer('GET', '/dependencies', 200, {
        dependencies: [{ name: 'postgres', status: 'down', required: true, latency_ms: 3 }],
        all_required_up: true,
      }),
    );

    const report = await checkUdc(url);

    expect(failed(report)).toEqual(['dependencies']);
    expect(check(report, 'dependencies')?.message).toMatch(/^all_required_up is true but/);
  });

  it('probes under a path prefix of the base URL', async () => {
    const inner = createUdcRuntime({
      service: 's',
      version: '1',
      features: [],
      endpoints: [],
      dependencies: [],
    });
    const url = await udcService((req, res) => {
      if (!req.url?.startsWith('/svc/')) return false;
      req.url = req.url.slice('/svc'.length);
      return inner.handle(req, res);
    });

    const report = await checkUdc(`${url}/svc`);

    expect(failed(report)).toEqual([]);
  });

  it('throws for a base URL that is not http(s)', async () => {
    await expect(checkUdc('ftp://example.com')).rejects.toThrow(TypeError);
  });
});

describe('formatReport', () => {
  it('prints one line per check and a summary naming the verdict', async () => {
    const url = await udcService(answer('GET', '/health', 200, { ...validHealth, status: 'ok' }));
    const report = await checkUdc(url);

    const lines = formatReport(report).split('\n');

    expect(lines).toHaveLength(ALL_CHECKS.length + 1);
    expect(lines[0]).toMatch(
      /^✗ GET \/health\s+does not match the UDC schema: \/status must be equal .* \(\d+ ms\)$/,
    );
    expect(lines[1]).toMatch(/^✓ GET \/capabilities\s+1 features, 1 endpoints \(\d+ ms\)$/);
    expect(lines[6]).toBe(`NOT UDC v1 compliant: 5/6 checks passed for ${url}/ in ${report.duration_ms} ms`);
  });
});
