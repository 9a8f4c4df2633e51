import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from './cli-errors';

/** Where in the input a parse failed (1-based). */
export interface InputPosition {
  line: number;
  column: number;
}

/** Reads FILE, or standard input for `-`. A missing or unreadable file is a usage error (exit 2). */
export async function readInput(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError('INPUT_UNREADABLE', `cannot read ${file} (${code})`, { file, cause: code });
  }
}

/**
 * Parses an intent written in JSON or YAML into an object. JSON is chosen by a `.json` name, YAML by
 * `.yaml`/`.yml`, otherwise by the first character (`{` or `[` is JSON). A syntax error is a usage error
 * (exit 2) naming the line and column; so is a document that is not one object.
 */
export function parseIntentText(text: string, name: string): Record<string, unknown> {
  const ext = extname(name).toLowerCase();
  const json = ext === '.json' || (ext !== '.yaml' && ext !== '.yml' && /^\s*[[{]/.test(text));
  const value = json ? parseJson(text, name) : parseYaml(text, name);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('INPUT_NOT_AN_OBJECT', `${name}: expected one intent object (a mapping of fields)`, {
      file: name,
    });
  }
  return value as Record<string, unknown>;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = (err as Error).message;
    const at = positionOf(text, jsonErrorOffset(text, message));
    // V8 says "Expected … in JSON at position N" or "Unexpected token 'x', …"<snippet>" is not valid JSON".
    const reason = message
      .replace(/\s*(in JSON )?at position \d+.*$/s, '')
      .replace(/,\s*(\.\.\.)?".*$/s, '')
      .replace(/\n/g, '\\n');
    throw malformed(name, 'JSON', at, reason);
  }
}

/**
 * Where JSON.parse stopped: its "at position N" when it says so; otherwise (V8's "Unexpected token … is not
 * valid JSON" names none) the end of the longest prefix that could still begin a valid document, found by
 * bisection (such prefixes are closed under shortening, so the search is exact).
 */
export function jsonErrorOffset(text: string, message: string): number {
  const match = /at position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  const viable = (prefix: string): boolean => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (e) {
      // A prefix that broke only where it ends could go on validly.
      const m = (e as Error).message;
      const at = /at position (\d+)/.exec(m);
      return /Unexpected end of JSON input/.test(m) || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let lo = 0;
  let hi = text.length;
  if (viable(text)) return text.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (viable(text.slice(0, mid))) lo = mid;
    else hi = mid;
  }
  return lo;
}

function parseYaml(text: string, name: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? positionOf(text, first.pos[0]);
    const at = { line: pos.line, column: 'col' in pos ? pos.col : pos.column };
    throw malformed(name, 'YAML', at, first.message.split('\n')[0]);
  }
  return doc.toJS() as unknown;
}

function malformed(name: string, format: string, at: InputPosition, reason: string): UsageError {
  return new UsageError(
    'MALFORMED_INPUT',
    `${name}:${at.line}:${at.column}: malformed ${format} at line ${at.line}, column ${at.column}: ${reason}`,
    { file: name, format, line: at.line, column: at.column, reason },
  );
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): InputPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
