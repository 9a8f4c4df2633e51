import { featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { endpointAnswer } from './testing/endpoint-answer';

/*
 * The phrasing table of a list of marks (grades, scores, Noten, notas, notes, voti) and what users ask of it: its
 * mean rounded to some decimals, maybe with the median, the lowest and the highest, and the refusals of an empty
 * list and of a mark outside the scale ("18..30", "0 a 10", "1 bis 6", "0-100"), in six languages. Each row
 * composes the service from its features, asks the gate whether every feature is realised, and sends the
 * endpoint of the first feature lists worked out by hand (7, 8 and 9.5 average 8.1666… → 8.17).
 * Beside them: what no statistics of a list do, which must stay unrealised.
 */

interface GradeRow {
  features: string[];
  /** A list inside the scale, its mean to the decimals the row asks, and a mark outside the scale. */
  inside: number[];
  mean: number;
  outside: number;
}

export const GRADE_LIST_PHRASINGS: GradeRow[] = [
  {
    features: [
      'data una lista di voti, restituire la media, la mediana, il voto minimo e il massimo, con la media arrotondata a due decimali',
      'una lista vuota o un voto fuori da 18..30 restituisce 400',
    ],
    inside: [18, 30, 27],
    mean: 25,
    outside: 31,
  },
  {
    features: [
      'calcular la media de una lista de notas con dos decimales',
      'una lista vacía o una nota fuera de 0 a 10 devuelve 400',
    ],
    inside: [7, 8, 9.5],
    mean: 8.17,
    outside: 10.5,
  },
  {
    features: [
      'calcular a média das notas de um aluno com duas casas decimais',
      'notas fora de 0 a 10 ou uma lista vazia dão erro 400',
    ],
    inside: [7, 8, 9.5],
    mean: 8.17,
    outside: -1,
  },
  {
    features: [
      'average a list of exam marks, rounded to two decimals',
      'an empty list or a mark outside 0-100 is a 400',
    ],
    inside: [70, 85, 91],
    mean: 82,
    outside: 101,
  },
  {
    features: [
      'den Durchschnitt einer Liste von Noten berechnen, auf zwei Nachkommastellen gerundet',
      'eine leere Liste oder eine Note außerhalb von 1 bis 6 ergibt 400',
    ],
    inside: [1, 2, 2],
    mean: 1.67,
    outside: 7,
  },
  {
    features: [
      "calculer la moyenne d'une liste de notes, arrondie à deux décimales",
      'une liste vide ou une note hors de 0..20 renvoie 400',
    ],
    inside: [12, 15.5, 9],
    mean: 12.17,
    outside: 21,
  },
  // Added with the code that reads a range said as "not between" (after the in-view intent notas-promedio-es).
  {
    features: [
      'dada una lista de calificaciones, devolver el promedio y la mediana redondeados a un decimal',
      'si alguna calificación no está entre 1 y 10, responder 400; una lista vacía también',
    ],
    inside: [6, 7, 9],
    mean: 7.3,
    outside: 0,
  },
  {
    features: [
      'recevoir une liste de notes et renvoyer la moyenne, la plus basse et la plus haute, arrondie à un décimal',
      "une note qui n'est pas entre 0 et 20, ou une liste vide, renvoie 400",
    ],
    inside: [10, 12, 15],
    mean: 12.3,
    outside: 20.5,
  },
];

/** Features no statistics of a list realise: they must stay unrealised beside a row's first feature. */
const NOT_MADE = [
  'a mark that was already entered for the same student cannot be entered again (409)',
  'eine Note wird mit dem Namen des Schülers gespeichert',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 6 of 6. After marks sent as a list, the
 * empty list after its noun ("una lista vacía") and the rounding in each language's summary: 1 — "the marks of a
 * student" names no list and no sending: they may as well be kept records, and are left alone.
 */
const NOT_YET_READ = new Set<GradeRow>([GRADE_LIST_PHRASINGS[2]]);

/** The endpoint realising feature 0, and the name of its one list field and of its mean. */
function listEndpoint(contract: SpecContract, feature: string) {
  const e = contract.endpoints.find((x) => x.features.includes(feature) && x.behavior.kind === 'function');
  if (!e || e.behavior.kind !== 'function') return null;
  const fields = e.request.body?.fields ?? [];
  const list = fields.find((f) => f.type.endsWith('[]'));
  const mean = Object.entries(e.behavior.outputs).find(([result]) => result === 'mean')?.[1];
  return list && mean && fields.length === 1 ? { e, list: list.name, mean } : null;
}

/** What goes wrong with a row: '' when every feature is realised and every list answered as worked out. */
function problemOfRow(row: GradeRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'voti', key_features: row.features }));
  const unrealised = featureFidelity(contract, row.features).filter((v) => !v.realised);
  if (unrealised.length > 0)
    return `unrealised: ${unrealised.map((v) => `${v.feature} (${v.problems.join('; ')})`).join(' | ')}`;
  const found = listEndpoint(contract, row.features[0]);
  if (!found) return 'no computation with one list in and a mean out realises the first feature';
  const ask = (numbers: number[]) =>
    endpointAnswer(contract, found.e.method, found.e.path, { [found.list]: numbers });
  const got = ask(row.inside);
  if (!('body' in got) || got.body[found.mean] !== row.mean)
    return `${JSON.stringify(row.inside)}: answered ${JSON.stringify(got)}, not a mean of ${row.mean}`;
  for (const refused of [[], [...row.inside, row.outside]]) {
    const answer = ask(refused);
    if (answer.status !== 400)
      return `${JSON.stringify(refused)}: answered ${JSON.stringify(answer)}, not 400`;
  }
  return '';
}

const notMadeRealised = (text: string) => {
  const features = [GRADE_LIST_PHRASINGS[3].features[0], text];
  const { contract } = designSpec(intentOf({ service_name: 'marks', key_features: features }));
  return featureFidelity(contract, features)[1].realised;
};

describe('lists of marks: mean, median, lowest and highest, empty lists and marks off the scale refused', () => {
  for (const row of GRADE_LIST_PHRASINGS.filter((r) => !NOT_YET_READ.has(r))) {
    it(`realises ${JSON.stringify(row.features[0])}`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = GRADE_LIST_PHRASINGS.filter((r) => NOT_YET_READ.has(r) && problemOfRow(r) === '');
    expect(read.map((r) => r.features[0])).toEqual([]);
  });

  it.each(NOT_MADE)('leaves %p unrealised', (text) => {
    expect(notMadeRealised(text)).toBe(false);
  });
});
