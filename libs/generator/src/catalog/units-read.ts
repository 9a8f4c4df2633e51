import { refuses } from './feature-words';
import { QUANTITIES } from './units-facts';
import { UNITS, type Quantity } from './units-tables';

/*
 * Reading a feature for the units family: its tokens (accents folded, case kept, numbers and a few signs kept
 * as tokens), the units it names in order, whether it names something this family must not claim (a
 * temperature, a currency, an area, a rate such as miles per gallon, bits), and which way a conversion goes.
 * The feature text is only data.
 */

export interface Token {
  raw: string;
  low: string;
  num: boolean;
  /** Offsets of the token in the folded text. */
  at: number;
  end: number;
}

/** The tokens of a text: words, numbers ("42.195", "42,195") and the signs / → -> = : ² ³ ° € $ £ ¥. */
export function tokensOf(text: string): Token[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  return [...folded.matchAll(/\d+(?:[.,]\d+)*|\p{L}+|->|[/→=:²³°€$£¥]/gu)].map((m) => ({
    raw: m[0],
    low: m[0].toLowerCase(),
    num: /^\d/.test(m[0]),
    at: m.index,
    end: m.index + m[0].length,
  }));
}

/** The numbers a feature writes; "42,195" is read both ways (a decimal comma, or thousands). */
export function numbersOf(tokens: Token[]): number[] {
  return tokens
    .filter((t) => t.num)
    .flatMap((t) => [Number(t.raw.replace(',', '.')), Number(t.raw.replace(/,/g, ''))])
    .filter((n) => Number.isFinite(n));
}

/** Words and signs that put an answer after them ("100 km/h is 27.78 m/s", "= 30,48 cm", "→ 62.14"). */
const ANSWER_CUES = new Set(
  'is are = → -> => gives give makes equals ist sind ergibt gleich es son da equivale est font fait vaut sono è fa é são dá'.split(
    ' ',
  ),
);

/**
 * The decimals of the answers a feature writes in its examples ("100 km/h is 27.78 m/s": 2), when one of them
 * has any; null when the answers it writes are whole (or it writes none). A comma followed by exactly three
 * digits is read as a thousands separator.
 */
export function answerDecimals(tokens: Token[]): number | null {
  let most: number | null = null;
  tokens.forEach((t, i) => {
    if (!t.num || i === 0) return;
    const cue = tokens.slice(Math.max(0, i - 3), i).some((x) => ANSWER_CUES.has(x.low));
    const previousNumber = tokens.slice(0, i).some((x) => x.num);
    if (!cue || !previousNumber) return;
    const m = /[.,](\d+)$/.exec(t.raw);
    if (!m || (t.raw.includes(',') && m[1].length === 3)) return;
    most = Math.max(most ?? 0, Math.min(m[1].length, 10));
  });
  return most;
}

/** A unit the feature names: its symbol (null for a unit or rate this family does not convert). */
export interface Mention {
  unit: string | null;
  quantity: Quantity | null;
  start: number;
  end: number;
  /** The words as the feature wrote them. */
  written: string;
}

interface Pattern {
  unit: string;
  quantity: Quantity;
  seq: string[];
  caseSensitive: boolean;
  afterNumber: boolean;
  /** A word that names the unit only where the feature speaks of its quantity ("bar", "pascal"). */
  contextual?: boolean;
}

const PATTERNS: Pattern[] = UNITS.flatMap((u) => {
  const pattern = (text: string, caseSensitive: boolean, afterNumber: boolean): Pattern => ({
    unit: u.symbol,
    quantity: u.quantity,
    seq: tokensOf(text).map((t) => (caseSensitive ? t.raw : t.low)),
    caseSensitive,
    afterNumber,
  });
  return [
    ...u.words.map((w) => pattern(w, false, false)),
    ...u.symbols.map((w) => pattern(w, true, false)),
    ...u.afterNumber.map((w) => pattern(w, true, true)),
  ];
});
// Contextual words last: "2 bar" is the symbol after a number, whatever else the feature says.
PATTERNS.push(
  ...UNITS.flatMap((u) =>
    [...(u.contextual ?? []), ...(u.localSymbols ?? [])].map((w) => ({
      unit: u.symbol,
      quantity: u.quantity,
      seq: tokensOf(w).map((t) => (u.localSymbols?.includes(w) ? t.raw : t.low)),
      caseSensitive: u.localSymbols?.includes(w) === true,
      afterNumber: false,
      contextual: true,
    })),
  ),
);
PATTERNS.sort((a, b) => b.seq.length - a.seq.length);
/** Indexes into PATTERNS by first token: a pattern matches only where a token is its first word. */
const BY_FIRST_TOKEN = new Map<string, number[]>();
PATTERNS.forEach((p, index) => {
  const list = BY_FIRST_TOKEN.get(p.seq[0]) ?? [];
  list.push(index);
  BY_FIRST_TOKEN.set(p.seq[0], list);
});

