import { stringField, type FunctionDesign, type WorkedExample } from './catalog-entry';
import { foldText } from './checks-shared';
import { glossIn, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';

/*
 * Working days between two dates less the holidays the request lists: Monday to Friday from the start date
 * (counted) to the end date (left out, or counted when the feature says so), less each distinct listed date
 * (YYYY-MM-DD) on one of those weekdays; a holiday on a weekend or outside the span changes nothing, and a list
 * entry that is no real date is refused. Read only when the feature says the holidays come with the request ("the
 * holidays passed as a list", "die mitgeschickten Feiertage", "le festività indicate nella richiesta"); a calendar
 * the service would have to know ("German public holidays") stays unrealised. Worked examples come from the
 * reference below, written apart from the emitted code (dates.ts).
 */

const DAY = 86_400_000;

/** The reference: weekdays from `from` to `to` (the end counted when `inclusive`) less the listed holidays. */
export function workingDaysReference(
  from: string,
  to: string,
  holidays: string[],
  inclusive: boolean,
): number {
  const start = Date.parse(`${from}T00:00:00Z`) / DAY;
  const end = Date.parse(`${to}T00:00:00Z`) / DAY + (inclusive ? 1 : 0);
  const off = new Set(holidays.map((h) => Date.parse(`${h}T00:00:00Z`) / DAY));
  let days = 0;
  for (let d = start; d < end; d += 1) {
    const weekday = new Date(d * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !off.has(d)) days += 1;
  }
  return days;
}

/** Spans read off a calendar, with the holidays listed and why. */
const FACTS: { from: string; to: string; holidays: string[]; why: string }[] = [
  {
    from: '2024-12-23',
    to: '2024-12-31',
    holidays: ['2024-12-25', '2024-12-26'],
    why: 'Monday to Tuesday over Christmas, 25 and 26 December listed',
  },
  {
    from: '2024-04-29',
    to: '2024-05-06',
    holidays: ['2024-05-01', '2024-05-04'],
    why: 'Monday to Monday, Wednesday 1 May listed and Saturday 4 May (a weekend day) too',
  },
  {
    from: '2024-04-22',
    to: '2024-04-26',
    holidays: ['2024-04-25', '2024-04-25'],
    why: 'Monday to Friday, Thursday 25 April listed twice (counted once)',
  },
  {
    from: '2024-04-29',
    to: '2024-05-03',
    holidays: ['2024-06-03'],
    why: 'a holiday outside the span changes nothing',
  },
  { from: '2024-04-29', to: '2024-05-03', holidays: [], why: 'no holidays listed' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Arbeitstage (Werktage, Montag bis Freitag) zwischen zwei Daten zählen, ohne Wochenenden und ohne die mitgeschickten Feiertage (Liste von Daten); ein ungültiges Datum wird abgelehnt.',
  es: ' Contar los días hábiles (laborables) entre dos fechas, sin fines de semana ni los festivos (feriados) de la lista enviada; una fecha inválida se rechaza.',
  fr: ' Compter les jours ouvrés entre deux dates, hors week-ends et hors jours fériés fournis dans une liste ; une date invalide est refusée.',
  it: ' Contare i giorni lavorativi tra due date, esclusi sabati, domeniche e le festività (festivi) indicate nella richiesta come elenco di date; una data non valida viene rifiutata.',
  pt: ' Contar os dias úteis entre duas datas, excluindo fins de semana e os feriados informados numa lista de datas; uma data inválida é recusada.',
};

/** The endpoint counting working days less listed holidays, the end date counted when `endInclusive`. */
export function holidaysDesign(
  endInclusive: boolean,
  languages: Language[],
  /** The request may leave the holidays out (none then): a feature that writes no required field for them. */
  optional = false,
): FunctionDesign {
  const bounds = endInclusive
    ? 'both the start date and the end date counted (inclusive)'
    : 'the start date counted (inclusive) and the end date not (exclusive)';
  const examples: WorkedExample[] = FACTS.map((f) => {
    const days = workingDaysReference(f.from, f.to, f.holidays, endInclusive);
    return {
      description: `From ${f.from} to ${f.to} (${f.why}) there are ${days} working days.`,
      input: { from: f.from, to: f.to, holidays: f.holidays },
      output: { working_days: days },
    };
  });
  // A request that leaves the holidays out has none: Monday 2 to Monday 9 December 2024.
  const unlisted = workingDaysReference('2024-12-02', '2024-12-09', [], endInclusive);
  if (optional)
    examples.push({
      description: `From 2024-12-02 to 2024-12-09 with no holidays sent there are ${unlisted} working days.`,
      input: { from: '2024-12-02', to: '2024-12-09' },
      output: { working_days: unlisted },
    });
  return {
    function: 'dates.business_days',
    method: 'POST',
    path: '/dates/working-days',
    summary:
      `Counts the working days (business days, weekdays Monday to Friday) between two dates written YYYY-MM-DD, ` +
      `${bounds}, less the holidays listed in the request (a list of YYYY-MM-DD dates${optional ? '; none when the request leaves it out' : ''}): Saturdays and Sundays ` +
      'are not counted, nor is a listed holiday on a weekday of the span; a holiday on a weekend or outside the ' +
      `span changes nothing and one listed twice counts once. ${examples[0].description} A start date after ` +
      'the end date, a date that is not a real YYYY-MM-DD calendar date, or a holiday that is none, is refused ' +
      'with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      { param: 'from', field: stringField('from', 'Start date, YYYY-MM-DD', FACTS[0].from) },
      { param: 'to', field: stringField('to', 'End date, YYYY-MM-DD', FACTS[0].to) },
      {
        param: 'holidays',
        field: {
          name: 'holidays',
          type: 'string[]',
          required: !optional,
          description: `Holidays not worked, each a date YYYY-MM-DD (${optional ? 'left out or ' : ''}an empty list for none)`,
          example: FACTS[0].holidays,
        },
      },
    ],
    outputs: [
      {
        result: 'business_days',
        field: 'working_days',
        description: 'Number of working days (Monday to Friday, not a listed holiday) in the span',
        example: examples[0].output.working_days,
        names:
          'working business days arbeitstage werktage dias habiles laborables jours ouvres giorni lavorativi uteis',
      },
    ],
    options: { end_inclusive: endInclusive, holidays: true },
    examples,
    refusals: [
      {
        description: 'A start date (2024-05-10) after the end date (2024-05-01) is refused.',
        input: { from: '2024-05-10', to: '2024-05-01', holidays: [] },
      },
      {
        description:
          'A holiday that does not exist (2024-02-30) is refused as malformed: Feiertag, festivo, férié, festività, feriado.',
        input: { from: '2024-04-29', to: '2024-05-03', holidays: ['2024-02-30'] },
      },
      {
        description: 'A date that does not exist (2023-02-29, 2023 is no leap year) is refused as malformed.',
        input: { from: '2023-02-29', to: '2023-03-10', holidays: [] },
      },
    ],
  };
}

/**
 * The holidays come with the request: a word that they are listed, given or sent ("passed in the request as a
 * list", "mitgeschickten", "indicate nella richiesta", "que llegan en una lista", "fournis", "informados"), or a
 * request field holding them (`"holidays": [`), folded.
 */
const LISTED =
  /\b(?:lists?|listed|given|passed|pass(?:es)? in|(?:i|we|you) (?:pass|send|give|supply|provide)|sent|provided|supplied|supplies|request|body|array|liste|listen|mitgeschickt\w*|mitgegeben\w*|ubergeben\w*|angegeben\w*|lista|listas|elenco|indicat[eio]|indicad[oa]s|fornit[eio]|enviad[oa]s|llegan|pasad[oa]s|dad[oa]s|informad[oa]s|fourni(?:e|s|es)?|donne(?:e|s|es)?|envoye(?:e|s|es)?|richiesta|solicitud|requete|requisicao|anfrage)\b|"(?:holidays|feiertage|festivos|feries|festivita|feriados)"\s*:\s*\[/;

/** The languages of a holidays feature, for its gloss ("Dias úteis … feriados informados" writes no marker word). */
export function holidayLanguages(words: string[]): Language[] {
  return glossLanguages(words, GLOSS);
}

/** A request body the feature writes with a required field of holidays (`"holidays": [`), folded or not. */
export function requiresHolidays(text: string): boolean {
  return /"(?:holidays|feiertage|festivos|feries|festivita|feriados)"\s*:/i.test(foldText(text));
}

/** Whether the feature's holidays come with the request (not a calendar the service would have to know). */
export function listsHolidays(text: string, _words: string[]): boolean {
  return LISTED.test(foldText(text));
}
