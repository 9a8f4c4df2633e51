import { once } from 'node:events';
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { socketOwner } from './socket-owner';

describe('socketOwner', () => {
  it('names the process holding the client end of a loopback connection, and no one for other ports', async () => {
    const accepted: Socket[] = [];
    const server = createServer((s) => accepted.push(s));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const serverPort = (server.address() as AddressInfo).port;
    const client = createConnection(serverPort, '127.0.0.1');
    await once(client, 'connect');
    try {
      const me = { name: 'this-test', pid: process.pid };
      const other = { name: 'parent', pid: process.ppid };
      expect(socketOwner(client.localPort as number, serverPort, [other, me])).toEqual(me);
      // The same client port towards another server port is no connection at all.
      expect(
        socketOwner(client.localPort as number, serverPort + 1 === 65536 ? 1 : serverPort + 1, [me]),
      ).toBeNull();
      // A connection held by no candidate: nobody.
      expect(socketOwner(client.localPort as number, serverPort, [other])).toBeNull();
    } finally {
      client.destroy();
      for (const s of accepted) s.destroy();
      server.close();
    }
  });
});