/** The first pattern (longest first, as in PATTERNS) that matches at token `i`. */
function patternAt(tokens: Token[], i: number): Pattern | undefined {
  const t = tokens[i];
  const lower = BY_FIRST_TOKEN.get(t.low) ?? [];
  const raw = t.raw === t.low ? [] : (BY_FIRST_TOKEN.get(t.raw) ?? []);
  const candidates = raw.length === 0 ? lower : [...lower, ...raw].sort((a, b) => a - b);
  for (const index of candidates) if (matchAt(tokens, i, PATTERNS[index])) return PATTERNS[index];
  return undefined;
}

/** Tokens after which a bare symbol ("m", "g", "L", "B", "mi") names a unit, besides a number. */
const SYMBOL_LEADS = ['to', 'into', 'from', 'and', 'or', '->', '→', '='];

const HOUR = ['hour', 'hours', 'h', 'hr', 'stunde', 'std', 'hora', 'heure', 'ora'];
const SECOND = ['second', 's', 'sec', 'sekunde', 'segundo', 'seconde', 'secondo'];
const RATE = ['per', 'pro', 'por', 'par', '/', 'an', 'em', 'al', 'all', 'a'];
const TIME_WORDS = [
  ...HOUR,
  ...SECOND,
  ...['hours', 'minute', 'minutes', 'min', 'day', 'days', 'week', 'month', 'year', 'stunden', 'minuten'],
  ...['sekunden', 'tag', 'horas', 'minuto', 'minutos', 'segundos', 'dia', 'heures', 'jour', 'ore', 'minuti'],
  ...['secondi', 'giorno', 'secondes'],
];
/** A length per hour or per second that is a speed this family converts. */
const SPEEDS: Record<string, { hour?: string; second?: string }> = {
  km: { hour: 'km/h' },
  mi: { hour: 'mph' },
  nmi: { hour: 'kn' },
  m: { second: 'm/s' },
};

function matchAt(tokens: Token[], i: number, p: Pattern): boolean {
  if (i + p.seq.length > tokens.length) return false;
  for (let k = 0; k < p.seq.length; k++) {
    const t = tokens[i + k];
    if ((p.caseSensitive ? t.raw : t.low) !== p.seq[k]) return false;
  }
  // "m2", "km ²": an area symbol is written as one ("convert 5 km 2 times" names kilometres).
  if (p.quantity === 'area' && p.caseSensitive) {
    for (let k = 1; k < p.seq.length; k++) if (tokens[i + k].at !== tokens[i + k - 1].end) return false;
  }
  // "mm:ss" is a time format, not millimetres.
  if (p.caseSensitive && (tokens[i - 1]?.raw === ':' || tokens[i + p.seq.length]?.raw === ':')) return false;
  if (!p.afterNumber) return true;
  const before = tokens[i - 1];
  return before !== undefined && (before.num || SYMBOL_LEADS.includes(before.low));
}

/** How many tokens from `i` say "per hour" (or "per second", as `per`): "per hour", "/h", "a la hora", or 0. */
function perTime(tokens: Token[], i: number, per: 'hour' | 'second'): number {
  const words = per === 'hour' ? HOUR : SECOND;
  const t = tokens[i];
  if (!t) return 0;
  if (per === 'hour' && ['orari', 'orarie', 'orario'].includes(t.low)) return 1;
  if (!RATE.includes(t.low)) return 0;
  const article = ['la', 'l', 'the'].includes(tokens[i + 1]?.low ?? '') ? 1 : 0;
  return words.includes(tokens[i + 1 + article]?.low ?? '') ? 2 + article : 0;
}

