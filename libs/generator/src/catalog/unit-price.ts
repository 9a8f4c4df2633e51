import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { divide, fraction, multiply, roundFraction } from './exact-rounding';
import { featureWords, glossIn, refuses, type Language } from './feature-words';
import { foldName, languagesWith, SPELLED_WORDS, spelledRoute } from './money-words';
import { UNIT_PRICE_CODE } from './unit-price-code';
import {
  basesOf,
  isMass,
  REFUSAL_WORDS,
  UNIT_PRICE_KNOWN,
  unitOfWord,
  type Bases,
  type SizeUnit,
} from './unit-price-words';

/*
 * A unit price (the money class): what a pack costs per kg or litre, or per 100 g or 100 ml, from its price and
 * its size — price / size × base, rounded half up to the cent (2.49 for 500 g is 4.98 a kg, 0.50 per 100 g).
 * Read spelled out (one route sending a price, a size and maybe its unit, answering one unit price) or in free
 * text, where every word must be one of a unit price or a filler. The base must be said ("per kg", "je 100 g",
 * "al litro", or in the answer's name, "price_per_kg") and name the dimension of every unit the size may be in;
 * the unit is the request's (listed values among g, kg, ml, cl, l) or the one the feature fixes ("in grams",
 * "peso_g"). Ounces, a price per piece, VAT on top or comparing packs are not read. A feature of its own refusing
 * a size of 0, a negative price or another unit joins the endpoint.
 */

/** Field names a design reads and answers: the spelled ones, or the computation's own. */
export interface UnitPriceNames {
  price: string;
  size: string;
  /** The unit field; absent when the feature fixes the unit. */
  unit?: string;
  result: string;
  /** A text answer naming the base ("kg", "100 ml"), when the feature writes one. */
  per?: string;
}

/** What a design computes: the units a size may be in (one when fixed) and the base in grams or ml. */
export interface UnitPriceReading {
  units: SizeUnit[];
  base: 1000 | 100;
}

const GRAMS: Record<SizeUnit, number> = { g: 1, kg: 1000, ml: 1, cl: 10, l: 1000 };

/** The reference answer in exact decimals, apart from the emitted code. */
export function unitPriceReference(price: number, size: number, unit: SizeUnit, base: number): number {
  const grams = multiply(fraction(size), fraction(GRAMS[unit]));
  return roundFraction(multiply(divide(fraction(price), grams), fraction(base)), 2, 'half_up');
}

/** Worked examples by unit: everyday packs (1.85 for 400 g is 4.625 a kg, rounded half up to 4.63). */
const SAMPLES: Record<SizeUnit, [number, number][]> = {
  g: [
    [2.49, 500],
    [1.85, 400],
    [1.29, 125],
  ],
  kg: [
    [3.5, 1.5],
    [12.99, 2.5],
  ],
  ml: [
    [1.99, 750],
    [0.79, 330],
  ],
  cl: [[1.5, 75]],
  l: [
    [0.89, 1.5],
    [1.2, 2],
  ],
};

const GLOSS: Record<Language, string> = {
  en: ' Unit price of a pack (price per kg, per litre, per 100 g or 100 ml) from its price and its size (weight or content).',
  de: ' Grundpreis einer Packung (Preis pro kg, pro Liter, je 100 g oder 100 ml) aus ihrem Preis und ihrer Füllmenge (Gewicht, Inhalt).',
  es: ' Precio unitario de un envase (precio por kilo, por litro, por 100 g o 100 ml) a partir de su precio y su contenido (peso).',
  fr: " Prix unitaire d'un emballage (prix au kilo, au litre, pour 100 g ou 100 ml) à partir de son prix et de son contenu (poids).",
  it: ' Prezzo unitario di una confezione (prezzo al chilo, al litro, per 100 g o 100 ml) dal prezzo e dal contenuto (peso).',
  pt: ' Preço unitário de uma embalagem (preço por quilo, por litro, por 100 g ou 100 ml) a partir do preço e do conteúdo (peso).',
};

