import {
  integerField,
  stringField,
  type FunctionDesign,
  type Recognised,
  type WorkedExample,
} from './catalog-entry';
import { decimalsIn, glossIn, languagesOf, type Language } from './feature-words';
import { SIZE_FORMAT_CODE, SIZE_PARSE_CODE } from './units-sizes-code';
import type { Token } from './units-read';

/*
 * Data sizes to a readable string and back ("1536 bytes → 1.5 KiB", "3 MiB → 3145728 bytes"). A feature asking
 * for a readable (human, lesbar, legible, lisible, leggibile, legível, pretty) size of bytes formats them; one
 * that reads such a size back (parse, back, wieder, or bytes named only after a written size) parses. Binary
 * prefixes (1024) unless the feature names the decimal ones (SI, kB/MB with an amount, "decimal units"): the
 * default is stated in the summary. Worked examples are written out by hand for one decimal; another number of
 * decimals the feature names is worked out here in integers, apart from the emitted code.
 */

type System = 'binary' | 'decimal';

const PREFIXES: Record<System, string[]> = {
  binary: ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'],
  decimal: ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'],
};

/** Written out by hand, one decimal: bytes, binary, decimal. */
const BY_HAND: { bytes: number; binary: string; decimal: string; note: string }[] = [
  { bytes: 1536, binary: '1.5 KiB', decimal: '1.5 kB', note: '1536 = 1.5 × 1024 = 1.536 × 1000' },
  { bytes: 500, binary: '500 B', decimal: '500 B', note: 'below the first prefix, written in whole bytes' },
  { bytes: 1048576, binary: '1.0 MiB', decimal: '1.0 MB', note: '1024² bytes; 1.048576 × 1000²' },
  { bytes: 1500000, binary: '1.4 MiB', decimal: '1.5 MB', note: '1.430511… × 1024²; 1.5 × 1000²' },
  { bytes: 3221225472, binary: '3.0 GiB', decimal: '3.2 GB', note: '3 × 1024³; 3.221225472 × 1000³' },
  {
    bytes: 1048575,
    binary: '1.0 MiB',
    decimal: '1.0 MB',
    note: '1023.999… KiB rounds up to the next prefix',
  },
];

/** Bytes written with the largest prefix they reach, rounded half up (integers only, apart from the emitted code). */
function readable(bytes: number, system: System, decimals: number): string {
  const base = system === 'binary' ? 1024n : 1000n;
  const prefixes = PREFIXES[system];
  let power = 0;
  while (power < prefixes.length - 1 && BigInt(bytes) >= base ** BigInt(power + 1)) power++;
  if (power === 0) return `${bytes} B`;
  const scale = 10n ** BigInt(decimals);
  for (;;) {
    const div = base ** BigInt(power);
    const q = (BigInt(bytes) * scale * 2n + div) / (div * 2n);
    if (q < base * scale || power === prefixes.length - 1) {
      const digits = q.toString().padStart(decimals + 1, '0');
      const amount = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
      return `${amount} ${prefixes[power]}`;
    }
    power++;
  }
}

/** Parsed by hand: "1.5 KiB" is 1.5 × 1024 bytes (null unless a whole number of bytes in a unit of the list). */
function bytesOf(size: string): number | null {
  const m = /^(\d+)(?:\.(\d+))?\s*([KMGTPE]i?B|kB|B)$/.exec(size.trim());
  if (!m) return null;
  const unit = m[3];
  const power = unit === 'B' ? 0 : 'KMGTPE'.indexOf(unit[0].toUpperCase()) + 1;
  const base = unit.includes('i') ? 1024n : 1000n;
  const scaled = BigInt(m[1] + (m[2] ?? '')) * base ** BigInt(power);
  const div = 10n ** BigInt((m[2] ?? '').length);
  return scaled % div === 0n ? Number(scaled / div) : null;
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Lesbare Größe einer Anzahl Bytes.',
  es: ' Tamaño legible de una cantidad de bytes.',
  fr: ' Taille lisible en octets.',
  it: ' Dimensione leggibile in byte.',
  pt: ' Tamanho legível em bytes.',
};

