import { readFeatureLiterals } from '@sf/service-spec';
import {
  numberField,
  stringField,
  type CatalogFamily,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { foldText } from './checks-shared';
import { glossIn, hasAny, wordList, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';
import { asksPace, DISTANCE_WORDS, MILE_WORDS } from './pace';
import { PACE_FINISH_CODE } from './pace-finish-code';
import { nameWords } from './param-affinity';

/*
 * A finish time from a pace and a distance: a distance run at a pace m:ss per km (per mile when both count in
 * miles) takes pace × distance seconds, rounded to the nearest second and written h:mm:ss. Recognised when a
 * spelled route sends a pace written m:ss and answers a time, or when a feature asks for the finish (total,
 * arrival) time from a pace and a distance, the pace on the given side ("from", "given", "aus", "a partir de",
 * "dato"). The pace a target time needs is the pace family's (a distance and a time give it); a pace in seconds
 * or decimal minutes, a distance and a pace in different units, and a time answered in minutes are left unread.
 */

/** What a finish-time design answers. */
export interface FinishRead {
  distance: 'km' | 'mi';
  padHours: boolean;
}

/** The reference semantics: the finish time of `distance` at `pace` (m:ss), written apart from the emitted code. */
export function finishReference(distance: number, pace: string, padHours = false): string {
  const [m, s] = pace.split(':').map(Number);
  const seconds = Math.round((m * 60 + s) * distance);
  const hours = String(Math.floor(seconds / 3600));
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  return `${padHours ? hours.padStart(2, '0') : hours}:${mm}:${String(seconds % 60).padStart(2, '0')}`;
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Zielzeit (Endzeit, Laufzeit): aus Tempo pro Kilometer (m:ss) und Strecke die Zeit h:mm:ss; eine Strecke von null oder weniger wird abgelehnt.',
  es: ' Tiempo final (tiempo total, de llegada): a partir del ritmo por kilómetro (m:ss) y la distancia, el tiempo h:mm:ss; una distancia de cero o negativa se rechaza.',
  fr: " Temps final (temps total, d'arrivée) : à partir de l'allure au kilomètre (m:ss) et de la distance, le temps h:mm:ss ; une distance nulle ou négative est refusée.",
  it: ' Tempo finale (tempo totale, di arrivo): dal passo al chilometro (m:ss) e dalla distanza, il tempo h:mm:ss; una distanza zero o negativa è rifiutata.',
  pt: ' Tempo final (tempo total, de chegada): a partir do ritmo por quilômetro (m:ss) e da distância, o tempo h:mm:ss; uma distância zero ou negativa é recusada.',
};

/** [distance, pace] worked as examples: a 10 km, a half and a full marathon, a 5 km; a 5 mi, a marathon in miles. */
const SAMPLES: Record<FinishRead['distance'], [number, string][]> = {
  km: [
    [10, '5:00'],
    [21.0975, '5:30'],
    [42.195, '4:15'],
    [5, '6:12'],
  ],
  mi: [
    [5, '8:00'],
    [26.2, '8:00'],
    [13.1, '9:45'],
  ],
};

/** The endpoint answering the finish time of a distance at a pace, as `read` says. */
export function finishDesign(read: FinishRead, languages: Language[]): FunctionDesign {
  const per = read.distance === 'mi' ? 'mile' : 'km';
  const examples = SAMPLES[read.distance].map(([distance, pace]) => {
    const time = finishReference(distance, pace, read.padHours);
    const [m, s] = pace.split(':').map(Number);
    return {
      description: `${distance} ${read.distance} at ${pace} per ${per} is ${time}.`,
      input: { distance, pace },
      output: { finish_time: time, total_seconds: Math.round((m * 60 + s) * distance) },
    };
  });
  return {
    function: PACE_FINISH_CODE.id,
    method: 'POST',
    path: '/finish-time',
    summary:
      `The finish time of a run (race) from its distance in ${read.distance === 'mi' ? 'miles' : 'kilometres (km)'} ` +
      `and a pace per ${per} written m:ss: pace × distance, rounded to the nearest second and written ` +
      `${read.padHours ? 'hh:mm:ss' : 'h:mm:ss'}. ${examples[0].description} ${examples[1].description} ` +
      'A distance of zero or below, or a pace that is not m:ss above 0:00, is refused with 400.' +
      glossIn(GLOSS, languages),
    options: { distanceUnit: read.distance, padHours: read.padHours },
    inputs: [
      { param: 'distance', field: numberField('distance', `Distance in ${read.distance}, above 0`, 10) },
      { param: 'pace', field: stringField('pace', `Pace per ${per}, m:ss`, '5:00') },
    ],
    outputs: [
      {
        result: 'finish_time',
        field: 'finish_time',
        description: `Finish time, ${read.padHours ? 'hh:mm:ss' : 'h:mm:ss'}`,
        example: examples[0].output.finish_time,
        names: 'finish time total zielzeit endzeit zeit tiempo final temps arrivee tempo finale chegada',
      },
      {
        result: 'finish_seconds',
        field: 'total_seconds',
        description: 'Finish time in whole seconds',
        example: examples[0].output.total_seconds,
        names: 'seconds sekunden segundos secondes secondi',
      },
    ],
    examples,
    refusals: [
      { description: 'A distance of zero (0 km) is refused.', input: { distance: 0, pace: '5:00' } },
      { description: 'A negative distance (-5 km) is refused.', input: { distance: -5, pace: '5:00' } },
      { description: 'A pace that is not m:ss ("5:75") is refused.', input: { distance: 10, pace: '5:75' } },
      { description: 'A pace of 0:00 is refused.', input: { distance: 10, pace: '0:00' } },
    ],
  };
}

/** A finish (total, arrival) time named, in the six languages, folded. */
const FINISH_TIME =
  /\b(?:finish(?:ing)? times?|total (?:race |run )?time|arrival time|race time|zielzeit|endzeit|gesamtzeit|tiempo (?:final|total|de llegada)|temps (?:final|total|d ?arrivee|de course)|tempo (?:finale|totale|di arrivo|final|de chegada|de prova))\b/;
/** A time aimed at: the pace it needs is asked, not the time. */
const TARGET =
  /\b(?:target|goal|aim\w*|needed|need|needs|required|alvo|objetivo|objectif|obiettivo|necessari\w*|necesari\w*|necessaire|benotigt\w*|erforderlich\w*|wunschzeit|zeitziel|para terminar|pour finir|per finire)\b/;
/** What opens the given side of a feature ("from the pace", "given a pace", "aus dem Tempo"). */
const GIVEN =
  /\b(?:from|given|based on|using|aus|anhand|a partir de|a partir del|a partir do|a partir da|desde|dado|dada|dato|data|dal|dalla|depuis|en fonction de|com base)\b/;
/** A pace or an answer written in seconds or decimal minutes, which this family does not read. */
const OTHER_FORMS =
  /\b(?:seconds? per|sekunden pro|segundos por|secondes par|secondi (?:al|per)|decimal\w*|dezimal\w*)\b|\bin (?:minutes|seconds)\b/;
const KM_WORDS = wordList(
  'km kms kilometre kilometres kilometer kilometers kilometern kilometro kilometros chilometro chilometri quilometro quilometros',
);
const PACE_NAMES = new Set('pace tempo ritmo allure passo andatura'.split(' '));
const TIME_NAMES = new Set(
  'time finish zeit zielzeit endzeit tiempo temps tempo duration dauer duracion durata duracao final'.split(
    ' ',
  ),
);

/** A spelled route sending a pace m:ss and answering a time: true; a pace answered or sent as a number: false. */
function spelledFinish(text: string): boolean | null {
  const literals = readFeatureLiterals(text);
  const sent = [...literals.request, ...literals.queryFields];
  if (sent.length === 0 || literals.response.length === 0) return null;
  const named = (f: { name: string }, names: Set<string>) => nameWords(f.name).some((w) => names.has(w));
  const paceSent = sent.filter((f) => named(f, PACE_NAMES));
  // "pace=5:00" in a query is written without a type: a clock all the same; a number is seconds or minutes.
  if (paceSent.length !== 1 || (paceSent[0].type !== undefined && paceSent[0].type !== 'string'))
    return false;
  if (literals.response.some((f) => named(f, PACE_NAMES))) return false;
  return literals.response.some((f) => named(f, TIME_NAMES) && f.type === 'string');
}

/** Whether a free-text feature asks for the finish time with the pace on the given side. */
function asksFinish(t: string, words: string[]): boolean {
  // "The total time of a race: distance in km and pace in min/km": the givens follow the colon.
  const colon = /:(?!\d|ss\b|mm\b)/.exec(t);
  const g = GIVEN.exec(t) ?? (colon ? { index: colon.index } : null);
  if (!g) return false;
  // "Given a pace and a distance, return the finish time": the given side runs to the first comma.
  const comma = t.indexOf(',', g.index);
  const opening = g.index < 3 && comma > 0;
  const asked = opening ? t.slice(comma) : t.slice(0, g.index);
  const given = opening ? t.slice(0, comma) : t.slice(g.index);
  return (
    FINISH_TIME.test(asked) &&
    asksPace(
      given,
      words.filter((w) => given.includes(w)),
    )
  );
}

/** What a feature asks of a finish time, or null when it asks none this family answers. */
export function readFinish(text: string, words: string[]): FinishRead | null {
  const t = foldText(text);
  if (OTHER_FORMS.test(t) || TARGET.test(t) || !hasAny(words, DISTANCE_WORDS)) return null;
  const spelled = spelledFinish(text);
  if (spelled === false || (spelled === null && !asksFinish(t, words))) return null;
  const miles = hasAny(words, MILE_WORDS);
  if (miles && hasAny(words, KM_WORDS)) return null;
  return { distance: miles ? 'mi' : 'km', padHours: /\bhh:mm:ss\b/.test(t) };
}

export const PACE_FINISH: CatalogFamily = {
  name: 'pace-finish',
  functions: [PACE_FINISH_CODE],
  recognise(text: string, words: string[]): Recognised {
    const read = readFinish(text, words);
    return read ? { design: finishDesign(read, glossLanguages(words, GLOSS)) } : null;
  },
};
