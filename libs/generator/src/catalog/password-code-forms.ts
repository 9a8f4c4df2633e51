/*
 * More ways a feature writes the failure codes of a password check, as written (a code is lower-case ASCII), beside the ones
 * password-rules.ts reads ("at least 12 characters (too_short)", "too_short: fewer than 12 characters"):
 *   - a code before its failure or rule in parentheses: "too_short (fewer than 8 characters)", "zu_kurz (weniger
 *     als 10 Zeichen)", "curta (menos de 8 caracteres)";
 *   - a one-word code after '=' among identifiers: "comune = password comune come password o qwerty";
 *   - codes listed apart from the rules, each naming its rule by its own words: "answer the failed rules as
 *     too_short, no_digit, no_upper", "com os códigos curta, sem_digito, sem_maiuscula".
 * A one-word code is read only in a list where another code is an identifier (too_short), never alone. Readers
 * only; which rule each phrase names is password-rules.ts's.
 */

/** A code as features write one: lower-case letters and digits, words joined by '_' ("too_short", "comun"). */
const CODE = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)*`;

/** "too_short (fewer than 8 characters)": a code at the start of a list item, then its phrase in parentheses. */
const CODE_THEN_PARENTHESES = new RegExp(
  String.raw`(?:^|[\n;,:])\s*[-*•]?\s*[\x60"']?(${CODE})[\x60"']?\s*\(([^()\n]+)\)`,
  'g',
);

/** "comune = password comune come password o qwerty": a one-word code before '=' or an arrow, in a list item. */
const WORD_THEN_EQUALS = /(?:^|[\n;,])\s*[-*•]?\s*[`"']?([a-z]{3,})[`"']?\s*(?:=|→|->)\s*([^\n;,]+)/g;

/** A match as password-rules.ts's readers take it: the whole text matched, the phrase, the code. */
export type CodeMatch = [whole: string, phrase: string, code: string];

/** The codes written before their phrase in parentheses, in the order written. */
export function codesBeforeParentheses(text: string): CodeMatch[] {
  return [...text.matchAll(CODE_THEN_PARENTHESES)]
    .filter((m) => !new RegExp(`^${CODE}$`).test(m[2].trim()))
    .map((m) => [m[0], m[2], m[1]]);
}

/** One-word codes before '=' or an arrow ("comune = …"), with where each is written. */
export function wordCodesAfterEquals(text: string): { index: number; match: CodeMatch }[] {
  return [...text.matchAll(WORD_THEN_EQUALS)].map((m) => ({
    index: m.index ?? 0,
    match: [m[0], m[2], m[1]],
  }));
}

/** The rules a code's own words name (its words joined by '_'), as password-rules.ts names them. */
const CODE_WORDS: Record<string, string[]> = {
  min_length: `short kurz corta corto court courte corte curta curto length len lange laenge longitud longueur
    lunghezza comprimento`.split(/\s+/),
  lowercase: 'lower lowercase klein kleinbuchstabe kleinbuchstaben minuscula minuscule minuscola'.split(' '),
  uppercase: `upper uppercase capital caps gross grossbuchstabe grossbuchstaben mayuscula majuscule maiuscola
    maiuscula`.split(/\s+/),
  digit: 'digit digits number numeral ziffer zahl digito numero chiffre cifra'.split(' '),
  symbol: 'symbol special sonderzeichen simbolo especial speciale'.split(' '),
  no_space: 'space spaces whitespace leerzeichen espacio espace spazio espaco'.split(' '),
  not_common: 'common comun comune comum courant haufig frequent'.split(' '),
};

/** The one rule a code names by its own words ("no_digit", "sans_majuscule", "comun"); null for none or several. */
export function ruleOfCode(code: string): string | null {
  const words = code.split('_');
  const named = Object.keys(CODE_WORDS).filter((rule) => CODE_WORDS[rule].some((w) => words.includes(w)));
  return named.length === 1 ? named[0] : null;
}

/** Codes joined by commas or a list's "and" ("too_short, no_digit and no_upper", "curta, sem_digito e …"). */
const CODE_RUN = new RegExp(
  String.raw`${CODE}(?:\s*(?:,|\b(?:and|or|und|oder|y|o|et|ou|e|ed)\b)\s*${CODE})+`,
  'g',
);

/**
 * The codes a feature lists apart from the rules, in the order written, with the span they take: a run of two or
 * more codes, one at least an identifier, each naming its rule by its own words (a one-word code at either end
 * only when it names a rule: "digit and an" is no list). Null when the feature lists none; `'unread'` when a
 * listed identifier names no rule, or two name the same.
 */
export function codesListedApart(
  text: string,
): { codes: { code: string; rule: string }[]; start: number; end: number } | 'unread' | null {
  for (const m of text.matchAll(CODE_RUN)) {
    const tokens = m[0].match(new RegExp(CODE, 'g')) ?? [];
    const isCode = (t: string) => t.includes('_') || ruleOfCode(t) !== null;
    let first = 0;
    let last = tokens.length - 1;
    while (first <= last && !isCode(tokens[first])) first += 1;
    while (last >= first && !isCode(tokens[last])) last -= 1;
    const codes = tokens
      .slice(first, last + 1)
      .filter((t) => !/^(?:and|or|und|oder|y|o|et|ou|e|ed)$/.test(t));
    if (codes.length < 2 || !codes.some((t) => t.includes('_'))) continue;
    const rules = codes.map(ruleOfCode);
    if (rules.some((r) => r === null) || new Set(rules).size < rules.length) return 'unread';
    const start = (m.index ?? 0) + m[0].indexOf(codes[0]);
    const end = (m.index ?? 0) + m[0].lastIndexOf(codes[codes.length - 1]) + codes[codes.length - 1].length;
    return { codes: codes.map((code, i) => ({ code, rule: rules[i] as string })), start, end };
  }
  return null;
}
