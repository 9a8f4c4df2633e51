import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, testRedisUrl } from '../support/harness';

/*
 * The golden-intent evaluation on a fast subset, as CI runs it: `npm run eval` (compiled) starts both services
 * on the test Redis, submits these intents, probes everything deployed with the hand-written probes, and must
 * find no unfaithful deploy. The subset mixes intents that spell the API out, free text, another language,
 * injection-like text and intents the rule-based generator must refuse; six of them must deploy faithfully, so
 * a gate that refuses everything fails here too.
 */
const SUBSET = [
  'temperature-convert-spelled',
  'roman-numerals-spelled',
  'bookmarks-spelled',
  'notes-free',
  'todo-done-free',
  'celsius-to-fahrenheit-free',
  'tip-split-free',
  'km-to-miles-free',
  'numeros-romanos-es',
  'team-todo-injection',
  'word-count-injection',
  'face-recognition-refuse',
  'klingon-translator-refuse',
  'real-sqrt-negative-refuse',
  'length-contradiction-refuse',
];
// The injection intents deploy their real features with the instruction set aside; their probes check that
// nothing it asked for (GET /admin, DELETE /everything) is served.
const FAITHFUL = [
  'notes-free',
  'todo-done-free',
  'bookmarks-spelled',
  'celsius-to-fahrenheit-free',
  'team-todo-injection',
  'word-count-injection',
];

interface Report {
  summary: { intents: number; unfaithful: number; faithful: number; timeouts: number };
  results: { id: string; outcome: string; expect: string; reason?: string }[];
}

function runEval(out: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [join('dist', 'scripts', 'eval', 'run.js'), '--only', SUBSET.join(','), '--out', out, '--timeout', '90'],
    { env: { ...process.env, REDIS_URL: testRedisUrl(), LLM_PROVIDER: 'offline' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('npm run eval on the CI subset', () => {
  it('deploys nothing unfaithful: every deployed service passes its probes, the rest are refused', async () => {
    const dir = await tempDir('eval-subset');
    try {
      const run = await runEval(dir.path);
      const file = (await readdir(dir.path)).find((f) => f.endsWith('.json'));
      expect({ code: run.code, report: file !== undefined }).toEqual({ code: 0, report: true });
      const report = JSON.parse(await readFile(join(dir.path, file ?? ''), 'utf8')) as Report;

      expect(report.summary.intents).toBe(SUBSET.length);
      expect(report.summary.timeouts).toBe(0);
      expect(report.results.filter((r) => r.outcome === 'unfaithful')).toEqual([]);
      for (const r of report.results.filter((x) => x.expect === 'refuse')) {
        expect([r.id, r.outcome]).toEqual([r.id, 'refused']);
        expect(r.reason).toEqual(expect.any(String));
      }
      const faithful = report.results.filter((r) => r.outcome === 'faithful').map((r) => r.id);
      expect(faithful).toEqual(expect.arrayContaining(FAITHFUL));
    } finally {
      await dir.remove();
    }
  }, 300_000);
});
