import { realisedTableTests, type RealisedOrRefusedRow } from './testing/realised-rows';
import { phrasingTableTests } from './testing/phrasing-check';
import { row } from './testing/paraphrases';

/*
 * Phrasing table of the checksums, identifiers and numerals class, third pass (the first two are
 * validators-class-phrasings.spec.ts and checks-class-phrasings.spec.ts): what the second pass's after-check still
 * found unread — Roman numerals and hex colours over GET routes with path or query parameters, semver bump
 * (major, minor, patch, the lower parts reset) and pre-release ordering (1.0.0-alpha < 1.0.0), IBAN lengths per
 * country and IBAN groups of four, CIDR networks — spelled out and free text, in English, German, Spanish,
 * French, Italian and Portuguese, one-line and several-line. A near miss (a feature no check computes) stays
 * refused. Rows not read yet are listed in NOT_YET_READ so the table stays green.
 */

type Row = RealisedOrRefusedRow;

const ROWS: Row[] = [
  // Roman numerals over GET routes.
  {
    name: 'en: Roman numerals, GET with path parameters',
    features: [
      'GET /roman/{number} returns {"roman": string} for a number from 1 to 3999',
      'GET /roman/to-arabic/{numeral} returns {"number": number}',
    ],
    expect: 'realised',
  },
  {
    name: 'de: römische Zahlen, GET mit Pfadparameter',
    features: [
      'GET /roemisch/{zahl} liefert {"roemisch": string}; Zahlen außerhalb von 1 bis 3999 ergeben 400',
    ],
    expect: 'realised',
  },
  {
    name: 'fr: chiffres romains, GET dans les deux sens',
    features: [
      'GET /romain/{nombre} renvoie {"romain": string}',
      'GET /arabe/{romain} renvoie {"nombre": number}, 400 si le chiffre romain est mal formé',
    ],
    expect: 'realised',
  },
  {
    name: 'pt: algarismos romanos, GET com parâmetro',
    features: ['GET /romanos/{numero} devolve {"romano": string} (1 a 3999)'],
    expect: 'realised',
  },
  // Hex colours over GET routes.
  {
    name: 'en: hex to RGB, GET with a query parameter',
    features: ['GET /colors/rgb?hex=ff8800 returns {"r": number, "g": number, "b": number}'],
    expect: 'realised',
  },
  {
    name: 'en: RGB to hex, GET with query parameters',
    features: ['GET /colors/hex?r=255&g=136&b=0 returns {"hex": "#ff8800"}'],
    expect: 'realised',
  },
  {
    name: 'es: color hexadecimal a RGB, GET con parámetro de ruta',
    features: ['GET /colores/{hex}/rgb devuelve {"r": number, "g": number, "b": number}'],
    expect: 'realised',
  },
  {
    name: 'it: colori via GET, un rifiuto detto di entrambe le direzioni',
    features: [
      'GET /colori/rgb?hex=ff8800 restituisce {"r": number, "g": number, "b": number}',
      'GET /colori/hex?r=255&g=136&b=0 restituisce {"hex": "#ff8800"}',
      'un hex non valido o un valore fuori da 0–255 restituisce 400',
    ],
    expect: 'realised',
  },
  // Semver bump.
  {
    name: 'en: bump a version, free text',
    features: ['bump a semantic version by major, minor or patch, resetting the lower parts to 0'],
    expect: 'realised',
  },
  {
    name: 'de: Version erhöhen, free text',
    features: ['eine semantische Version um major, minor oder patch erhöhen (1.4.2 → 2.0.0 bei major)'],
    expect: 'realised',
  },
  {
    name: 'es: incrementar versión, spelled',
    features: [
      'POST /version/incrementar con {"version": string, "parte": "major" | "minor" | "patch"} devuelve {"version": string}',
      'una versión que no es semver devuelve 400',
    ],
    expect: 'realised',
  },
  {
    name: 'pt: incrementar versão, free text, several lines',
    features: ['incrementar uma versão semântica (major, minor ou patch)', 'as partes menores voltam a zero'],
    expect: 'realised',
  },
  {
    name: 'en: compare versions, refused non-versions quoted',
    features: [
      'POST /versions/compare with {"a": string, "b": string} returns {"result": -1 | 0 | 1}',
      'anything that is not semver, like "1.2", "v2.0.0" or "1.x", is rejected with 400',
    ],
    expect: 'realised',
  },
  {
    name: 'it: confronto, versioni non semver citate',
    features: [
      'confrontare due versioni semantiche',
      'una versione non semver come "2.0" o "v1.0.0" viene rifiutata con 400',
    ],
    expect: 'realised',
  },
  // Semver pre-release ordering.
  {
    name: 'en: compare versions, pre-release before its release',
    features: ['compare two semantic versions; a pre-release comes before its release (1.0.0-alpha < 1.0.0)'],
    expect: 'realised',
  },
  {
    name: 'fr: trier des versions avec pré-versions',
    features: [
      'trier une liste de versions sémantiques de la plus ancienne à la plus récente',
      'une pré-version passe avant la version finale : 1.0.0-alpha < 1.0.0-beta < 1.0.0',
    ],
    expect: 'realised',
  },
  {
    name: 'it: confronto versioni con pre-release, free text',
    features: [
      'confrontare due versioni semantiche, una pre-release è più vecchia della release (1.0.0-rc.1 < 1.0.0)',
    ],
    expect: 'realised',
  },
  // IBAN lengths per country and groups of four.
  {
    name: 'fr: longueur de l’IBAN selon le pays',
    features: ['vérifier un IBAN : clé modulo 97 et longueur selon le pays (FR 27, DE 22, ES 24)'],
    expect: 'realised',
  },
  {
    name: 'de: IBAN-Länge je Land',
    features: ['eine IBAN prüfen: Prüfsumme mod 97 und die Länge des jeweiligen Landes (DE 22, AT 20)'],
    expect: 'realised',
  },
  {
    name: 'en: IBAN groups of four, spelled',
    features: [
      'POST /iban/format with {"iban": string} returns {"formatted": string} in groups of four, e.g. "GB82 WEST 1234 5698 7654 32"',
    ],
    expect: 'realised',
  },
  // CIDR.
  {
    name: 'en: CIDR network, spelled',
    features: [
      'POST /cidr with {"cidr": "192.168.1.0/24"} returns {"network": string, "broadcast": string, "hosts": number}',
    ],
    expect: 'realised',
  },
  {
    name: 'es: IP dentro de una red, free text',
    features: ['comprobar si una dirección IPv4 pertenece a una red CIDR como 10.0.0.0/8'],
    expect: 'realised',
  },
  // Near misses.
  {
    name: 'en: near miss, bump and publish a release',
    features: ['bump the version of a package in our registry and publish the new release'],
    expect: 'refused',
  },
  {
    name: 'en: near miss, a colour name from its hex code',
    features: ['GET /colors/name?hex=ff0000 returns the colour name, e.g. "red"'],
    expect: 'refused',
  },
  {
    name: 'de: near miss, römische Zahlen auf einem Foto erkennen',
    features: ['römische Zahlen auf einem hochgeladenen Foto erkennen und als Text zurückgeben'],
    expect: 'refused',
  },
  {
    name: 'es: near miss, cuentas bancarias guardadas por país',
    features: ['guardar cuentas bancarias y listar cuántas hay por país'],
    expect: 'refused',
  },
];

