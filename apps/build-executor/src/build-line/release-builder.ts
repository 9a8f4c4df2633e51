import { readFileSync } from 'node:fs';
import { UDC_RUNTIME_FILE } from '@sf/udc';
import { transform } from 'esbuild';
import { releaseDigest, type ReleaseDigest } from '../deploy/release-digest';
import { ContentCache } from './content-cache';
import type { Workspace, WorkspaceFile } from './workspace';

/** One process's transpiled files: a build's test tree, release and git commit transpile the same sources. */
const transpiled = new ContentCache();

/**
 * One file to CommonJS for the Node version the services run on, by esbuild: types stripped, imports of
 * built-ins and of the service's own files as `require` with Node's interop. The TypeScript compiler did the
 * same (`transpileModule`) for about four times the CPU, which the executor's one thread paid on every build
 * (measured on a generated notes service: ~150 ms vs ~35 ms per build, esbuild's own process included).
 * Asynchronous: esbuild's synchronous call blocks the executor's thread until its process answers (30–70 ms
 * per build), while other builds' work waits; a build's files are transpiled at once, in esbuild's threads.
 * A file esbuild cannot parse becomes one that throws its syntax errors when loaded: the sandboxed test run
 * fails on it, naming the file and line, and the repair loop gets that failure like any other.
 */
async function transpileOne(path: string, content: string): Promise<string> {
  try {
    const out = await transform(content, {
      loader: 'ts',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcefile: path,
      logLevel: 'silent',
    });
    return out.code;
  } catch (err) {
    const errors = (err as { errors?: { text: string; location: { line: number; column: number } | null }[] })
      .errors;
    if (!errors || errors.length === 0) throw err;
    const where = (e: (typeof errors)[number]) =>
      e.location ? `${path}:${e.location.line}:${e.location.column + 1}` : path;
    const message = errors.map((e) => `${where(e)}: ${e.text}`).join('\n');
    return `throw new SyntaxError(${JSON.stringify(message)});\n`;
  }
}

/**
 * Transpiles generated TypeScript to JavaScript file by file (no type-check, and nothing of the generated
 * code runs: safe outside the sandbox). Non-TS files are copied; `.d.ts` files are dropped. Deterministic
 * for a path and content, so outputs are reused from {@link ContentCache}.
 */
export function transpile(files: WorkspaceFile[]): Promise<WorkspaceFile[]> {
  return Promise.all(
    files
      .filter((f) => !f.path.endsWith('.d.ts'))
      .map(async (f) =>
        f.path.endsWith('.ts')
          ? {
              path: f.path.replace(/\.ts$/, '.js'),
              content: await transpiled.get(f.path, f.content, transpileOne),
            }
          : f,
      ),
  );
}

let udcRuntime: Promise<string> | null = null;

/**
 * The UDC server runtime generated services require (`udc-core.js`): the compiled file when running from
 * `dist/`, else the TypeScript source transpiled (tests run from source). It has no imports of its own.
 */
export function udcRuntimeSource(): Promise<string> {
  udcRuntime ??= (async () => {
    const source = readFileSync(UDC_RUNTIME_FILE, 'utf8');
    return UDC_RUNTIME_FILE.endsWith('.js')
      ? source
      : (await transpile([{ path: 'udc-core.ts', content: source }]))[0].content;
  })();
  return udcRuntime;
}

/** How the generated project maps onto a runnable tree (from `GENERATED_LAYOUT` / `releasePathFor`). */
export interface ReleaseLayout {
  /** Release-relative path of a generated file, or null when it only serves type-checking. */
  releasePathFor(path: string): string | null;
  /** File name the UDC runtime must have at the release root. */
  udcRuntime: string;
  /** Directory (release-relative) of the tests, left out of the release itself. */
  testDir: string;
}