/** The label of a base for a unit's dimension ("kg", "100 ml"). */
const perOf = (unit: SizeUnit, base: number): string =>
  base === 1000 ? (isMass(unit) ? 'kg' : 'l') : isMass(unit) ? '100 g' : '100 ml';

/** The design at `method path`, under `names`, its summary glossed in `languages`. */
export function unitPriceDesign(
  method: 'GET' | 'POST',
  path: string,
  names: UnitPriceNames,
  reading: UnitPriceReading,
  languages: Language[],
): FunctionDesign {
  const { units, base } = reading;
  const request = (price: number, size: number, unit: string) => ({
    [names.price]: price,
    [names.size]: size,
    ...(names.unit ? { [names.unit]: unit } : {}),
  });
  const examples: WorkedExample[] = units.flatMap((unit) =>
    SAMPLES[unit].map(([price, size]) => {
      const value = unitPriceReference(price, size, unit, base);
      return {
        description: `${price} for ${size} ${unit} is ${value.toFixed(2)} per ${perOf(unit, base)}.`,
        input: request(price, size, unit),
        output: { [names.result]: value, ...(names.per ? { [names.per]: perOf(unit, base) } : {}) },
      };
    }),
  );
  const [first] = units;
  const refusals: Refusal[] = [
    { description: `A size of 0 ${first} is refused.`, input: request(2.49, 0, first) },
    { description: 'A negative price (-1) is refused.', input: request(-1, 500, first) },
    ...(names.unit
      ? [{ description: 'A size in ounces (oz) is refused.', input: request(2.49, 16, 'oz') }]
      : []),
  ];
  const bases = [...new Set(units.map((u) => perOf(u, base)))].join(' or ');
  return {
    function: UNIT_PRICE_CODE.id,
    method,
    path,
    summary:
      `Works out the unit price of a pack: price / size × base, per ${bases}, the size in ${units.join(', ')}; ` +
      'worked out exactly and rounded half up to the cent (2 decimals). A negative price, a size that is not ' +
      'above 0, a value above 1,000,000 or not a number' +
      (names.unit ? ', or a unit not listed,' : '') +
      ' is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'price',
        field: {
          name: names.price,
          type: 'number',
          required: true,
          description: 'Price of the pack (0 to 1000000)',
          example: examples[0].input[names.price],
          minimum: 0,
          maximum: 1e6,
        },
      },
      {
        param: 'size',
        field: {
          name: names.size,
          type: 'number',
          required: true,
          description: `Size of the pack${names.unit ? ', in its unit' : ` in ${first}`} (above 0, at most 1000000)`,
          example: examples[0].input[names.size],
          exclusive_minimum: 0,
          maximum: 1e6,
        },
      },
      ...(names.unit
        ? [
            {
              param: 'unit',
              field: {
                name: names.unit,
                type: 'string' as const,
                required: true,
                description: `Unit of the size: ${units.join(', ')}`,
                example: first,
                enum: units,
              },
            },
          ]
        : []),
    ],
    outputs: [
      {
        result: 'unit_price',
        field: names.result,
        description: `Price per ${bases}, to the cent`,
        example: examples[0].output[names.result],
      },
      ...(names.per
        ? [
            {
              result: 'per',
              field: names.per,
              description: 'The base the price is given for',
              example: perOf(first, base),
            },
          ]
        : []),
    ],
    options: { units: units.join(','), base, ...(names.unit ? {} : { unit: first }) },
    examples,
    refusals,
  };
}

/** The single base of a feature whose bases name every unit's dimension, else null. */
function baseFor(bases: Bases, units: SizeUnit[]): 1000 | 100 | null {
  if (bases.amounts.size !== 1 || units.length === 0) return null;
  if (units.some((u) => (isMass(u) ? !bases.mass : !bases.volume))) return null;
  return bases.amounts.has(100) ? 100 : 1000;
}

