import { createServer } from 'node:net';

/**
 * True when `port` can be bound on `host` right now. Binding is the only check that also sees processes we
 * know nothing about; a refusal other than "in use" (no such address, no permission) is thrown.
 */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') resolve(false);
      else reject(err);
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
