import {
  stringField,
  type CatalogFamily,
  type ConstraintDesign,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';
import { SEMANTIC, VERSION_WORDS, semverCore } from './semver';

/*
 * The next semantic version (SemVer 2.0.0 §6–§8): bumping the major sets minor and patch to 0, bumping the minor
 * sets the patch to 0, bumping the patch adds one to it; the pre-release and build are dropped. A pre-release is
 * bumped to its own release when that release is the next version of the part asked (1.0.0-rc.1 bumped by patch
 * is 1.0.0, 2.0.0-beta by major is 2.0.0), as npm's semver `inc` does. Numbers of any size are added to as digit
 * strings. Anything the grammar of semver.ts does not accept ("1.2", "v1.2.3") and any part but major, minor or
 * patch is refused with 400. Recognised from a bump verb beside the words for versions (or a written x.y.z), in
 * six languages; publishing a release or keeping versions as records is no bump.
 */

export const SEMVER_BUMP_CODE: FunctionCode = {
  id: 'semver.bump',
  exportName: 'bumpSemver',
  source: `${semverCore('Bumped')}
/** A digit string without leading zeros, plus one (any size). */
function plusOneBumped(digits: string): string {
  const out = digits.split('');
  let i = out.length - 1;
  while (i >= 0 && out[i] === '9') {
    out[i] = '0';
    i -= 1;
  }
  if (i < 0) return '1' + out.join('');
  out[i] = String(Number(out[i]) + 1);
  return out.join('');
}
/** semver.bump: the next version of \`part\` (major, minor or patch), the lower parts back to 0. */
export const bumpSemver: CatalogFunction = (input) => {
  const parts = parseSemverBumped(input.version);
  const part = input.part;
  const problems = [
    ...(parts ? [] : [notSemverBumped('version', input.version)]),
    ...(part === 'major' || part === 'minor' || part === 'patch' ? [] : ['part must be "major", "minor" or "patch"']),
  ];
  if (!parts || problems.length > 0) return { ok: false, problems };
  let [major, minor, patch] = parts.core;
  const pre = parts.pre.length > 0;
  if (part === 'major') {
    if (!(pre && minor === '0' && patch === '0')) major = plusOneBumped(major);
    minor = '0';
    patch = '0';
  } else if (part === 'minor') {
    if (!(pre && patch === '0')) minor = plusOneBumped(minor);
    patch = '0';
  } else if (!pre) {
    patch = plusOneBumped(patch);
  }
  return { ok: true, value: { version: major + '.' + minor + '.' + patch } };
};`,
};

/** Versions bumped by hand from SemVer 2.0.0 §6–§8 (and npm's rule for a pre-release). */
const FACTS: [string, 'major' | 'minor' | 'patch', string, string][] = [
  ['1.4.2', 'minor', '1.5.0', 'the minor goes up, the patch back to 0'],
  ['1.4.2', 'major', '2.0.0', 'the major goes up, minor and patch back to 0'],
  ['2.3.9', 'patch', '2.3.10', 'the patch goes up as a number'],
  ['0.9.12', 'major', '1.0.0', 'the major goes up, minor and patch back to 0'],
  ['1.9.3+build.7', 'minor', '1.10.0', 'the build metadata is dropped'],
  ['1.0.0-rc.1', 'patch', '1.0.0', 'a pre-release of 1.0.0 is bumped to its release'],
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Erhöht eine semantische Version (SemVer) um major, minor oder patch; die niedrigeren Teile werden auf 0 gesetzt (1.4.2 → 1.5.0 bei minor); keine semantische Version ergibt 400.',
  es: ' Incrementa una versión semántica (SemVer) en major, minor o patch; las partes menores vuelven a 0 (1.4.2 → 1.5.0 con minor); algo que no es una versión semántica da 400.',
  fr: ' Incrémente une version sémantique (SemVer) : majeure, mineure ou correctif (major, minor, patch) ; les parties inférieures repassent à 0 (1.4.2 → 1.5.0 en mineure) ; ce qui n’est pas une version sémantique renvoie 400.',
  it: ' Incrementa una versione semantica (SemVer) di major, minor o patch; le parti inferiori tornano a 0 (1.4.2 → 1.5.0 con minor); ciò che non è una versione semantica dà 400.',
  pt: ' Incrementa uma versão semântica (SemVer) em major, minor ou patch; as partes menores voltam a 0 (1.4.2 → 1.5.0 com minor); o que não é uma versão semântica dá 400.',
};

export function semverBumpDesign(languages: Language[]): FunctionDesign {
  return {
    function: SEMVER_BUMP_CODE.id,
    method: 'POST',
    path: '/versions/bump',
    summary:
      'Bumps a semantic version (semver, SemVer 2.0.0): the part named (major, minor or patch) goes up by one and every ' +
      'lower part is reset to 0 (1.4.2 bumped by minor is 1.5.0, by major 2.0.0, by patch 1.4.3); the pre-release ' +
      'and build are dropped, and a pre-release is bumped to its release when that is the next version of the ' +
      'part (1.0.0-rc.1 by patch is 1.0.0). Something that is not a semantic version (like "1.2" or "v1.2.3") or a ' +
      `part other than major, minor or patch is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'version', field: stringField('version', 'The semantic version to bump', '1.4.2') },
      {
        param: 'part',
        field: stringField('part', 'The part to bump', 'minor', ['major', 'minor', 'patch']),
      },
    ],
    outputs: [{ result: 'version', field: 'version', description: 'The next version', example: '1.5.0' }],
    examples: FACTS.map(([version, part, next, why]) => ({
      description: `${version} bumped by ${part} is ${next}: ${why}.`,
      input: { version, part },
      output: { version: next },
    })),
    refusals: [
      { description: '"1.2" has no patch number and is refused.', input: { version: '1.2', part: 'patch' } },
      {
        description: '"v1.2.3": a leading "v" is not part of a semantic version.',
        input: { version: 'v1.2.3', part: 'minor' },
      },
      {
        description: 'A part other than major, minor or patch is refused.',
        input: { version: '1.2.3', part: 'huge' },
      },
    ],
  };
}

/** Bump verbs (folded), in six languages. */
const BUMP_WORDS = [
  ...['bump', 'bumps', 'bumped', 'bumping', 'increment', 'increments', 'incremented', 'incrementing'],
  ...['erhohen', 'erhoht', 'hochzahlen', 'inkrementieren', 'inkrementiert', 'incrementar', 'incrementa'],
  ...['incrementer', 'incremente', 'incrementare', 'incrementi', 'incrementada', 'incrementado'],
];
/** The next version named as such ("the next minor version", "la siguiente versión"). */
const NEXT_VERSION =
  /\b(?:next|nachste|siguiente|proxima|prochaine|prossima) (?:major |minor |patch )?(?:version|versiones|versionen|version|versione|versao)\b/;
/** A version published, tagged or kept: a release process or records, not a computation on the text. */
const NOT_THIS = [
  ...['publish', 'publishes', 'release', 'releases', 'registry', 'npm', 'tag', 'tags', 'commit', 'git'],
  ...['store', 'stores', 'save', 'saves', 'changelog', 'deploy', 'deployed', 'veroffentlichen', 'publicar'],
  ...['publier', 'pubblicare', 'speichern', 'guardar', 'enregistrer', 'salvare', 'salvar', 'keep', 'keeps'],
  ...['history', 'histories', 'log', 'logs', 'verlauf', 'historie', 'historial', 'historique', 'storico'],
  ...['cronologia', 'historico'],
];
/** A rule of the bump said alone: the lower parts go back to 0. */
const LOWER_PARTS =
  /\b(?:lower (?:parts?|numbers?)|niedrigeren teile|partes menores|parties inferieures|parti inferiori)\b/;
const TO_ZERO = /\b(?:0|zero|null|cero|reset\w*|zuruckgesetzt|vuelven|voltam|repassent|tornano)\b/;

export const SEMVER_BUMP: CatalogFamily = {
  name: 'semver-bump',
  functions: [SEMVER_BUMP_CODE],
  recognise(text: string, words: string[]): Recognised {
    if (hasAny(words, NOT_THIS)) return null;
    const joined = words.join(' ');
    const versioned =
      hasAny(words, VERSION_WORDS) ||
      hasAny(words, SEMANTIC) ||
      /(?:^|[^\d.])\d+\.\d+\.\d+(?![\d.])/.test(text);
    const languages = languagesOf(words);
    if (versioned && (hasAny(words, BUMP_WORDS) || NEXT_VERSION.test(joined)))
      return { design: semverBumpDesign(languages) };
    // "the lower parts are reset to 0" beside a bump another feature asks for.
    if (LOWER_PARTS.test(joined) && TO_ZERO.test(joined)) return { constraint: lowerPartsRule() };
    return null;
  },
};

/** A rule the bump already follows: it joins the bump another feature asks for, and nothing else. */
function lowerPartsRule(): ConstraintDesign {
  return { function: SEMVER_BUMP_CODE.id, refusals: () => [] };
}
