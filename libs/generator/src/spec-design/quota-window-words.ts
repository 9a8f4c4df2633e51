import { readQuotaClock, type QuotaBehavior } from '@sf/service-spec';

/*
 * Quota windows said as an adjective, and clocks they reset at: "a daily quota of 4 requests", "a daily limit of 3
 * calls", "ein Tageskontingent von 2 Anfragen", "una cuota diaria de 2 consultas", "una quota giornaliera di 3
 * richieste", "uma cota diária de 10 pedidos", "un quota journalier de 5 appels", "5 requests daily", "2 consultas
 * diarias"; and "reset at midnight UTC", "every full hour" (readQuotaClock, shared with the gate). Text is folded.
 */

/** Words of a ceiling that name a quota in the languages intents are written in ("Kontingent", "cuota", "cota"). */
export const QUOTA_NOUNS =
  /\b(quotas?|limits?|allowances?|caps?|kontingent\w*|tageskontingent\w*|stundenkontingent\w*|tageslimit\w*|stundenlimit\w*|cuotas?|cupos?|cotas?|limites?|contingents?|contingentes?)\b/;

const DAILY = String.raw`daily|diari[oa]s?|diarios?|quotidien(?:ne)?s?|journali(?:er|ere)s?|giornalier[oae]|taglich\w*`;
const HOURLY = String.raw`hourly|stundlich\w*|horari[oa]s?|horaires?|orari[oae]`;
const MONTHLY = String.raw`monthly|monatlich\w*|mensual(?:es)?|mensuel(?:le)?s?|mensil[ei]|mensa(?:l|is)`;
/** A calendar month's nominal length, the window a quota per month writes (its windows are calendar months). */
const MONTH = 2_592_000;
const NOUN = String.raw`quotas?|limits?|allowances?|caps?|cuotas?|cupos?|cotas?|limites?|limiti|contingents?|contingentes?|kontingent\w*|limit\w*`;
/** Counted things (requests, calls): what a quota said as an adjective counts. */
const COUNTED = String.raw`requests?|calls?|anfragen|aufrufe[n]?|abrufe[n]?|peticiones|solicitudes|llamadas|consultas|requetes|appels|richieste|chiamate|requisicoes|chamadas|pedidos|consultas`;

/** "daily quota of 4", "cuota diaria de 2", "Tageskontingent von 2", "4 requests daily": [limit, seconds]. */
const ADJECTIVE_WINDOWS: [RegExp, number][] = [
  [new RegExp(String.raw`\b(?:${DAILY})\s+(?:${NOUN})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), 86400],
  [new RegExp(String.raw`\b(?:${NOUN})\s+(?:${DAILY})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), 86400],
  [new RegExp(String.raw`\btages(?:kontingent|limit|quote|budget)\w*(?:\s+(?:von|:))?\s+(\d+)\b`), 86400],
  [new RegExp(String.raw`\b(\d+)\s+(?:${COUNTED})\s+(?:${DAILY})\b`), 86400],
  [new RegExp(String.raw`\b(?:${HOURLY})\s+(?:${NOUN})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), 3600],
  [new RegExp(String.raw`\b(?:${NOUN})\s+(?:${HOURLY})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), 3600],
  [new RegExp(String.raw`\bstunden(?:kontingent|limit|quote|budget)\w*(?:\s+(?:von|:))?\s+(\d+)\b`), 3600],
  [new RegExp(String.raw`\b(\d+)\s+(?:${COUNTED})\s+(?:${HOURLY})\b`), 3600],
  [new RegExp(String.raw`\b(?:${MONTHLY})\s+(?:${NOUN})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), MONTH],
  [new RegExp(String.raw`\b(?:${NOUN})\s+(?:${MONTHLY})\b(?:\s+(?:of|von|de|di|da|d|:))?\s+(\d+)\b`), MONTH],
  [new RegExp(String.raw`\bmonats(?:kontingent|limit|quote|budget)\w*(?:\s+(?:von|:))?\s+(\d+)\b`), MONTH],
  [new RegExp(String.raw`\b(\d+)\s+(?:${COUNTED})\s+(?:${MONTHLY})\b`), MONTH],
  // "3 requests per month", "3 Anfragen pro Monat", "3 pedidos por mês": the unit is a month, written after a count.
  [
    new RegExp(
      String.raw`\b(\d+)\b(?:(?!\d)[^.;]){0,60}?\b(?:per|a|an|each|every|pro|je|por|al|par|au|ao|cada|ogni|im|in)\s+(?:calendar\s+)?(?:month|monat|mes|mois|mese)\b`,
    ),
    MONTH,
  ],
];

/**
 * The limit and window of a quota said as an adjective ("a daily quota of 4 requests") or per month ("3 requests
 * per month": a calendar month, `aligned` by clockOf), and its words.
 */
export function readAdjectiveWindow(
  text: string,
): { limit: number; window_seconds: number; words: string[] } | null {
  for (const [re, seconds] of ADJECTIVE_WINDOWS) {
    const m = re.exec(text);
    const limit = m ? Number(m[1]) : NaN;
    if (!m || !Number.isInteger(limit) || limit < 1 || limit === 429) continue;
    const words = m[0].split(/[^a-z]+/).filter((w) => w.length > 2);
    return { limit, window_seconds: seconds, words };
  }
  return null;
}

/**
 * How a fixed window of `windowSeconds` keeps the clock reset a feature states: `{}` when it states none,
 * `{aligned: 'utc'}` when the reset is the start of such a window on the UTC clock, null when it states one the
 * window cannot keep (another window, time of day or zone): the feature then stays unrealised.
 */
export function clockOf(feature: string, windowSeconds: number): Pick<QuotaBehavior, 'aligned'> | null {
  const clock = readQuotaClock(feature);
  if (clock === null) return {};
  if (clock === 'unreadable' || clock.window_seconds !== windowSeconds) return null;
  return { aligned: clock.month ? 'utc_month' : 'utc' };
}

/** The feature's words of its clock reset (folded), for the SPEC to show which words it realises. */
export function clockWords(text: string): string[] {
  const said =
    /\b(midnight|mitternacht|medianoche|minuit|mezzanotte|meia[- ]noite|utc|full hour|volle\w* stunde|hora en punto|heure pleine|ora piena|hora cheia|reset\w*|zuruckgesetzt|reinicia\w*|remis|azzerat\w*|reiniciad\w*)\b/g;
  return [...text.matchAll(said)].map((m) => m[1]);
}
