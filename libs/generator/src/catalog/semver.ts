import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * Semantic versions (SemVer 2.0.0): which of two versions is newer, and a list of versions in precedence order.
 * Precedence (§11): major, minor and patch compare as numbers (1.10.0 is newer than 1.9.3, unlike string order);
 * a pre-release is older than its release (2.0.0-rc.1 < 2.0.0); pre-release identifiers compare left to right,
 * numeric ones as numbers, others in ASCII order, a numeric one before an alphanumeric one, and more identifiers
 * after equal ones is newer; build metadata (`+…`) does not count. Anything else — "1.2", "v1.2.3", "01.2.3",
 * "1.2.3-" — is not a semantic version and is refused with 400. Recognised from the words for (semantic)
 * versions beside comparing, newer / older, or sorting, in six languages; storing releases is records' work.
 */

/**
 * The grammar of §2–§10 and the precedence of §11, in emitted source. Each function's source stands alone in the
 * generated `src/functions.ts`, so each gets these helpers under names of its own (`tag`).
 */
export function semverCore(tag: string): string {
  return `const SEMVER_NUMBER${tag} = '(0|[1-9][0-9]*)';
const SEMVER_IDENTIFIER${tag} = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_PATTERN${tag} = new RegExp(
  '^' + SEMVER_NUMBER${tag} + '\\\\.' + SEMVER_NUMBER${tag} + '\\\\.' + SEMVER_NUMBER${tag} +
    '(?:-(' + SEMVER_IDENTIFIER${tag} + '(?:\\\\.' + SEMVER_IDENTIFIER${tag} + ')*))?' +
    '(?:\\\\+[0-9A-Za-z-]+(?:\\\\.[0-9A-Za-z-]+)*)?$',
);
interface SemverParts${tag} { core: string[]; pre: string[] }
function parseSemver${tag}(text: unknown): SemverParts${tag} | null {
  if (typeof text !== 'string' || text.length > 256) return null;
  const m = SEMVER_PATTERN${tag}.exec(text);
  return m ? { core: [m[1], m[2], m[3]], pre: m[4] === undefined ? [] : m[4].split('.') } : null;
}
/** Digit strings without leading zeros, compared as numbers of any size. */
function compareDigits${tag}(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
function compareSemverParts${tag}(a: SemverParts${tag}, b: SemverParts${tag}): number {
  for (let i = 0; i < 3; i += 1) {
    const c = compareDigits${tag}(a.core[i], b.core[i]);
    if (c !== 0) return c;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i += 1) {
    const x = a.pre[i];
    const y = b.pre[i];
    const xNum = /^[0-9]+$/.test(x);
    const yNum = /^[0-9]+$/.test(y);
    const c = xNum && yNum ? compareDigits${tag}(x, y) : xNum ? -1 : yNum ? 1 : x === y ? 0 : x < y ? -1 : 1;
    if (c !== 0) return c;
  }
  return a.pre.length === b.pre.length ? 0 : a.pre.length < b.pre.length ? -1 : 1;
}
function notSemver${tag}(name: string, value: unknown): string {
  return name + ' ' + JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value) + ' is not a semantic version (MAJOR.MINOR.PATCH, SemVer 2.0.0)';
}`;
}

export const SEMVER_COMPARE_CODE: FunctionCode = {
  id: 'semver.compare',
  exportName: 'compareSemver',
  source: `${semverCore('')}
/** semver.compare: -1, 0 or 1 as \`a\` is older than, as new as, or newer than \`b\`, and the newer of the two. */
export const compareSemver: CatalogFunction = (input) => {
  const a = parseSemver(input.a);
  const b = parseSemver(input.b);
  const problems = [...(a ? [] : [notSemver('a', input.a)]), ...(b ? [] : [notSemver('b', input.b)])];
  if (!a || !b) return { ok: false, problems };
  const result = compareSemverParts(a, b);
  return { ok: true, value: { result, newer: result < 0 ? input.b : input.a } };
};`,
};

export const SEMVER_SORT_CODE: FunctionCode = {
  id: 'semver.sort',
  exportName: 'sortSemver',
  source: `${semverCore('Sorted')}
/** semver.sort: the versions in precedence order, oldest first (newest first when \`options.order\` is desc). */
export const sortSemver: CatalogFunction = (input, options) => {
  const list = input.versions;
  if (!Array.isArray(list) || list.length === 0 || list.length > 1000) {
    return { ok: false, problems: ['versions must be a list of 1 to 1000 semantic versions'] };
  }
  const parsed = list.map((v) => parseSemverSorted(v));
  const bad = list.filter((_, i) => parsed[i] === null);
  if (bad.length > 0) return { ok: false, problems: bad.slice(0, 5).map((v) => notSemverSorted('version', v)) };
  const sign = options.order === 'desc' ? -1 : 1;
  // Array.prototype.sort is stable: versions of equal precedence (build metadata only) keep the order sent.
  const order = list.map((_, i) => i).sort((i, j) => sign * compareSemverPartsSorted(parsed[i]!, parsed[j]!));
  return { ok: true, value: { sorted: order.map((i) => list[i]) } };
};`,
};

