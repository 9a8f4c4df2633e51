import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';
import { NOT_THIS, SEMANTIC, VERSION_WORDS, semverCore } from './semver';

/*
 * A semantic version (SemVer 2.0.0) taken apart: its major, minor and patch numbers, its pre-release (the part
 * after "-", null when there is none) and its build metadata (after "+", null when none). Anything the grammar of
 * semver.ts does not accept ("1.2", "v1.2.3", "01.2.3") is refused with 400, and so is a number above 2^53 − 1,
 * which a JSON number would not hold exactly. Recognised from the words for (semantic) versions beside a word for
 * taking apart or for the parts themselves (major, minor, patch), in six languages; comparing and sorting stay
 * semver.ts's.
 */

export const SEMVER_PARSE_CODE: FunctionCode = {
  id: 'semver.parse',
  exportName: 'semverParse',
  source: `${semverCore('Parts')}
/** semver.parse: the major, minor and patch numbers of a semantic version, its pre-release and build (or null). */
export const semverParse: CatalogFunction = (input) => {
  const parts = parseSemverParts(input.version);
  if (!parts) return { ok: false, problems: [notSemverParts('version', input.version)] };
  const [major, minor, patch] = parts.core.map(Number);
  if (![major, minor, patch].every((n) => Number.isSafeInteger(n))) {
    return { ok: false, problems: ['version numbers above ' + String(Number.MAX_SAFE_INTEGER) + ' are not held exactly'] };
  }
  const text = String(input.version);
  const plus = text.indexOf('+');
  return {
    ok: true,
    value: {
      major,
      minor,
      patch,
      prerelease: parts.pre.length > 0 ? parts.pre.join('.') : null,
      build: plus < 0 ? null : text.slice(plus + 1),
    },
  };
};`,
};

/** Versions taken apart by hand from the grammar of SemVer 2.0.0 (§2, §9, §10). */
const FACTS: [string, number, number, number, string | null, string | null][] = [
  ['1.4.2-beta.3', 1, 4, 2, 'beta.3', null],
  ['2.0.0', 2, 0, 0, null, null],
  ['1.0.0-rc.1+build.5', 1, 0, 0, 'rc.1', 'build.5'],
  ['10.20.30', 10, 20, 30, null, null],
  ['3.1.4+20260101', 3, 1, 4, null, '20260101'],
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Zerlegt eine semantische Version (SemVer) in ihre Teile: Major, Minor, Patch, Vorabversion und Build.',
  es: ' Descompone una versión semántica (SemVer) en sus partes: major, minor, patch, pre-release y build.',
  fr: ' Décompose une version sémantique (SemVer) en ses parties : majeure, mineure, correctif, pré-version et build.',
  it: ' Scompone una versione semantica (SemVer) nelle sue parti: major, minor, patch, pre-release e build.',
  pt: ' Decompõe uma versão semântica (SemVer) nas suas partes: major, minor, patch, pré-versão e build.',
};

export function semverParseDesign(languages: Language[]): FunctionDesign {
  return {
    function: SEMVER_PARSE_CODE.id,
    method: 'POST',
    path: '/versions/parse',
    summary:
      'Takes a semantic version (SemVer 2.0.0, MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]) apart: the major, minor and ' +
      'patch numbers, the pre-release (the part after "-", null when there is none) and the build metadata (after ' +
      '"+", null when none); "1.4.2-beta.3" is major 1, minor 4, patch 2, pre-release "beta.3". Something that is ' +
      'not a semantic version (like "1.2", "v1.2.3" or "01.2.3") is refused with 400, as is a number above ' +
      `9007199254740991.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'version', field: stringField('version', 'The semantic version to take apart', FACTS[0][0]) },
    ],
    outputs: [
      { result: 'major', field: 'major', description: 'The major version number', example: 1 },
      { result: 'minor', field: 'minor', description: 'The minor version number', example: 4 },
      { result: 'patch', field: 'patch', description: 'The patch number', example: 2 },
      {
        result: 'prerelease',
        field: 'prerelease',
        description: 'The pre-release after "-", or null',
        example: 'beta.3',
      },
      {
        result: 'build',
        field: 'build',
        description: 'The build metadata after "+", or null',
        example: null,
      },
    ],
    examples: FACTS.map(([version, major, minor, patch, prerelease, build]) => ({
      description: `${version} is major ${major}, minor ${minor}, patch ${patch}, pre-release ${JSON.stringify(prerelease)}, build ${JSON.stringify(build)}.`,
      input: { version },
      output: { major, minor, patch, prerelease, build },
    })),
    refusals: [
      { description: '"1.2" has no patch number and is refused.', input: { version: '1.2' } },
      {
        description: '"v1.2.3": a leading "v" is not part of a semantic version.',
        input: { version: 'v1.2.3' },
      },
      { description: '"01.2.3": a number may not have a leading zero.', input: { version: '01.2.3' } },
    ],
  };
}

const PARSE_WORDS = [
  ...['parse', 'parses', 'parsing', 'parsed', 'split', 'splits', 'parts', 'components', 'apart', 'breakdown'],
  ...['zerlegen', 'zerlegt', 'zerlege', 'teile', 'bestandteile', 'analizar', 'descomponer', 'descompone'],
  ...['partes', 'componentes', 'analyser', 'decomposer', 'decompose', 'parties', 'composantes', 'analizzare'],
  ...['scomporre', 'scompone', 'parti', 'componenti', 'analisar', 'decompor', 'decompoe'],
];
const PART_WORDS = ['major', 'minor', 'patch'];
/** Comparing or sorting versions, or bumping one: semver.ts's computations, or records' work. */
const OTHER_WORK = [
  ...['compare', 'comparing', 'newer', 'older', 'newest', 'latest', 'sort', 'sorted', 'bump', 'increment'],
  ...['vergleichen', 'sortieren', 'comparar', 'ordenar', 'comparer', 'trier', 'confrontare', 'ordinare'],
];

export const SEMVER_PARSE: CatalogFamily = {
  name: 'semver-parse',
  functions: [SEMVER_PARSE_CODE],
  recognise(_text: string, words: string[]): Recognised {
    if (!hasAny(words, VERSION_WORDS) && !hasAny(words, SEMANTIC)) return null;
    if (hasAny(words, NOT_THIS) || hasAny(words, OTHER_WORK)) return null;
    const parts = PART_WORDS.filter((w) => words.includes(w)).length;
    if (!hasAny(words, PARSE_WORDS) && parts < 2) return null;
    return { design: semverParseDesign(languagesOf(words)) };
  },
};
