import { readRoundingMode, type RoundingMode } from '@sf/service-spec';
import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { foldText } from './checks-shared';
import { glossIn, type Language } from './feature-words';

/*
 * The reading time of a text: its words (runs of non-space characters) at a reading speed the feature states
 * ("200 words a minute", "250 Wörter pro Minute", "230 wpm"; 200 when it states none, said in the summary),
 * in whole minutes rounded the way it says (up unless it says otherwise: a reader who needs 1.2 minutes
 * needs 2), never below a floor it states ("at least 1 minute"). Worked examples are counted by hand.
 */

export const READING_TIME_CODE: FunctionCode = {
  id: 'text.reading_time',
  exportName: 'textReadingTime',
  source: String.raw`/**
 * text.reading_time: the words of a text (runs of non-space) at options.words_per_minute, in whole minutes
 * rounded by options.rounding (up, down, half_up, half_even), at least options.minimum.
 */
export const textReadingTime: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const words = (input.text.match(/\S+/g) ?? []).length;
  const perMinute = Number(options.words_per_minute);
  const whole = Math.floor(words / perMinute);
  const rest = words - whole * perMinute;
  let minutes = whole;
  if (rest > 0) {
    const mode = String(options.rounding ?? 'up');
    if (mode === 'up') minutes = whole + 1;
    else if (mode === 'half_up') minutes = 2 * rest >= perMinute ? whole + 1 : whole;
    else if (mode === 'half_even')
      minutes = 2 * rest > perMinute || (2 * rest === perMinute && whole % 2 === 1) ? whole + 1 : whole;
  }
  return { ok: true, value: { words, minutes: Math.max(minutes, Number(options.minimum ?? 0)) } };
};`,
};

const READING_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Lesezeit eines Textes in Minuten schätzen (Wörter pro Minute).',
  es: ' Estimar el tiempo de lectura de un texto en minutos (palabras por minuto).',
  fr: " Estimer le temps de lecture d'un texte en minutes (mots par minute).",
  it: ' Stimare il tempo di lettura di un testo in minuti (parole al minuto).',
  pt: ' Estimar o tempo de leitura de um texto em minutos (palavras por minuto).',
};

const READING =
  /\breading time\b|\btime to read\b|\bhow long\b.{0,40}\bto read\b|\bread(?:ing)? (?:it )?(?:takes|take)\b|\blesezeit\b|\blesedauer\b|\btiempo de lectura\b|\btemps de lecture\b|\btempo di lettura\b|\btempo de leitura\b/;
const SPEED =
  /(\d{2,4})\s*(?:words?|wpm|worter|woertern?|wortern?|palabras|mots|parole|palavras)\b(?:\s*(?:a|per|each|every|pro|por|par|al|a la|em)?\s*(?:minute|min|minuto|minuta)\b)?/;
/** Every reading speed a folded feature writes ("200 words per minute", "250 wortern pro minute"). */
export const READING_SPEED = new RegExp(SPEED.source, 'g');
const FLOOR =
  /\b(?:at least|minimum(?: of)?|mindestens|al menos|como minimo|au moins|almeno|pelo menos)\s*(\d{1,3})\s*(?:minutes?|min|minuten?|minutos?|minuti)\b/;

/** What a reading-time feature states: the speed (null: not stated), the rounding, the floor in minutes. */
export interface ReadingRules {
  perMinute: number | null;
  rounding: RoundingMode;
  minimum: number;
}

/** The reading-time rules a feature states, or null when it does not ask for a reading time. */
export function readingRules(text: string): ReadingRules | null {
  const t = foldText(text);
  if (!READING.test(t)) return null;
  const speed = SPEED.exec(t);
  const perMinute = speed ? Number(speed[1]) : null;
  if (perMinute !== null && (perMinute < 10 || perMinute > 2000)) return null;
  const floor = FLOOR.exec(t);
  // "Rounded to the nearest minute" with no direction rounds half up; saying nothing, a reader needs the next.
  const nearest = /\b(?:round|rund|redonde|arrondi|arrotond|arredond)\w*/.test(t) ? 'half_up' : 'up';
  return { perMinute, rounding: readRoundingMode(text) ?? nearest, minimum: floor ? Number(floor[1]) : 0 };
}

/** `n` words of "word " (a text whose count is plain to see). */
const wordsText = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`).join(' ');

/** The minutes a reader needs for `words`, worked out on their own (not by the emitted code). */
export function minutesOf(words: number, rules: ReadingRules, perMinute: number): number {
  const exact = words / perMinute;
  const halfway = (words * 2) % perMinute === 0 && ((words * 2) / perMinute) % 2 === 1;
  const rounded = {
    up: Math.ceil(exact),
    down: Math.floor(exact),
    half_up: Math.floor(exact + 0.5),
    half_even: halfway ? 2 * Math.round(exact / 2) : Math.round(exact),
  }[rules.rounding];
  return Math.max(rounded, rules.minimum);
}

export function readingDesign(languages: Language[], rules: ReadingRules): FunctionDesign {
  const perMinute = rules.perMinute ?? 200;
  const counts = [...new Set([perMinute, perMinute + 1, Math.ceil(perMinute * 2.5), 1, 0])];
  const how =
    rules.rounding === 'up'
      ? 'rounded up to whole minutes'
      : rules.rounding === 'down'
        ? 'rounded down to whole minutes'
        : `rounded to whole minutes (${rules.rounding === 'half_even' ? 'half to even' : 'half away from zero'})`;
  return {
    function: READING_TIME_CODE.id,
    method: 'POST',
    path: '/text/reading-time',
    summary:
      `Estimates the reading time of a text: its words (runs of non-space characters) at ${perMinute} words ` +
      `per minute${rules.perMinute === null ? ' (an assumed reading speed: the feature states none)' : ''}, ` +
      `${how}${rules.minimum > 0 ? `, at least ${rules.minimum} minute${rules.minimum === 1 ? '' : 's'}` : ''}. ` +
      'A text that is not a string is refused with 400.' +
      glossIn(READING_GLOSS, languages),
    options: { words_per_minute: perMinute, rounding: rules.rounding, minimum: rules.minimum },
    inputs: [
      { param: 'text', field: { ...stringField('text', 'Text to read', 'w1 w2 w3'), allow_empty: true } },
    ],
    outputs: [
      { result: 'words', field: 'words', description: 'Number of words', example: 3 },
      {
        result: 'minutes',
        field: 'minutes',
        description: `Reading time in whole minutes at ${perMinute} words per minute, ${how}`,
        example: minutesOf(3, rules, perMinute),
      },
    ],
    examples: counts.map((n) => {
      const minutes = minutesOf(n, rules, perMinute);
      return {
        description: `A text of ${n} words takes ${minutes} minute${minutes === 1 ? '' : 's'} to read at ${perMinute} words per minute (${how}).`,
        input: { text: wordsText(n) },
        output: { words: n, minutes },
      };
    }),
    refusals: [
      { description: 'A text that is not a string (the number 42) is refused.', input: { text: 42 } },
    ],
  };
}
