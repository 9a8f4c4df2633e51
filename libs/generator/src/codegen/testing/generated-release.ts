import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import type { IntentInput } from '@sf/contracts';
import { extractContract, specSha256, verifySpec, type SpecContract } from '@sf/service-spec';
import {
  CODEGEN_OUTPUT_SCHEMA,
  GENERATED_LAYOUT,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  TESTGEN_OUTPUT_SCHEMA,
  releasePathFor,
  type GeneratedFile,
  type LlmClient,
} from '@sf/llm';

/*
 * Test-only helpers that do what the build line does with generated code: write the files, transpile every
 * `.ts` on its own with `ts.transpileModule`, copy the compiled UDC runtime beside, run `node --test` in a child
 * process with an empty environment, and type-check the sources with `tsc` semantics.
 */

const REPO = resolve(__dirname, '../../../../..');
const UDC_CORE = join(REPO, 'libs/udc/src/server/udc-core.ts');
const TRANSPILE: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };

/** A service intent with the defaults the seed uses. */
export function intentOf(
  partial: Partial<IntentInput> & Pick<IntentInput, 'service_name' | 'key_features'>,
): IntentInput {
  return {
    service_type: 'domain',
    priority: 'medium',
    purpose: '',
    dependencies: ['registry'],
    port: 8400,
    auto_build: true,
    approval_mode: 'auto',
    ...partial,
  };
}

/** The SPEC line's contract for an intent: offline draft, then optimize until ≥ 90 (at most 3 rounds). */
export async function specFor(
  client: LlmClient,
  intent: IntentInput,
): Promise<{ contract: SpecContract; sha256: string }> {
  let markdown = (
    await client.complete({ role: 'spec_builder', input: { intent }, schema: SPEC_DRAFT_OUTPUT_SCHEMA })
  ).output.spec_markdown;
  let verification = verifySpec(markdown, intent);
  for (let round = 0; verification.score < 90 && round < 3; round += 1) {
    const input = { intent, spec_markdown: markdown, verification };
    markdown = (await client.complete({ role: 'spec_optimizer', input, schema: SPEC_DRAFT_OUTPUT_SCHEMA }))
      .output.spec_markdown;
    verification = verifySpec(markdown, intent);
  }
  return { contract: extractContract(markdown), sha256: specSha256(markdown) };
}

/** codegen then testgen through the client (schemas validated), as the build line calls them. */
export async function generateProject(
  client: LlmClient,
  contract: SpecContract,
  sha256: string,
): Promise<GeneratedFile[]> {
  const code = await client.complete({
    role: 'codegen',
    input: { contract, spec_sha256: sha256 },
    schema: CODEGEN_OUTPUT_SCHEMA,
  });
  const tests = await client.complete({
    role: 'testgen',
    input: { contract, files: code.output.files },
    schema: TESTGEN_OUTPUT_SCHEMA,
  });
  return [...code.output.files, ...tests.output.files];
}

let udcCore: Promise<string> | undefined;

/** `libs/udc/src/server/udc-core.ts` compiled on its own (the repo's dist may not exist in unit runs). */
export function compiledUdcCore(): Promise<string> {
  udcCore ??= readFile(UDC_CORE, 'utf8').then(
    (source) => ts.transpileModule(source, { compilerOptions: TRANSPILE }).outputText,
  );
  return udcCore;
}

/** Writes files under `dir`. */
export async function writeFiles(dir: string, files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
}

/** Transpiled files by path and source: a mutant spec assembles one project many times with one file changed. */
const transpiledCache = new Map<string, { text: string; problems: string[] }>();

