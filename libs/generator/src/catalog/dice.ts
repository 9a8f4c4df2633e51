import { readFeatureLiterals } from '@sf/service-spec';
import {
  integerField,
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { asSaid, glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { DICE_NOTATION_REFERENCE, DICE_PARTS_REFERENCE } from './dice-reference';
import { diceListedRefusal } from './dice-listed';
import { diceBoundsRefusal, diceRefusal } from './dice-refusals';

/*
 * Dice in the usual notation NdS±M ("2d6+3": two six-sided dice plus 3): each die rolled from 1 to S, the total
 * their sum plus M. A seed makes a roll repeatable: the dice come from the published mulberry32 generator seeded
 * with it (each die = floor(next × S) + 1), so the same notation and seed always give the same rolls; without a
 * seed the dice are random. Recognised from the notation or the words for dice beside a roll.
 */

export const DICE_CODE: FunctionCode = {
  id: 'dice.roll',
  exportName: 'diceRoll',
  source: String.raw`/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, uniform numbers in [0, 1). */
const diceMulberry32 = (seed: number): (() => number) => {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** The dice a roll asks for: from its "notation" NdS±M, or (option form "parts") its "count" (default 1) and "sides". */
const diceAsked = (
  input: Record<string, unknown>,
  options: Record<string, unknown>,
): { count: number; sides: number; modifier: number } | string => {
  if (options.form === 'parts') {
    const count = input.count ?? 1;
    if (!Number.isSafeInteger(count)) return 'count must be a whole number of dice';
    if (!Number.isSafeInteger(input.sides)) return 'sides must be a whole number';
    return { count: count as number, sides: input.sides as number, modifier: 0 };
  }
  const text = typeof input.notation === 'string' ? input.notation.replace(/\s+/g, '') : '';
  const match = /^(\d{0,3})[dDwW](\d{1,4})(?:([+-])(\d{1,7}))?$/.exec(text);
  if (!match) return 'notation must be written NdS or NdS+M, like 2d6+3';
  return {
    count: match[1] === '' ? 1 : Number(match[1]),
    sides: Number(match[2]),
    modifier: match[3] === undefined ? 0 : Number(match[3] + match[4]),
  };
};

/**
 * dice.roll: "notation" NdS+M or NdS-M (W for d, as German writes it), or with option form "parts" the
 * "count" and "sides" (N 1 to 100 dice, default 1; S 2 to 1000 sides; M a modifier up to 1000000 either way),
 * each die floor(next × S) + 1 from mulberry32 seeded with "seed" (random without one).
 */
export const diceRoll: CatalogFunction = (input, options) => {
  const asked = diceAsked(input, options);
  if (typeof asked === 'string') return { ok: false, problems: [asked] };
  const { count, sides, modifier } = asked;
  const problems: string[] = [];
  if (count < 1 || count > 100) problems.push('the number of dice must be from 1 to 100');
  if (sides < 2 || sides > 1000) problems.push('a die must have from 2 to 1000 sides');
  if (Math.abs(modifier) > 1000000) problems.push('the modifier must be at most 1000000 either way');
  const seed = input.seed;
  if (seed !== undefined && seed !== null && (typeof seed !== 'number' || !Number.isSafeInteger(seed))) {
    problems.push('seed must be a whole number');
  }
  if (problems.length > 0) return { ok: false, problems };
  const next = typeof seed === 'number' ? diceMulberry32(seed) : Math.random;
  const rolls: number[] = [];
  for (let i = 0; i < count; i++) rolls.push(Math.floor(next() * sides) + 1);
  return { ok: true, value: { rolls, total: rolls.reduce((sum, roll) => sum + roll, 0) + modifier } };
};`,
};

/**
 * Rolls worked out with the published mulberry32 (an independent implementation, checked against the
 * reference): notation, seed, the dice, the total.
 */
const FACTS: { notation: string; seed: number; rolls: number[]; total: number; why: string }[] = [
  { notation: '2d6+3', seed: 42, rolls: [4, 3], total: 10, why: '4 + 3 + 3' },
  { notation: '4d6-2', seed: 2024, rolls: [5, 5, 4, 5], total: 17, why: '5 + 5 + 4 + 5 − 2' },
  { notation: '3d8', seed: 1, rolls: [6, 1, 5], total: 12, why: 'no modifier' },
  { notation: 'd100', seed: 123456789, rolls: [26], total: 26, why: 'one die when N is left out' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Würfeln in Würfelnotation (NdS+M, z. B. 2W6+3: zwei sechsseitige Würfel plus 3), mit Startwert (Seed) wiederholbar: die einzelnen Würfe und die Summe; eine ungültige Notation (Unsinn) wird abgelehnt.',
  es: ' Tirar dados en notación de dados (NdS+M, p. ej. 2d6+3: dos dados de seis caras más 3), repetible con una semilla: las tiradas y el total; una notación inválida (sin sentido) se rechaza.',
  fr: ' Lancer des dés en notation de dés (NdS+M ou NdM, par exemple 2d6+3 : deux dés à six faces plus 3), reproductible avec une graine : renvoyer chaque dé (les jets) et la somme (le total) ; une notation invalide (absurde) est refusée.',
  it: ' Lanciare (tirare) dadi in notazione (NdS+M, es. 2d6+3: due dadi a sei facce più 3), ripetibile con un seme: ogni dado lanciato e la somma (il totale); una notazione non valida viene rifiutata.',
  pt: ' Rolar dados em notação de dados (NdS+M, ex. 2d6+3: dois dados de seis lados mais 3), repetível com uma semente: as rolagens e o total; uma notação inválida é recusada.',
};

export function diceDesign(languages: Language[]): FunctionDesign {
  return {
    function: DICE_CODE.id,
    method: 'POST',
    path: '/dice/roll',
    summary:
      'Rolls dice for tabletop and board games, written in dice notation NdS+M or NdS-M ("2d6+3": 2 dice of 6 sides, plus 3): N from 1 to ' +
      '100 (1 when left out), S from 2 to 1000 sides, each die from 1 to S, the total the sum of the dice ' +
      'plus the modifier M. With a seed (a whole number) the roll is repeatable: the dice come from the ' +
      'mulberry32 generator seeded with it, each die = floor(next × S) + 1, so the same notation and seed ' +
      'always give the same rolls; without a seed they are random. A notation that is not NdS±M (nonsense), or outside ' +
      'those bounds, is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'notation',
        field: stringField('notation', 'Dice notation NdS or NdS±M, like 2d6+3', '2d6+3'),
      },
      {
        param: 'seed',
        field: {
          ...integerField('seed', 'Seed that makes the roll repeatable (optional)', 42),
          required: false,
        },
      },
    ],
    outputs: [
      {
        result: 'rolls',
        field: 'rolls',
        description: 'Each die, in the order rolled',
        example: FACTS[0].rolls,
      },
      { result: 'total', field: 'total', description: 'Sum of the dice plus the modifier', example: 10 },
    ],
    examples: FACTS.map((f) => ({
      description: `${f.notation} with seed ${f.seed} rolls ${f.rolls.join(', ')}: total ${f.total} (${f.why}).`,
      input: { notation: f.notation, seed: f.seed },
      output: { rolls: f.rolls, total: f.total },
    })),
    refusals: [
      {
        description: 'Notation "2x6" is not dice notation and is refused.',
        input: { notation: '2x6', seed: 1 },
      },
      { description: 'A die of 1 side (3d1) is refused.', input: { notation: '3d1', seed: 1 } },
      { description: '0 dice (0d6) are refused.', input: { notation: '0d6', seed: 1 } },
    ],
    reference: DICE_NOTATION_REFERENCE,
  };
}

const PARTS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Eine Anzahl Würfel (1 bis 100) mit einer Anzahl Seiten (Seitenzahl 2 bis 1000) würfeln, mit Startwert (Seed) wiederholbar: jeder Wurf und die Summe.',
  es: ' Tirar un número de dados (1 a 100) con un número de caras (2 a 1000), repetible con una semilla: cada tirada y la suma.',
  fr: ' Lancer un nombre de dés (1 à 100) avec un nombre de faces (2 à 1000), reproductible avec une graine : chaque jet et le total.',
  it: ' Lanciare un numero di dadi (da 1 a 100) con un numero di facce (da 2 a 1000), ripetibile con un seme: ogni lancio e il totale.',
  pt: ' Rolar uma quantidade de dados (1 a 100) com um número de lados (2 a 1000), repetível com uma semente: cada rolagem e o total.',
};

