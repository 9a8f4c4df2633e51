import type { JSONSchemaType } from 'ajv';
import type { SpecContract } from '@sf/service-spec';

/** One file of a generated service: a relative posix path (e.g. `src/main.ts`) and its full text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Input of the `codegen` role: the frozen contract and the sha256 of the SPEC it came from (provenance). */
export interface CodegenInput {
  contract: SpecContract;
  spec_sha256: string;
}

/** Output of the `codegen` role: the service's sources and project files (see {@link GENERATED_LAYOUT}). */
export interface CodegenOutput {
  files: GeneratedFile[];
}

/** Input of the `testgen` role: the contract and the files `codegen` produced. */
export interface TestgenInput {
  contract: SpecContract;
  files: GeneratedFile[];
}

/** Output of the `testgen` role: the files under `tests/`, including the frozen acceptance pack. */
export interface TestgenOutput {
  files: GeneratedFile[];
}

/** A failing test as the testing phase parsed it. */
export interface FixerFailure {
  /** Test name, e.g. `AC-03` for an acceptance check. */
  test: string;
  message: string;
}

/** Input of the `fixer` role: the current files, what failed, and which repair round this is (1-based). */
export interface FixerInput {
  contract: SpecContract;
  files: GeneratedFile[];
  failures: FixerFailure[];
  iteration: number;
}

/**
 * Output of the `fixer` role: replacement source files only. Apply it with `applyFixerOutput`, which refuses
 * anything under the locked test prefixes, so a repair can never pass by weakening its own tests.
 */
export interface FixerOutput {
  files: GeneratedFile[];
}

/**
 * Where a generated service keeps what, and how a build turns it into a runnable release directory:
 *
 * - every `.ts` file under `src/` except `*.d.ts` is transpiled on its own (`ts.transpileModule`, CommonJS,
 *   ES2022) to the release root with `src/` stripped (`src/main.ts` → `main.js`);
 * - every `.ts` file under `tests/` is transpiled the same way and keeps its path (`tests/x.test.js`);
 * - `package.json` is copied as is; `tsconfig.json` and `src/udc-core.d.ts` only serve type-checking;
 * - the compiled `libs/udc/src/server/udc-core.ts` is copied to `udc-core.js` in the release root.
 *
 * The release then runs with `node main.js` (cwd = release dir); its test files run in one Node process with the
 * TAP reporter, each loading the release's modules afresh (the executor's `release-tests.ts`). {@link releasePathFor}
 * maps one generated path to its release path.
 */
export const GENERATED_LAYOUT = {
  sourceDir: 'src',
  testDir: 'tests',
  /** The process entry: reads the environment, listens, registers, shuts down on SIGTERM/SIGINT. */
  entry: 'src/main.ts',
  /** Exports `createService(config)`, the in-process factory the tests start on port 0. */
  serviceModule: 'src/service.ts',
  /** Exports `loadConfig(env)`, the only reader of the environment. */
  configModule: 'src/config.ts',
  /** Type declarations of the copied UDC runtime; not transpiled. */
  udcShim: 'src/udc-core.d.ts',
  /** The frozen acceptance pack: one `node:test` test per contract acceptance check, named by its id. */
  acceptanceTest: 'tests/acceptance.test.ts',
  endpointTests: 'tests/endpoints.test.ts',
  testSupport: 'tests/support.ts',
  packageJson: 'package.json',
  tsconfig: 'tsconfig.json',
  /** Release-relative path of the entry script. */
  releaseEntry: 'main.js',
  /** Release-relative path the compiled UDC runtime must be copied to. */
  udcRuntime: 'udc-core.js',
  /** Release-relative test files, in the order they run. */
  releaseTests: ['tests/acceptance.test.js', 'tests/endpoints.test.js'],
  /** Path prefixes the fixer may never change. */
  lockedPrefixes: ['tests/'],
  /** `ts.transpileModule` compiler options every `.ts` file must be transpiled with. */
  transpile: { module: 'commonjs', target: 'es2022' },
} as const;

// Relative posix path without `.`/`..` segments, empty segments, backslashes or a leading slash.
const RELATIVE_PATH =
  '^(?!\\.{1,2}(?:/|$))(?!.*/\\.{1,2}(?:/|$))[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*$';

const filesSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 200,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'content'],
    properties: {
      path: { type: 'string', pattern: RELATIVE_PATH, maxLength: 300 },
      content: { type: 'string', maxLength: 2_000_000 },
    },
  },
} as const;

/** Schema the `codegen` output must satisfy. */
export const CODEGEN_OUTPUT_SCHEMA: JSONSchemaType<CodegenOutput> = {
  type: 'object',
  additionalProperties: false,
  required: ['files'],
  properties: { files: filesSchema },
};

/** Schema the `testgen` output must satisfy. */
export const TESTGEN_OUTPUT_SCHEMA: JSONSchemaType<TestgenOutput> = {
  type: 'object',
  additionalProperties: false,
  required: ['files'],
  properties: { files: filesSchema },
};

/**
 * Schema the `fixer` output must satisfy. It accepts any relative path on purpose: a fix that touches a locked
 * test file is a finding to report (`applyFixerOutput` lists it as rejected), not malformed output.
 */
export const FIXER_OUTPUT_SCHEMA: JSONSchemaType<FixerOutput> = {
  type: 'object',
  additionalProperties: false,
  required: ['files'],
  properties: { files: filesSchema },
};

/** The pattern every generated path satisfies (relative, posix, no `.`/`..` segments). */
export const GENERATED_PATH_PATTERN = new RegExp(RELATIVE_PATH);