const prefixNote = (system: System, stated: boolean) =>
  system === 'binary'
    ? `binary prefixes (1 KiB = 1024 bytes, KiB, MiB, GiB, TiB, PiB, EiB)${stated ? '' : ', the default, as the feature names no system'}`
    : 'decimal SI prefixes (1 kB = 1000 bytes, kB, MB, GB, TB, PB, EB)';

export function sizeFormatDesign(
  system: System,
  stated: boolean,
  decimals: number,
  languages: Language[],
): FunctionDesign {
  const rows = BY_HAND.map((r) => ({
    bytes: r.bytes,
    size: decimals === 1 ? r[system] : readable(r.bytes, system, decimals),
    note: decimals === 1 ? r.note : `${decimals} decimals`,
  }));
  return {
    function: SIZE_FORMAT_CODE.id,
    method: 'POST',
    path: '/size/format',
    summary:
      `Writes a whole number of bytes as a readable size with ${prefixNote(system, stated)}: the largest prefix the` +
      ` bytes reach, the amount rounded half up to ${decimals} decimal${decimals === 1 ? '' : 's'} (a rounding` +
      ` that reaches the next prefix is written with it); below the first prefix the bytes are written whole` +
      ` ("500 B"); negative or fractional bytes are refused with 400.` +
      glossIn(GLOSS, languages),
    inputs: [{ param: 'bytes', field: integerField('bytes', 'The size in whole bytes, 0 or more', 1536) }],
    outputs: [
      { result: 'size', field: 'size', description: 'The size written readably', example: rows[0].size },
    ],
    options: { system, decimals },
    examples: rows.map((r): WorkedExample => ({
      description: `${r.bytes} bytes is ${r.size} (${r.note}).`,
      input: { bytes: r.bytes },
      output: { size: r.size },
    })),
    refusals: [
      { description: 'A negative size (-1 bytes) is refused.', input: { bytes: -1 } },
      { description: 'A fractional number of bytes (1.5) is refused.', input: { bytes: 1.5 } },
    ],
  };
}

/** Sizes written by hand with their bytes, and the feature's own ("like 3 MiB"), first. */
export function sizeParseDesign(text: string, languages: Language[]): FunctionDesign {
  const own = [...text.matchAll(/\b\d+(?:\.\d+)?\s*(?:[KMGTPE]i?B|kB)\b/g)]
    .map((m) => ({ size: m[0], bytes: bytesOf(m[0]), note: "the feature's own example" }))
    .filter((r): r is { size: string; bytes: number; note: string } => r.bytes !== null);
  const byHand = [
    { size: '1.5 KiB', bytes: 1536, note: '1.5 × 1024' },
    { size: '3 MiB', bytes: 3145728, note: '3 × 1024²' },
    { size: '2 GB', bytes: 2000000000, note: '2 × 1000³' },
    { size: '512 B', bytes: 512, note: 'bytes as they are' },
    { size: '1.5kB', bytes: 1500, note: 'no space needed; 1.5 × 1000' },
  ];
  const rows = [...own, ...byHand].filter((r, i, all) => all.findIndex((x) => x.size === r.size) === i);
  return {
    function: SIZE_PARSE_CODE.id,
    method: 'POST',
    path: '/size/parse',
    summary:
      'Reads a size written as an amount and a unit (decimal point allowed, a space optional) and answers its' +
      ' whole number of bytes, exactly: B; decimal SI prefixes kB, MB, GB, TB, PB, EB (1000 bytes each step);' +
      ' binary prefixes KiB, MiB, GiB, TiB, PiB, EiB (1024 bytes each step). An unknown unit, a malformed size or' +
      ' one that is not a whole number of bytes is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [{ param: 'size', field: stringField('size', 'The size, like "1.5 KiB" or "2 GB"', '1.5 KiB') }],
    outputs: [{ result: 'bytes', field: 'bytes', description: 'The size in whole bytes', example: 1536 }],
    examples: rows.slice(0, 6).map((r) => ({
      description: `${r.size} is ${r.bytes} bytes (${r.note}).`,
      input: { size: r.size },
      output: { bytes: r.bytes },
    })),
    refusals: [
      { description: '"many" is no size and is refused.', input: { size: 'many' } },
      { description: '"3 XB" names no unit of the list and is refused.', input: { size: '3 XB' } },
      { description: '"0.1 B" is not a whole number of bytes and is refused.', input: { size: '0.1 B' } },
    ],
  };
}