/** Pairs and their precedence, worked from §11 by hand. */
const PAIRS: { a: string; b: string; result: -1 | 0 | 1; why: string }[] = [
  { a: '1.10.0', b: '1.9.3', result: 1, why: 'minor 10 is above minor 9 as numbers, not as text' },
  { a: '2.0.0-rc.1', b: '2.0.0', result: -1, why: 'a pre-release is older than its release' },
  {
    a: '1.0.0-alpha',
    b: '1.0.0-alpha.1',
    result: -1,
    why: 'more pre-release identifiers after equal ones is newer',
  },
  {
    a: '1.0.0-beta.11',
    b: '1.0.0-beta.2',
    result: 1,
    why: 'numeric pre-release identifiers compare as numbers',
  },
  { a: '1.4.2+build.7', b: '1.4.2', result: 0, why: 'build metadata does not count' },
];
const NOT_SEMVER: { value: string; why: string }[] = [
  { value: '1.2', why: 'it has no patch number' },
  { value: 'v1.2.3', why: 'a leading "v" is not part of a semantic version' },
  { value: '01.2.3', why: 'a number may not have a leading zero' },
];
const SORTS: { versions: string[]; sorted: string[]; why: string }[] = [
  {
    versions: ['1.10.0', '1.2.0', '1.0.0', '1.0.0-alpha'],
    sorted: ['1.0.0-alpha', '1.0.0', '1.2.0', '1.10.0'],
    why: 'numbers compare as numbers and a pre-release comes before its release',
  },
  {
    versions: ['1.0.0', '1.0.0-rc.1', '1.0.0-beta.11', '1.0.0-beta.2', '1.0.0-alpha.beta', '1.0.0-alpha'],
    sorted: ['1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'],
    why: 'pre-release identifiers compare one by one, numeric ones as numbers',
  },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Vergleicht semantische Versionen (SemVer 2.0.0): welche Version neuer ist; sortiert eine Liste von Versionen (älteste zuerst oder neueste zuerst); Vorabversionen (pre-release) sind älter als ihr Release; keine semantische Version (wie "1.2") ergibt 400.',
  es: ' Compara versiones semánticas (SemVer 2.0.0): cuál es más nueva; ordena una lista de versiones (la más antigua primero o la más nueva primero); una pre-release es anterior a su versión; algo que no es una versión semántica (como "1.2") da 400.',
  fr: ' Compare des versions sémantiques (SemVer 2.0.0) : laquelle est la plus récente ; trie une liste de versions (la plus ancienne d’abord ou la plus récente d’abord) ; une pré-version précède sa version ; ce qui n’est pas une version sémantique (comme "1.2") renvoie 400.',
  it: ' Confronta versioni semantiche (SemVer 2.0.0): quale è più recente; ordina una lista di versioni (dalla più vecchia o dalla più recente); una pre-release viene prima della sua versione; ciò che non è una versione semantica (come "1.2") dà 400.',
  pt: ' Compara versões semânticas (SemVer 2.0.0): qual é a mais nova; ordena uma lista de versões (da mais antiga ou da mais nova primeiro); uma pré-versão vem antes da sua versão; o que não é uma versão semântica (como "1.2") dá 400.',
};

const RULE =
  'semantic versions (semver, SemVer 2.0.0) compare by precedence: major, minor and patch as numbers (1.10.0 is newer than 1.9.3), a pre-release older than its release (2.0.0-rc.1 before 2.0.0), pre-release identifiers one by one (numeric as numbers), build metadata ignored; something that is not a semantic version (like "1.2", "v1.2.3" or "01.2.3") is refused with 400';

function refusalsOf(input: (bad: string) => Record<string, unknown>): Refusal[] {
  return NOT_SEMVER.map((x) => ({
    description: `"${x.value}" is not a semantic version (${x.why}) and is refused.`,
    input: input(x.value),
  }));
}

