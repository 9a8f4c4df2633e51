import type { FunctionBehavior } from './spec-contract';

/*
 * How a computation rounds its results. A feature asks for a direction ("the share is always rounded UP to the
 * next cent", "auf volle Euro aufrunden", "redondear hacia abajo") or for banker's rounding (half to even); the
 * default, when it says nothing, rounds half away from zero. The designer reads the mode here and the gate
 * reads it with the same words, so they agree on what a feature asks; the gate then checks the contract.
 */

/** `half_up`: half away from zero (the default); `half_even`: banker's rounding; `up`/`down`: towards ±∞. */
export type RoundingMode = 'half_up' | 'half_even' | 'up' | 'down';

/** Every rounding mode a `function` endpoint's `options.rounding` may name. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half_up', 'half_even', 'up', 'down'];

/**
 * The catalog computations whose emitted code honours `options.rounding` (the generator's tests check each one
 * rounds by it). A rounding mode on any other computation would be silently ignored, so the contract refuses it.
 */
export const FUNCTIONS_WITH_ROUNDING_MODE: readonly string[] = [
  'calc.tip_split',
  'calc.bmi',
  'calc.statistics',
  'text.reading_time',
];

/**
 * Whether a `function` behaviour rounds by its `options.rounding`: one of {@link FUNCTIONS_WITH_ROUNDING_MODE}, or
 * the text statistics when they answer a reading time (`options.words_per_minute`), which is what they round.
 */