/** Rolls by count and sides: the same dice as the notation NdS, each number its own field. */
export function dicePartsDesign(languages: Language[]): FunctionDesign {
  const notation = diceDesign(languages);
  const parts = (n: string) => /^(\d*)d(\d+)$/.exec(n);
  const facts = FACTS.filter((f) => parts(f.notation));
  return {
    ...notation,
    summary:
      'Rolls a number of dice (count, from 1 to 100, 1 when left out) with a number of sides each (sides, ' +
      'from 2 to 1000), each die from 1 to sides, and answers every die and their total. With a seed (a whole ' +
      'number) the roll is repeatable: the dice come from the mulberry32 generator seeded with it, each die = ' +
      'floor(next × sides) + 1, so the same count, sides and seed always give the same rolls; without a seed ' +
      'they are random. More than 100 dice, fewer than 1, a die of fewer than 2 sides (or more than 1000), or ' +
      'a count or sides that is not a whole number is refused with 400.' +
      glossIn(PARTS_GLOSS, languages),
    inputs: [
      {
        param: 'count',
        field: { ...integerField('count', 'Number of dice, 1 to 100 (1 when left out)', 2), required: false },
      },
      { param: 'sides', field: integerField('sides', 'Number of sides of each die, 2 to 1000', 6) },
      notation.inputs[1],
    ],
    options: { form: 'parts' },
    reference: DICE_PARTS_REFERENCE,
    examples: facts.map((f) => {
      const [, count, sides] = parts(f.notation)!;
      const input = { ...(count ? { count: Number(count) } : {}), sides: Number(sides), seed: f.seed };
      return {
        description: `${count || 'One die'}${count ? ' dice' : ''} of ${sides} sides with seed ${f.seed} roll ${f.rolls.join(', ')}: total ${f.total}.`,
        input,
        output: { rolls: f.rolls, total: f.total },
      };
    }),
    refusals: [
      { description: '101 dice are refused (at most 100).', input: { count: 101, sides: 6, seed: 1 } },
      { description: 'A die of 1 side is refused (at least 2).', input: { count: 2, sides: 1, seed: 1 } },
      { description: '0 dice are refused.', input: { count: 0, sides: 6, seed: 1 } },
    ],
  };
}

