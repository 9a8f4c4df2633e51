import type { ConstraintDesign, FunctionDesign, WorkedExample } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { convertedByReference } from './timezones-reference';

/*
 * What a feature says of a time-zone conversion beside asking for it: that daylight saving time must come out
 * right ("summer time has to be handled properly", "Berlin is UTC+2 in July but UTC+1 in January", the weeks
 * when Europe and the US change on different days), or that times are answered in ISO 8601 with their offset.
 * The conversion already follows the tz database; these bind the feature to it with worked examples on both
 * sides of clock changes, computed by the reference semantics (timezones-reference.ts), and answer the ISO form
 * with the offset when asked.
 */

/** Words of daylight saving time and clock changes in the languages intents are written in (folded text). */
const DAYLIGHT_SAVING =
  /\b(?:daylight[\s-]sav\w*|summer[\s-]?time|winter[\s-]?time|dst|clocks? (?:change|changes|switch|switches|go forward|go back|spring forward|fall back)|(?:change|changes|switch|switches) (?:their |the )?clocks|sommerzeit|winterzeit|zeitumstellung|uhrumstellung|horario de verano|horario de invierno|cambio de hora(?:rio)?|heure d ete|heure d hiver|changement d heure|ora legale|ora solare|cambio dell ora|horario de verao|hora de verao|mudanca de hora(?:rio)?)\b/;

/** ISO 8601 named with a UTC offset in the answer ("ISO 8601 with the offset", "mit UTC-Versatz"). */
const ISO = /\biso[\s-]?8601\b/;
const OFFSET =
  /\b(?:offset|utc[\s-]offset|versatz|utc[\s-]versatz|zeitverschiebung|desfase|desplazamiento|decalage|decalage horaire|scostamento|differenza|deslocamento|diferenca)\b/;

