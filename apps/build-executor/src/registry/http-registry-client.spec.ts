import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRegistryClient, RegistryClientError } from './http-registry-client';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback server whose answer each test scripts. */
async function fakeRegistry(handler: Handler): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const service = {
  name: 'orders',
  version: '1.0.0',
  url: 'http://127.0.0.1:9100',
  udc_version: '1.0',
  status: 'active',
  heartbeat_interval_seconds: 10,
};

async function rejection(promise: Promise<unknown>): Promise<RegistryClientError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RegistryClientError);
  return err as RegistryClientError;
}

describe('HttpRegistryClient', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  async function clientFor(handler: Handler, timeoutMs = 2000): Promise<HttpRegistryClient> {
    const fake = await fakeRegistry(handler);
    close = fake.close;
    return new HttpRegistryClient({ baseUrl: `${fake.url}/`, timeoutMs });
  }

  it('sends the entry and tells a new registration from a replacement', async () => {
    const seen: { method?: string; url?: string; body?: string } = {};
    const client = await clientFor((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        Object.assign(seen, { method: req.method, url: req.url, body });
        json(res, 201, service);
      });
    });
    const result = await client.register({ name: 'orders' } as never);
    expect(result).toEqual({ service, created: true });
    expect(seen).toEqual({ method: 'POST', url: '/registry/register', body: '{"name":"orders"}' });
  });

  it('keeps the registry error code of a refused heartbeat, as a permanent error', async () => {
    const client = await clientFor((_req, res) =>
      json(res, 404, { error: { code: 'SERVICE_NOT_FOUND', message: "service 'x y' is not registered" } }),
    );
    const err = await rejection(client.heartbeat('x y'));
    expect(err.code).toBe('SERVICE_NOT_FOUND');
    expect(err.transient).toBe(false);
    expect(err.details).toMatchObject({ method: 'POST', status: 404 });
    expect((err.details as { url: string }).url).toMatch(/\/registry\/heartbeat\/x%20y$/);
  });

  it('answers null and false for an unknown name on get and deregister', async () => {
    const client = await clientFor((_req, res) =>
      json(res, 404, { error: { code: 'SERVICE_NOT_FOUND', message: 'no' } }),
    );
    await expect(client.get('ghost')).resolves.toBeNull();
    await expect(client.deregister('ghost')).resolves.toBe(false);
  });

  it('lists with a status filter', async () => {
    let url = '';
    const client = await clientFor((req, res) => {
      url = req.url ?? '';
      json(res, 200, { services: [service] });
    });
    await expect(client.list({ status: 'stale' })).resolves.toEqual([service]);
    expect(url).toBe('/registry/services?status=stale');
  });

  it('reports a timeout as a transient SERVICE_UNAVAILABLE', async () => {
    const client = await clientFor(() => undefined, 100);
    const err = await rejection(client.get('orders'));
    expect(err.code).toBe('SERVICE_UNAVAILABLE');
    expect(err.transient).toBe(true);
    expect(err.message).toContain('timed out after 100 ms');
  });

  it('reports a refused connection as a transient SERVICE_UNAVAILABLE naming the cause', async () => {
    const fake = await fakeRegistry(() => undefined);
    await fake.close();
    const err = await rejection(new HttpRegistryClient({ baseUrl: fake.url }).list());
    expect(err.code).toBe('SERVICE_UNAVAILABLE');
    expect(err.transient).toBe(true);
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('treats a 5xx and an answer that is not the contract as the registry failing', async () => {
    const bad = await clientFor((req, res) => {
      if (req.url === '/registry/services') json(res, 200, { nope: true });
      else {
        res.writeHead(502);
        res.end('bad gateway');
      }
    });
    const gateway = await rejection(bad.heartbeat('orders'));
    expect(gateway).toMatchObject({ code: 'SERVICE_UNAVAILABLE', transient: true });
    expect(gateway.details).toMatchObject({ status: 502, remote: 'bad gateway' });
    await expect(rejection(bad.list())).resolves.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
