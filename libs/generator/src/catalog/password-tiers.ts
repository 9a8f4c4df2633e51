/*
 * The tiers a password rating names in the user's own words: "strong means at least 12 characters with upper
 * case, lower case, a digit and a symbol; shorter than 8 is always weak; everything in between is medium",
 * "strong: 12 or more characters mixing the four classes; everything else is fair", "excellent needs 14+
 * characters with all four classes, good needs at least 10 characters and a digit, anything else is poor",
 * "stark ab 12 Zeichen …; unter 8 Zeichen immer schwach; sonst mittel". Each tier's clause is read whole: its
 * length (at least, below, between), the character classes it needs (or how many of the four), or that it is
 * every other password's tier. A clause that says anything else ("depending on its entropy", "no repeated
 * characters", "a symbol or an upper-case letter"), tiers that leave some password without a tier, or two tiers
 * of the same rank are an unread rating: a refusal, not a guess. Readers only; the feature text is data.
 */

import {
  ALL_CLASSES,
  ASKING,
  CLASSES,
  CLASS_PATTERNS,
  COUNT_WORDS,
  EMPTY_REFUSED,
  LENGTHS,
  MISSING,
  ONE_KIND,
  ONLY_LETTERS,
  SOME_CLASSES,
  WHATEVER,
  type CharacterClass,
  type Tier,
  type TierRating,
} from './password-tier-words';

export {
  CLASSES,
  EMPTY_REFUSED,
  MISSING,
  type CharacterClass,
  type Tier,
  type TierRating,
} from './password-tier-words';

