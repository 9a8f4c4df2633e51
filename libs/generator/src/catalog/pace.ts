import {
  numberField,
  stringField,
  type CatalogFamily,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { foldText } from './checks-shared';
import {
  decimalsIn,
  featureWords,
  glossIn,
  hasAny,
  languagesOf,
  refuses,
  roundTo,
  wordList,
  type Language,
} from './feature-words';
import { glossLanguages } from './gloss-match';
import { PACE_CODE } from './pace-code';
import { writtenDurationUnit } from './pace-fields';

/*
 * Running (cycling, walking) pace and speed: a distance in km or miles and a duration in seconds, minutes or a
 * clock h:mm:ss (or decimal hours) give the pace — whole seconds per km (per mile when the feature counts in miles), and the same
 * written m:ss — and/or the average speed in km/h (mph for miles), rounded as the feature writes (2 decimals
 * else). A distance or a duration of zero or below is refused. Recognised when a feature names a distance, a
 * time and a pace or a speed to answer; a speed converted between units is the units family's.
 */

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'clock';
export type DistanceUnit = 'km' | 'mi';

/** What a pace design answers and how it reads its inputs. */
export interface PaceRead {
  distance: DistanceUnit;
  duration: DurationUnit;
  pace: boolean;
  speed: boolean;
  decimals: number;
  /** Durations the feature writes as clocks ("like 1:02:30"), shown as worked examples over 10 km or miles. */
  stated?: string[];
}

/** Seconds of a clock "h:mm:ss" or "m:ss" (the reference, written apart from the emitted code). */
function clockSeconds(clock: string): number {
  return clock
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** The reference semantics: pace and speed of `distance` run in `duration` (worked examples come from here). */
export function paceReference(
  distance: number,
  duration: number | string,
  read: PaceRead,
): { pace_seconds: number; pace: string; speed: number } {
  const seconds =
    typeof duration === 'string' ? clockSeconds(duration) : duration * (DURATION_SECONDS[read.duration] ?? 1);
  const whole = Math.round(seconds / distance);
  const pace = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return { pace_seconds: whole, pace, speed: roundTo(distance / (seconds / 3600), read.decimals) };
}

/** Seconds in one unit of a duration written as a number. */
const DURATION_SECONDS: Partial<Record<DurationUnit, number>> = { seconds: 1, minutes: 60, hours: 3600 };

const SAMPLES: Record<DistanceUnit, [number, number][]> = {
  // [distance, seconds]: a 10 km in 50 min, a 5 km in 27:48, a half marathon in 1:45:30, a 7.5 km in 48 min.
  km: [
    [10, 3000],
    [5, 1668],
    [21.0975, 6330],
    [7.5, 2880],
  ],
  // 3.1 mi in 31 min, a marathon (26.2 mi) in 4 h, 1 mi in 7:05.
  mi: [
    [3.1, 1860],
    [26.2, 14400],
    [1, 425],
  ],
};

/** Runs timed in hours, whose hours are short decimals: 10 km in 0.8 h, a marathon in 3.5 h, 90 km in 2.25 h. */
const HOUR_SAMPLES: Record<DistanceUnit, [number, number][]> = {
  km: [
    [10, 2880],
    [42.195, 12600],
    [90, 8100],
  ],
  mi: [
    [10, 4500],
    [26.2, 14400],
  ],
};

/** A number of seconds as the duration field takes it. */
function asDuration(seconds: number, unit: DurationUnit): number | string {
  if (unit !== 'clock') return seconds / (DURATION_SECONDS[unit] ?? 1);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Lauftempo und Geschwindigkeit: aus Strecke (Distanz) und Zeit (Dauer) das Tempo pro Kilometer (m:ss, Sekunden) und die Durchschnittsgeschwindigkeit; das für eine Wunschzeit nötige Tempo; eine Strecke von null oder weniger wird abgelehnt.',
  es: ' Ritmo y velocidad: a partir de la distancia y el tiempo (duración), el ritmo por kilómetro (m:ss, segundos) y la velocidad media; el ritmo necesario para completar una distancia en un tiempo objetivo; una distancia de cero o negativa se rechaza.',
  fr: " Allure et vitesse : à partir de la distance et du temps (durée), l'allure au kilomètre (m:ss, secondes) et la vitesse moyenne ; l'allure nécessaire pour finir une distance en un temps objectif ; une distance nulle ou négative est refusée.",
  it: ' Passo e velocità: dalla distanza e dal tempo (durata), il passo al chilometro (ritmo, m:ss, secondi) e la velocità media; il passo necessario per completare una distanza in un tempo obiettivo; una distanza zero o negativa è rifiutata.',
  pt: ' Ritmo e velocidade: a partir da distância e do tempo (duração), o ritmo por quilômetro (m:ss, segundos) e a velocidade média; o ritmo necessário para completar uma distância num tempo alvo; uma distância zero ou negativa é recusada.',
};

const UNIT_WORDS: Record<DistanceUnit, { name: string; per: string }> = {
  km: { name: 'kilometres (km)', per: 'km' },
  mi: { name: 'miles (mi)', per: 'mile' },
};

/** The endpoint computing the pace and/or the speed, as `read` says. */
export function paceDesign(read: PaceRead, languages: Language[]): FunctionDesign {
  const unit = UNIT_WORDS[read.distance];
  const speedUnit = read.distance === 'mi' ? 'mph' : 'km/h';
  const speedField = read.distance === 'mi' ? 'speed_mph' : 'speed_kmh';
  const secondsField = read.distance === 'mi' ? 'seconds_per_mile' : 'seconds_per_km';
  const durationText =
    read.duration === 'clock'
      ? 'a time written h:mm:ss (or m:ss)'
      : `a number of ${read.duration}${read.duration === 'seconds' ? '' : ' (decimals allowed)'}`;
  const own: [number, number][] =
    read.duration === 'clock' ? (read.stated ?? []).map((clock) => [10, clockSeconds(clock)]) : [];
  const table = (read.duration === 'hours' ? HOUR_SAMPLES : SAMPLES)[read.distance];
  const samples = [table[0], ...own, ...table.slice(1)];
  const examples = samples.map(([distance, seconds]) => {
    const written = own.some(([, s]) => s === seconds)
      ? read.stated?.find((c) => clockSeconds(c) === seconds)
      : undefined;
    const duration = written ?? asDuration(seconds, read.duration);
    const r = paceReference(distance, duration, read);
    const output: Record<string, unknown> = {
      ...(read.pace ? { pace: r.pace, [secondsField]: r.pace_seconds } : {}),
      ...(read.speed ? { [speedField]: r.speed } : {}),
    };
    const answers = [
      read.pace ? `a pace of ${r.pace} per ${unit.per} (${r.pace_seconds} s)` : '',
      read.speed ? `${r.speed} ${speedUnit}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      description: `${distance} ${read.distance} in ${typeof duration === 'string' ? duration : `${duration} ${read.duration}`} is ${answers}.`,
      input: { distance, duration },
      output,
    };
  });
  const first = examples[0].output;
  const asked = [
    read.pace
      ? `the pace per ${unit.per} in whole seconds (rounded to the nearest second) and written m:ss (minutes:seconds, the minutes counting on past 60)`
      : '',
    read.speed
      ? `the average speed in ${speedUnit} (distance / hours), rounded to ${read.decimals} decimal${read.decimals === 1 ? '' : 's'}`
      : '',
  ]
    .filter(Boolean)
    .join(', and ');
  return {
    function: PACE_CODE.id,
    method: 'POST',
    path: read.pace ? '/pace' : '/speed',
    summary:
      `From a distance in ${unit.name} and a duration (${durationText}) of a run, works out ${asked}: ` +
      `${examples[0].description} A distance of zero or below (negative), or a duration of zero or below or ` +
      'not written as asked, is refused with 400.' +
      glossIn(GLOSS, languages),
    options: {
      distanceUnit: read.distance,
      per: read.distance,
      speedUnit: read.distance === 'mi' ? 'mph' : 'km/h',
      durationUnit: read.duration,
      decimals: read.decimals,
    },
    inputs: [
      {
        param: 'distance',
        field: numberField('distance', `Distance in ${unit.name}, above 0`, table[0][0]),
      },
      {
        param: 'duration',
        field:
          read.duration === 'clock'
            ? stringField('duration', 'Time taken, h:mm:ss (or m:ss)', String(examples[0].input.duration))
            : numberField(
                'duration',
                `Time taken in ${read.duration}, above 0`,
                Number(examples[0].input.duration),
              ),
      },
    ],
    outputs: [
      ...(read.pace
        ? [
            {
              result: 'pace',
              field: 'pace',
              description: `Pace per ${unit.per}, m:ss`,
              example: first.pace,
              names: 'pace tempo ritmo allure passo',
            },
            {
              result: 'pace_seconds',
              field: secondsField,
              description: `Pace in whole seconds per ${unit.per}`,
              example: first[secondsField],
              names: 'seconds sekunden segundos secondes secondi',
            },
          ]
        : []),
      ...(read.speed
        ? [
            {
              result: 'speed',
              field: speedField,
              description: `Average speed in ${speedUnit}`,
              example: first[speedField],
              names: 'speed geschwindigkeit velocidad vitesse velocita velocidade kmh mph',
            },
          ]
        : []),
    ],
    examples,
    refusals: paceRefusals(read),
  };
}

function paceRefusals(read: PaceRead): Refusal[] {
  const duration = asDuration(1800, read.duration);
  return [
    { description: `A distance of zero (0 ${read.distance}) is refused.`, input: { distance: 0, duration } },
    {
      description: `A negative distance (-5 ${read.distance}) is refused.`,
      input: { distance: -5, duration },
    },
    {
      description: 'A duration of zero is refused.',
      input: { distance: 5, duration: asDuration(0, read.duration) },
    },
    ...(read.duration === 'clock'
      ? [
          {
            description: 'A time that is not h:mm:ss ("0:75:00") is refused.',
            input: { distance: 5, duration: '0:75:00' },
          },
        ]
      : []),
  ];
}

const PACE_WORDS = wordList('pace paces lauftempo pacing ritmo ritmos allure passo andatura');
const SPEED_WORDS = wordList(
  'speed speeds velocity geschwindigkeit durchschnittsgeschwindigkeit velocidad velocidade vitesse velocita kmh mph',
);
/** Words of a distance run (or its unit), folded. */
export const DISTANCE_WORDS = wordList(
  'distance distances distanz strecke entfernung distancia distanza distancia distancias km kms kilometre ' +
    'kilometres kilometer kilometers kilometern kilometro kilometros chilometro chilometri quilometro quilometros ' +
    'mile miles meile meilen milla millas mille milles miglio miglia milha milhas far',
);
const TIME_WORDS = wordList(
  'time times duration took long zeit dauer laufzeit tiempo duracion temps duree tempo durata duracao ' +
    'seconds sekunden segundos secondes secondi minutes minuten minutos minuti hours stunden horas heures ore',
);
/** Words of miles, folded. */
export const MILE_WORDS = wordList('mile miles meile meilen milla millas milles miglia milha milhas mph');
const MINUTE_WORDS = wordList('minutes minute min minuten minutos minuti');
const HOUR_WORDS = wordList('hours hour hrs stunden horas heures ore');
const SECOND_WORDS = wordList('seconds second sec secs sekunden segundos secondes secondi');
/** Words after a minute word that make it the pace's ("minutes per km"), not the duration's. */
const PER_WORDS = wordList('per pro je por par al au ao a');
/** Other things a distance and a time give, which are no pace ("predict", "calories", "fuel"). */
const OTHER = wordList(
  'predict prediction predicts forecast estimate vorhersage prognose predecir prevoir prevedere prever ' +
    'calorie calories kcal kalorien calorias fuel kraftstoff wind record records store save list log',
);
/** The time is what is asked ("calculate the time"), or the speed is given ("from distance and speed"). */
const TIME_ASKED =
  /\b(?:calculate|compute|work out|estimate|predict|berechne\w*|ermittel\w*|calcul\w*|stima\w*|estim\w*)\s+(?:the |my |il |la |le |el |o |a |die |den |meine )?(?:finish |total |travel |arrival )?(?:time|zeit|tiempo|temps|tempo|duration|durata|dauer|duree|duracion|duracao)\b|\b(?:from|given|with|da|dalla|dal|aus|mit|a partir de|de la|desde|avec|com)\b[^.;]{0,40}\b(?:speed|velocit\w*|geschwindigkeit|vitesse|velocidad\w*)\b/;
/** The pace is given and a time asked ("GET /finish-time?distance_km=…&pace=5:00", "at a pace of 5:00"). */
const PACE_GIVEN = /[?&]pace=|\b(?:at|given|from|with)\s+(?:a |the |my )?pace\b/;
const CLOCK_DURATION = /\bh{1,2}:mm:ss\b|(?<![\d:.])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])/;
const NOT_POSITIVE =
  /\b(?:zero|null|cero|nul|nulle|nulo|nula|0|negative?s?|negativ\w*|negatif\w*|not positive|or below|or less|oder weniger)\b/;

/** How the feature's duration is written: a clock, minutes (not minutes per km) or seconds; a clock else. */
function durationUnit(text: string, words: string[]): DurationUnit {
  if (CLOCK_DURATION.test(text)) return 'clock';
  const perAfter = (i: number) => PER_WORDS.includes(words[i + 1] ?? '') || words[i + 1] === 'km';
  if (words.some((w, i) => MINUTE_WORDS.includes(w) && !perAfter(i))) return 'minutes';
  if (words.some((w, i) => SECOND_WORDS.includes(w) && !perAfter(i))) return 'seconds';
  // "in hours", not "kilometres per hour".
  if (words.some((w, i) => HOUR_WORDS.includes(w) && !PER_WORDS.includes(words[i - 1] ?? ''))) return 'hours';
  return 'clock';
}

/** Whether the text names an answer of a pace (pace words, "min/km", "per km" or m:ss). */
export function asksPace(text: string, words: string[]): boolean {
  // "Tempo" is the pace in German, the time in Italian and Portuguese.
  const german = languagesOf(words).includes('de') && words.includes('tempo');
  return (
    german ||
    hasAny(words, PACE_WORDS) ||
    /\bmin(?:utes?)?\s*\/\s*(?:km|mi)\b|\bmin(?:utes?)? (?:per|pro|por|par|al|au) (?:km|kilomet\w*|mile)\b|\bm:ss\b/.test(
      text,
    )
  );
}

/** "At the same time" in the six languages: no duration ("ao mesmo tempo", "en même temps"), folded. */
const SAME_TIME =
  /\b(?:at the same time|zur gleichen zeit|al mismo tiempo|en meme temps|allo stesso tempo|ao mesmo tempo)\b/g;

/** What a feature asks of a pace or a speed, or null when it asks for neither from a distance and a time. */
export function readPace(text: string, said: string[]): PaceRead | null {
  const t = foldText(text).replace(SAME_TIME, ' ');
  const words = t === foldText(text) ? said : featureWords(t);
  if (hasAny(words, OTHER) || TIME_ASKED.test(t) || PACE_GIVEN.test(t)) return null;
  const pace = asksPace(t, words);
  const speed = hasAny(words, SPEED_WORDS) || /\bkm\s*\/\s*h\b/.test(t);
  if (!pace && !speed) return null;
  if (!hasAny(words, DISTANCE_WORDS) || !(hasAny(words, TIME_WORDS) || CLOCK_DURATION.test(t))) return null;
  return {
    distance: hasAny(words, MILE_WORDS) || /\d\s*mi\b|\/\s*mi\b/.test(t) ? 'mi' : 'km',
    duration: writtenDurationUnit(text) ?? durationUnit(t, words),
    pace,
    speed,
    decimals: decimalsIn(text) ?? 2,
    stated: [...t.matchAll(/(?<![\d:.])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])/g)]
      .map((m) => m[0])
      .filter((clock) => clockSeconds(clock) > 0),
  };
}

/** "A distance of zero or below is refused", beside a pace: its refusals. */
function refusesDistance(t: string, words: string[]): boolean {
  return refuses(words) && NOT_POSITIVE.test(t) && hasAny(words, DISTANCE_WORDS);
}

export const PACE: CatalogFamily = {
  name: 'pace',
  functions: [PACE_CODE],
  recognise(text: string, words: string[]): Recognised {
    const read = readPace(text, words);
    return read ? { design: paceDesign(read, glossLanguages(words, GLOSS)) } : null;
  },
};

/**
 * "A distance of zero or below is refused", beside a pace: its refusals. Read after the units family, whose
 * conversions of a length take "a negative distance is refused" as their own rule.
 */
export const PACE_LIMITS: CatalogFamily = {
  name: 'pace-limits',
  functions: [],
  recognise(text: string, words: string[]): Recognised {
    if (!refusesDistance(foldText(text), words) || hasAny(words, OTHER)) return null;
    return {
      constraint: {
        function: PACE_CODE.id,
        refusals: (d) => d.refusals.filter((r) => /distance/.test(r.description)),
      },
    };
  },
};
