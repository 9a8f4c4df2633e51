import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transpile } from './release-builder';

/** Writes the transpiled files to a fresh directory and runs `entry` with node; its stdout, or the error. */
async function runTranspiled(files: { path: string; content: string }[], entry: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sf-transpile-'));
  try {
    for (const f of await transpile(files)) writeFileSync(join(dir, f.path), f.content);
    return execFileSync(process.execPath, [join(dir, entry)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    return `FAILED: ${String((err as { stderr?: string }).stderr ?? err)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('transpile (generated TypeScript → the JavaScript the sandbox runs)', () => {
  it('strips types and turns imports of built-ins and of sibling files into working CommonJS', async () => {
    const out = await runTranspiled(
      [
        {
          path: 'shapes.ts',
          content: [
            'export interface Box { w: number; h: number }',
            'export enum Unit { Cm = "cm", In = "in" }',
            'export function area(b: Box): number { return b.w * b.h; }',
            'export default class Label { constructor(private readonly text: string) {} show(): string { return `[${this.text}]`; } }',
          ].join('\n'),
        },
        {
          path: 'main.ts',
          content: [
            "import { createHash } from 'node:crypto';",
            "import path from 'node:path';",
            "import Label, { area, Unit, type Box } from './shapes';",
            'const box: Box = { w: 2, h: 3 };',
            "const digest = createHash('sha256').update('x').digest('hex').slice(0, 8);",
            "console.log(area(box), Unit.In, new Label('ok').show(), path.posix.join('a', 'b'), digest);",
          ].join('\n'),
        },
        { path: 'types.d.ts', content: 'declare const x: number;' },
        { path: 'data.json', content: '{"kept": true}' },
      ],
      'main.js',
    );

    expect(out.trim()).toBe('6 in [ok] a/b 2d711642');
  });

  it('drops declaration files and copies other files as they are', async () => {
    const files = await transpile([
      { path: 'a.d.ts', content: 'declare const x: number;' },
      { path: 'b.json', content: '{"b": 1}' },
    ]);

    expect(files).toEqual([{ path: 'b.json', content: '{"b": 1}' }]);
  });

  it('turns a file it cannot parse into one that throws its syntax errors, naming file and line, when loaded', async () => {
    const [broken] = await transpile([
      { path: 'src/broken.ts', content: 'const ok = 1;\nexport function f( {\n' },
    ]);

    expect(broken.path).toBe('src/broken.js');
    const out = await runTranspiled(
      [{ path: 'broken.ts', content: 'const ok = 1;\nexport function f( {\n' }],
      'broken.js',
    );
    expect(out).toMatch(/^FAILED: [\s\S]*SyntaxError: broken\.ts:3:1: Expected identifier/);
  });

  it('gives the same output for the same input (outputs are reused by content)', async () => {
    const file = { path: 'x.ts', content: 'export const n: number = 1;' };

    expect(await transpile([file])).toEqual(await transpile([{ ...file }]));
  });
});
