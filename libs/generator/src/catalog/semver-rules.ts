import type {
  CatalogFamily,
  ConstraintDesign,
  FunctionDesign,
  Recognised,
  WorkedExample,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { SEMANTIC, SEMVER_EXACT, VERSION_WORDS } from './semver';

/*
 * A rule of SemVer 2.0.0 §11 precedence said in a feature of its own, beside a comparison or a sort of versions
 * another feature asks for: "a pre-release comes before its release (1.0.0-alpha < 1.0.0)", "the parts compare
 * as numbers: 1.10.0 is newer than 1.9.0". semver.ts's computations already follow the rule; the feature joins
 * them, and the versions it writes become a worked example whose answer the reference order below gives (written
 * here from §11, not from the emitted code). Without a comparison or a sort to join it stays unrealised.
 */

const SEMVER_TEXT =
  /(?<![\w.])\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?!\.?\d)/g;

/** §11 precedence of two valid versions: -1, 0 or 1 (the reference; build metadata ignored). */
export function precedence(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = [SEMVER_EXACT.exec(a), SEMVER_EXACT.exec(b)];
  if (!x || !y) throw new Error(`not semantic versions: ${a}, ${b}`);
  const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);
  for (let i = 1; i <= 3; i += 1) {
    const d = BigInt(x[i]) - BigInt(y[i]);
    if (d !== BigInt(0)) return d < BigInt(0) ? -1 : 1;
  }
  if (x[4] === undefined || y[4] === undefined) return x[4] === y[4] ? 0 : x[4] === undefined ? 1 : -1;
  const [p, q] = [x[4].split('.'), y[4].split('.')];
  for (let i = 0; i < Math.min(p.length, q.length); i += 1) {
    const [m, n] = [/^\d+$/.test(p[i]), /^\d+$/.test(q[i])];
    if (m && n && p[i] !== q[i]) return sign(Number(BigInt(p[i]) - BigInt(q[i])));
    if (m !== n) return m ? -1 : 1;
    if (p[i] !== q[i]) return p[i] < q[i] ? -1 : 1;
  }
  return sign(p.length - q.length);
}

/** The distinct semantic versions a feature writes, in the order written. */
export function writtenVersions(text: string): string[] {
  const found = (text.match(SEMVER_TEXT) ?? []).filter((v) => SEMVER_EXACT.test(v));
  return [...new Set(found)];
}

const PRE_WORDS = [
  ...['prerelease', 'prereleases', 'pre', 'vorabversion', 'vorabversionen', 'preversion', 'preversions'],
  ...['alpha', 'beta', 'rc'],
];
/** A pre-release named is semver's own word, a version without the word "version". */
const PRE_NAMES = [
  'prerelease',
  'prereleases',
  'vorabversion',
  'vorabversionen',
  'preversion',
  'preversions',
];
const RELEASE = ['release', 'releases', 'version', 'versions', 'versao'];
const BEFORE_WORDS = [
  ...['before', 'older', 'precedes', 'precede', 'first', 'lower', 'below', 'less', 'vor', 'vorher', 'alter'],
  ...['kleiner', 'antes', 'anterior', 'menor', 'avant', 'precedent', 'inferieure', 'ancienne', 'prima'],
  ...['precedente', 'minore', 'vecchia', 'anteriore', 'primeiro', 'antiga'],
];
const NUMBER_WORDS = [
  ...[
    'number',
    'numbers',
    'numeric',
    'numerically',
    'integers',
    'zahlen',
    'numerisch',
    'numeros',
    'numericos',
  ],
  ...['numericamente', 'nombres', 'numeriquement', 'numeri', 'numerici', 'numerica'],
];
const COMPARED_WORDS = [
  ...['compare', 'compared', 'compares', 'verglichen', 'vergleicht', 'comparan', 'comparadas', 'comparados'],
  ...['comparent', 'comparees', 'confrontate', 'confrontano', 'comparam', 'sorted', 'ordered', 'sortiert'],
  ...['ordenan', 'ordenadas', 'triees', 'ordinate', 'ordenados', 'newer', 'neuer', 'nueva', 'nuevo'],
  ...['recente', 'nova', 'nouvelle', 'recent'],
];
/** Versions kept as records or published: no rule of a computation. */
const NOT_THIS = ['store', 'stores', 'save', 'publish', 'deploy', 'changelog', 'speichern', 'guardar'];

