import { existsSync, readFileSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import type { Workspace, WorkspaceFile } from './workspace';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  sourceMap: false,
};

/**
 * Transpiles generated TypeScript to JavaScript file by file (no type-check, and nothing of the generated
 * code runs: safe outside the sandbox). Non-TS files are copied; `.d.ts` files are dropped.
 */
export function transpile(files: WorkspaceFile[]): WorkspaceFile[] {
  return files
    .filter((f) => !f.path.endsWith('.d.ts'))
    .map((f) =>
      f.path.endsWith('.ts')
        ? {
            path: f.path.replace(/\.ts$/, '.js'),
            content: ts.transpileModule(f.content, { compilerOptions: COMPILER_OPTIONS, fileName: f.path })
              .outputText,
          }
        : f,
    );
}

let udcRuntime: string | null = null;

/**
 * The UDC server runtime generated services require (`udc-core.js`): the compiled file when running from
 * `dist/`, else the TypeScript source transpiled (tests run from source). It has no imports of its own.
 */
export function udcRuntimeSource(): string {
  if (udcRuntime) return udcRuntime;
  const base = join(__dirname, '..', '..', '..', '..', 'libs', 'udc', 'src', 'server', 'udc-core');
  udcRuntime = existsSync(`${base}.js`)
    ? readFileSync(`${base}.js`, 'utf8')
    : transpile([{ path: 'udc-core.ts', content: readFileSync(`${base}.ts`, 'utf8') }])[0].content;
  return udcRuntime;
}

/** Where the generated project keeps its code and the name the UDC runtime must have beside it. */
export interface SourceLayout {
  sourceDir: string;
  udcRuntime: string;
}

/** Writes the transpiled project (sources, tests, UDC runtime) to the work dir the sandbox runs. */
export async function buildWorkTree(
  ws: Workspace,
  files: WorkspaceFile[],
  layout: SourceLayout,
): Promise<void> {
  const js = transpile(files);
  js.push({ path: `${layout.sourceDir}/${layout.udcRuntime}`, content: udcRuntimeSource() });
  js.push({ path: 'package.json', content: JSON.stringify({ private: true, type: 'commonjs' }, null, 2) });
  await ws.writeTree(ws.workDir, js);
}

/** The release: the transpiled sources alone, runnable with `node main.js`. */
export async function assembleRelease(
  ws: Workspace,
  layout: SourceLayout,
  meta: { name: string; version: string },
): Promise<void> {
  await ws.writeTree(ws.releaseDir, []);
  await cp(join(ws.workDir, layout.sourceDir), ws.releaseDir, { recursive: true });
  await writeFile(
    join(ws.releaseDir, 'package.json'),
    JSON.stringify(
      { name: meta.name, version: meta.version, private: true, type: 'commonjs', main: 'main.js' },
      null,
      2,
    ),
  );
}
