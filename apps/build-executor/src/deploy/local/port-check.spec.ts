import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { isPortFree } from './port-check';

describe('isPortFree', () => {
  it('is false while something listens on the port and true once it is released', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    await expect(isPortFree('127.0.0.1', port)).resolves.toBe(false);

    await new Promise((resolve) => server.close(resolve));
    await expect(isPortFree('127.0.0.1', port)).resolves.toBe(true);
  });

  it('throws for an address this machine does not have, rather than calling the port busy', async () => {
    await expect(isPortFree('192.0.2.1', 9)).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' });
  });
});