/** A worked example of the comparison or sort `d` (as bound to its fields) on the versions written. */
function withWritten(d: FunctionDesign, versions: string[]): FunctionDesign {
  const field = (param: string) => d.inputs.find((i) => i.param === param)?.field.name;
  const answer = (result: string) => d.outputs.find((o) => o.result === result)?.field;
  let example: WorkedExample | null = null;
  const said = `as written: ${versions.join(', ')}`;
  if (d.function === 'semver.sort' && field('versions') && answer('sorted')) {
    const sorted = [...versions].sort(precedence);
    if (d.options?.order === 'desc') sorted.reverse();
    const sent = [...versions].reverse();
    example = {
      description: `Sorted ${said}.`,
      input: { [field('versions')!]: sent },
      output: { [answer('sorted')!]: sorted },
      inOrder: true,
    };
  } else if (d.function === 'semver.compare' && field('a') && field('b') && answer('result')) {
    const [a, b] = [versions[versions.length - 1], versions[0]];
    const result = precedence(a, b);
    const newer = answer('newer');
    example = {
      description: `${a} against ${b}, ${said}: ${result}.`,
      input: { [field('a')!]: a, [field('b')!]: b },
      output: { [answer('result')!]: result, ...(newer ? { [newer]: result < 0 ? b : a } : {}) },
    };
  }
  return example ? { ...d, examples: [...d.examples, example] } : d;
}

/** The rule in the feature's language, carried into the summary of what it joins. */
const RULE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Teile werden als Zahlen verglichen (1.10.0 ist neuer als 1.9.0); eine Vorabversion kommt vor ihrer endgültigen Version (1.0.0-alpha < 1.0.0).',
  es: ' Las partes se comparan como números (1.10.0 es más nueva que 1.9.0); una pre-release va antes de su versión final (1.0.0-alpha < 1.0.0).',
  fr: ' Les parties se comparent comme des nombres (1.10.0 est plus récente que 1.9.0) ; une pré-version passe avant sa version finale (1.0.0-alpha < 1.0.0).',
  it: ' Le parti si confrontano come numeri (1.10.0 è più recente di 1.9.0); una pre-release viene prima della sua versione finale (1.0.0-alpha < 1.0.0).',
  pt: ' As partes comparam-se como números (1.10.0 é mais nova que 1.9.0); uma pré-versão vem antes da sua versão final (1.0.0-alpha < 1.0.0).',
};

function rule(versions: string[], languages: Language[]): ConstraintDesign {
  const gloss = glossIn(RULE_GLOSS, languages);
  const glossed = (d: FunctionDesign): FunctionDesign =>
    gloss && !d.summary.includes(gloss) ? { ...d, summary: d.summary + gloss } : d;
  return {
    function: 'semver.sort',
    functions: ['semver.compare'],
    each: true,
    refusals: () => [],
    refine: (d) => glossed(versions.length >= 2 ? withWritten(d, versions) : d),
  };
}

export const SEMVER_RULES: CatalogFamily = {
  name: 'semver-rules',
  functions: [],
  recognise(text: string, words: string[]): Recognised {
    // A refusal said with the rule is the refusal's reading (semver.ts), not a rule the computation follows.
    if (hasAny(words, NOT_THIS) || refuses(words)) return null;
    const versions = writtenVersions(text);
    const preReleaseNamed = hasAny(words, PRE_NAMES) || (words.includes('pre') && hasAny(words, RELEASE));
    const versioned =
      hasAny(words, VERSION_WORDS) || hasAny(words, SEMANTIC) || versions.length > 0 || preReleaseNamed;
    if (!versioned) return null;
    const chain = versions.length >= 2 && /\d\s*</.test(text);
    const prerelease = hasAny(words, PRE_WORDS) && (hasAny(words, BEFORE_WORDS) || chain);
    const numeric = hasAny(words, NUMBER_WORDS) && hasAny(words, COMPARED_WORDS);
    return prerelease || numeric ? { constraint: rule(versions, languagesOf(words)) } : null;
  },
};
