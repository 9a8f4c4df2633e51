/**
 * Untrusted text (intent fields, and everything derived from them: SPECs, contracts, generated files, test
 * output) reaches a model only as data: sanitized, length-limited, and serialized as JSON inside a named tag whose
 * closing delimiter cannot occur in the data.
 */

// C0 and C1 control characters except tab (\u0009) and newline (\u000A), plus the bidirectional overrides and
// isolates that can make text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` without control characters (tab and newline are kept) and bidi overrides, cut to at most `maxLen`
 * characters (never inside a surrogate pair).
 */
export function sanitizeUntrusted(text: string, maxLen: number): string {
  const clean = text.replace(STRIPPED, '');
  if (clean.length <= maxLen) return clean;
  const cut = clean.slice(0, maxLen);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Length limits applied while sanitizing a data value. */
export interface DataLimits {
  /** Default maximum length of a string. */
  text: number;
  /** Maximum length of strings held under these property names (anywhere in the value). */
  fields?: Record<string, number>;
  /** Maximum number of items of any array. */
  items?: number;
}

/**
 * A JSON-safe copy of `value` with every string (keys included) passed through {@link sanitizeUntrusted}, with the
 * limit of its nearest named property in `limits.fields`, else `limits.text`. Arrays are cut to `limits.items`;
 * functions, symbols, `undefined` and non-finite numbers are dropped.
 */
export function sanitizeData(value: unknown, limits: DataLimits): unknown {
  const walk = (v: unknown, max: number, depth: number): unknown => {
    if (typeof v === 'string') return sanitizeUntrusted(v, max);
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'boolean' || v === null) return v;
    if (depth > 64) return null;
    if (Array.isArray(v)) {
      return v.slice(0, limits.items ?? v.length).map((item) => walk(item, max, depth + 1) ?? null);
    }
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        const limit = limits.fields?.[key] ?? max;
        const clean = walk(item, limit, depth + 1);
        if (clean !== undefined) out[sanitizeUntrusted(key, 200)] = clean;
      }
      return out;
    }
    return undefined;
  };
  return walk(value, limits.text, 0);
}

/**
 * `value` as indented JSON inside `<tag>…</tag>`. Every `</` in the JSON becomes `<\/` (the same JSON string,
 * since `\/` is the escape of `/`), so the data can never close this block or open the way to another one.
 */
export function dataBlock(tag: string, value: unknown): string {
  const json = (JSON.stringify(value, null, 2) ?? 'null').replace(/<\//g, '<\\/');
  return `<${tag}>\n${json}\n</${tag}>`;
}

export { detectInjection } from './injection';
