/*
 * When a quota feature says its count starts again at a clock time: "resets at midnight UTC", "every full hour",
 * "um Mitternacht UTC", "a medianoche UTC", "à minuit UTC", "a mezzanotte UTC", "à meia-noite UTC", "cada hora
 * en punto", "zur vollen Stunde", "à chaque heure pleine". Read by the designer (a window aligned to the UTC clock)
 * and by the gate (a clock reset realised by a window opened at a key's first request is refused), so both agree.
 */

/** Midnight, or a day of the calendar, in the languages intents are written in (folded, lower case). */
const MIDNIGHT =
  /\b(midnight|mitternacht|medianoche|minuit|mezzanotte|meia[- ]noite|00:00|0:00|24:00|calendar days?|kalendertag\w*|dia natural|jour calendaire|giorno solare|dia civil|utc[- ]days?|utc[- ]tag\w*)\b/;
/** The start of every hour: "every full hour", "on the hour", "zur vollen Stunde", "hora en punto". */
const FULL_HOUR =
  /\b(full hours?|on the hour|top of (?:the|each|every) hour|volle[nr]? stunde|hora en punto|horas en punto|heures? pleines?|heures? piles?|ora piena|ore piene|ora esatta|scoccare dell ora|hora cheia|horas cheias|hora em ponto)\b/;
/** The start of every minute: "every full minute", "zur vollen Minute". */
const FULL_MINUTE =
  /\b(full minutes?|volle[nr]? minute|minuto en punto|minute pleine|minuto pieno|minuto cheio)\b/;
/** A calendar month ("per calendar month", "mes natural", "mois civil"): no window of a fixed length. */
const CALENDAR_MONTH =
  /\b(calendar months?|kalendermonat\w*|mes natural|mes calendario|mois civil|mois calendaire|mese solare|mes civil|first (?:day )?of (?:the|each|every) month|monatsanfang|monatsersten)\b/;
/** UTC said. */
const UTC = /\b(utc|gmt)\b/;
/** A time zone other than UTC, or one that depends on who calls. */
const OTHER_ZONE =
  /\b(time ?zones?|zeitzone\w*|zona horaria|zonas horarias|fuseaux? horaires?|fuso orario|fusi orari|fuso horario|fusos horarios|local time|ortszeit|hora local|heure locale|ora locale|cest|pst|pdt|mez|mesz|berlin|madrid|paris|new york)\b/;
/** A clock time of day other than midnight ("at 06:00", "um 6:30 Uhr"). */
const OTHER_TIME = /\b(?!00:00\b|0:00\b|24:00\b)\d{1,2}:\d{2}\b/;

/**
 * The window a clock reset implies, in seconds (`month`: a calendar month, nominally 2592000 seconds);
 * `'unreadable'` when it names one no UTC window can keep.
 */
export type QuotaClock = { window_seconds: number; month?: true } | 'unreadable' | null;

const MONTH = { window_seconds: 2_592_000, month: true } as const;

/** A quota counted per month ("per month", "monthly", "pro Monat", "al mes", "par mois", "al mese", "por mês"). */
export const PER_MONTH =
  /\b(?:(?:per|a|each|every|pro|je|por|al|par|au|ao|cada|ogni)\s+(?:calendar\s+)?(?:month|monat|mes|mois|mese)|monthly|monatlich\w*|monats\w*kontingent\w*|monatskontingent\w*|mensual\w*|mensuel\w*|mensil[ei]|mensal\w*|calendar months?)\b/;

function folded(feature: string): string {
  return feature
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(get|post|put|patch|delete)\s+\/\S*/g, ' ')
    .replace(/[’'`]/g, ' ');
}

/**
 * The clock a quota feature resets its counts at: midnight UTC (a day, 86400 s), every full hour (3600 s), every
 * full minute (60 s), a calendar month ("per month", "per calendar month": `month`); null when it names no clock.
 * A clock it names but a UTC window cannot keep is `'unreadable'`: midnight without UTC or in another time zone,
 * another time of day ("at 06:00 UTC"), or two clocks at once.
 */
export function readQuotaClock(feature: string): QuotaClock {
  const text = folded(feature);
  const month = CALENDAR_MONTH.test(text) || PER_MONTH.test(text);
  const found: number[] = [];
  if (MIDNIGHT.test(text)) found.push(86400);
  if (FULL_HOUR.test(text)) found.push(3600);
  if (FULL_MINUTE.test(text)) found.push(60);
  if (!month && found.length === 0)
    return OTHER_TIME.test(text) && /\breset\w*\b/.test(text) ? 'unreadable' : null;
  if (OTHER_ZONE.test(text) || OTHER_TIME.test(text)) return 'unreadable';
  // Midnight is a time of some zone: only UTC's is the service's; an hour or a minute starts alike in most.
  if (found.includes(86400) && !UTC.test(text)) return 'unreadable';
  // "per calendar month", "on the 1st of each month at midnight UTC": a month starts at midnight, nothing else.
  if (month) return found.some((s) => s !== 86400) ? 'unreadable' : MONTH;
  if (found.length > 1) return 'unreadable';
  return { window_seconds: found[0] };
}
