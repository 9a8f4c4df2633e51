import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { listProcesses } from './process-table';

/** What `ps` says of `pid`: the independent reading the table must agree with. */
function psOf(pid: number) {
  const out = spawnSync('ps', ['-o', 'pid=,ppid=,pgid=,sid=,ruid=,nlwp=', '-p', String(pid)], {
    encoding: 'utf8',
  }).stdout.trim();
  const [p, ppid, pgid, sid, uid, threads] = out.split(/\s+/).map(Number);
  return { pid: p, ppid, pgid, sid, uid, threads };
}

describe('listProcesses', () => {
  it('reads parent, group, session, real uid and threads as ps does, for a process leading its own session', async () => {
    // setsid makes the child lead a new session and group: pgid and sid differ from ours.
    const child = spawn('setsid', ['sleep', '30'], { stdio: 'ignore' });
    let pid: number | undefined;
    try {
      // Until setsid has made its session (before that the child is still in ours).
      const leading = () => listProcesses().find((e) => e.pid === child.pid && e.sid === e.pid);
      let entry = leading();
      for (let i = 0; i < 250 && !entry; i++) {
        await new Promise((r) => setTimeout(r, 20));
        entry = leading();
      }
      if (!entry) throw new Error('the setsid child never showed as leading its own session');
      pid = entry.pid;
      const seen = psOf(entry.pid);
      expect(entry).toEqual(seen);
      expect(entry.sid).not.toBe(psOf(process.pid).sid);
    } finally {
      child.kill('SIGKILL');
      if (pid) process.kill(pid, 'SIGKILL');
    }
  });

  it('agrees with ps on this process and leaves exited ones out', async () => {
    // Threads left out: a Node process starts and ends threads of its own between two reads.
    const { threads: _t1, ...mine } = listProcesses().find((e) => e.pid === process.pid)!;
    const { threads: _t2, ...ps } = psOf(process.pid);
    expect(mine).toEqual(ps);
    const child = spawn('true');
    await once(child, 'exit');
    // Exited (a zombie until reaped, or gone): never listed as live.
    expect(listProcesses().some((e) => e.pid === child.pid)).toBe(false);
  });
});