export function roundsByMode(b: { function: string; options?: Record<string, unknown> }): boolean {
  return (
    FUNCTIONS_WITH_ROUNDING_MODE.includes(b.function) ||
    (b.function === 'text.statistics' && typeof b.options?.words_per_minute === 'number')
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'")
    .toLowerCase();
}

const HALF_EVEN =
  /\bbankers?'?s? rounding\b|\bbanker'?s? round\w*|\bround(?:ed|s|ing)? half (?:to )?even\b|\bhalf[- ]to[- ]even\b|\bhalf[- ]even\b|\bround(?:ed|s|ing)? to even\b|\bbankers?-?rundung\b|\bmathematisch(?:es)? (?:ge)?rund\w*|\bauf (?:die )?gerade (?:zahl|ziffer) (?:ge)?rund\w*|\bredondeo (?:bancario|del banquero|al par)\b|\bredonde\w* al (?:numero )?par\b|\barrondi\w* (?:bancaire|au pair|au chiffre pair)\b/;

const UP =
  /\bround(?:ed|s|ing)?\s+(?:it\s+|them\s+|each\s+\w+\s+|always\s+)?up\b|\bround(?:ed|s|ing)?\s+upwards?\b|\b(?:auf|aufwarts)(?:zu)?(?:runden|gerundet|rundet|rundung)\b|\bnach oben (?:ge)?rund\w*|\bredonde\w*\s+(?:(?:siempre|hacia|para)\s+)*(?:arriba|al alza|por exceso)\b|\bredondeo (?:hacia arriba|al alza|por exceso)\b|\barrondi\w*\s+(?:(?:toujours|vers|au|a l'|a la)\s*)*(?:l'|la |le )?(?:unite |centime |euro )?(?:superieur\w*|haut|par exces)\b|\barrotond\w*\s+(?:(?:sempre|verso)\s+)*(?:per eccesso|all'insu|in su|l'alto|alto)\b|\barredond\w*\s+(?:(?:sempre|para)\s+)*(?:cima|por excesso)\b/;

const DOWN =
  /\bround(?:ed|s|ing)?\s+(?:it\s+|them\s+|each\s+\w+\s+|always\s+)?down\b|\bround(?:ed|s|ing)?\s+downwards?\b|\b(?:ab|abwarts)(?:zu)?(?:runden|gerundet|rundet|rundung)\b|\bnach unten (?:ge)?rund\w*|\bredonde\w*\s+(?:(?:siempre|hacia|para)\s+)*(?:abajo|a la baja|por defecto)\b|\bredondeo (?:hacia abajo|a la baja|por defecto)\b|\barrondi\w*\s+(?:(?:toujours|vers|au|a l'|a la)\s*)*(?:l'|la |le )?(?:unite |centime |euro )?(?:inferieur\w*|bas)\b|\barrotond\w*\s+(?:(?:sempre|verso)\s+)*(?:per difetto|in giu|il basso|basso)\b|\barredond\w*\s+(?:(?:sempre|para)\s+)*(?:baixo|por defeito)\b/;

/** The rounding mode a feature asks for, or null when it asks for none (the default half-up rounding). */
export function readRoundingMode(text: string): Exclude<RoundingMode, 'half_up'> | null {
  const t = fold(text);
  if (HALF_EVEN.test(t)) return 'half_even';
  const up = UP.test(t);
  const down = DOWN.test(t);
  if (up === down) return null;
  return up ? 'up' : 'down';
}

/** How a mode reads in a sentence (summaries, gate messages). */
export function roundingModeWords(mode: RoundingMode): string {
  switch (mode) {
    case 'half_up':
      return 'half away from zero';
    case 'half_even':
      return "half to even (banker's rounding)";
    case 'up':
      return 'up (towards +∞, the next value)';
    case 'down':
      return 'down (towards −∞)';
  }
}

/** What is wrong with a `function` endpoint's `options.rounding`, one sentence each. */
export function roundingOptionProblems(b: FunctionBehavior): string[] {
  const rounding = b.options?.rounding;
  if (rounding === undefined) return [];
  if (!ROUNDING_MODES.includes(rounding as RoundingMode)) {
    return [`set options.rounding to one of ${ROUNDING_MODES.join(', ')} (not ${JSON.stringify(rounding)})`];
  }
  if (!roundsByMode(b)) {
    return [
      `drop options.rounding: ${b.function} does not round by a mode (only ${FUNCTIONS_WITH_ROUNDING_MODE.join(', ')} do)`,
    ];
  }
  return [];
}

const DECIMAL_WORDS =
  /\b(\d+|one|two|three|four|eine[rn]?|zwei|drei|vier|una|dos|tres|cuatro|une?|deux|trois|quatre|uno|due|tre|quattro|um|uma|dois|duas|quatro)\s+(?:decimal|decimals|decimal places?|decimal digits?|dezimalstellen?|nachkommastellen?|stellen nach dem komma|decimales|cifras decimales|decimales?|chiffres? apres la virgule|decimali|decimale|cifre decimali|casas decimais|casa decimal|decimais)\b/;
/** One to four in the languages intents are written in: a count of decimals said in words. */
export const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  eine: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  uno: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  quatro: 4,
};
const COUNTS: Record<string, number> = { ...SMALL_NUMBER_WORDS, einen: 1 };
const CENTS = /\b(?:cents?|centimes?|centavos?|céntimos?|centimos?)\b/;
const WHOLE =
  /\b(?:whole|full|next|nearest) (?:euros?|dollars?|pounds?|francs?|units?|numbers?|integers?)\b|\b(?:volle|vollen|ganze|ganzen|nachste|nachsten) (?:euro|dollar|pfund|franken|zahl|zahlen|einheit)\b|\b(?:euros?|dolares|pesos|unidades?) (?:enteros|enteras|entero|entera|completos)\b|\b(?:euros?|dollars?|unites?) (?:entiers?|entieres?|ronds?)\b|\bganzzahlig\w*|\bunite superieure\b|\bunite inferieure\b/;

/** The decimals a feature that asks for a rounding mode names ("next cent": 2, "volle Euro": 0), or null. */
export function roundingDecimalsIn(text: string): number | null {
  const t = fold(text);
  const m = DECIMAL_WORDS.exec(t);
  if (m) return /^\d+$/.test(m[1]) ? Number(m[1]) : (COUNTS[m[1]] ?? null);
  if (CENTS.test(t)) return 2;
  if (WHOLE.test(t)) return 0;
  return null;
}
