/*
 * Helpers to write TypeScript source text safely. Everything that comes from a contract (names, examples,
 * descriptions) is untrusted data: it reaches generated code only as JSON literals, as identifiers built from
 * validated kebab/snake names, or as sanitised comment text, never as raw code.
 */

/** JavaScript/TypeScript reserved words and globals the generated code relies on. */
const RESERVED = new Set(
  [
    'break case catch class const continue debugger default delete do else enum export extends false finally',
    'for function if import in instanceof new null return super switch this throw true try typeof var void',
    'while with as implements interface let package private protected public static yield any boolean',
    'constructor declare get module require number set string symbol type from of await async undefined',
    'never unknown object arguments eval Array Buffer Date Error JSON Map Math Number Object Promise Record',
    'Set String URL URLSearchParams process console exports globalThis NaN Infinity',
  ]
    .join(' ')
    .split(' '),
);

/** Splits a kebab- or snake-case name into its words. */
function parts(name: string): string[] {
  return name.split(/[-_]+/).filter((p) => p !== '');
}

/** `create-payment` → `CreatePayment`. */
export function pascalCase(name: string): string {
  return parts(name)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** `create-payment` → `createPayment`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/**
 * Allocates identifiers unique within one scope: a name already taken (or reserved) gets a numeric suffix, so
 * two contract names that fold to the same identifier still compile.
 */
export class NameTable {
  private readonly taken = new Set<string>(RESERVED);

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** A unique identifier as close to `preferred` as possible. */
  claim(preferred: string): string {
    const base = /^[A-Za-z_$]/.test(preferred) ? preferred : `v${preferred}`;
    let name = base;
    for (let n = 2; this.taken.has(name); n += 1) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * A single-quoted string literal. Line terminators, control characters and lone surrogates are escaped, so
 * the literal is one line whatever the text holds.
 */
export function str(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (
      code < 0x20 ||
      code === 0x7f ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0xd800 && code <= 0xdfff)
    ) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key in an object literal or interface. */
export function key(name: string): string {
  // A literal `__proto__` key (bare or quoted) sets the prototype; only the computed form creates the key.
  if (name === '__proto__') return `['__proto__']`;
  return isIdentifier(name) ? name : str(name);
}

/** A property access: `.name` when `name` is an identifier (snake_case always is), else `['name']`. */
export function prop(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${str(name)}]`;
}

const INLINE_WIDTH = 80;

/** A TypeScript expression evaluating to a fresh copy of JSON `value`, laid out like formatted code. */
export function literal(value: unknown, indentBy = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  const inner = `${indentBy}  `;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => literal(v, inner));
    const flat = `[${items.join(', ')}]`;
    if (flat.length <= INLINE_WIDTH && !flat.includes('\n')) return flat;
    return `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indentBy}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, inner)}`);
    if (entries.length === 0) return '{}';
    const flat = `{ ${entries.join(', ')} }`;
    if (flat.length <= INLINE_WIDTH && !flat.includes('\n')) return flat;
    return `{\n${entries.map((e) => `${inner}${e},`).join('\n')}\n${indentBy}}`;
  }
  return 'null';
}

/** Contract text made safe for a line or block comment: one line, no comment terminator, bounded. */
export function commentText(text: string, max = 160): string {
  let flat = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Line terminators would end a `//` comment and let the rest of the text run as code.
    flat += code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 ? ' ' : ch;
  }
  const oneLine = flat.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Indents every non-empty line of `text` by `prefix`. */
export function indent(text: string, prefix = '  '): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

/** Joins generated blocks with one blank line between them and a final newline. */
export function blocks(...items: (string | false | null | undefined)[]): string {
  return `${items.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n')}\n`;
}

/** Collects the imports a generated module uses, so it never imports a name it does not use. */
export class Imports {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();

  /** Records a value import and returns the name, for use inline. */
  value(from: string, name: string): string {
    this.add(this.values, from, name);
    return name;
  }

  /** Records a type-only import and returns the name. */
  type(from: string, name: string): string {
    this.add(this.types, from, name);
    return name;
  }

  private add(map: Map<string, Set<string>>, from: string, name: string): void {
    const names = map.get(from) ?? new Set<string>();
    names.add(name);
    map.set(from, names);
  }

  /** The import declarations, `node:` modules first, then relative ones, each sorted. */
  render(): string {
    const modules = [...new Set([...this.values.keys(), ...this.types.keys()])].sort((a, b) => {
      const rank = (m: string) => (m.startsWith('node:') ? 0 : 1);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
    return modules
      .map((from) => {
        const values = [...(this.values.get(from) ?? [])].sort();
        const types = [...(this.types.get(from) ?? [])].filter((t) => !values.includes(t)).sort();
        const names = values.length === 0 ? types : [...values, ...types.map((t) => `type ${t}`)];
        const head = values.length === 0 ? 'import type' : 'import';
        const line = `${head} { ${names.join(', ')} } from '${from}';`;
        if (line.length <= 110) return line;
        return `${head} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
      })
      .join('\n');
  }
}