/** Words for a die's sides, and for how many dice: a roll asked by its numbers rather than in notation. */
const SIDES =
  'sides side sided seiten seitenzahl seitig seitige seitigen caras cara faces face facce faccia lados lado'.split(
    ' ',
  );

const DICE_WORDS = `dice die roll rolls rolling wurfel wurfeln wurfelwurf dados dado tirar tirada lancer lance
  des dadi lanciare rolar`.split(/\s+/);
const DICE_NOUNS = 'dice die wurfel dados dado dadi'.split(' ');
const ROLL_VERBS =
  'roll rolls rolling throw wurfeln wurfle wurfelt werfen tirar lanzar lancer lanciare tirare rolar jogar'.split(
    ' ',
  );
const SEEDS = 'seed seeds seeded startwert semilla graine seme semente'.split(' ');
const ROLLS = 'wurf wurfe tirada tiradas jet jets tirage tirages lancio lanci rolagem rolagens'.split(' ');
/** Words saying a result comes out the same again: "the same seed, the same dice", "immer dasselbe", "reproducible". */
const SAME_AGAIN =
  /^(?:same|identical|reproducible|repeatable|deterministic|gleich\w*|dasselbe|dieselbe\w*|mism[ao]s?|identic[ao]s?|memes?|identique\w*|reproductible|stess[oaie]|identic[oaie]|riproducibil\w*|ripetibil\w*|mesm[ao]s?|reproduzivel|repetivel)$/;