function transpiled(file: GeneratedFile): { text: string; problems: string[] } {
  const key = `${file.path}\0${createHash('sha256').update(file.content).digest('hex')}`;
  const known = transpiledCache.get(key);
  if (known) return known;
  const out = ts.transpileModule(file.content, {
    compilerOptions: TRANSPILE,
    fileName: file.path,
    reportDiagnostics: true,
  });
  const made = {
    text: out.outputText,
    problems: (out.diagnostics ?? []).map(
      (d) => `${file.path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    ),
  };
  transpiledCache.set(key, made);
  return made;
}

/**
 * Assembles a runnable release in `releaseDir` the way GENERATED_LAYOUT prescribes; returns the syntax
 * diagnostics transpiling reported (none expected).
 */
export async function assembleRelease(files: GeneratedFile[], releaseDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const target = releasePathFor(file.path);
    if (target === null) continue;
    let content = file.content;
    if (file.path.endsWith('.ts')) {
      const out = transpiled(file);
      problems.push(...out.problems);
      content = out.text;
    }
    await writeFiles(releaseDir, [{ path: target, content }]);
  }
  await writeFiles(releaseDir, [{ path: GENERATED_LAYOUT.udcRuntime, content: await compiledUdcCore() }]);
  return problems;
}

/** One `node --test` run of a release. */
export interface NodeTestRun {
  code: number | null;
  output: string;
  passed: string[];
  failed: string[];
}

/** Runs the release's test files with `node --test` (TAP) in a child process with an empty environment. */
export async function runNodeTests(
  releaseDir: string,
  files: readonly string[] = GENERATED_LAYOUT.releaseTests,
): Promise<NodeTestRun> {
  const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...files], {
    cwd: releaseDir,
    env: {},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // A bound on a hang, not on speed: a loaded machine (CI beside other work) can take minutes.
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  const passed: string[] = [];
  const failed: string[] = [];
  for (const line of output.split('\n')) {
    const m = /^\s*(not ok|ok) \d+ - (.*?)(?: # (?:SKIP|TODO)\b.*)?$/.exec(line);
    if (!m) continue;
    (m[1] === 'ok' ? passed : failed).push(m[2].replace(/\\#/g, '#'));
  }
  return { code, output, passed, failed };
}

const sourceCache = new Map<string, ts.SourceFile>();

/**
 * `tsc --noEmit` over a generated project with its own tsconfig.json (strict), with @types/node from the repo.
 * `extraRoots` are added to the program (e.g. a conformance file). Returns the diagnostics as text.
 */
export function typecheck(projectDir: string, extraRoots: string[] = []): string[] {
  const configPath = join(projectDir, GENERATED_LAYOUT.tsconfig);
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, projectDir);
  const options = { ...parsed.options, typeRoots: [join(REPO, 'node_modules/@types')] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  // Library and @types files are the bulk of every program; parse them once per test run.
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes('node_modules'))
      return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    let file = sourceCache.get(fileName);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) sourceCache.set(fileName, file);
    }
    return file;
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...extraRoots], options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.replace(projectDir, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** A file that only compiles when the UDC shim's declarations accept what the real udc-core exports. */
export function udcConformanceSource(): string {
  return [
    `import * as real from '${UDC_CORE.replace(/\.ts$/, '')}';`,
    "import type * as shim from './src/udc-core.js';",
    'export const create: (o: shim.UdcRuntimeOptions) => shim.UdcRuntime = real.createUdcRuntime;',
    'export const register: (o: shim.UdcRegistrationOptions) => shim.UdcRegistration = real.registerWithRegistry;',
    '',
  ].join('\n');
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** A release started with `node main.js`. */
export interface RunningRelease {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node main.js` in the release directory with exactly `env`. */
export function startRelease(releaseDir: string, env: Record<string, string>): RunningRelease {
  const child = spawn(process.execPath, [GENERATED_LAYOUT.releaseEntry], {
    cwd: releaseDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** Polls `GET /health` until it says `active`; rejects after `timeoutMs`. */
export async function waitActive(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      const body = (await res.json()) as { status?: string };
      if (body.status === 'active') return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not report active within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The generated projects of several intents, each run with one exact text of one of its files replaced: the
 * harness of the mutant specs, which prove that a family's generated tests fail on wrong behaviour.
 */
export class MutantBench {
  private root = '';
  private releases = 0;
  private readonly projects = new Map<string, GeneratedFile[]>();

  constructor(
    private readonly client: LlmClient,
    private readonly intents: Record<string, IntentInput>,
  ) {}

  /** Designs and generates every intent's project (call in `beforeAll`). */
  async setUp(label: string): Promise<void> {
    this.root = await mkdtemp(join(tmpdir(), `sf-${label}-`));
    for (const [name, intent] of Object.entries(this.intents)) {
      const { contract, sha256 } = await specFor(this.client, intent);
      this.projects.set(name, await generateProject(this.client, contract, sha256));
    }
  }

  /** Removes every release written (call in `afterAll`). */
  async tearDown(): Promise<void> {
    if (this.root !== '') await rm(this.root, { recursive: true, force: true });
  }

  /**
   * Runs the generated tests of `name`'s project (or only `tests`) with `from` replaced by `to` in the first of
   * `paths` that holds `from`; throws when none does or the mutant does not assemble.
   */
  async run(name: string, from: string, to: string, paths: string[], tests?: string[]): Promise<NodeTestRun> {
    const files = this.projects.get(name) ?? [];
    const target = paths
      .map((p) => files.find((f) => f.path === p && f.content.includes(from)))
      .find((f) => f !== undefined);
    if (!target) throw new Error(`no ${paths.join(' or ')} of ${name} holds ${JSON.stringify(from)}`);
    const mutant = files.map((f) => (f === target ? { ...f, content: f.content.replace(from, to) } : f));
    const dir = join(this.root, `release-${(this.releases += 1)}`);
    const problems = await assembleRelease(mutant, dir);
    if (problems.length > 0)
      throw new Error(`the mutant of ${name} does not assemble: ${problems.join('; ')}`);
    return runNodeTests(dir, tests);
  }
}

/** One replacement in one generated file: the file, the text or pattern replaced, its replacement. */
export type FileEdit = [path: string, from: string | RegExp, to: string];

/**
 * One generated project run with its files edited by a function: the harness of mutant specs whose mutants
 * rewrite code by pattern (MutantBench replaces one exact text). Only the acceptance pack runs.
 */
export class EditedProject {
  private root = '';
  private releases = 0;
  files: GeneratedFile[] = [];

  /** Keeps the project's files and makes the directory its releases go to (call in `beforeAll`). */
  async setUp(label: string, files: GeneratedFile[]): Promise<void> {
    this.root = await mkdtemp(join(tmpdir(), `sf-${label}-`));
    this.files = files;
  }

  /** Removes every release written (call in `afterAll`). */
  async tearDown(): Promise<void> {
    if (this.root !== '') await rm(this.root, { recursive: true, force: true });
  }

  /** Runs the acceptance pack of `project` (the files as generated unless given). */
  async acceptance(project: GeneratedFile[] = this.files): Promise<NodeTestRun> {
    const dir = join(this.root, `release-${(this.releases += 1)}`);
    const problems = await assembleRelease(project, dir);
    if (problems.length > 0) throw new Error(`the project does not assemble: ${problems.join('; ')}`);
    return runNodeTests(dir, [GENERATED_LAYOUT.releaseTests[0]]);
  }

  /** The files with every `[path, from, to]` replacement made; throws when one changes nothing (a stale mutant). */
  editAll(edits: FileEdit[]): GeneratedFile[] {
    return this.files.map((f) => {
      let content = f.content;
      for (const [path, from, to] of edits) {
        if (path !== f.path) continue;
        const next = content.replace(from, to);
        if (next === content) throw new Error(`the mutant of ${path} changes nothing: ${String(from)}`);
        content = next;
      }
      return content === f.content ? f : { ...f, content };
    });
  }

  /** The files with `path` changed by `change`; throws when the change changes nothing (a stale mutant). */
  edit(path: string, change: (content: string) => string): GeneratedFile[] {
    const file = this.files.find((f) => f.path === path);
    if (!file) throw new Error(`no ${path}`);
    const content = change(file.content);
    if (content === file.content) throw new Error(`the mutant of ${path} changes nothing`);
    return this.files.map((f) => (f.path === path ? { path, content } : f));
  }
}

/**
 * One {@link EditedProject} per family of features, each generated as the build line would in `beforeAll` and
 * removed in `afterAll` (call at the top level of a spec): the harness of the catalog's mutant specs.
 */
export function familyProjects(
  client: LlmClient,
  label: string,
  families: Record<string, { features: string[] }>,
): Map<string, EditedProject> {
  const projects = new Map(Object.keys(families).map((name) => [name, new EditedProject()]));
  beforeAll(async () => {
    for (const [name, family] of Object.entries(families)) {
      const { contract, sha256 } = await specFor(
        client,
        intentOf({ service_name: `${name}-svc`, key_features: family.features }),
      );
      if (!contract.endpoints.some((e) => e.behavior.kind === 'function')) {
        throw new Error(`the ${name} family designed no computation`);
      }
      await projects.get(name)!.setUp(`${label}-${name}`, await generateProject(client, contract, sha256));
    }
  });
  afterAll(async () => {
    for (const project of projects.values()) await project.tearDown();
  });
  return projects;
}
