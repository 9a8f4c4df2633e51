import type { FunctionDesign, Recognised } from './catalog-entry';
import { QUANTITIES } from './units-facts';
import { declaredDesign } from './units-declared';

/*
 * Data sizes whose feature states the base KB, MB, GB and TB are counted in: "where 1 KB = 1024 B", "1 KB =
 * 1024 B, 1 MB = 1024 KB, and so on", "in base 1024", "(1 KB = 1000 Byte)", "1 GB = 1000 MB". The tables count
 * KB… in powers of 1000 (KiB… in 1024); a feature counting them in 1024 gets the converter that takes the names
 * it writes and converts KB… by the factors it states (units-declared.ts: option `factors`, the worked examples
 * worked out again with them, the summary saying so). Said inside the conversion's own feature, the rest of it is
 * designed as if the base were not said; said on a line of its own, it refines the converter another feature
 * designs. A 1024 beside a data-size conversion that is no such statement ("using 1024") leaves the feature
 * unrealised rather than converting in powers of 1000.
 */

/** KB, MB, GB and TB in bytes when the feature counts them in 1024. */
const BINARY: Readonly<Record<string, number>> = { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** A decimal prefix unit as written: symbol (KB, kB, Mo), or word (kilobyte, Megabyte, gigaoctet). */
const UNIT = String.raw`(?:[kmgt]b|[kmgt]o|kilo(?:byte|octet)s?|mega(?:byte|octet)s?|giga(?:byte|octet)s?|tera(?:byte|octet)s?)`;
/** Words of equality between a unit and its amount, in the six languages. */
const IS = String.raw`(?:=|is|are|equals?|ist|sind|entspricht|es|son|equivale(?:n)?(?:\s+a)?|est|vaut|valent|fait|e|è|é|sono|vale|sao|são|corresponde(?:m)?(?:\s+a)?|has|hat|tiene|a|ha|tem)`;
/** "1 KB = 1024 B", "1 MB is 1024 KB", "un kilobyte equivale a 1000 bytes". */
const DEFINITION = new RegExp(
  String.raw`\b(?:1|one|un|una|une|uno|um|uma|ein)\s+${UNIT}\s*${IS}?\s*(?:exactly\s+|genau\s+|exactamente\s+|exactement\s+|esattamente\s+|exatamente\s+)?(1000|1024)\s+(?:b|bytes?|octets?|${UNIT})\b`,
  'giu',
);
/** "in base 1024", "Basis 1000", "base de 1024", "1024-based", "powers of 1024", "(1024)". */
const BASE = new RegExp(
  String.raw`\b(?:(?:in|en|na|in der|zur|a)\s+)?(?:base|basis)\s*(?:de\s+|di\s+)?(1000|1024)\b|\b(1000|1024)[- ]based\b|\bpowers? of (1000|1024)\b|\bpotenzen von (1000|1024)\b|\bpot[eê]ncias de (1000|1024)\b|\bpuissances de (1000|1024)\b|\bpotenze di (1000|1024)\b`,
  'giu',
);
/** The words a base may be introduced by, cut with it ("where 1 KB = 1024 B", "con 1 KB = 1000 B"). */
const LEAD = String.raw`(?:,?\s*(?:where|with|using|counting|wobei|mit|donde|con|ou|avec|dove|onde|com|i\.e\.|ie)\s*)?`;

/** Words that may stand beside base statements on a line of their own ("…, and so on", "sizes are counted"). */
const BESIDE = new Set(
  (
    'and so on etc und so weiter usw y asi sucesivamente et ainsi de suite e cosi via assim por diante ' +
    'sizes size data sizes are is counted count in the all of units unit groessen grossen werden gerechnet ' +
    'alle einheiten tamanos tamanhos se cuentan son las los todas todos tailles sont comptees toutes les ' +
    'dimensioni sono contate tutte le unita unidades contados todos os as also auch tambien aussi anche tambem'
  ).split(' '),
);

/** A feature's base statements: the base, and the text with them cut out; null when it states none or two. */
function statedBase(text: string): { base: 1000 | 1024; rest: string; said: string[] } | null {
  const bases = new Set<string>();
  const said: string[] = [];
  const cut = (pattern: RegExp) => (t: string) =>
    t.replace(new RegExp(LEAD + pattern.source, 'giu'), (...m: unknown[]) => {
      const groups = m
        .slice(1, -2)
        .filter((g): g is string => typeof g === 'string' && /^10(?:00|24)$/.test(g));
      groups.forEach((g) => bases.add(g));
      said.push(String(m[0]).replace(/^[\s,]+/, ''));
      return ' ';
    });
  // Brackets holding only the statement go with it ("(1 KB = 1000 Byte)").
  const rest = cut(BASE)(cut(DEFINITION)(text)).replace(/\(\s*[,;]?\s*\)/g, ' ');
  if (bases.size !== 1) return null;
  // Binary units named beside it make "1024" a remark about them ("KiB… are powers of 1024"), not a base.
  if (/\b[kmgt]ib\b|\b(?:kibi|mebi|gibi|tebi)/iu.test(text)) return null;
  return { base: bases.has('1024') ? 1024 : 1000, rest, said };
}

/** Whether only words that may stand beside base statements are left. */
function nothingElse(rest: string): boolean {
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return words.every(
    (w) => BESIDE.has(w) || /^[kmgt]?[bo]$|^(?:kilo|mega|giga|tera)?(?:byte|octet)s?$/u.test(w),
  );
}

/** The converter of data sizes counting KB… in `base`; null when it is no converter of data sizes. */
function basedDesign(d: FunctionDesign, base: 1000 | 1024): FunctionDesign | null {
  if (d.function !== QUANTITIES.data_size.functionId) return null;
  const declared = base === 1000 ? d : declaredDesign(d, BINARY);
  return declared && withSteps(declared, base);
}

/**
 * Design `d` with a worked example of each step the base makes between the units a general converter takes (1 KB
 * is 1024 B, 1 MB is 1024 KB, …), so a converter off by one byte in a kilobyte fails its tests whatever the
 * rounding; a fixed direction keeps its own examples.
 */
function withSteps(d: FunctionDesign, base: 1000 | 1024): FunctionDesign {
  if (typeof d.options?.from === 'string' || !d.reference) return d;
  const spellings = d.options?.spellings;
  const names: Record<string, string> =
    typeof spellings === 'string' ? (JSON.parse(spellings) as Record<string, string>) : {};
  const nameOf = (symbol: string) =>
    typeof spellings === 'string' ? Object.keys(names).find((n) => names[n] === symbol) : symbol;
  const field = d.outputs[0].field;
  const steps = ['B', 'KB', 'MB', 'GB', 'TB'].slice(0, -1).flatMap((to, i) => {
    const from = ['KB', 'MB', 'GB', 'TB'][i];
    const [source, target] = [nameOf(from), nameOf(to)];
    if (!source || !target) return [];
    const result = d.reference?.compute({ value: 1, from, to });
    if (!result?.ok || result.results.value !== base) return [];
    const input = { value: 1, from: source, to: target };
    if (d.examples.some((x) => JSON.stringify(x.input) === JSON.stringify(input))) return [];
    return [
      {
        description: `1 ${source} is ${base} ${target}, as the feature counts.`,
        input,
        output: { [field]: base },
      },
    ];
  });
  return { ...d, examples: [...d.examples, ...steps] };
}

/**
 * A data-size feature stating its base (see above): the design of the rest of it, counted in that base; a
 * constraint refining the converter when the line states the base only; undefined when it states none.
 */
export function recogniseStatedBase(
  text: string,
  rest: (text: string) => Recognised,
): Recognised | undefined {
  const stated = statedBase(text);
  if (!stated) {
    if (!/\b1024\b/.test(text) || /\b[KMGT]iB\b/i.test(text)) return undefined;
    const read = rest(text.replace(/\b1024\b/g, ' '));
    return read && 'design' in read && read.design.function === QUANTITIES.data_size.functionId
      ? null
      : undefined;
  }
  const { base } = stated;
  if (nothingElse(stated.rest)) {
    return {
      constraint: {
        function: QUANTITIES.data_size.functionId,
        refusals: () => [],
        fits: (d) => basedDesign(d, base) !== null,
        refine: (d) => basedDesign(d, base) ?? d,
      },
    };
  }
  const read = rest(stated.rest);
  if (!read || !('design' in read)) return null;
  const design = basedDesign(read.design, base);
  const quoted = stated.said.map((x) => `"${x}"`).join(', ');
  return design
    ? { design: { ...design, summary: `${design.summary} Counted as the feature says: ${quoted}.` } }
    : null;
}