const sameAgain = (words: string[]) => words.some((w) => SAME_AGAIN.test(w));

/**
 * The roll with the rule the feature says of its seed ("with the same seed you get the same result every time") in
 * its summary: the rule holds of the seed as it is (the reference seeds mulberry32 with it), so the summary quotes
 * the feature's sentence; nothing else changes (not a field's description: other features' bounds name fields by
 * their words).
 */
function seededAgain(design: FunctionDesign, said: string): FunctionDesign {
  return { ...design, summary: `${design.summary} The seed: "${said}".` };
}

const NOTATION = /(?<![\w])\d{0,3}[dDwW]\d{1,4}(?:\s*[+-]\s*\d+)?(?![\w])/;

function recogniseDice(text: string, words: string[]): Recognised {
  // "nonsense like 0d6, 2d0 or banana gets rejected": what the roll another feature asks for refuses.
  // "Invalid notation (0d6, 3d1, more than 100 dice) is refused": the values and bounds a line lists.
  const refusal =
    diceRefusal(DICE_CODE.id, text, words) ??
    diceListedRefusal(DICE_CODE.id, text, words) ??
    diceBoundsRefusal(DICE_CODE.id, text, words);
  if (refusal) return { constraint: refusal };
  // "an invalid notation such as 0d6": a token of dice notation named as a notation is a roll's too.
  const notation =
    NOTATION.test(text) &&
    (hasAny(words, DICE_WORDS) || /notation|notacion|notazione|notacao/.test(words.join(' ')));
  // French writes dice "dés", folded to the article "des": only the accent tells them apart.
  const des = /(?<!\p{L})dés(?!\p{L})/iu.test(text.normalize('NFC'));
  const rolled = (hasAny(words, DICE_NOUNS) || des) && hasAny(words, ROLL_VERBS);
  // "die" alone is English for dying and German for "the": a roll of dice needs the verb or the notation.
  // A spelled-out field typed as dice notation (`"wurf": Würfelnotation`) asks for a roll too.
  const typed = () => readFeatureLiterals(text).request.some((f) => f.kind === 'dice');
  // A seed that makes a roll repeatable is the dice's, whether or not the feature names them again.
  const seeded = hasAny(words, SEEDS) && hasAny(words, [...ROLL_VERBS, ...ROLLS]);
  // "the same seed always gives the same result" names neither dice nor a roll: a rule on the roll another feature
  // asks for, never a roll of its own (Italian "seme" is a card suit too).
  // A line that also refuses ("… mesmos resultados; uma notação inválida como "2x6" dá 400") is read as a refusal.
  const refusing = refuses(words) || /\b4\d\d\b/.test(text);
  if (!seeded && !refusing && hasAny(words, SEEDS) && sameAgain(words)) {
    return {
      constraint: {
        function: DICE_CODE.id,
        refusals: () => [],
        fits: (d) => d.inputs.some((i) => i.param === 'seed'),
        refine: (d) => seededAgain(d, asSaid(text)),
      },
    };
  }
  if (!(notation || rolled || seeded || typed())) return null;
  // "the same seed must give the same rolls" names no dice of its own: it is a rule on the roll another feature
  // asks for, in whatever form that one takes (its seed is an input of every roll).
  if (seeded && !notation && !rolled && !typed()) {
    return {
      constraint: {
        function: DICE_CODE.id,
        refusals: () => [],
        fits: (d) => d.inputs.some((i) => i.param === 'seed'),
        refine: (d) => seededAgain(d, asSaid(text)),
        alone: diceDesign(languagesOf(words)),
      },
    };
  }
  // "a number of dice with a given number of sides": the two numbers, when no notation is written.
  const byParts =
    !NOTATION.test(text) &&
    !/notation|notacion|notazione|notacao/.test(words.join(' ')) &&
    hasAny(words, SIDES);
  return { design: byParts ? dicePartsDesign(languagesOf(words)) : diceDesign(languagesOf(words)) };
}

export const DICE: CatalogFamily = {
  name: 'dice',
  functions: [DICE_CODE],
  recognise: recogniseDice,
};
