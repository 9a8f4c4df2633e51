import { createColors } from 'picocolors';
import { ApiError, CliError, EXIT } from './cli-errors';

/** How output is written: one JSON document, or text (colored and animated only on a terminal). */
export interface OutputMode {
  json: boolean;
  /** ANSI colors and spinners: a terminal, no `NO_COLOR`, no `--json`, `TERM` not `dumb`. */
  fancy: boolean;
}

/**
 * Text from the services (intent text, SPEC markdown, event messages) without control characters, so user
 * data cannot move the cursor, recolor or retitle the terminal; tabs and newlines stay.
 */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Picks the mode from the flags, the environment and whether stdout is a terminal. */
export function outputMode(json: boolean, env: NodeJS.ProcessEnv, isTty: boolean): OutputMode {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return { json, fancy: !json && isTty && !noColor && env.TERM !== 'dumb' };
}

/** Everything a command prints goes through here, so `--json`, pipes and `NO_COLOR` behave alike. */
export class Output {
  readonly c: ReturnType<typeof createColors>;

  constructor(
    readonly mode: OutputMode,
    readonly stdout: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
    readonly stderr: NodeJS.WritableStream = process.stderr,
  ) {
    this.c = createColors(mode.fancy);
  }

  get json(): boolean {
    return this.mode.json;
  }

  /** A line of text (ignored with `--json`, where the command prints one document instead). */
  line(text = ''): void {
    if (!this.mode.json) this.stdout.write(`${text}\n`);
  }

  /** The command's JSON document (pretty-printed). */
  document(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** One JSON value per line (for streams: `logs`). */
  jsonLine(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** Either the JSON document or the text the `render` callback prints. */
  result(value: unknown, render: () => void): void {
    if (this.mode.json) this.document(value);
    else render();
  }

  /** Left-aligned columns with a header; empty cells print as `-`. */
  table(header: string[], rows: (string | number | null | undefined)[][]): void {
    const cells = rows.map((r) =>
      r.map((v) => (v === null || v === undefined || v === '' ? '-' : String(v))),
    );
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const fmt = (r: string[]) =>
      r
        .map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    this.line(this.c.bold(fmt(header)));
    for (const r of cells) this.line(fmt(r));
  }

  /** `key: value` lines, keys aligned. */
  fields(pairs: [string, string | number | null | undefined][]): void {
    const width = Math.max(...pairs.map(([k]) => k.length));
    for (const [k, v] of pairs) {
      if (v === undefined) continue;
      this.line(
        `${this.c.dim(`${k}:`.padEnd(width + 1))} ${v === null || v === '' ? '-' : plainText(String(v))}`,
      );
    }
  }

  /** Reports an error: JSON on stdout with `--json` (so the output always parses), text on stderr otherwise. */
  error(err: CliError): void {
    if (this.mode.json) {
      this.document({
        error: { code: err.code, message: err.message, details: err.details ?? null },
        hints: err.hints,
        exit_code: err.exitCode,
      });
      return;
    }
    const label = err.exitCode === EXIT.usage ? 'usage error' : 'error';
    this.stderr.write(`${this.c.red(`${label}:`)} ${err.code}: ${err.message}\n`);
    // The API's details (invalid fields, unrealised features) help; the CLI's own are already in the message.
    if (err instanceof ApiError)
      for (const line of describeDetails(err.details)) this.stderr.write(`  ${line}\n`);
    for (const hint of err.hints) this.stderr.write(`${this.c.dim('hint:')} ${hint}\n`);
  }
}

/** Readable lines for an error's details: `field: problem` for validation errors, else compact JSON. */
export function describeDetails(details: unknown): string[] {
  if (details === undefined || details === null) return [];
  const fields = (details as { fields?: unknown }).fields;
  if (Array.isArray(fields)) {
    return fields.map((f: { field?: string; problems?: string[] }) => {
      const problems = Array.isArray(f.problems) ? f.problems.join('; ') : JSON.stringify(f);
      return `${f.field ?? '?'}: ${problems}`;
    });
  }
  const unrealised = (details as { unrealised?: unknown }).unrealised;
  if (Array.isArray(unrealised)) {
    return unrealised.flatMap((u: { feature?: string; problems?: string[] }) => [
      `feature not realised: "${u.feature ?? '?'}"`,
      ...(u.problems ?? []).map((p) => `  - ${p}`),
    ]);
  }
  if (typeof details === 'object' && 'file' in details && 'line' in details) return [];
  return [JSON.stringify(details)];
}
