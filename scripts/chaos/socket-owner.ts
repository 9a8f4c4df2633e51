import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** A process that may own a socket: a service of the run, by name and pid. */
export interface SocketOwnerCandidate {
  name: string;
  pid: number;
}

/** The inode of the loopback TCP socket whose local port is `clientPort` and remote port `serverPort`. */
function socketInode(clientPort: number, serverPort: number): string | null {
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const local = parseInt(cols[1].split(':').pop() ?? '', 16);
      const remote = parseInt(cols[2].split(':').pop() ?? '', 16);
      if (local === clientPort && remote === serverPort) return cols[9];
    }
  }
  return null;
}

/**
 * Which of `candidates` holds the client end of a loopback connection to this host's `serverPort` from
 * `clientPort` (from /proc: the socket's inode in the TCP table, then the process whose descriptors include
 * it). Null when it cannot be told: no /proc, the process already gone, or a process not among the candidates.
 * Synchronous, so it reads /proc while the connection is known to be open.
 */
export function socketOwner(
  clientPort: number,
  serverPort: number,
  candidates: SocketOwnerCandidate[],
): SocketOwnerCandidate | null {
  const inode = socketInode(clientPort, serverPort);
  if (!inode) return null;
  const wanted = `socket:[${inode}]`;
  for (const candidate of candidates) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${candidate.pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${candidate.pid}/fd/${fd}`) === wanted) return candidate;
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}
