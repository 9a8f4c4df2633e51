import { ProcessHelper } from './process-helper';

const base = { cwd: '/', env: { PATH: '/usr/bin:/bin' }, input: '', timeoutMs: 30_000 };

describe('ProcessHelper', () => {
  it('runs a command with its arguments, environment and stdin, and returns its exit code and output', async () => {
    const helper = new ProcessHelper();

    const result = await helper.run({
      ...base,
      file: '/bin/sh',
      args: ['-c', 'read line; echo "$line $GREETING $0"; echo oops >&2; exit 3', 'arg0'],
      env: { ...base.env, GREETING: 'hello' },
      input: 'from-stdin\n',
    });

    expect(result).toEqual({ code: 3, stdout: 'from-stdin hello arg0\n', stderr: 'oops\n' });
  });

  it('kills a command at its time limit (no exit code)', async () => {
    const helper = new ProcessHelper();

    const result = await helper.run({ ...base, file: '/bin/sleep', args: ['60'], timeoutMs: 200 });

    expect(result.code).toBeNull();
  });

  it('rejects a program that cannot be started', async () => {
    const helper = new ProcessHelper();

    await expect(helper.run({ ...base, file: '/nonexistent/program', args: [] })).rejects.toThrow(/ENOENT/);
  });

  it('runs commands side by side and keeps each answer with its command', async () => {
    const helper = new ProcessHelper();

    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((word) => helper.run({ ...base, file: '/bin/echo', args: [word] })),
    );

    expect(results.map((r) => r.stdout)).toEqual(['a\n', 'b\n', 'c\n', 'd\n']);
  });

  it('fails the commands of a helper that dies and starts a new helper for the next one', async () => {
    const helper = new ProcessHelper();
    // The helper's own pid: the parent of the shell it starts.
    const first = await helper.run({ ...base, file: '/bin/sh', args: ['-c', 'echo $PPID'] });
    const helperPid = Number(first.stdout.trim());

    const running = helper.run({ ...base, file: '/bin/sleep', args: ['60'] });
    process.kill(helperPid, 'SIGKILL');

    await expect(running).rejects.toThrow(/helper exited/);
    const next = await helper.run({ ...base, file: '/bin/echo', args: ['again'] });
    expect(next.stdout).toBe('again\n');
  });
});