/** The units a feature names, in order; a length per unit of time is a speed (or an unconverted rate). */
export function mentionsIn(tokens: Token[], skip: (i: number) => boolean = () => false): Mention[] {
  const found: (Mention & { contextual?: boolean })[] = [];
  for (let i = 0; i < tokens.length;) {
    const p = skip(i) ? undefined : patternAt(tokens, i);
    if (!p) {
      i++;
      continue;
    }
    let end = i + p.seq.length;
    let unitSymbol: string | null = p.unit;
    let quantity: Quantity | null = p.quantity;
    if (p.quantity === 'length') {
      const hour = perTime(tokens, end, 'hour');
      const second = perTime(tokens, end, 'second');
      if (hour || second) {
        unitSymbol = (hour ? SPEEDS[p.unit]?.hour : SPEEDS[p.unit]?.second) ?? null;
        quantity = unitSymbol ? 'speed' : null;
        end += hour || second;
      }
    }
    const written = tokens
      .slice(i, end)
      .map((t, k, all) => (k > 0 && t.at > all[k - 1].end ? ` ${t.raw}` : t.raw))
      .join('');
    found.push({
      unit: unitSymbol,
      quantity,
      start: i,
      end,
      written,
      ...(p.contextual ? { contextual: true } : {}),
    });
    i = end;
  }
  // "bar" and "pascal" name units only beside their quantity's words or another of its units.
  const lows = tokens.map((t) => t.low);
  const speaksOf = (q: Quantity) =>
    found.some((o) => o.quantity === q && !o.contextual) ||
    QUANTITIES[q].words.some((w) => {
      const seq = w.split(' ');
      return lows.some((_, i) => seq.every((x, k) => lows[i + k] === x));
    });
  const kept = found
    .filter((m) => !m.contextual || (m.quantity !== null && speaksOf(m.quantity)))
    .map(({ contextual: _, ...m }) => m);
  return kept.map((m) => (isRate(tokens, m, kept) ? { ...m, unit: null, quantity: null } : m));
}

/** Whether a unit is part of a rate ("miles per gallon", "€/kg", "min/km", "MB/s", "price per kilogram"). */
function isRate(tokens: Token[], m: Mention, all: Mention[]): boolean {
  const next = tokens[m.end];
  const after = tokens[m.end + 1];
  const unitAt = (i: number) => all.some((o) => o.start === i);
  if (next?.raw === '/') return true;
  if (next && ['per', 'pro', 'por', 'par'].includes(next.low) && after) {
    if (unitAt(m.end + 1) || TIME_WORDS.includes(after.low)) return true;
  }
  let b = m.start - 1;
  if (tokens[b]?.num) b--;
  return tokens[b] !== undefined && ['/', 'per', 'pro'].includes(tokens[b].low);
}

/** Stems of the words that ask for a conversion, in the languages features are written in. */
const CONVERT_STEMS = [
  'convert',
  'conversion',
  'conversao',
  'conversoes',
  'conversor',
  'umrechn',
  'umwand',
  'konvert',
];

/** Whether the feature asks for a conversion. */
export function asksToConvert(tokens: Token[]): boolean {
  return tokens.some(
    (t) => CONVERT_STEMS.some((s) => t.low.startsWith(s)) || t.raw === '→' || t.raw === '->',
  );
}

const UNIT_WORDS = [
  'unit',
  'units',
  'einheit',
  'einheiten',
  'unidad',
  'unidades',
  'unite',
  'unites',
  'unita',
];
/** Verbs that ask for a conversion of what follows them ("convert weights", "convertir des distances"). */
const CONVERT_VERBS = ['convert', 'konvertier'];
/** German verbs that come after what they convert ("Gewichte umrechnen"). */
const CONVERT_VERBS_LAST = ['umrechn', 'umwand', 'konvertier'];
/** Names of a converter, on either side of the quantity ("length converter", "Umrechner für Gewichte"). */
const CONVERTERS = ['converter', 'convertisseur', 'convertidor', 'conversor', 'convertitore', 'umrechner'];

