import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probeHealth } from './health-probe';

describe('probeHealth', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  async function serve(listener: RequestListener): Promise<string> {
    server = createServer(listener);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('is ok for 200 with status active', async () => {
    const url = await serve((req, res) => res.end(req.url === '/health' ? '{"status":"active"}' : '{}'));
    await expect(probeHealth(url, 1000)).resolves.toMatchObject({
      ok: true,
      http_status: 200,
      reported: 'active',
      error: null,
    });
  });

  it('is not ok for degraded, a 503 or a body that is not JSON', async () => {
    const answers = [
      [200, '{"status":"degraded"}'],
      [503, '{"status":"active"}'],
      [200, 'fine'],
    ] as const;
    let next = 0;
    const url = await serve((_req, res) => {
      const [status, body] = answers[next++];
      res.writeHead(status);
      res.end(body);
    });
    const results = [
      await probeHealth(url, 1000),
      await probeHealth(url, 1000),
      await probeHealth(url, 1000),
    ];
    expect(results.map((r) => [r.ok, r.http_status, r.reported])).toEqual([
      [false, 200, 'degraded'],
      [false, 503, 'active'],
      [false, 200, null],
    ]);
  });

  it('gives up after the timeout on a service that never answers', async () => {
    const url = await serve(() => undefined);
    const result = await probeHealth(url, 100);
    expect(result).toMatchObject({ ok: false, http_status: null });
    expect(result.error).toContain('no answer within 100 ms');
  });

  it('reports a refused connection', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    await expect(probeHealth(url, 1000)).resolves.toMatchObject({ ok: false, error: 'ECONNREFUSED' });
  });
});
