import type { FieldSpec } from '@sf/service-spec';
import type { CatalogFamily, FunctionCode, FunctionDesign, Recognised, WorkedExample } from './catalog-entry';
import { roundingHelper } from './calc-code';
import { add, divide, fraction, multiply, roundFraction, type Fraction } from './exact-rounding';
import { decimalsIn, glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * A weighted average (a final grade from exams that count 30/30/40, a score with coefficients): Σ value × weight
 * ÷ Σ weight, rounded half up to the decimals the feature names (2 by default). Weights the feature writes
 * ("weights 30/30/40") are fixed and the request sends exactly that many values; otherwise the request sends
 * the weights beside the values, one each. Recognised from the words for "weighted" (or grades beside their
 * weights) in six languages; the worked examples are exact fractions, apart from the emitted code.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

const WEIGHTED = words(`
  weighted gewichtet gewichteter gewichtete gewichteten gewichtetes ponderado ponderada ponderados ponderadas
  ponderee ponderees pondere ponderata ponderato ponderate`);
const GRADES = words(`
  grade grades score scores mark marks exam exams note noten notendurchschnitt prufung prufungen nota notas
  calificacion calificaciones examen examenes notes examens voto voti esame esami provas`);
const WEIGHTS = words(
  'weights gewichte gewichten gewichtung pesos coefficients coefficient coeficientes coefficienti pesi',
);
const AVERAGE = words('average mean avg durchschnitt mittelwert mittel schnitt promedio media moyenne');
const STORING = words(
  'store save keep persist speichern guardar enregistrer conserver salvare salvar armazenar list',
);

export const WEIGHTED_AVERAGE_CODE: FunctionCode = {
  id: 'calc.weighted_average',
  exportName: 'calcWeightedAverage',
  source: `${roundingHelper('calcWeightedRound')}

/**
 * calc.weighted_average: Σ values[i] × weights[i] ÷ Σ weights, rounded to \`decimals\` (half up). The weights are
 * option \`weights\` (a JSON list) when the feature fixes them, else the request's \`weights\`, one per value,
 * none negative and not all zero.
 */
export const calcWeightedAverage: CatalogFunction = (input, options) => {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const finite = (item: unknown): item is number => typeof item === 'number' && Number.isFinite(item);
  const values = list(input.values);
  let weights: unknown[] = list(input.weights);
  if (typeof options.weights === 'string') {
    try {
      weights = list(JSON.parse(options.weights));
    } catch {
      weights = [];
    }
  }
  if (values.length === 0) return { ok: false, problems: ['the list of values must not be empty'] };
  const problems: string[] = [];
  if (!values.every(finite)) problems.push('every value must be a finite number');
  if (values.length !== weights.length) {
    problems.push(
      typeof options.weights === 'string'
        ? 'exactly ' + String(weights.length) + ' values are needed, one per weight'
        : 'values and weights must have the same number of items',
    );
  } else if (!weights.every((w) => finite(w) && w >= 0)) {
    problems.push('every weight must be a number >= 0');
  }
  if (problems.length > 0) return { ok: false, problems };
  const w = weights as number[];
  const total = w.reduce((sum, item) => sum + item, 0);
  if (!(total > 0) || !Number.isFinite(total)) return { ok: false, problems: ['the weights must not all be 0'] };
  const sum = (values as number[]).reduce((acc, value, i) => acc + value * w[i], 0);
  if (!Number.isFinite(sum)) return { ok: false, problems: ['the values are too large to average'] };
  const decimals = Number(options.decimals ?? 2);
  return { ok: true, value: { weighted_average: calcWeightedRound(sum / total, decimals, 'half_up') } };
};`,
};

/** Weights a feature writes: "30/30/40", "30 % / 30 % / 70 %", "1/2/1" (two or more). */
function writtenWeights(text: string): number[] | null {
  const m = /(?<![\d./-])\d+(?:[.,]\d+)?\s*%?(?:\s*\/\s*\d+(?:[.,]\d+)?\s*%?)+(?![\d/])/.exec(text);
  if (!m) return null;
  // Weights given as an example ("por ejemplo 30/30/40", "e.g. 30/30/40") are the request's to send.
  const before = text
    .slice(Math.max(0, m.index - 30), m.index)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  if (EXAMPLE_WORDS.test(before)) return null;
  const weights = m[0].split('/').map((part) => Number(part.replace('%', '').trim().replace(',', '.')));
  return weights.every((w) => Number.isFinite(w) && w >= 0) && weights.some((w) => w > 0) ? weights : null;
}

const EXAMPLE_WORDS =
  /(?:for example|for instance|e\.\s?g\.|such as|like|zum beispiel|z\.\s?b\.|etwa|por ejemplo|p\.\s?ej\.|como|par exemple|p\.\s?ex\.|comme|ad esempio|per esempio|ad es\.|por exemplo|ex\.)[\s:(]*$/i;

const SAMPLE_VALUES = [80, 90, 70, 65, 85, 75, 95, 60];

/** The exact weighted average of values under weights, rounded half up. */
function exactAverage(values: number[], weights: number[], decimals: number): number {
  let sum: Fraction = { n: 0n, d: 1n };
  let total: Fraction = { n: 0n, d: 1n };
  values.forEach((v, i) => {
    sum = add(sum, multiply(fraction(v), fraction(weights[i])));
    total = add(total, fraction(weights[i]));
  });
  return roundFraction(divide(sum, total), decimals);
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Gewichteter Durchschnitt (Mittelwert) der Werte (Noten, Punkte) mit ihren Gewichten (Gewichtung): Summe aus Wert mal Gewicht geteilt durch die Summe der Gewichte.',
  es: ' Media ponderada (promedio ponderado) de los valores (notas, calificaciones) con sus pesos: suma de valor por peso dividida entre la suma de los pesos.',
  fr: ' Moyenne pondérée des valeurs (notes) avec leurs coefficients (poids) : somme des valeur × coefficient divisée par la somme des coefficients.',
  it: ' Media ponderata dei valori (voti) con i loro pesi: somma di valore per peso divisa per la somma dei pesi.',
  pt: ' Média ponderada dos valores (notas) com os seus pesos: soma de valor vezes peso dividida pela soma dos pesos.',
};

/** The refusals in the feature's language, so a refusal written in it finds its own words in them. */
const LENGTHS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Werte (Noten) und Gewichte mit unterschiedlicher Anzahl von Elementen werden abgelehnt.',
  es: ' Notas (valores) y pesos que no tienen la misma cantidad de elementos se rechazan.',
  fr: ' Des notes et des coefficients qui n’ont pas le même nombre d’éléments sont refusés.',
  it: ' Voti e pesi con un numero diverso di elementi vengono rifiutati.',
  pt: ' Notas e pesos com quantidades diferentes de elementos são recusados.',
};
const EMPTY_GLOSS: Partial<Record<Language, string>> = {
  de: ' Leere Listen von Noten und Gewichten werden abgelehnt.',
  es: ' Listas de notas y pesos vacías se rechazan.',
  fr: ' Des listes de notes et de coefficients vides sont refusées.',
  it: ' Liste di voti e pesi vuote vengono rifiutate.',
  pt: ' Listas de notas e pesos vazias são recusadas.',
};

function design(fixed: number[] | null, decimals: number, languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = [];
  const example = (values: number[], weights: number[]) => {
    const average = exactAverage(values, weights, decimals);
    examples.push({
      description: `Values ${values.join(', ')} with weights ${weights.join('/')}: Σ value × weight ÷ Σ weight = ${average}.`,
      input: fixed ? { values } : { values, weights },
      output: { weighted_average: average },
    });
  };
  if (fixed) {
    const n = fixed.length;
    example(
      Array.from({ length: n }, (_, i) => SAMPLE_VALUES[i % SAMPLE_VALUES.length]),
      fixed,
    );
    example(
      Array.from({ length: n }, (_, i) => (i === n - 1 ? 100 : 0)),
      fixed,
    );
    example(Array<number>(n).fill(7), fixed);
  } else {
    example([80, 90, 70], [30, 30, 40]);
    example([6, 8], [1, 3]);
    example([1, 2], [1, 7]); // 15/8 = 1.875: the half that rounds up
    example([2, 3, 5], [1, 1, 1]);
    example([4, 10], [0, 2]);
  }
  const valuesField: FieldSpec = {
    name: 'values',
    type: 'number[]',
    required: true,
    description: fixed
      ? `The ${fixed.length} values (grades, scores), in the order of the weights ${fixed.join('/')}`
      : 'The values (grades, scores) to average',
    example: fixed ? examples[0].input.values : [80, 90, 70],
  };
  const inputs: FunctionDesign['inputs'] = [{ param: 'values', field: valuesField }];
  if (!fixed) {
    inputs.push({
      param: 'weights',
      field: {
        name: 'weights',
        type: 'number[]',
        required: true,
        description: 'The weight of each value, one per value (0 or more, not all 0)',
        example: [30, 30, 40],
      },
    });
  }
  const sample = fixed ? (examples[0].input.values as number[]) : [80, 90];
  const refusals = fixed
    ? [
        { description: 'An empty list of values is refused.', input: { values: [] } },
        {
          description: `${fixed.length + 1} values for ${fixed.length} weights are refused.`,
          input: { values: [...sample, 50] },
        },
      ]
    : [
        {
          description: `Empty lists of values and weights are refused.${glossIn(EMPTY_GLOSS, languages)}`,
          input: { values: [], weights: [] },
        },
        {
          description: `Two values with one weight (lists of different lengths) are refused.${glossIn(LENGTHS_GLOSS, languages)}`,
          input: { values: sample, weights: [1] },
        },
        {
          description: 'One value with two weights (a weight left over) is refused.',
          input: { values: [sample[0]], weights: [1, 1] },
        },
        { description: 'A negative weight is refused.', input: { values: sample, weights: [1, -1] } },
        { description: 'Weights that are all 0 are refused.', input: { values: sample, weights: [0, 0] } },
      ];
  const weightsRule = fixed
    ? `fixed weights ${fixed.join('/')} (one per value, in order; exactly ${fixed.length} values)`
    : 'weights sent with the values, one per value (0 or more, not all 0)';
  return {
    function: WEIGHTED_AVERAGE_CODE.id,
    method: 'POST',
    path: '/calc/weighted-average',
    summary:
      `Weighted average (weighted mean) of values such as grades or scores: sum of value × weight divided by the sum of the weights, with ${weightsRule}, rounded half up to ${decimals} decimals; an empty list, ${fixed ? 'a wrong number of values' : 'lists of different lengths, a negative weight or weights that are all 0'} is refused with 400.` +
      glossIn(GLOSS, languages),
    inputs,
    outputs: [
      {
        result: 'weighted_average',
        field: 'weighted_average',
        description: 'Σ value × weight ÷ Σ weight',
        example: examples[0].output.weighted_average,
      },
    ],
    options: { decimals, ...(fixed ? { weights: JSON.stringify(fixed) } : {}) },
    examples,
    refusals,
  };
}

export const WEIGHTED_AVERAGE: CatalogFamily = {
  name: 'weighted-average',
  functions: [WEIGHTED_AVERAGE_CODE],
  recognise(text: string, list: string[]): Recognised {
    // "Weighted" alone is not an average ("a weighted random choice"): an average, grades or weights come with it.
    const weighted =
      (hasAny(list, WEIGHTED) && (hasAny(list, AVERAGE) || hasAny(list, GRADES) || hasAny(list, WEIGHTS))) ||
      (hasAny(list, GRADES) && hasAny(list, WEIGHTS));
    if (!weighted || hasAny(list, STORING)) return null;
    const decimals = Math.min(decimalsIn(text) ?? 2, 10);
    return { design: design(writtenWeights(text), decimals, languagesOf(list)) };
  },
};