/**
 * Whether a feature that names a quantity but no unit asks to convert it: "convert weights between metric
 * and imperial", "Entfernungen umrechnen", "length converter", "unit conversion for lengths". Not "track page
 * speed and convert visitors": the verb must come just before the quantity (just after, for German), or the
 * feature must speak of units.
 */
export function asksToConvertQuantity(tokens: Token[], quantityWords: string[]): boolean {
  if (!asksToConvert(tokens)) return false;
  if (tokens.some((t) => UNIT_WORDS.includes(t.low))) return true;
  const at = (stems: string[]) =>
    tokens.flatMap((t, i) => (stems.some((v) => t.low.startsWith(v)) ? [i] : []));
  const quantities = tokens.flatMap((t, i) => (quantityWords.includes(t.low) ? [i] : []));
  return quantities.some(
    (q) =>
      at(CONVERT_VERBS).some((v) => q > v && q - v <= 3) ||
      at(CONVERT_VERBS_LAST).some((v) => v > q && v - q <= 3) ||
      at(CONVERTERS).some((v) => Math.abs(v - q) <= 2),
  );
}

const SOURCE = ['from', 'von', 'vom', 'aus', 'de', 'desde', 'da', 'dal', 'dalla'];
const TARGET = ['to', 'into', 'nach', 'zu', 'a', 'al', 'para', 'as', 'en', 'in', 'em'];
/** Target markers that are also "in" (English "a distance in km", Spanish "en km"): weaker than the rest. */
const WEAK_TARGET = ['in', 'en', 'em'];
const SKIPPED = new Set(
  (
    'a an the some any given ein eine einen einem einer der die das den dem un una une uno unos unas des les ' +
    'le la los las il lo gli i o os um uma us'
  ).split(' '),
);
const HOW_MANY = [
  ['how', 'many'],
  ['how', 'much'],
  ['wie', 'viele'],
  ['wie', 'viel'],
  ['cuantos'],
  ['cuantas'],
  ['combien'],
  ['quanti'],
  ['quante'],
  ['quantos'],
  ['quantas'],
];

type Mark = 'source' | 'target' | 'weak' | null;

/** English singular unit names, before which "a" is an article ("a mile"), not "to" ("a millas"). */
const ENGLISH_SINGULAR = new Set(
  UNITS.flatMap((u) => [u.singular.toLowerCase(), u.singular.toLowerCase().replace(/re\b/g, 'er')]),
);

/** What the words just before a unit say it is: where a conversion starts, or where it goes. */
function markOf(tokens: Token[], m: Mention): Mark {
  const english = ENGLISH_SINGULAR.has(m.written.toLowerCase());
  for (let i = m.start - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i];
    // "a" is Spanish/Italian/Portuguese "to" before "millas", but an English article before "mile".
    if (t.low === 'a' && english) continue;
    if (SOURCE.includes(t.low)) return 'source';
    if (WEAK_TARGET.includes(t.low)) return 'weak';
    if (TARGET.includes(t.low)) return 'target';
    if (!t.num && !SKIPPED.has(t.low)) return null;
  }
  return null;
}

function howManyBefore(tokens: Token[], m: Mention): boolean {
  return HOW_MANY.some((seq) =>
    [0, 1, 2].some((gap) => {
      const start = m.start - gap - seq.length;
      return start >= 0 && seq.every((w, k) => tokens[start + k].low === w);
    }),
  );
}

/**
 * Which way a conversion between the first two units a feature names goes: [from, to] as mentions, or null
 * when nothing in the feature says so ("distance in km and pace per mile" is no conversion).
 */
export function direction(
  tokens: Token[],
  a: Mention,
  b: Mention,
  convert: boolean,
): [Mention, Mention] | null {
  if (howManyBefore(tokens, a)) return [b, a];
  const markA = markOf(tokens, a);
  const markB = markOf(tokens, b);
  if (markB === 'source' || markA === 'target') return [b, a];
  if (markA === 'source' || markB === 'target') return [a, b];
  if (markB === 'weak' && (convert || b.start - a.end <= 2)) return [a, b];
  const between = tokens.slice(a.end, b.start);
  if (between.some((t) => ['→', '->', '='].includes(t.raw))) return [a, b];
  return null;
}

