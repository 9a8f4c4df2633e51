import { createServer, type AddressInfo, type Server } from 'node:net';
import { freePort } from '@sf/platform';
import type { DeploymentStatus } from '../deployment.types';
import { PortReservations } from './port-reservations';
import { newSupervised, type Supervised } from './supervisor-state';

function deployed(name: string, port: number, status: DeploymentStatus = 'running'): Supervised {
  return newSupervised({
    deployment: {
      name,
      target: 'local',
      release_id: 'r1',
      release_dir: `/srv/${name}/r1`,
      url: `http://127.0.0.1:${port}`,
      host: '127.0.0.1',
      port,
      pid: null,
      status,
      restarts: 0,
      started_at: '2025-06-01T12:00:00.000Z',
      previous_release: null,
      log_path: `/data/deployments/${name}/r1/service.log`,
      last_exit: null,
      last_swap: null,
    },
    env: {},
    previous_env: null,
    staging: null,
  });
}

describe('PortReservations', () => {
  let supervised: Map<string, Supervised>;
  let ports: PortReservations;

  beforeEach(() => {
    supervised = new Map();
    ports = new PortReservations(supervised, '127.0.0.1');
  });

  it('refuses the port of another deployment with PORT_IN_USE naming it, but not its own port', async () => {
    const port = await freePort();
    supervised.set('orders', deployed('orders', port));

    await expect(ports.reserve('billing', port, null)).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      details: { port, held_by: 'orders' },
    });
    await expect(ports.reserve('orders', port, supervised.get('orders')!)).resolves.toBeUndefined();
  });

  it('lets a service take the port of a stopped deployment', async () => {
    const port = await freePort();
    supervised.set('orders', deployed('orders', port, 'stopped'));

    await expect(ports.reserve('billing', port, null)).resolves.toBeUndefined();
  });

  it('refuses a port reserved by a deploy in flight until that deploy releases it', async () => {
    const port = await freePort();
    await ports.reserve('orders', port, null);

    await expect(ports.reserve('billing', port, null)).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      details: { held_by: 'orders' },
    });
    ports.release('billing', port);
    await expect(ports.reserve('billing', port, null)).rejects.toMatchObject({ code: 'PORT_IN_USE' });

    ports.release('orders', port);
    await expect(ports.reserve('billing', port, null)).resolves.toBeUndefined();
  });

  describe('with a foreign process on the port', () => {
    let server: Server;
    let port: number;

    beforeEach(async () => {
      server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });

    afterEach(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('refuses it with PORT_IN_USE held by nobody, and keeps no reservation', async () => {
      await expect(ports.reserve('orders', port, null)).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        details: { port, held_by: null },
      });
      await expect(ports.reserve('billing', port, null)).rejects.toMatchObject({
        details: { held_by: null },
      });
    });
  });
});