/**
 * Not read yet: CIDR networks. (A bump was read as semver.parse before semver-bump.ts; the function-checked rows
 * further down hold it to semver.bump and its answers.)
 */
const NOT_YET_READ = new Set<string>(['en: CIDR network, spelled', 'es: IP dentro de una red, free text']);

/*
 * Semver bump, one feature each, with the answer worked out by hand: the part named goes up by one and every
 * lower part goes back to 0, the pre-release and build dropped (1.4.2 + minor = 1.5.0; 0.9.12 + major = 1.0.0).
 */
const minor = row('semver.bump', { version: '1.4.2', part: 'minor' }, { version: '1.5.0' });
const major = row('semver.bump', { version: '0.9.12', part: 'major' }, { version: '1.0.0' });
const patch = row('semver.bump', { version: '2.3.9', part: 'patch' }, { version: '2.3.10' });
const BUMPS = [
  minor('bump a semantic version by major, minor or patch'),
  major('eine semantische Version um major, minor oder patch erhöhen (1.4.2 → 2.0.0 bei major)'),
  patch('incrementar una versión semántica: major, minor o patch, y las partes menores vuelven a 0'),
  minor('incrémenter une version sémantique (majeure, mineure ou correctif)'),
  major('incrementare una versione semver (major, minor o patch)'),
  patch('incrementar a versão semver: major, minor ou patch'),
];
const BUMPS_NOT_YET_READ = new Set<string>([]);

realisedTableTests({
  title: 'The checksums, identifiers and numerals class is read across phrasings and languages (third table)',
  purpose: 'Small checks of identifiers and numbers for our tools.',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
});

describe('A semantic version bumped is read as semver.bump and answered as worked out by hand', () => {
  phrasingTableTests(BUMPS, BUMPS_NOT_YET_READ);
});
