import {
  integerField,
  numberField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { foldText } from './checks-shared';
import { decimalsIn, glossIn, hasAny, refuses, roundTo, wordList, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';

/*
 * An amount written for N servings (people, portions) scaled to M servings: amount × M / N, rounded as the
 * feature writes (2 decimals else). Servings are whole numbers above 0; a negative amount is refused (zero stays
 * zero). Recognised when a feature scales (adjusts, recalculates) an amount by a number of servings, people or
 * portions, in six languages; a recipe store that keeps a number of servings is the records' reading.
 */

export const SERVINGS_CODE: FunctionCode = {
  id: 'scale.servings',
  exportName: 'scaleServings',
  source: String.raw`/**
 * scale.servings: amount (written for servings) scaled to target_servings, amount × target_servings / servings,
 * rounded to options.decimals. Servings are whole numbers above 0; a negative amount is refused.
 */
export const scaleServings: CatalogFunction = (input, options) => {
  const amount = input.amount;
  const from = input.servings;
  const to = input.target_servings;
  const problems: string[] = [];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) problems.push('amount must be a number');
  else if (amount < 0) problems.push('amount cannot be negative (' + String(amount) + ')');
  for (const [name, value] of [['servings', from], ['target_servings', to]] as const) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
      problems.push(name + ' must be a whole number above 0');
  }
  if (problems.length > 0) return { ok: false, problems };
  const factor = 10 ** Number(options.decimals ?? 2);
  const scaled = Math.round((((amount as number) * (to as number)) / (from as number)) * factor) / factor;
  if (!Number.isFinite(scaled)) return { ok: false, problems: ['the scaled amount is too large'] };
  return { ok: true, value: { amount: scaled } };
};`,
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet die Menge einer Zutat (eines Rezepts) von einer Anzahl Portionen (Personen) auf eine andere um: Menge × neue Portionen / Portionen; eine negative Menge oder Portionen, die keine ganze Zahl über 0 sind, werden abgelehnt.',
  es: ' Escala la cantidad de un ingrediente (de una receta) de un número de porciones (raciones, personas) a otro: cantidad × porciones nuevas / porciones; una cantidad negativa o porciones que no son un entero mayor que 0 se rechazan.',
  fr: " Adapte la quantité d'un ingrédient (d'une recette) d'un nombre de portions (parts, personnes) à un autre : quantité × nouvelles portions / portions ; une quantité négative ou un nombre de portions qui n'est pas un entier supérieur à 0 (nul ou négatif) est refusé.",
  it: ' Ricalcola la quantità di un ingrediente (di una ricetta) da un numero di porzioni (persone) a un altro: quantità × nuove porzioni / porzioni; una quantità negativa o porzioni che non sono un intero maggiore di 0 sono rifiutate.',
  pt: ' Ajusta a quantidade de um ingrediente (de uma receita) de um número de porções (pessoas) para outro: quantidade × novas porções / porções; uma quantidade negativa ou porções que não são um inteiro maior que 0 são recusadas.',
};

type Fact = [number, number, number];
const FACTS: Fact[] = [
  [200, 4, 6],
  [150, 4, 3],
  [100, 3, 2],
  [0, 4, 8],
  [2.5, 2, 5],
];

/** The reference semantics: `amount` for `from` servings, for `to` servings (a ratio, then rounded). */
export function servingsReference(amount: number, from: number, to: number, decimals: number): number {
  const ratio = to / from;
  return roundTo(amount * ratio, decimals);
}

/** Each refusal in the languages of the features that ask for it. */
const REFUSAL_GLOSS: Record<
  'negative' | 'zero' | 'fraction' | 'target',
  Partial<Record<Language, string>>
> = {
  negative: {
    de: ' Eine negative Menge wird abgelehnt.',
    es: ' Una cantidad negativa se rechaza.',
    fr: ' Une quantité négative est refusée.',
    it: ' Una quantità negativa è rifiutata.',
    pt: ' Uma quantidade negativa é recusada.',
  },
  zero: {
    de: ' Null Portionen (Personen) werden abgelehnt.',
    es: ' Cero porciones (personas) se rechazan.',
    fr: ' Un nombre de personnes (portions) nul est refusé.',
    it: ' Zero porzioni (persone) sono rifiutate.',
    pt: ' Zero porções (pessoas) são recusadas.',
  },
  fraction: {
    de: ' Portionen, die keine ganze Zahl sind, werden abgelehnt.',
    es: ' Porciones que no son un número entero se rechazan.',
    fr: " Un nombre de personnes (portions) qui n'est pas entier est refusé.",
    it: ' Porzioni che non sono un numero intero sono rifiutate.',
    pt: ' Porções que não são um número inteiro são recusadas.',
  },
  target: {
    de: ' Eine negative Zahl neuer Portionen (Personen) wird abgelehnt.',
    es: ' Un número negativo de porciones nuevas (personas) se rechaza.',
    fr: ' Un nombre de personnes (portions) négatif est refusé.',
    it: ' Un numero negativo di nuove porzioni (persone) è rifiutato.',
    pt: ' Um número negativo de novas porções (pessoas) é recusado.',
  },
};

/** The refusals of the scaling, `field` naming the request field of each parameter. */
function servingsRefusals(field: (param: string) => string, languages: Language[]): Refusal[] {
  const input = (amount: number, servings: number, target: number) => ({
    [field('amount')]: amount,
    [field('servings')]: servings,
    [field('target_servings')]: target,
  });
  return [
    {
      description: `A negative amount (-5) is refused.${glossIn(REFUSAL_GLOSS.negative, languages)}`,
      input: input(-5, 4, 2),
    },
    {
      description: `Zero servings are refused.${glossIn(REFUSAL_GLOSS.zero, languages)}`,
      input: input(100, 0, 2),
    },
    {
      description: `Servings that are not a whole number (2.5) are refused.${glossIn(REFUSAL_GLOSS.fraction, languages)}`,
      input: input(100, 2.5, 2),
    },
    {
      description: `A negative number of target servings (-2) is refused.${glossIn(REFUSAL_GLOSS.target, languages)}`,
      input: input(100, 4, -2),
    },
  ];
}

export function servingsDesign(decimals: number, languages: Language[]): FunctionDesign {
  const places = `${decimals} decimal${decimals === 1 ? '' : 's'}`;
  const examples = FACTS.map(([amount, from, to]) => {
    const scaled = servingsReference(amount, from, to, decimals);
    return {
      description: `${amount} for ${from} servings is ${scaled} for ${to} servings (${amount} × ${to} / ${from}, rounded to ${places}).`,
      input: { amount, servings: from, target_servings: to },
      output: { amount: scaled },
    };
  });
  return {
    function: SERVINGS_CODE.id,
    method: 'POST',
    path: '/servings/scale',
    summary:
      'Scales an amount (an ingredient quantity of a recipe) written for a number of servings (people, portions) ' +
      `to another number of servings: amount × target_servings / servings, rounded to ${places} ` +
      `(${examples[0].description}). Servings are whole numbers above 0; a negative amount, or servings of zero, ` +
      'below zero or not whole, is refused with 400.' +
      glossIn(GLOSS, languages),
    options: { decimals },
    inputs: [
      { param: 'amount', field: numberField('amount', 'The amount written for `servings`, 0 or more', 200) },
      {
        param: 'servings',
        field: integerField('servings', 'Servings the amount is written for, 1 or more', 4),
      },
      {
        param: 'target_servings',
        field: integerField('target_servings', 'Servings to scale the amount to, 1 or more', 6),
      },
    ],
    outputs: [
      {
        result: 'amount',
        field: 'amount',
        description: `The amount for target_servings, rounded to ${places}`,
        example: examples[0].output.amount,
      },
    ],
    examples,
    refusals: servingsRefusals((param) => param, languages),
  };
}

const SERVING_WORDS = wordList(
  'serving servings portion portions people persons person guests diners yield ' +
    'portion portionen portionenzahl personen personenzahl gaste ' +
    'porcion porciones racion raciones personas comensales ' +
    // Not "parts" (French for portions): in English the parts of a stockroom.
    'personnes convives couverts ' +
    'porzione porzioni persone coperti commensali ' +
    'porcao porcoes pessoas doses rendimento',
);
const SCALE_VERBS = wordList(
  'scale scales scaled scaling scaler rescale resize adjust adjusts adjusted recalculate recalculated recalculates multiply ' +
    'skalieren skaliert umrechnen umgerechnet anpassen angepasst hochrechnen ' +
    'escalar escala escalado ajustar ajusta recalcular recalcula adaptar adapta ' +
    'adapter adapte adaptee recalculer recalcule ajuster ajuste ' +
    'ricalcolare ricalcola adattare adatta scalare riscalare proporzionare ' +
    'ajustar ajusta recalcular adaptar escalonar',
);
const AMOUNT_WORDS = wordList(
  'amount amounts quantity quantities ingredient ingredients recipe recipes grams ' +
    'menge mengen zutat zutaten zutatenmenge zutatenmengen rezept rezepte rezepts rezeptes ' +
    'cantidad cantidades ingrediente ingredientes receta recetas ' +
    'quantite quantites ingredient ingredients recette recettes ' +
    'quantita ingrediente ingredienti ricetta ricette ' +
    'quantidade quantidades ingrediente ingredientes receita receitas',
);
const OTHER = wordList(
  'calorie calories kcal kalorien calorias nutrition nutritional macros protein price prices cost costs preis ' +
    'precio prix prezzo preco store save list add delete speichern guardar listar enregistrer lister salvare ' +
    'elencare salvar bill bills tip tips split rechnung trinkgeld aufteilen cuenta propina dividir addition ' +
    'pourboire partager conto mancia gorjeta',
);
/** Servings of a recipe, not people at large ("zero people" beside a split bill is the bill's). */
const PORTION_WORDS = wordList(
  'serving servings portion portions portionen portionenzahl porcion porciones racion raciones parts porzione ' +
    'porzioni porcao porcoes doses',
);
const NOT_POSITIVE =
  /\b(?:zero|null|cero|nul|nulle|nulo|nula|0|negative?s?|negativ\w*|negatif\w*|not positive|positive|positiv\w*|whole|ganz\w*|enteros?|entiers?|interi|inteiros?)\b/;

export const SERVINGS: CatalogFamily = {
  name: 'servings-scale',
  functions: [SERVINGS_CODE],
  recognise(text: string, words: string[]): Recognised {
    if (!hasAny(words, SERVING_WORDS) || hasAny(words, OTHER)) return null;
    const languages = glossLanguages(words, GLOSS);
    if (hasAny(words, SCALE_VERBS) && hasAny(words, AMOUNT_WORDS))
      return { design: servingsDesign(decimalsIn(text) ?? 2, languages) };
    // "servings must be whole numbers above 0; a negative amount is refused": the scaling's own refusals.
    if (
      refuses(words) &&
      NOT_POSITIVE.test(foldText(text)) &&
      (hasAny(words, PORTION_WORDS) || hasAny(words, AMOUNT_WORDS))
    )
      return {
        constraint: {
          function: SERVINGS_CODE.id,
          refusals: (d) =>
            servingsRefusals(
              (param) => d.inputs.find((i) => i.param === param)?.field.name ?? param,
              languages,
            ),
        },
      };
    return null;
  },
};
