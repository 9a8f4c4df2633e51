import {
  numberField,
  stringField,
  type CatalogFamily,
  type ConstraintDesign,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { foldText } from './checks-shared';
import { keepBinding } from './design-rebind';
import { glossIn, hasAny, refuses, roundTo, wordList, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';
import { PARKING_FEE_CODE } from './parking-fee-code';
import { freeMinutesIn } from './parking-free';

/*
 * Parking fees by the started hour with a daily cap: a stay — an entry and an exit date-time, or a number of
 * minutes — costs the rate for every hour begun ("per started hour", "je angefangene Stunde", "por hora o
 * fracción", "par heure entamée", "per ogni ora o frazione", "por hora ou fração"), at most the cap for each 24
 * hours from the entry ("at most 20 per day", "Tageshöchstsatz", "máximo diario", "plafonné à … par jour",
 * "massimo … al giorno"). Recognised only when the feature is about parking, writes the rate beside the begun
 * hour, and says how the stay comes; a rate "per hour" alone (prorated or begun?), a cap not per day, and tariffs
 * that vary (night, weekend, short stays free) are left unrealised; free first minutes (parking-free.ts) are
 * taken off the stay before the hours begun are counted. Worked examples come from the reference below,
 * written apart from the emitted code.
 */

export type ParkingInput = 'stay' | 'minutes';

/** What a parking-fee design charges and how the stay comes. */
export interface ParkingRead {
  input: ParkingInput;
  rate: number;
  cap: number | null;
  /** Free first minutes, taken off the stay before the hours begun are counted. */
  free?: number;
}

/** The reference semantics: the fee of a stay of `seconds` (worked examples come from here). */
export function parkingReference(stay: number, read: Pick<ParkingRead, 'rate' | 'cap' | 'free'>): number {
  const seconds = Math.max(0, stay - (read.free ?? 0) * 60);
  const hoursBegun = (s: number) => Math.ceil(s / 3600);
  if (read.cap === null) return roundTo(hoursBegun(seconds) * read.rate, 2);
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  return roundTo(days * read.cap + Math.min(hoursBegun(rest) * read.rate, read.cap), 2);
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Parkgebühr (Tarif, Preis) im Parkhaus: je angefangene Stunde der Stundensatz, höchstens der Tageshöchstsatz pro Tag; aus Einfahrt und Ausfahrt (Datum und Uhrzeit) oder der Parkdauer in Minuten; eine Ausfahrt vor der Einfahrt wird abgelehnt.',
  es: ' Tarifa de aparcamiento (estacionamiento): la tarifa por hora o fracción, con un máximo diario; desde la entrada y la salida o la duración en minutos; una salida antes de la entrada se rechaza.',
  fr: ' Tarif du parking : le tarif par heure entamée, plafonné par jour ; depuis l’entrée et la sortie ou la durée en minutes ; une sortie avant l’entrée est refusée.',
  it: ' Tariffa del parcheggio (sosta): la tariffa per ogni ora o frazione, con un massimo giornaliero; da ingresso e uscita o dalla durata in minuti; un’uscita prima dell’ingresso è rifiutata.',
  pt: ' Tarifa do estacionamento: o valor por hora ou fração, com um máximo por dia; a partir da entrada e da saída ou do tempo de permanência em minutos; uma saída antes da entrada é recusada.',
};

/** The free first minutes in the languages of the feature, beside the gloss of the fee. */
const FREE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die ersten Minuten (die erste halbe Stunde, die erste Stunde) sind kostenlos (frei, gratis).',
  es: ' Los primeros minutos (la primera media hora, la primera hora) son gratis (gratuitos).',
  fr: ' Les premières minutes (la première demi-heure, la première heure) sont gratuites.',
  it: ' I primi minuti (la prima mezz’ora, la prima ora) sono gratuiti (gratis).',
  pt: ' Os primeiros minutos (a primeira meia hora, a primeira hora) são grátis (gratuitos).',
};

/** Stays worked as examples, in minutes: short, one minute past whole hours, capped, and past a day. */
const STAYS = [135, 120, 121, 59, 720, 1530, 2940];

/** A stay of `minutes` from 2024-05-01T08:00 written as the exit date-time. */
function exitAfter(minutes: number): string {
  return new Date(Date.UTC(2024, 4, 1, 8, minutes)).toISOString().slice(0, 16);
}

const ENTRY = '2024-05-01T08:00';

/** The request of a stay of `minutes`, as the design's input takes it. */
function stayInput(minutes: number, input: ParkingInput): Record<string, unknown> {
  return input === 'minutes' ? { minutes } : { entry: ENTRY, exit: exitAfter(minutes) };
}

/** The endpoint charging a stay, as `read` says. */
export function parkingDesign(read: ParkingRead, languages: Language[]): FunctionDesign {
  const capText = read.cap === null ? '' : `, at most ${read.cap} for each 24 hours from the entry`;
  const free = read.free ?? 0;
  const stays = free > 0 ? [STAYS[0], free, free + 1, ...STAYS.slice(1)] : STAYS;
  const examples = stays
    .filter((m) => read.cap !== null || m < 1440)
    .map((minutes) => {
      const fee = parkingReference(minutes * 60, read);
      const charged = Math.max(0, minutes - free);
      const begun = Math.ceil((charged % 1440) / 60);
      const days = Math.floor(charged / 1440);
      const how =
        days > 0
          ? `${days} whole day${days > 1 ? 's' : ''} at the cap and ${begun} hour${begun === 1 ? '' : 's'} begun`
          : `${begun} hour${begun === 1 ? '' : 's'} begun`;
      const after = free > 0 ? `, ${charged} minutes after the ${free} free ones,` : '';
      return {
        description: `A stay of ${minutes} minutes${after} is ${how}: ${fee}.`,
        input: stayInput(minutes, read.input),
        output: { fee },
      };
    });
  const stay =
    read.input === 'minutes'
      ? 'the minutes parked'
      : 'the entry (arrival) and the exit (departure) times (date-times YYYY-MM-DDTHH:MM, the time between them)';
  return {
    function: PARKING_FEE_CODE.id,
    method: 'POST',
    path: '/parking/fee',
    summary:
      `The parking fee of a stay, from ${stay}: ` +
      (free > 0
        ? `the first ${free} minutes are free (not charged; a stay of up to ${free} minutes costs 0), and the hours begun are counted after them: `
        : '') +
      `${read.rate} for every hour begun (a started hour counts in ` +
      `full)${capText}${read.cap === null ? '' : '; a stay over a day pays the cap for each whole day and the capped hourly fee for the rest'}; ` +
      `rounded to cents. ${examples[0].description} ` +
      'What a car park stay costs: each hour or part thereof is charged in full' +
      (read.cap === null ? '. ' : ', up to the daily maximum. ') +
      (read.input === 'minutes'
        ? 'A stay of zero or fewer minutes is refused with 400.'
        : 'An exit before the entry (or at it), or a date-time that is not a real YYYY-MM-DDTHH:MM, is refused with 400.') +
      glossIn(GLOSS, languages) +
      (free > 0 ? glossIn(FREE_GLOSS, languages) : ''),
    options: {
      input: read.input,
      rate: read.rate,
      ...(read.cap === null ? {} : { cap: read.cap }),
      ...(free > 0 ? { freeMinutes: free } : {}),
    },
    inputs:
      read.input === 'minutes'
        ? [{ param: 'minutes', field: numberField('minutes', 'Minutes parked, above 0', 135) }]
        : [
            {
              param: 'entry',
              field: stringField('entry', 'Entry date-time, YYYY-MM-DDTHH:MM', ENTRY),
            },
            {
              param: 'exit',
              field: stringField('exit', 'Exit date-time, YYYY-MM-DDTHH:MM, after the entry', exitAfter(135)),
            },
          ],
    outputs: [
      {
        result: 'fee',
        field: 'fee',
        description: 'The fee of the stay',
        example: examples[0].output.fee,
        names:
          'fee fees gebuhr parkgebuhr tarifa tarif tariffa costo cost price preis prix precio preco amount',
      },
    ],
    examples,
    refusals: parkingRefusals(read.input),
  };
}

function parkingRefusals(input: ParkingInput): Refusal[] {
  if (input === 'minutes')
    return [
      {
        description: 'A stay of 0 minutes (Parkdauer, duración, durée, durata, permanência) is refused.',
        input: { minutes: 0 },
      },
      { description: 'A negative stay (-30 minutes) is refused.', input: { minutes: -30 } },
    ];
  return [
    {
      description:
        'An exit (09:00) before the entry (10:00) is refused: Ausfahrt vor der Einfahrt, salida antes de la entrada, sortie avant l’entrée, uscita prima dell’ingresso, saída antes da entrada.',
      input: { entry: '2024-05-01T10:00', exit: '2024-05-01T09:00' },
    },
    {
      description: 'An entry that is no real date-time (2024-02-30T08:00) is refused.',
      input: { entry: '2024-02-30T08:00', exit: '2024-03-01T09:00' },
    },
  ];
}

/** Words of parking, folded (the feature must be about a car park). */
const PARKING =
  /\b(?:park\w*|car ?parks?|garages?|garagem|aparcamientos?|aparcar|estacionamientos?|estacionamentos?|estacionar|stationnements?|parcheggi\w*|sosta|posteggio)\b/;
/** An hour begun: charged in full ("per started hour", "hour or part thereof"), in the six languages, folded. */
const STARTED_HOUR = new RegExp(
  [
    '\\b(?:started|commenced|begun|beginning|initiated|partial) hours?\\b',
    '\\bhours? (?:or|and) (?:any )?(?:part|fraction|portion)s?(?: thereof| of (?:an|one|it)(?: hour)?)?\\b',
    '\\bhours? begun\\b',
    '\\bangefangene\\w* (?:stunde|std)\\b',
    '\\b(?:hora|heure|ora|hora) (?:o|ou) (?:fraccion|fracao|frazione|fraction)(?: de (?:hora|una hora))?(?: di ora)?\\b',
    '\\b(?:hora|heure|ora) (?:iniciada|comenzada|empezada|entamee|commencee|iniziata|cominciata)\\b',
  ].join('|'),
);
/** A sum of money: digits with a decimal comma or point, with or without a currency sign. */
const AMOUNT =
  '(?:r\\$|[$€£]|chf|eur)?\\s?(\\d{1,5}(?:[.,]\\d{1,2})?)(?![\\d:/-])\\s?(?:€|eur|euros?|\\$|usd|chf|£|dollars?|reais|r\\$)?';
const CAP_WORDS =
  '(?:at most|no more than|never more than|not more than|not exceeding|limited to|nie mehr als|nicht mehr als|nunca mas de|no mas de|jamais plus de|pas plus de|mai piu di|non piu di|nunca mais (?:de|que)|nao mais (?:de|que)|maximum of|max(?:imum)?|capped at|cap(?:ped)?(?: of)?|up to|hochstens|maximal|tageshochstsatz|hochstsatz|tagesmaximum|maximo(?: de)?|tope(?: de)?|plafonne a|plafond(?: de)?|au plus|massimo(?: di)?|tetto(?: di)?|teto(?: de)?|limite(?: de)?)';
const CAP = new RegExp(`${CAP_WORDS}[^\\d.;]{0,12}?${AMOUNT}`);
/** A day the cap is counted over, folded. */
const PER_DAY =
  /\b(?:a|per|each|every|pro|je|por|par|al|ao|each) (?:day|tag|dia|jour|giorno|24 ?h(?:ours)?)\b|\b(?:daily|day|diari[oa]s?|diaria|taglich\w*|tages\w*|journalier|giornalier[oa]|al giorno|par jour|pro tag|por dia)\b/;
/**
 * A fee a spelled route answers (`{"fee": number}`, `{"kosten": number}`): a stay charged per started hour with a
 * daily cap is that computation whatever is parked (a car, a bike, a boat), when the answer says it is a fee.
 */
const FEE_ANSWER =
  /"(?:fee|fees|charge|cost|costs|price|amount_due|to_pay|gebuhr|gebuehr|kosten|preis|tarifa|coste|costo|importe|precio|tarif|prix|montant|prezzo|importo|tariffa|preco|valor|custo)"\s*:\s*(?:number|zahl|numero|nombre)\b/;

/** Tariffs that vary, or free minutes: a fee this family does not have. */
const VARIES =
  /\b(?:night|nights|overnight|weekends?|sundays?|nacht\w*|wochenende\w*|noche|nocturn\w*|nuit|nocturne|notte|nottur\w*|noite|noturn\w*|free|gratis|kostenlos\w*|gratuit\w*|frei)\b/;
const ENTRY_WORDS = wordList(
  'entry entries enter entered arrival arrive arrived checkin einfahrt einfahrtszeit ankunft entrada llegada entree arrivee ingresso entrata arrivo chegada',
);
const EXIT_WORDS = wordList(
  'exit exits exited departure depart departed leave leaves left checkout ausfahrt ausfahrtszeit abfahrt salida sortie depart uscita partenza saida',
);
const MINUTE_WORDS = wordList('minutes minute minuten minutos minuti mins min');

const amountOf = (written: string): number => Number(written.replace(',', '.'));

/** The hourly rate written beside the started hour (before it, else just after it), or null. */
function rateNear(t: string, at: number, end: number): number | null {
  const before = [...t.slice(Math.max(0, at - 28), at).matchAll(new RegExp(AMOUNT, 'g'))].pop();
  if (before && amountOf(before[1]) > 0) return amountOf(before[1]);
  const after = new RegExp(`^[^\\d]{0,8}?${AMOUNT}`).exec(t.slice(end, end + 24));
  return after && amountOf(after[1]) > 0 ? amountOf(after[1]) : null;
}

/** The daily cap the text writes ("at most 20 per day", "Tageshöchstsatz 15 €"), 'other' for a cap not per day. */
export function capIn(t: string): number | null | 'other' {
  const m = CAP.exec(t);
  if (!m) return null;
  const around = t.slice(Math.max(0, m.index - 16), m.index + m[0].length + 20);
  return PER_DAY.test(around) ? amountOf(m[1]) : 'other';
}

/** How the stay comes: an entry and an exit, or minutes; null when the feature says neither. */
function inputOf(words: string[]): ParkingInput | null {
  if (hasAny(words, ENTRY_WORDS) && hasAny(words, EXIT_WORDS)) return 'stay';
  return hasAny(words, MINUTE_WORDS) ? 'minutes' : null;
}

/** What a feature asks of a parking fee, or null when it asks none this family charges. */
export function readParking(text: string, words: string[]): ParkingRead | null {
  const free = freeMinutesIn(foldText(text));
  if (free === 'other') return null;
  const t = free ? free.rest : foldText(text);
  if (!(PARKING.test(t) || FEE_ANSWER.test(t)) || VARIES.test(t)) return null;
  const hours = [...t.matchAll(new RegExp(STARTED_HOUR.source, 'g'))];
  if (hours.length === 0) return null;
  const rates = hours.map((h) => rateNear(t, h.index, h.index + h[0].length));
  const rate = rates[0];
  if (rate === null || rates.some((r) => r !== rate)) return null;
  const cap = capIn(t);
  const input = inputOf(words);
  if (cap === 'other' || input === null) return null;
  return { input, rate, cap, ...(free ? { free: free.minutes } : {}) };
}

/** The read a parking design was built from (its options). */
function readOfDesign(d: FunctionDesign): ParkingRead {
  const o = d.options ?? {};
  return {
    input: o.input === 'minutes' ? 'minutes' : 'stay',
    rate: Number(o.rate),
    cap: typeof o.cap === 'number' ? o.cap : null,
    ...(typeof o.freeMinutes === 'number' ? { free: o.freeMinutes } : {}),
  };
}

/** "Exit before entry", "zero minutes" refused, or a daily cap written in a feature of its own. */
function parkingLimit(text: string, words: string[]): ConstraintDesign | null {
  const t = foldText(text);
  if (VARIES.test(t) || STARTED_HOUR.test(t)) return null;
  const cap = capIn(t);
  const parkingWords = PARKING.test(t);
  const money = /[€$£]|\b(?:eur|euros?|usd|chf|reais|dollars?)\b/.test(t);
  if (typeof cap === 'number' && (parkingWords || money)) {
    const languages = glossLanguages(words, GLOSS);
    const refine = (d: FunctionDesign) =>
      keepBinding(d, parkingDesign({ ...readOfDesign(d), cap }, languages));
    return {
      function: PARKING_FEE_CODE.id,
      refine,
      refusals: (d) => (refuses(words) ? refine(d).refusals : []),
      fits: (d) => readOfDesign(d).cap === null || readOfDesign(d).cap === cap,
    };
  }
  if (cap !== null || !refuses(words)) return null;
  const exitFirst = hasAny(words, EXIT_WORDS) && hasAny(words, ENTRY_WORDS);
  const noStay =
    hasAny(words, MINUTE_WORDS) &&
    /\b(?:zero|0|negative?s?|negativ\w*|null|cero|nul|nulle|nulo|nula)\b/.test(t) &&
    (parkingWords || /\b(?:stay|parkdauer|dauer|estancia|sosta|permanencia|duree|durata)\b/.test(t));
  if (!exitFirst && !noStay) return null;
  return {
    function: PARKING_FEE_CODE.id,
    refusals: (d) => d.refusals,
    fits: (d) => readOfDesign(d).input === (exitFirst ? 'stay' : 'minutes'),
  };
}

export const PARKING_FEE: CatalogFamily = {
  name: 'parking-fee',
  functions: [PARKING_FEE_CODE],
  recognise(text: string, words: string[]): Recognised {
    const read = readParking(text, words);
    return read ? { design: parkingDesign(read, glossLanguages(words, GLOSS)) } : null;
  },
};

/**
 * A parking fee's refusals (an exit before the entry, zero minutes) or its daily cap in a feature of their own:
 * read late, after every family whose refusals and maximums they might be.
 */
export const PARKING_LIMITS: CatalogFamily = {
  name: 'parking-limits',
  functions: [],
  recognise(text: string, words: string[]): Recognised {
    const limit = parkingLimit(text, words);
    return limit ? { constraint: limit } : null;
  },
};