/** The runnable tree the sandbox tests: the release layout plus its tests and the UDC runtime. */
async function workTreeFiles(files: WorkspaceFile[], layout: ReleaseLayout): Promise<WorkspaceFile[]> {
  const placed = files.flatMap((file) => {
    const target = layout.releasePathFor(file.path);
    return target ? [{ file, target }] : [];
  });
  const js = await transpile(placed.map((p) => p.file));
  const tree: WorkspaceFile[] = placed.map((p, i) => ({ path: p.target, content: js[i].content }));
  tree.push({ path: layout.udcRuntime, content: await udcRuntimeSource() });
  if (!tree.some((f) => f.path === 'package.json')) {
    tree.push({
      path: 'package.json',
      content: JSON.stringify({ private: true, type: 'commonjs' }, null, 2),
    });
  }
  return tree;
}

/** Writes the runnable tree the sandbox tests: the release layout plus its tests and the UDC runtime. */
export async function buildWorkTree(
  ws: Workspace,
  files: WorkspaceFile[],
  layout: ReleaseLayout,
  dir: string = ws.workDir,
): Promise<void> {
  await ws.writeTree(dir, await workTreeFiles(files, layout));
}

/** Checkpoint of the release recorded when its tests passed ({@link TestedRelease}). */
export const TESTED_RELEASE_CHECKPOINT = 'release';

/** What was recorded of the release when its tests passed (checkpoint {@link TESTED_RELEASE_CHECKPOINT}). */
export interface TestedRelease extends ReleaseDigest {
  /** The test run that passed with it. */
  run: number;
  /** ISO-8601. */
  recorded_at: string;
}

/**
 * Writes the release of a build whose tests just passed, straight from the sources they ran from (never
 * copied out of the work dir, which the tests could write), and returns its digest: the tree the tests ran
 * without its tests. Transpiling is deterministic, so it is byte for byte the code under test.
 */
export async function writeTestedRelease(
  ws: Workspace,
  files: WorkspaceFile[],
  layout: ReleaseLayout,
  run: number,
): Promise<TestedRelease> {
  await writeReleaseTree(ws, files, layout);
  // In Redis before it is recorded as tested: a replica that resumes the build rebuilds it from there.
  await ws.storeRelease();
  return { ...(await releaseDigest(ws.releaseDir)), run, recorded_at: new Date().toISOString() };
}

/**
 * Records the candidate written before the tests ({@link writeReleaseCandidate}, from the sources they ran) as
 * the tested release when its tree still has the candidate's digest: writing it again from the same sources
 * would give the same bytes. Null when the tree changed; the caller then writes it ({@link writeTestedRelease}).
 * Only once nothing runs the candidate any more (its UDC check ended).
 */
export async function recordTestedCandidate(
  ws: Workspace,
  candidate: ReleaseDigest,
  run: number,
): Promise<TestedRelease | null> {
  const digest = await releaseDigest(ws.releaseDir);
  if (digest.sha256 !== candidate.sha256) return null;
  await ws.storeRelease();
  return { ...digest, run, recorded_at: new Date().toISOString() };
}

/**
 * Writes the release of `files` (the runnable tree without its tests) into the build's release dir, not yet
 * recorded as tested: the candidate whose UDC check runs beside its tests. Returns its digest.
 */
export async function writeReleaseCandidate(
  ws: Workspace,
  files: WorkspaceFile[],
  layout: ReleaseLayout,
): Promise<ReleaseDigest> {
  await writeReleaseTree(ws, files, layout);
  return releaseDigest(ws.releaseDir);
}

async function writeReleaseTree(ws: Workspace, files: WorkspaceFile[], layout: ReleaseLayout): Promise<void> {
  return ws.writeTree(
    ws.releaseDir,
    (await workTreeFiles(files, layout)).filter((f) => !isTestPath(f.path, layout)),
  );
}

/**
 * The tests of the tree the sandbox ran, release-relative and transpiled like the release: what a release's
 * git repository keeps beside it, so `node --test` runs in a clone.
 */
export async function releaseTestFiles(
  files: WorkspaceFile[],
  layout: ReleaseLayout,
): Promise<WorkspaceFile[]> {
  return (await workTreeFiles(files, layout)).filter((f) => isTestPath(f.path, layout));
}

function isTestPath(path: string, layout: ReleaseLayout): boolean {
  return path === layout.testDir || path.startsWith(`${layout.testDir}/`);
}