const PRICE_NAME =
  /^(?:(?:pack|package|packungs?|sale|verkaufs)_?)?(?:price|preis|precio|prix|prezzo|preco)$/;
const SIZE_NAME =
  /^(?:(?:pack|package|net|netto)_?)?(?:size|weight|quantity|amount|content|contents|volume|gewicht|menge|fullmenge|inhalt|peso|cantidad|contenido|poids|quantite|contenance|contenu|quantita|contenuto|quantidade|conteudo)(?:_(\w+))?$/;
const UNIT_NAME = /^(?:unit|einheit|unidad|unite|unita|unidade|measure)$/;
const RESULT_NAME =
  /^(?:unit_?price|grundpreis|kilopreis|literpreis|precio_?unitario|prix_?unitaire|prezzo_?unitario|preco_?unitario|(?:price|preis|precio|prix|prezzo|preco)_(?:per|pro|je|por|au|al|ao|par|pour|a|le)?_?(?:100_?)?(\w+))$/;
const PER_NAME = /^(?:per|base|bezug|basis|unit|einheit|unidad|unite|unita|unidade)$/;

/** The unit a size's field name fixes ("grams", "peso_g", "volume_ml"), or null. */
function unitOfSizeName(name: string): SizeUnit | null {
  const n = foldName(name);
  const whole = unitOfWord(n);
  if (whole) return whole;
  const m = SIZE_NAME.exec(n);
  return m?.[1] ? unitOfWord(m[1]) : null;
}

/** The words a result's name adds to the bases ("price_per_kg" → per kg; "preis_je_100_g" → je 100 g). */
function resultWords(name: string): string[] {
  const n = foldName(name);
  const m = RESULT_NAME.exec(n);
  if (!m?.[1]) return [];
  const hundred = /_100_?/.test(n) ? ['100'] : [];
  return ['per', ...hundred, m[1]];
}

/** The spelled names of a route sending a price, a size and maybe a unit, answering a unit price. */
function spelledReading(
  sent: LiteralField[],
  answered: LiteralField[],
): { names: UnitPriceNames; units: SizeUnit[] | null } | null {
  if (sent.length < 2 || sent.length > 3) return null;
  const price = sent.find((f) => PRICE_NAME.test(foldName(f.name)));
  const size = sent.find((f) => SIZE_NAME.test(foldName(f.name)) || unitOfSizeName(f.name) !== null);
  const unit = sent.find((f) => UNIT_NAME.test(foldName(f.name)));
  if (!price || !size || price === size || sent.length !== (unit ? 3 : 2)) return null;
  if ([price, size].some((f) => f.type !== 'number' && f.type !== 'integer')) return null;
  let units: SizeUnit[] | null = null;
  if (unit) {
    if (unit.type !== undefined && unit.type !== 'string') return null;
    const listed = (unit.enum ?? ['g', 'kg', 'ml', 'l']).map((v) => unitOfWord(String(v)));
    if (listed.some((u, i) => u === null || u !== String((unit.enum ?? ['g', 'kg', 'ml', 'l'])[i])))
      return null;
    units = listed as SizeUnit[];
  } else {
    const fixed = unitOfSizeName(size.name);
    if (fixed) units = [fixed];
  }
  const numbers = answered.filter((f) => f.type !== 'string');
  const result = numbers.length === 1 && RESULT_NAME.test(foldName(numbers[0].name)) ? numbers[0] : null;
  const texts = answered.filter((f) => f !== result);
  if (!result || texts.length > 1 || (texts[0] && !PER_NAME.test(foldName(texts[0].name)))) return null;
  return {
    names: {
      price: price.name,
      size: size.name,
      ...(unit ? { unit: unit.name } : {}),
      result: result.name,
      ...(texts[0] ? { per: texts[0].name } : {}),
    },
    units,
  };
}

/** The units a free prose says the size is in ("in grams", "in g, kg, ml oder l"). */
const unitsSaid = (rest: string[]): SizeUnit[] => [
  ...new Set(rest.map(unitOfWord).filter((u): u is SizeUnit => u !== null)),
];