const BETWEEN = ['between', 'zwischen', 'entre', 'tra', 'fra'];
const AND = ['and', 'und', 'y', 'e', 'et', 'or', 'oder', 'o', 'ou'];
const BOTH_WAYS = [
  ['both', 'ways'],
  ['both', 'directions'],
  ['either', 'direction'],
  ['and', 'back'],
  ['vice', 'versa'],
  ['viceversa'],
  ['beide', 'richtungen'],
  ['beiden', 'richtungen'],
  ['und', 'zuruck'],
  ['ambos', 'sentidos'],
  ['ambas', 'direcciones'],
  ['inversement'],
  ['deux', 'sens'],
  ['entrambe', 'le', 'direzioni'],
  ['entrambi', 'i', 'sensi'],
  ['ambas', 'as', 'direcoes'],
];

/** Whether the feature converts between units either way ("between km and miles", "both ways"). */
export function eitherWay(tokens: Token[], mentions: Mention[]): boolean {
  const lows = tokens.map((t) => t.low);
  if (BOTH_WAYS.some((seq) => lows.some((_, i) => seq.every((w, k) => lows[i + k] === w)))) return true;
  const [a, b] = mentions;
  if (!a || !b) return false;
  const before = lows.slice(Math.max(0, a.start - 4), a.start);
  const joined = lows.slice(a.end, b.start);
  return before.some((w) => BETWEEN.includes(w)) && joined.length <= 2 && joined.some((w) => AND.includes(w));
}

/** Whether the feature names one of `phrases` (folded words separated by spaces). */
export function namesAny(tokens: Token[], phrases: string[]): boolean {
  const lows = tokens.map((t) => t.low);
  return phrases.some((phrase) => {
    const seq = phrase.split(' ');
    return lows.some((_, i) => seq.every((w, k) => lows[i + k] === w));
  });
}

/** Phrases that say something is refused without a refusal verb ("cannot be negative", "no puede ser"). */
const CANNOT =
  /\b(cannot be|can't be|can not be|must not be|may not be|not allowed|makes no sense|(is|are) an error|darf nicht|durfen nicht|nicht erlaubt|no puede|no pueden|no se permite|ne peut pas|ne peuvent pas|non puo|non possono|nao pode|nao podem)\b/;

/** Participles and adjectives of refusal the shared stems miss ("abgelehnt", "prohibido", "interdit"). */
const REFUSED_STEMS = [
  'abgelehnt',
  'zuruckgewiesen',
  'unzulassig',
  'verboten',
  'prohib',
  'proib',
  'interdit',
  'vietat',
];

/** Whether the feature says something must be refused. */
export function saysRefuse(text: string, words: string[]): boolean {
  return (
    refuses(words) ||
    words.some((w) => REFUSED_STEMS.some((stem) => w.startsWith(stem))) ||
    CANNOT.test(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
  );
}

const BELOW = ['below', 'less', 'under', 'unter', 'kleiner', 'menor', 'menos', 'inferieur', 'inferieure'];
const BELOW_MORE = ['inferieures', 'inferieurs', 'sotto', 'minore', 'minori', 'abaixo', 'unterhalb'];
const ZERO = ['zero', 'null', 'cero', '0', 'nulle'];

/** Whether the feature speaks of negative values ("negative weights", "below zero", "menor que 0"). */
export function saysNegative(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      /^negati[vf]/.test(t.low) ||
      (ZERO.includes(t.low) &&
        tokens.slice(Math.max(0, i - 3), i).some((b) => BELOW.includes(b.low) || BELOW_MORE.includes(b.low))),
  );
}

/** Whether a text writes a non-zero amount in a unit of the tables ("above 300 km/h", "más de 20 kg"). */
export function writesAmountInUnit(text: string): boolean {
  const tokens = tokensOf(text);
  return mentionsIn(tokens).some((m) => {
    const before = tokens[m.start - 1];
    return m.unit !== null && before?.num === true && Number(before.raw.replace(',', '.')) !== 0;
  });
}