/** Whether a feature says daylight saving time must come out right (folded text). */
export function asksDaylightSaving(folded: string): boolean {
  // A parameter or field named dst ("&dst=<unit>", "dst": a destination) is no daylight saving time.
  const text = folded.replace(/[?&]\w+=\S*|"\w+"\s*:|<\w+>/g, ' ');
  return DAYLIGHT_SAVING.test(text.replace(/['’]/g, ' '));
}

/** Whether a feature asks for times in ISO 8601 with their UTC offset (folded text). */
export function asksOffsetForm(folded: string): boolean {
  const text = folded.replace(/['’]/g, ' ');
  return ISO.test(text) && OFFSET.test(text);
}

/**
 * Local times on both sides of clock changes: Berlin before and after 31 March 2024 (CET, then CEST), New York
 * before and after 3 November 2024 (EDT, then EST), and 15 March 2024, when New York had changed on 10 March and
 * Berlin had not yet (5 hours apart instead of 6).
 */
const CHANGES: { time: string; from: string; to: string; why: string }[] = [
  {
    time: '2024-03-30T12:00:00',
    from: 'UTC',
    to: 'Europe/Berlin',
    why: 'the day before Berlin starts summer time: CET',
  },
  {
    time: '2024-04-01T12:00:00',
    from: 'UTC',
    to: 'Europe/Berlin',
    why: 'the day after Berlin starts summer time (31 March): CEST',
  },
  {
    time: '2024-11-02T12:00:00',
    from: 'UTC',
    to: 'America/New_York',
    why: 'the day before New York ends daylight saving time: EDT',
  },
  {
    time: '2024-11-04T12:00:00',
    from: 'UTC',
    to: 'America/New_York',
    why: 'the day after New York ends daylight saving time (3 November): EST',
  },
  {
    time: '2024-03-15T09:00:00',
    from: 'America/New_York',
    to: 'Europe/Berlin',
    why: 'New York has been on EDT since 10 March, Berlin stays on CET until 31 March: 5 hours apart, not 6',
  },
];

const field = (d: FunctionDesign, param: string) => d.inputs.find((i) => i.param === param)?.field.name;
const answer = (d: FunctionDesign, result: string) => d.outputs.find((o) => o.result === result)?.field;

/** A clock change as a worked example of design `d` (its fields), answered by the reference; null if it fits none. */
function changeExample(d: FunctionDesign, c: (typeof CHANGES)[number]): WorkedExample | null {
  const fixedFrom = d.options?.from;
  const [time, from, to] = [field(d, 'time'), field(d, 'from'), field(d, 'to')];
  const [answered, offset] = [answer(d, 'time'), answer(d, 'offset')];
  if (!time || !to || !answered || !offset) return null;
  if (from === undefined && fixedFrom !== c.from) return null;
  const r = convertedByReference(c.time, c.from, c.to);
  if (r === null) return null;
  const local = d.options?.minutes === true ? r.time.slice(0, 16) : r.time;
  const form = d.options?.offsetForm === true ? `${local}${r.offset}` : local;
  return {
    description: `${c.time} in ${c.from} is ${form} in ${c.to}, UTC offset ${r.offset} (${c.why}).`,
    input: { [time]: c.time, ...(from === undefined ? {} : { [from]: c.from }), [to]: c.to },
    output: { [answered]: form, [offset]: r.offset },
  };
}

/** The clock changes in the feature's language, so its words are the service's too. */
const CHANGES_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Sommerzeit (Zeitumstellung, Winterzeit) wird richtig berücksichtigt: Berlin ist im Winter UTC+1 und im Sommer UTC+2.',
  es: ' El cambio de hora al horario de verano (y de invierno) se tiene en cuenta correctamente: Berlín está en UTC+1 en invierno y en UTC+2 en verano.',
  fr: " Le passage à l'heure d'été (et à l'heure d'hiver) est pris en compte correctement : Berlin est à UTC+1 en hiver et à UTC+2 en été.",
  it: " L'ora legale (e l'ora solare) è gestita correttamente: Berlino è a UTC+1 d'inverno e a UTC+2 d'estate.",
  pt: ' O horário de verão (e de inverno) é tratado corretamente: Berlim está em UTC+1 no inverno e em UTC+2 no verão.',
};

/** The ISO form with offset in the feature's language. */
const OFFSET_GLOSS: Partial<Record<Language, string>> = {
  de: ' Das Ergebnis kommt als ISO-8601-Zeitstempel mit dem UTC-Versatz der Zielzone zurück.',
  es: ' El resultado se devuelve en ISO 8601 con el desfase respecto a UTC de la zona de destino.',
  fr: " L'heure est renvoyée au format ISO 8601 avec le décalage horaire par rapport à UTC du fuseau de destination.",
  it: " L'orario è restituito in formato ISO 8601 con lo scostamento da UTC del fuso di destinazione.",
  pt: ' O horário é devolvido em ISO 8601 com o deslocamento em relação a UTC do fuso de destino.',
};

/** The conversion with worked examples on both sides of clock changes (those its fields can send). */
export function withClockChanges(d: FunctionDesign, languages: Language[] = []): FunctionDesign {
  const shown = new Set(d.examples.map((e) => e.description));
  const added = CHANGES.map((c) => changeExample(d, c)).filter(
    (e): e is WorkedExample => e !== null && !shown.has(e.description),
  );
  if (added.length === 0) return d;
  return {
    ...d,
    summary: `${d.summary} Daylight saving time (summer time) follows the tz database on both sides of every clock change: Europe/Berlin is UTC+01:00 in winter and UTC+02:00 in summer, and in the weeks when the US and Europe change on different days the zones are an hour closer or further apart.${glossIn(CHANGES_GLOSS, languages)}`,
    examples: [...d.examples, ...added],
  };
}

/** The conversion answering times in ISO 8601 with their UTC offset (2024-07-04T15:00:00+02:00). */
export function withOffsetForm(d: FunctionDesign, languages: Language[] = []): FunctionDesign {
  const [answered, offset] = [answer(d, 'time'), answer(d, 'offset')];
  if (d.options?.offsetForm === true || !answered || !offset) return d;
  const form = (e: WorkedExample): WorkedExample => {
    const time = e.output[answered];
    const at = e.output[offset];
    if (typeof time !== 'string' || typeof at !== 'string') return e;
    return {
      ...e,
      description: e.description.replace(time, `${time}${at}`),
      output: { ...e.output, [answered]: `${time}${at}` },
    };
  };
  return {
    ...d,
    summary: `${d.summary} Times are answered in ISO 8601 with the UTC offset of the zone converted to (2024-07-04T15:00:00+02:00).${glossIn(OFFSET_GLOSS, languages)}`,
    options: { ...d.options, offsetForm: true },
    outputs: d.outputs.map((o) =>
      o.result === 'time'
        ? {
            ...o,
            description: `${o.description}, in ISO 8601 with its UTC offset`,
            example: typeof o.example === 'string' ? `${o.example}+02:00` : o.example,
          }
        : o,
    ),
    examples: d.examples.map(form),
  };
}

/** The constraint a feature about daylight saving or the ISO form with offset puts on the conversion, or null. */
export function zoneRule(folded: string, functionId: string, languages: Language[]): ConstraintDesign | null {
  const dst = asksDaylightSaving(folded);
  // A route written out says its answer's notation itself ("local": "YYYY-MM-DDTHH:mm:ss" beside "offset"): its
  // "ISO-8601" and "offset" words are no ask for the offset inside the time (the eval's h9/h10 time-zone intents).
  const iso = !/[{]|\b(?:get|post|put|patch|delete)\s+\//i.test(folded) && asksOffsetForm(folded);
  if (!dst && !iso) return null;
  return {
    function: functionId,
    refusals: () => [],
    refine: (d) => {
      const formed = iso ? withOffsetForm(d, languages) : d;
      return dst ? withClockChanges(formed, languages) : formed;
    },
  };
}

/** A local date-time cut to the minute (2024-07-04T15:00:00+02:00 → 2024-07-04T15:00+02:00). */
const toMinute = (v: unknown) =>
  typeof v === 'string' ? v.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}/, '$1') : v;

/** The conversion answering local times to the minute (YYYY-MM-DDTHH:MM), as a feature writes its answer. */
export function answeredToMinute(d: FunctionDesign): FunctionDesign {
  const answered = answer(d, 'time');
  if (d.options?.minutes === true || !answered) return d;
  return {
    ...d,
    summary: `${d.summary} Local times are answered to the minute (YYYY-MM-DDTHH:MM).`,
    options: { ...d.options, minutes: true },
    outputs: d.outputs.map((o) => (o.result === 'time' ? { ...o, example: toMinute(o.example) } : o)),
    examples: d.examples.map((e) => ({
      ...e,
      output: { ...e.output, [answered]: toMinute(e.output[answered]) },
    })),
  };
}