function compareDesign(languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = PAIRS.map((p) => ({
    description: `${p.a} against ${p.b}: ${p.result} (${p.why}); the newer is ${p.result < 0 ? p.b : p.a}.`,
    input: { a: p.a, b: p.b },
    output: { result: p.result, newer: p.result < 0 ? p.b : p.a },
  }));
  return {
    function: SEMVER_COMPARE_CODE.id,
    method: 'POST',
    path: '/versions/compare',
    summary: `Compares two versions a and b: result -1, 0 or 1 as a is older than, as new as, or newer than b, and the newer version (a when they are equal); ${RULE}.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'a', field: stringField('a', 'The first semantic version', '1.9.3') },
      { param: 'b', field: stringField('b', 'The second semantic version', '1.10.0') },
    ],
    outputs: [
      {
        result: 'result',
        field: 'result',
        description: '-1, 0 or 1: a older, equal, newer than b',
        example: -1,
      },
      { result: 'newer', field: 'newer', description: 'The newer of the two versions', example: '1.10.0' },
    ],
    examples,
    refusals: refusalsOf((bad) => ({ a: bad, b: '1.3.0' })),
  };
}

function sortDesign(descending: boolean, languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = SORTS.map((s) => ({
    description: `${s.versions.join(', ')} ${descending ? 'newest first' : 'oldest first'}: ${s.why}.`,
    input: { versions: s.versions },
    output: { sorted: descending ? [...s.sorted].reverse() : s.sorted },
    inOrder: true,
  }));
  return {
    function: SEMVER_SORT_CODE.id,
    method: 'POST',
    path: '/versions/sort',
    summary: `Sorts a list of versions ${descending ? 'from newest to oldest' : 'from oldest to newest'} (versions of equal precedence keep the order sent); ${RULE}; an empty list is refused.${glossIn(GLOSS, languages)}`,
    inputs: [
      {
        param: 'versions',
        field: {
          name: 'versions',
          type: 'string[]',
          required: true,
          description: 'The semantic versions to sort (1 to 1000)',
          example: SORTS[0].versions,
        },
      },
    ],
    outputs: [
      {
        result: 'sorted',
        field: 'sorted',
        description: descending ? 'The versions, newest first' : 'The versions, oldest first',
        example: descending ? [...SORTS[0].sorted].reverse() : SORTS[0].sorted,
      },
    ],
    options: { order: descending ? 'desc' : 'asc' },
    examples,
    refusals: [
      ...refusalsOf((bad) => ({ versions: ['1.0.0', bad] })),
      { description: 'An empty list of versions is refused.', input: { versions: [] } },
    ],
  };
}

export const VERSION_WORDS = [
  'version',
  'versions',
  'versionen',
  'versiones',
  'versioni',
  'versoes',
  'versao',
  'versionsnummer',
  'versionsnummern',
  'semver',
];
export const SEMANTIC = [
  ...[
    'semver',
    'semantic',
    'semantisch',
    'semantische',
    'semantischen',
    'semantica',
    'semantico',
    'semanticas',
  ],
  ...['semanticos', 'semantique', 'semantiques', 'semantiche', 'semantici'],
];
const COMPARE_WORDS = [
  ...['compare', 'compares', 'comparing', 'newer', 'newest', 'older', 'oldest', 'greater', 'higher'],
  ...['vergleichen', 'vergleicht', 'neuer', 'neuere', 'neueste', 'alter', 'altere', 'comparar', 'compara'],
  ...['nueva', 'nuevo', 'reciente', 'comparer', 'compare', 'recente', 'confrontare', 'confronta', 'nova'],
  ...['comparison', 'vergleich', 'comparacion', 'comparaison', 'confronto', 'comparacao'],
];
const SORT_WORDS = [
  ...[
    'sort',
    'sorts',
    'sorted',
    'order',
    'ordered',
    'sortieren',
    'sortiert',
    'sortiere',
    'ordenar',
    'ordena',
    'ordenadas',
  ],
  ...['trier', 'trie', 'triees', 'ordinare', 'ordina', 'ordinate'],
];
/** Two versions side by side: a comparison of them, not the newest of some records' versions. */
const TWO_WORDS = [
  ...['two', 'both', 'pair', 'versus', 'vs', 'than', 'zwei', 'beide', 'beiden', 'als', 'dos', 'ambas', 'que'],
  ...['deux', 'entre', 'due', 'tra', 'duas'],
];
/** Records sorted or picked by their version ("apps sorted by version"): records' work. */
const BY_VERSION =
  /\b(?:by|nach|por|par|per|pela|pelo) (?:their |its |la |le |der |ihrer |su |sua |la loro )?versions?\b/;
const DESCENDING =
  /\b(?:newest first|latest first|descending|highest first|neueste zuerst|absteigend|mas nueva primero|descendente|plus recente d'abord|decroissant|piu recente prima|decrescente|mais nova primeiro)\b/;
/** Versions kept as records (releases, changelogs) are not a computation on versions. */
export const NOT_THIS = [
  ...['store', 'stores', 'save', 'saves', 'keep', 'keeps', 'changelog', 'deploy', 'deployed'],
  ...['speichern', 'guardar', 'enregistrer', 'salvare', 'salvar', 'bump', 'increment'],
];
const REFUSING =
  /\b(?:reject\w*|refus\w*|invalid|not a (?:valid )?(?:semantic )?version|400|abgelehnt|ungultig|rechaz\w*|rifiut\w*|recus\w*)\b/;

/** The grammar of SemVer 2.0.0 §2–§10, in the generator (the emitted code has its own, `semverCore`). */
export const SEMVER_EXACT =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * The refusals with the non-versions a refusal feature quotes ("e.g. "1.2" or "v1.x" returns 400") sent too: each
 * in place of "1.2" in the refusal that sends it, so it goes in whatever field the endpoint reads versions from.
 */
function withWrittenNonVersions(text: string, refusals: Refusal[]): Refusal[] {
  const quoted = [...text.matchAll(/["“«]([^"”»\s]{1,40})["”»]/g)].map((m) => m[1]);
  const bad = quoted.filter((v) => /\d/.test(v) && !SEMVER_EXACT.test(v));
  const template = refusals.find((r) => JSON.stringify(r.input).includes('"1.2"'));
  if (!template) return refusals;
  const sent = new Set(refusals.map((r) => JSON.stringify(r.input)));
  const more = bad
    .map((v) => ({
      description: `"${v}", written in the feature, is not a semantic version and is refused.`,
      input: JSON.parse(JSON.stringify(template.input).replace('"1.2"', JSON.stringify(v))) as Record<
        string,
        unknown
      >,
    }))
    .filter((r) => !sent.has(JSON.stringify(r.input)));
  return [...refusals, ...more];
}

/** A comparison's answer written out: -1, 0 or 1 ("-1 | 0 | 1", "-1, 0 oder 1"). */
const TRI_STATE =
  /(?:^|[^\d.])-1\s*(?:\||,|or|oder|o|ou)\s*0\s*(?:\||,|or|oder|o|ou|e|y|et|und)\s*1(?![\d.])/;

export const SEMVER: CatalogFamily = {
  name: 'semver',
  functions: [SEMVER_COMPARE_CODE, SEMVER_SORT_CODE],
  recognise(text: string, words: string[]): Recognised {
    const semantic = hasAny(words, SEMANTIC);
    if (!hasAny(words, VERSION_WORDS) && !semantic) return null;
    if (hasAny(words, NOT_THIS)) return null;
    const languages = languagesOf(words);
    const joined = words.join(' ');
    if (BY_VERSION.test(joined)) return null;
    // "pre-releases sort before releases" states precedence, said of a comparison as well as of a sort.
    const precedence = /\b(?:sorts?|ordered|comes?) (?:before|after|below|above)\b/.test(joined);
    // "sort a list of versions … (pre-releases come before their release)" still sorts a list.
    const listed = /\b(?:list|lists|liste|listen|lista|listas|array)\b/.test(joined);
    const sorting = hasAny(words, SORT_WORDS) && !(precedence && hasAny(words, COMPARE_WORDS) && !listed);
    if (sorting) return { design: sortDesign(DESCENDING.test(joined), languages) };
    // An answer of -1, 0 or 1 ("restituisce {"risultato": -1 | 0 | 1}") compares two versions.
    if (hasAny(words, COMPARE_WORDS) && (semantic || hasAny(words, TWO_WORDS) || TRI_STATE.test(text)))
      return { design: compareDesign(languages) };
    // "Something that is not a semantic version, like "1.2", is rejected": the refusals every endpoint of the
    // family already has, said of them.
    if (semantic && REFUSING.test(joined)) {
      const compare = compareDesign(languages);
      // Said of a version taken apart or bumped too (semver-parse.ts, semver-bump.ts), with their own refusals.
      return {
        constraint: {
          function: SEMVER_COMPARE_CODE.id,
          functions: ['semver.parse', 'semver.bump'],
          refusals: (d) =>
            withWrittenNonVersions(
              text,
              d.function === SEMVER_COMPARE_CODE.id ? compare.refusals : d.refusals,
            ),
        },
      };
    }
    return null;
  },
};
