/** One failing test and why. */
export interface TestFailure {
  test: string;
  message: string;
}

/** Counts and failures read off `node --test --test-reporter=tap` output. */
export interface TapSummary {
  total: number;
  passed: number;
  failed: number;
  failures: TestFailure[];
  /** Names of passing tests (leaf level). */
  passedNames: string[];
}

const RESULT = /^(\s*)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/;

/**
 * Parses node:test TAP. Only leaf tests count (a file or suite line is followed by its children first,
 * so a result line whose indentation is deeper than the next result's is a leaf); the summary lines
 * (`# pass`, `# fail`) are trusted when present.
 */
export function parseTap(output: string): TapSummary {
  const lines = output.split('\n');
  const results: { indent: number; ok: boolean; name: string; line: number }[] = [];
  lines.forEach((line, i) => {
    const m = RESULT.exec(line);
    if (m) results.push({ indent: m[1].length, ok: m[2] === 'ok', name: m[3].trim(), line: i });
  });
  const leaves = results.filter((r, i) => {
    // A subtest block ends with the parent's result line at a smaller indent; leaves have no children.
    const previous = results[i - 1];
    return !(previous && previous.indent > r.indent && previous.line < r.line);
  });
  const failures = leaves
    .filter((r) => !r.ok && !/\.(?:js|mjs|cjs)$/.test(r.name))
    .map((r) => ({ test: r.name, message: errorAfter(lines, r.line) }));
  const count = (label: string): number | null => {
    const m = new RegExp(`^# ${label} (\\d+)$`, 'm').exec(output);
    return m ? Number(m[1]) : null;
  };
  const passedNames = leaves.filter((r) => r.ok).map((r) => r.name);
  const passed = count('pass') ?? passedNames.length;
  const failed = count('fail') ?? failures.length;
  return { total: count('tests') ?? passed + failed, passed, failed, failures, passedNames };
}

function errorAfter(lines: string[], index: number): string {
  const block: string[] = [];
  for (let i = index + 1; i < lines.length && i < index + 60; i++) {
    if (/^\s*\.\.\.\s*$/.test(lines[i])) break;
    block.push(lines[i]);
  }
  const field = (key: string): string | undefined => {
    const at = block.findIndex((l) => l.trimStart().startsWith(`${key}:`));
    if (at < 0) return undefined;
    const line = block[at];
    const indent = line.length - line.trimStart().length;
    const value = line
      .trimStart()
      .slice(key.length + 1)
      .trim();
    // YAML block scalars (`|-`, `>`): the value is on the following, deeper-indented lines.
    if (!/^[|>][-+]?$/.test(value)) return `${key}: ${value}`;
    const body: string[] = [];
    for (const next of block.slice(at + 1)) {
      if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break;
      body.push(next.trim());
    }
    return `${key}: ${body.filter((l) => l !== '').join(' ')}`;
  };
  return (
    [field('error'), field('expected'), field('actual')].filter(Boolean).join(' | ').slice(0, 2000) ||
    'failed'
  );
}