/** Tier names by rank (0 the lowest), folded; a feature names each tier with one of these. */
const RANKS: string[][] = [
  ['very weak', 'sehr schwach', 'muy debil', 'tres faible', 'molto debole', 'muito fraca', 'muito fraco'],
  ['weak', 'poor', 'bad', 'schwach', 'schlecht', 'debil', 'faible', 'debole', 'fraca', 'fraco'],
  [
    'medium',
    'fair',
    'moderate',
    'ok',
    'okay',
    'acceptable',
    'mittel',
    'mittelmassig',
    'ausreichend',
    'media',
    'medio',
    'aceptable',
    'moyen',
    'moyenne',
    'discreta',
    'sufficiente',
    'razoavel',
  ],
  ['good', 'gut', 'buena', 'bueno', 'bon', 'bonne', 'buona', 'buono', 'boa', 'bom'],
  ['strong', 'stark', 'fuerte', 'fort', 'forte'],
  [
    'very strong',
    'excellent',
    'great',
    'sehr stark',
    'exzellent',
    'muy fuerte',
    'excelente',
    'tres fort',
    'tres forte',
    'molto forte',
    'eccellente',
    'ottima',
    'muito forte',
  ],
];
const RANK = new Map(RANKS.flatMap((names, rank) => names.map((n) => [n, rank] as const)));
/** Longest first, so that "very strong" is one name and not "strong". */
const NAMES = [...RANK.keys()].sort((a, b) => b.length - a.length);
const NAME = new RegExp(`(?<![\\p{L}\\d])(?:${NAMES.join('|')})(?![\\p{L}\\d])`, 'gu');

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** "weak, medium or strong": the names a rating lists, without what each one means. */
const LIST = new RegExp(
  `(?<![\\p{L}\\d])(?:${NAMES.join('|')})(?:\\s*,\\s*(?:${NAMES.join('|')}))*\\s*,?\\s+(?:or|and|oder|und|o|y|ou|et|e)\\s+(?:${NAMES.join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** Words that make a tier every other password's ("everything else", "sonst", "el resto", "sinon"). */
const FALLBACK =
  /\b(?:everything else|anything else|all else|everything in between|anything in between|in between|the rest|otherwise|else|alles andere|alle anderen|der rest|sonst|ansonsten|el resto|lo demas|todo lo demas|en otro caso|de lo contrario|si no|le reste|tout le reste|sinon|autrement|il resto|tutto il resto|altrimenti|o resto|caso contrario|senao|de resto)\b/;

/** Words a tier's clause may hold besides its name, length and classes (the sentence around them). */
const FILLER = new Set(
  `a an the and with it its it's has have having contains containing including include includes mixing mix
  mixes mixed that which of one each at least means mean is are be being gets get counts count as rated rating needs need
  requires require required must when if for always any anything everything password passwords that this
  is characters character chars char long
  und mit ein eine einen einer es ist sind bedeutet heisst heißt hat haben braucht benotigt wenn bei falls gilt
  als immer zeichen passwort passworter kennwort mindestens
  y con un una es son significa tiene tenga necesita si cuando para siempre caracteres contrasena
  contrasenas la el los las de
  et avec une est sont signifie a contient faut quand si pour toujours caracteres mot passe le les
  e con uno ha contiene serve se quando per sempre caratteri
  com tem contem precisa quando se para sempre caracteres senha um uma
  mischt mischen gemischt enthalt s'il il elle fait melange melangent que mezcla mezclen mezclando combina
  mescola mescolando tiver tenha mistura misture misturando`.split(/\s+/),
);
/** Words a clause listing the names may hold ("rate a password as weak, medium or strong"). */
const LIST_FILLER = new Set(
  `${[...FILLER].join(' ')} rate rates grade grades score scores classify classified label tell tells say says
  show shows answer answers return returns whether how good strong weak its their your someone people user
  picked picks chosen new into one either levels level tiers tier strength check checks
  bewerten bewertet einstufen einordnen stufe stufen als ob wie stark sagen zuruckgeben angeben passwortstarke
  clasificar calificar evaluar valorar como nivel niveles fuerza
  noter evaluer classer niveau niveaux robustesse comme
  valutare classificare livello livelli robustezza come
  avaliar classificar nivel niveis forca como`.split(/\s+/),
);

/** What one clause says of its tier, or null when it says something this reader cannot take. */
function readCondition(clause: string): (Partial<Tier> & { fallback?: boolean }) | null {
  let rest = clause.replace(WHATEVER, ' ');
  const out: Partial<Tier> & { fallback?: boolean } = {};
  if (ONE_KIND.test(rest)) {
    out.maxKinds = 1;
    rest = rest.replace(ONE_KIND, ' ');
  }
  if (FALLBACK.test(rest)) {
    out.fallback = true;
    rest = rest.replace(FALLBACK, ' ');
  }
  const some = SOME_CLASSES.exec(rest);
  if (some) {
    out.classCount = COUNT_WORDS[some[1]] ?? Number(some[1]);
    rest = rest.replace(some[0], ' ');
  }
  const classes = new Set<CharacterClass>();
  if (ALL_CLASSES.test(rest)) {
    CLASSES.forEach((c) => classes.add(c));
    rest = rest.replace(ALL_CLASSES, ' ');
  }
  for (const [name, pattern] of CLASS_PATTERNS) {
    if (rest.search(pattern) >= 0) classes.add(name);
    rest = rest.replace(pattern, ' ');
  }
  for (const [pattern, set] of LENGTHS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const read = set(Number(m[1]), Number(m[2]));
    if (
      (read.minLength !== undefined && out.minLength !== undefined) ||
      (read.below !== undefined && out.below !== undefined)
    )
      return null;
    Object.assign(out, read);
    rest = rest.replace(m[0], ' ');
  }
  // "an upper-case letter or a symbol" asks for either: not one rule of classes each required.
  if (classes.size > 0 && /\b(?:or|oder|o|ou)\b/.test(rest)) return null;
  if (/\d/.test(rest)) return null;
  const words = rest.match(/[\p{L}']+/gu) ?? [];
  if (words.some((w) => !FILLER.has(w))) return null;
  out.classes = CLASSES.filter((c) => classes.has(c));
  if (
    out.fallback &&
    (out.minLength !== undefined || out.below !== undefined || classes.size > 0 || out.maxKinds !== undefined)
  )
    return null;
  // "only one kind" beside classes it must hold, or beside a count of classes, contradicts or repeats itself.
  if (out.maxKinds !== undefined && (classes.size > 0 || out.classCount !== undefined)) return null;
  if (out.classCount !== undefined && (out.classCount < 1 || out.classCount > 4 || classes.size > 0))
    return null;
  return out;
}

/** Where a name list ends in `clause`, or -1. */
function listEnd(clause: string): number {
  const m = new RegExp(LIST.source, 'u').exec(clause);
  return m ? m.index + m[0].length : -1;
}

const NAME_AT = new RegExp(NAME.source, 'u');
/** A comma before another tier's name or a fallback: the next tier's clause starts there. */
const NEXT_TIER = new RegExp(
  `,\\s*(?=(?:and |but |und |aber |y |et |e |ma )?(?:${NAMES.join('|')}|${FALLBACK.source})(?![\\p{L}\\d]))`,
  'u',
);
/** A comma right after a tier's name: "under 8 characters is weak, 12+ characters … is strong". */
const AFTER_NAME = new RegExp(`(?<=(?<![\\p{L}\\d])(?:${NAMES.join('|')})),\\s*`, 'gu');

/** `piece` cut at each comma after a name when what follows names another tier ("… is weak, 12+ … is strong"). */
function afterNames(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of piece.matchAll(AFTER_NAME)) {
    const cut = m.index ?? 0;
    if (!NAME_AT.test(piece.slice(cut + m[0].length))) continue;
    out.push(piece.slice(start, cut));
    start = cut + m[0].length;
  }
  return [...out, piece.slice(start)];
}

/**
 * The clauses of a feature: sentences, parts after ";", "—" or brackets, the part before a ":" that names no
 * tier of its own ("Rate passwords: strong means …"), a tier's definition after a list of the names ("weak,
 * medium or strong strong means …"), and parts after a comma that start another tier.
 */
function clausesOf(folded: string): string[] {
  const parts = folded
    .replace(/[„“”"«»‘’]|(?<!\p{L})'|'(?!\p{L})/gu, ' ')
    .split(/[;\n()]|\.(?=\s|$)|\s[—–]\s|\s-\s/);
  const split: string[] = [];
  for (const part of parts) {
    const colon = part.indexOf(':');
    const before = colon >= 0 ? part.slice(0, colon) : '';
    const own = before.replace(new RegExp(LIST.source, 'gu'), ' ');
    const last = [...before.matchAll(NAME)].pop();
    // A heading before the colon ("Rate passwords:"), not a condition ("moins de 8 caractères : faible").
    if (colon >= 0 && !NAME_AT.test(own) && !/\d/.test(before)) split.push(before, part.slice(colon + 1));
    // "… a password is strong: 12 or more characters": the name right before the colon starts its definition.
    else if (last !== undefined && before.slice(last.index + last[0].length).trim() === '')
      split.push(before.slice(0, last.index), part.slice(last.index));
    else split.push(part);
  }
  const out: string[] = [];
  for (const part of split) {
    // After a list of the names, the first name that follows starts its own definition.
    const end = listEnd(part);
    const after = end >= 0 ? part.slice(end) : '';
    const next = end >= 0 ? NAME_AT.exec(after) : null;
    const split =
      next !== null &&
      (after.slice(0, next.index).match(/[\p{L}']+/gu) ?? []).every((w) => LIST_FILLER.has(w));
    // The list itself is one clause: its commas separate names, not tiers.
    const pieces =
      end < 0
        ? part.split(NEXT_TIER).flatMap(afterNames)
        : split
          ? [part.slice(0, end + next.index), ...after.slice(next.index).split(NEXT_TIER).flatMap(afterNames)]
          : [part];
    for (const piece of pieces) {
      const previous = out[out.length - 1];
      // "caso contrário, média": a fallback said apart from its name by a comma is one clause.
      if (previous !== undefined && FALLBACK.test(previous) && previous.replace(FALLBACK, '').trim() === '')
        out[out.length - 1] = `${previous} ${piece}`;
      else out.push(piece);
    }
  }
  return out.map((c) => c.trim()).filter((c) => c !== '');
}

/** Whether every password (any length, any classes) gets some tier. */
function covers(tiers: Tier[], lettersOneKind: boolean): boolean {
  const longest = Math.max(0, ...tiers.flatMap((t) => [t.minLength ?? 0, t.below ?? 0])) + 1;
  for (let length = 0; length <= longest; length++) {
    for (let mask = 0; mask < 16; mask++) {
      const has = CLASSES.filter((_, i) => (mask & (1 << i)) !== 0);
      if (!tiers.some((t) => meets(t, length, has, lettersOneKind))) return false;
    }
  }
  return true;
}

/** How many kinds of character `has` holds: the four classes, or letters of either case as one kind. */
export function kindsOf(has: readonly CharacterClass[], lettersOneKind: boolean): number {
  if (!lettersOneKind) return has.length;
  const letters = has.includes('lowercase') || has.includes('uppercase') ? 1 : 0;
  return letters + has.filter((c) => c === 'digit' || c === 'symbol').length;
}

function meets(t: Tier, length: number, has: CharacterClass[], lettersOneKind: boolean): boolean {
  return (
    (t.minLength === undefined || length >= t.minLength) &&
    (t.below === undefined || length < t.below) &&
    t.classes.every((c) => has.includes(c)) &&
    (t.classCount === undefined || has.length >= t.classCount) &&
    (t.maxKinds === undefined || kindsOf(has, lettersOneKind) <= t.maxKinds)
  );
}

/** A tier name as the feature writes it (accents kept), lower-cased: the answer is the feature's own word. */
function writtenName(text: string, name: string): string {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/\p{L}+/gu) ?? [];
  const size = name.split(' ').length;
  for (let i = 0; i + size <= words.length; i++) {
    const phrase = words.slice(i, i + size).join(' ');
    if (fold(phrase) === name) return phrase;
  }
  return name;
}

/** Words that may follow a name said in passing ("how strong a password is"), before a tier's own clause. */
const PASSING_TAIL = new Set(
  `a the your my their its password passwords passwort kennwort contrasena senha mot de passe is are ist sind es
  est e be`.split(/\s+/),
);

/**
 * `clause` after a name said in passing at its start ("rate how strong a password is | under 8 characters is
 * always weak"): the words up to the first name and the few after it ("a password is") say nothing of a tier.
 * Null when the start is not such a mention.
 */
function afterPassingMention(clause: string): string | null {
  const first = NAME_AT.exec(clause);
  if (first === null) return null;
  const before = clause.slice(0, first.index).match(/[\p{L}']+/gu) ?? [];
  if (/\d/.test(clause.slice(0, first.index)) || before.some((w) => !LIST_FILLER.has(w))) return null;
  let end = first.index + first[0].length;
  const word = /\s*([\p{L}']+)/uy;
  for (let m = word.exec(clause.slice(end)); m !== null; m = word.exec(clause.slice(end))) {
    if (!PASSING_TAIL.has(m[1])) break;
    end += m[0].length;
    word.lastIndex = 0;
  }
  return clause.slice(end);
}

/** What a feature says of tiers: none, a rating read whole, or one it names but cannot read. */
export type TierReading = { kind: 'none' } | { kind: 'unread' } | { kind: 'read'; rating: TierRating };

/** "…, or …" between two whole conditions of one tier ("shorter than 8 characters, or only one kind"). */
const EITHER = /,?\s+(?:or|oder|o|ou|oppure)\s+/;

type Condition = Partial<Tier> & { fallback?: boolean };

/**
 * The conditions one tier's clause says: one, or several joined by "or" when each alone is a length or a kind
 * count ("shorter than 8 characters, or only one kind of character"); null when unread.
 */
function readConditions(mention: string): Condition[] | null {
  const whole = readCondition(mention);
  if (whole !== null) return [whole];
  const parts = mention.split(EITHER);
  if (parts.length < 2) return null;
  const read = parts.map(readCondition);
  const ok = read.every(
    (c) =>
      c !== null &&
      !c.fallback &&
      (c.minLength !== undefined || c.below !== undefined || c.maxKinds !== undefined),
  );
  return ok ? (read as Condition[]) : null;
}

/**
 * The tiers a rating names. `threeLevels` completes a rating in weak, medium and strong that leaves some of them
 * unsaid (the catalog's default rules: strong meets `strongDefault`, weak is shorter than it, medium is the rest).
 */
export function readTiers(
  text: string,
  strongDefault: () => { minLength: number; classes: CharacterClass[]; weakBelow: number },
): TierReading {
  const folded = fold(text);
  const asWritten = (name: string) => writtenName(text, name);
  const listed = new Set<string>();
  const defined = new Map<string, Condition[]>();
  // Every name the feature says, and whether some clause about them could not be read: with one name alone
  // ("is my password strong enough?") there is no rating in tiers to read, only rules.
  const mentioned = new Set<string>();
  let unread = false;
  for (const read of clausesOf(folded)) {
    // "an empty password is an error, not a rating": a refusal the rating's design takes, no tier.
    if (EMPTY_REFUSED.test(read)) continue;
    // "… the rest is medium also say what is missing": the request for what is missing is no tier's.
    const ask = MISSING.exec(read);
    const clause = ask ? read.slice(0, ask.index).replace(ASKING, '') : read;
    let rest = clause;
    for (const m of clause.matchAll(LIST)) {
      for (const n of m[0].matchAll(NAME)) listed.add(n[0]);
      rest = rest.replace(m[0], ' ');
    }
    const names = [...rest.matchAll(NAME)].map((m) => m[0]);
    names.forEach((n) => mentioned.add(n));
    if (rest !== clause) {
      const words = rest.match(/[\p{L}']+/gu) ?? [];
      if (names.length > 0 || /\d/.test(rest) || words.some((w) => !LIST_FILLER.has(w))) unread = true;
      continue;
    }
    if (names.length === 0) continue;
    // "rate how strong a password is under 8 characters is always weak": a feature read after the one that asks
    // for the rating, the name said in passing before it.
    const own = names.length > 1 ? afterPassingMention(clause) : clause;
    if (own === null || [...own.matchAll(NAME)].length !== 1) {
      unread = true;
      continue;
    }
    names.splice(0, names.length, ...[...own.matchAll(NAME)].map((m) => m[0]));
    const mention = own.replace(NAME, ' ');
    // A name said in passing ("rate how strong a password is") defines nothing.
    if (!/\d/.test(mention) && (mention.match(/[\p{L}']+/gu) ?? []).every((w) => LIST_FILLER.has(w)))
      continue;
    const conditions = readConditions(mention);
    if (conditions === null || defined.has(names[0])) unread = true;
    else defined.set(names[0], conditions);
  }
  listed.forEach((n) => mentioned.add(n));
  if (mentioned.size < 2) return { kind: 'none' };
  if (unread) return { kind: 'unread' };
  const all = new Set([...listed, ...defined.keys()]);
  if (all.size < 2) return { kind: 'unread' };
  const ranks = [...all].map((n) => RANK.get(n) ?? -1);
  if (new Set(ranks).size !== ranks.length) return { kind: 'unread' };
  const empty = (d: Condition) =>
    !d.fallback &&
    d.minLength === undefined &&
    d.below === undefined &&
    (d.classes ?? []).length === 0 &&
    d.classCount === undefined &&
    d.maxKinds === undefined;
  const bare = [...all].filter((n) => {
    const d = defined.get(n);
    return d === undefined || d.every(empty);
  });
  const threeLevels = ranks.length === 3 && [1, 2, 4].every((r) => ranks.includes(r));
  const byRank = (r: number) => [...all].find((n) => RANK.get(n) === r) as string;
  const isFallback = (n: string) => (defined.get(n) ?? []).some((d) => d.fallback);
  if (threeLevels && bare.length > 0) {
    const base = strongDefault();
    const strong = byRank(4);
    const weak = byRank(1);
    const medium = byRank(2);
    if (bare.includes(strong)) defined.set(strong, [{ minLength: base.minLength, classes: base.classes }]);
    if (bare.includes(weak)) defined.set(weak, [{ below: base.weakBelow }]);
    if (bare.includes(medium)) defined.set(medium, [{ fallback: true, classes: [] }]);
  } else if (bare.length === 1 && ![...defined.keys()].some(isFallback)) {
    defined.set(bare[0], [{ fallback: true, classes: [] }]);
  } else if (bare.length > 0) return { kind: 'unread' };
  const fallbacks = [...defined.keys()].filter(isFallback);
  if (fallbacks.length > 1) return { kind: 'unread' };
  // A fallback said beside conditions of its own ("medium: 8 or more characters, or everything else") is unread.
  if (fallbacks.some((n) => (defined.get(n) ?? []).length > 1)) return { kind: 'unread' };
  const tier = (name: string, d: Condition): Tier => ({
    name: asWritten(name),
    ...(d.minLength !== undefined ? { minLength: d.minLength } : {}),
    ...(d.below !== undefined ? { below: d.below } : {}),
    classes: d.classes ?? [],
    ...(d.classCount !== undefined ? { classCount: d.classCount } : {}),
    ...(d.maxKinds !== undefined ? { maxKinds: d.maxKinds } : {}),
  });
  const conditioned = [...defined.entries()]
    .filter(([n]) => !isFallback(n))
    .flatMap(([n, ds]) => ds.map((d) => ({ name: n, d })));
  // A tier said only as a cap ("shorter than 8 is always weak", "only one kind of character") is tried first,
  // the lowest first; then the others, the highest first.
  const cap = (d: Condition) =>
    (d.below !== undefined || d.maxKinds !== undefined) &&
    d.minLength === undefined &&
    (d.classes ?? []).length === 0 &&
    d.classCount === undefined;
  const rank = (n: string) => RANK.get(n) ?? 0;
  const order = [
    ...conditioned.filter((c) => cap(c.d)).sort((a, b) => rank(a.name) - rank(b.name)),
    ...conditioned.filter((c) => !cap(c.d)).sort((a, b) => rank(b.name) - rank(a.name)),
  ];
  const tiers = order.map((c) => tier(c.name, c.d));
  const fallback = fallbacks.length === 1 ? asWritten(fallbacks[0]) : null;
  const lettersOneKind = tiers.some((t) => t.maxKinds !== undefined) && ONLY_LETTERS.test(folded);
  if (fallback === null && !covers(tiers, lettersOneKind)) return { kind: 'unread' };
  return {
    kind: 'read',
    rating: { tiers, fallback, ...(lettersOneKind ? { lettersOneKind: true } : {}) },
  };
}

/** The tier a password of `length` characters with classes `has` gets: the reference the examples use. */
export function tierOf(rating: TierRating, length: number, has: CharacterClass[]): string {
  return (
    rating.tiers.find((t) => meets(t, length, has, rating.lettersOneKind === true))?.name ??
    rating.fallback ??
    ''
  );
}