const READABLE = [
  ...['readable', 'human', 'humanize', 'humanise', 'humanized', 'pretty', 'lesbar', 'lesbare', 'lesbaren'],
  ...['legible', 'lisible', 'lisibles', 'leggibile', 'leggibili', 'legivel', 'legiveis'],
];
const BYTES = ['byte', 'bytes', 'octet', 'octets'];
const BACK = ['back', 'wieder', 'zuruck', 'pars', 'analiz', 'interpret'];
const BINARY = ['binary', 'binar', 'binaren', 'binario', 'binaria', 'binarios', 'binaire', 'binaires', 'iec'];
const DECIMAL = [
  'decimal',
  'dezimal',
  'dezimale',
  'dezimalen',
  'decimales',
  'decimaux',
  'decimali',
  'decimais',
];
const UNIT_WORDS = [
  ...['units', 'prefixes', 'prefix', 'einheiten', 'prafixe', 'unidades', 'prefijos', 'unites', 'prefixes'],
  ...['unita', 'prefissi', 'prefixos'],
];

/** Which prefixes the feature names: binary, decimal, or none (then binary, declared); null when both. */
function systemOf(tokens: Token[]): { system: System; stated: boolean } | null {
  const low = tokens.map((t) => t.low);
  const near = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((j) => UNIT_WORDS.includes(low[j] ?? ''));
  const binary =
    low.some((w) => BINARY.some((b) => w.startsWith(b))) ||
    tokens.some((t) => /^[KMGTPE]iB$/.test(t.raw) || t.raw === '1024');
  const decimal =
    low.includes('si') ||
    low.some((w, i) => DECIMAL.includes(w) && near(i)) ||
    tokens.some((t, i) => /^(kB|KB|MB|GB|TB|PB)$/.test(t.raw) && tokens[i - 1]?.num && !binary);
  if (binary && decimal) return null;
  // "1024 based: KB, MB, GB (1536 bytes -> 1.5 KB)": binary steps written with the decimal symbols, which the
  // service would answer as KiB, MiB, GiB — another notation than the one written: not realised here.
  const iec = tokens.some((t) => /^[KMGTPE]iB$/.test(t.raw));
  if (binary && !iec && tokens.some((t) => /^(KB|MB|GB|TB|PB)$/.test(t.raw))) return null;
  return { system: decimal ? 'decimal' : 'binary', stated: binary || decimal };
}

/** A feature about readable data sizes: formatting bytes or reading a size back; undefined when it is not one. */
export function recogniseSize(text: string, words: string[], tokens: Token[]): Recognised | undefined {
  if (!words.some((w) => READABLE.includes(w))) return undefined;
  const bytesAt = tokens.flatMap((t, i) => (BYTES.includes(t.low) ? [i] : []));
  const sized = tokens.findIndex((t, i) => t.num && /^([KMGTPE]i?B|kB|B)$/.test(tokens[i + 1]?.raw ?? ''));
  if (bytesAt.length === 0 && sized < 0) return undefined;
  const languages = languagesOf(words);
  const back = tokens.some((t) => BACK.some((b) => t.low.startsWith(b)));
  if (back || (sized >= 0 && bytesAt.length > 0 && bytesAt.every((i) => i > sized))) {
    return { design: sizeParseDesign(text, languages) };
  }
  if (bytesAt.length === 0) return undefined;
  const system = systemOf(tokens);
  if (!system) return null;
  return { design: sizeFormatDesign(system.system, system.stated, decimalsIn(text) ?? 1, languages) };
}
