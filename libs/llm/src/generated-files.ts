import { GENERATED_LAYOUT, GENERATED_PATH_PATTERN, type GeneratedFile } from './code-roles';

/**
 * Where a generated file goes in the release directory (see `GENERATED_LAYOUT`): `src/x.ts` → `x.js`,
 * `tests/x.ts` → `tests/x.js`, `package.json` as is; null for files that only serve type-checking
 * (`*.d.ts`, `tsconfig.json`) and anything else.
 */
export function releasePathFor(path: string): string | null {
  if (path.endsWith('.d.ts')) return null;
  if (path === GENERATED_LAYOUT.packageJson) return path;
  const src = `${GENERATED_LAYOUT.sourceDir}/`;
  const tests = `${GENERATED_LAYOUT.testDir}/`;
  if (path.startsWith(src) && path.endsWith('.ts')) return `${path.slice(src.length, -3)}.js`;
  if (path.startsWith(tests) && path.endsWith('.ts')) return `${path.slice(0, -3)}.js`;
  return null;
}

function isLocked(path: string, lockedPrefixes: readonly string[]): boolean {
  return lockedPrefixes.some((prefix) => {
    const dir = prefix.replace(/\/+$/, '');
    return path === dir || path.startsWith(`${dir}/`);
  });
}

/**
 * Applies a fixer's replacement files to the current file set. A file under one of `lockedPrefixes` (the
 * acceptance pack and endpoint tests, `tests/`) or with a path that is not a plain relative posix path is
 * refused and listed in `rejected`, so a repair round cannot weaken the tests it is judged by. Accepted files
 * replace the file of the same path or are appended; the order of `current` is kept. Pure: inputs are not
 * modified.
 */
export function applyFixerOutput(
  current: GeneratedFile[],
  fix: GeneratedFile[],
  lockedPrefixes: string[],
): { files: GeneratedFile[]; rejected: string[] } {
  const rejected: string[] = [];
  const accepted = new Map<string, string>();
  for (const file of fix) {
    if (!GENERATED_PATH_PATTERN.test(file.path) || isLocked(file.path, lockedPrefixes)) {
      if (!rejected.includes(file.path)) rejected.push(file.path);
      continue;
    }
    accepted.set(file.path, file.content);
  }
  const files = current.map((file) => {
    const replacement = accepted.get(file.path);
    return replacement === undefined ? { ...file } : { path: file.path, content: replacement };
  });
  const known = new Set(current.map((f) => f.path));
  for (const [path, content] of accepted) if (!known.has(path)) files.push({ path, content });
  return { files, rejected };
}
