import type { SpecContract } from '../spec-contract';
import { readNotFuture, readNotFutureJoined } from '../not-future';
import { REFUSAL } from './free-text-fidelity';
import { notFutureJoinedProblems, notFutureProblems } from './not-future-fidelity';

/*
 * "The year can't be in the future", "das Datum darf nicht in der Zukunft liegen", "una fecha futura es un
 * error": a rule on the calendar that only the day a request arrives can decide. It is realised by the create
 * (and update) of a store whose year or date field the feature names carrying `not_future`, with a 4xx worked
 * example sending next year / tomorrow computed when the step runs (a year written into the pack would pass
 * today and fail next year). Any other realisation takes the value whatever its date (a bookshelf took a book
 * from the year 2999), so a feature stating the rule otherwise is unrealised. An age worked out as of a date the
 * request gives (`calc.age`) is the one exception: there "in the future" is after that date, which it refuses.
 */

/** Future in the intents' languages: "in the future", "Zukunft", "futuro/futura", "futur(e)", "avenir". */
const FUTURE =
  /\b(?:future|in the future|later than today|after today|zukunft|zuk(?:u|ü)nftig\w*|futur[oaes]*|porvenir|avenir|nach heute|posterior a hoy|apr[eè]s aujourd['’]hui|dopo oggi|depois de hoje)\b/i;
/** "must not", "may not", "darf nicht", "no puede", "ne peut pas", "non può", "não pode": a rule, not a remark. */
const RULE =
  /\b(?:must|may|can(?:no|')t|cannot|can not|never|not|no|darf|d(?:u|ü)rfen|kein\w*|nicht|puede[n]?|debe[n]?|peut|peuvent|doit|doivent|pu(?:o|ò)|possono|deve|devono|pode[m]?|n(?:a|ã)o|nunca|jamais|mai)\b/i;

/** What is missing to realise a feature that bounds a date or year by today; empty when it states none. */
export function futureDateProblems(contract: SpecContract, feature: string): string[] {
  const reading = readNotFuture(feature);
  if (!reading && (!FUTURE.test(feature) || !(RULE.test(feature) || REFUSAL.test(feature)))) return [];
  const served = contract.endpoints.filter((e) => e.features.includes(feature));
  if (served.some((e) => e.behavior?.kind === 'function' && e.behavior.function === 'calc.age')) return [];
  if (reading) return notFutureProblems(contract, feature, reading);
  // "… in the future and the title is required": each rule held by the stores the feature is claimed by.
  const joined = readNotFutureJoined(feature);
  if (joined) return notFutureJoinedProblems(contract, feature, joined);
  return [
    'it bounds a date or year by today (the future), which no realisation here checks: the value would be taken whatever its date',
  ];
}
