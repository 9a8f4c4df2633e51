import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../sandbox';
import { runReleaseTests } from './release-tests';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function workTree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'release-tests-'));
  dirs.push(dir);
  await mkdir(join(dir, 'tests'));
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
  return dir;
}

const HEAD = "const { test } = require('node:test');\nconst assert = require('node:assert/strict');\n";
// Each file claims a module-level flag that must be unset: module state passed between files fails one.
const CLAIMS =
  "const shared = require('./shared.js');\nassert.equal(shared.claimed, false); shared.claimed = true;\n";

async function run(files: Record<string, string>, names: string[]) {
  const sandbox = await createSandbox('process');
  return runReleaseTests(sandbox, names, {
    workDir: await workTree(files),
    timeoutMs: 30_000,
    signal: new AbortController().signal,
  });
}

describe('runReleaseTests', () => {
  it("sums the files, each loading the work dir's modules afresh", async () => {
    const tested = await run(
      {
        'tests/shared.js': 'module.exports = { claimed: false };\n',
        'tests/a.test.js': `${HEAD}${CLAIMS}test('a1', () => {});\ntest('a2', () => {});\n`,
        'tests/b.test.js': `${HEAD}${CLAIMS}test('b1', () => {});\n`,
      },
      ['tests/a.test.js', 'tests/b.test.js'],
    );
    expect(tested.outcome).toBe('ok');
    expect(tested.tap).toMatchObject({ total: 3, passed: 3, failed: 0, failures: [] });
    expect(tested.tap.passedNames.sort()).toEqual(['a1', 'a2', 'b1']);
    expect(tested.log).toContain('# files: tests/a.test.js tests/b.test.js');
  });

  it('reports failing tests by name and a file that throws while loading as a failure of its own', async () => {
    const tested = await run(
      {
        'tests/a.test.js': `${HEAD}test('adds', () => assert.equal(1 + 1, 3));\ntest('ok', () => {});\n`,
        'tests/b.test.js': "throw new Error('cannot load');\n",
      },
      ['tests/a.test.js', 'tests/b.test.js'],
    );
    expect(tested.outcome).toBe('failed');
    expect(tested.tap.passed).toBe(1);
    expect(tested.tap.failed).toBe(2);
    expect(tested.tap.failures.map((f) => f.test)).toEqual(['adds', '(load of tests/b.test.js)']);
    expect(tested.tap.failures[1].message).toContain('cannot load');
  });

  it('still runs the files after one that throws while loading', async () => {
    const tested = await run(
      {
        'tests/a.test.js': "throw new Error('cannot load');\n",
        'tests/b.test.js': `${HEAD}test('b1', () => {});\n`,
      },
      ['tests/a.test.js', 'tests/b.test.js'],
    );
    expect(tested.tap.passedNames).toEqual(['b1']);
    expect(tested.tap.failures.map((f) => f.test)).toEqual(['(load of tests/a.test.js)']);
  });

  it('counts a run that ends without a failing test (a crash after the tests) as a failure', async () => {
    const tested = await run(
      { 'tests/a.test.js': `${HEAD}test('a1', () => {});\nsetTimeout(() => process.exit(3), 50);\n` },
      ['tests/a.test.js'],
    );
    expect(tested.outcome).toBe('failed');
    expect(tested.tap.failures.map((f) => f.test)).toEqual(['(test run of tests/a.test.js)']);
  });
});