const SPELLED = new Set(SPELLED_WORDS);

function recogniseSpelled(text: string): Recognised {
  const route = spelledRoute(text, ['GET', 'POST']);
  if (!route) return null;
  const { method, path, literals, words, pathWords } = route;
  const read = spelledReading(method === 'POST' ? literals.request : literals.queryFields, literals.response);
  if (!read) return null;
  if (words.some((w) => !UNIT_PRICE_KNOWN.has(w) && !SPELLED.has(w) && !pathWords.has(w) && !unitOfWord(w)))
    return null;
  const bases = basesOf([...words, ...resultWords(read.names.result), ...featureWords(path)]);
  const units = read.units ?? unitsSaid(bases.rest.filter((w) => !pathWords.has(w)));
  if (!read.units && units.length !== 1) return null;
  const base = baseFor(bases, units);
  if (base === null) return null;
  return { design: unitPriceDesign(method, path, read.names, { units, base }, languagesOfPrice(words)) };
}

/** A price word, a size word and nothing a unit price does not say, in free text. */
const PRICE_WORD = /^(?:price|prices|preis|packungspreis|verkaufspreis|precio|prix|prezzo|preco|grundpreis)$/;
const SIZE_WORD =
  /^(?:size|weight|content|contents|volume|gewicht|nettogewicht|menge|fullmenge|inhalt|peso|contenido|poids|contenu|contenance|contenuto|conteudo)$/;

function recogniseFree(text: string): Recognised {
  if (/[{}[\]/]/.test(text.replace(/€\/(?:kg|l)\b/g, ''))) return null;
  const words = featureWords(text);
  if (words.some((w) => !UNIT_PRICE_KNOWN.has(w) && !unitOfWord(w))) return null;
  if (!words.some((w) => PRICE_WORD.test(w)) || !words.some((w) => SIZE_WORD.test(w))) return null;
  const bases = basesOf(words);
  const units = unitsSaid(bases.rest);
  const base = baseFor(bases, units);
  if (base === null) return null;
  const names: UnitPriceNames = {
    price: 'price',
    size: 'size',
    ...(units.length > 1 ? { unit: 'unit' } : {}),
    result: 'unit_price',
  };
  return {
    design: unitPriceDesign('POST', '/unit-price', names, { units, base }, languagesOfPrice(words)),
  };
}

/** Languages of a unit price's words, its own words marking them ("Grundpreis" is German, "prezzo" Italian). */
const languagesOfPrice = (words: string[]): Language[] =>
  languagesWith(words, [
    ['de', /^(?:grundpreis\w*|preis|packungspreis|gewicht|fullmenge|inhalt|menge|packung)$/],
    ['es', /^(?:precio|envase|contenido|peso|kilo)$/],
    ['fr', /^(?:prix|poids|contenu|contenance|emballage)$/],
    ['it', /^(?:prezzo|confezione|contenuto|chilo)$/],
    ['pt', /^(?:preco|embalagem|conteudo|quilo)$/],
    ['en', /^(?:price|weight|size|pack)$/],
  ]);

/** A feature of its own refusing a size of 0, a negative price or another unit ("… returns 400"). */
function refusalLine(text: string): Recognised {
  if (/[{}[\]/]/.test(text)) return null;
  const words = featureWords(text);
  if (!refuses(words) && !words.includes('400')) return null;
  if (!words.some((w) => SIZE_WORD.test(w) || PRICE_WORD.test(w))) return null;
  if (words.some((w) => !UNIT_PRICE_KNOWN.has(w) && !REFUSAL_WORDS.has(w) && !unitOfWord(w))) return null;
  return {
    constraint: {
      function: UNIT_PRICE_CODE.id,
      refusals: (d) => d.refusals,
    },
  };
}

export const UNIT_PRICE: CatalogFamily = {
  name: 'unit-price',
  functions: [UNIT_PRICE_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    return recogniseFree(text) ?? refusalLine(text);
  },
};
