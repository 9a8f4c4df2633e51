import { readInputRules } from './input-rule-reading';
import { statusWritten } from './refusal-list';

/*
 * A key feature that only says a record's end may not come before its start ("the end must not be before the
 * start", "a booking whose end is before its start returns 400", "Das Ende darf nicht vor dem Beginn liegen",
 * "la fecha de fin no puede ser anterior a la de inicio"): a rule of the record's interval (its start/end pair),
 * which every generated store with an interval refuses with 400 VALIDATION_FAILED. Read here by the designer
 * (`libs/generator` `interval-refusals.ts`) and the gate (`fidelity/interval-refusal-fidelity.ts`). Pure.
 */

// "bis vor von gibt 400", "until before from": the words of a from–until pair name its ends too.
const END = '(?:end|ends|ending|ende|endet|fin|fine|fim|termino|final|bis|until|till|hasta)';
const START =
  '(?:start|starts|starting|begin|begins|beginning|beginn|beginnt|anfang|debut|inicio|inizio|comienzo|von|from|desde)';
const BEFORE =
  '(?:before|earlier than|prior to|precedes?|vor|fruher als|antes de|antes que|anterior a|precede|avant|precedent|anterieure? a|prima di|prima del|prima dell|precedente a|antes do|antes da|anterior ao?|anterior|precedente)';
const AFTER =
  '(?:after|later than|nach|spater als|despues de|posterior a|apres|dopo|successiva a|depois de|depois do|depois da|posterior|successiva|successivo)';
// The bare "posterior", "anterior", "successiva" read "posterior al inicio", "anterior ao início": the article
// contracted onto "a" is one of the words between.
const GAP = '(?:\\s+\\S+){0,6}?\\s+';

const END_BEFORE_START = new RegExp(`\\b${END}\\b${GAP}${BEFORE}${GAP}${START}\\b`);
const START_AFTER_END = new RegExp(`\\b${START}\\b${GAP}${AFTER}${GAP}${END}\\b`);
const END_AFTER_START = new RegExp(`\\b${END}\\b${GAP}${AFTER}${GAP}${START}\\b`);
const START_BEFORE_END = new RegExp(`\\b${START}\\b${GAP}${BEFORE}${GAP}${END}\\b`);

/** Words that say the order is required or refused. */
const RULE =
  /\b(?:must|has to|have to|should|cannot|can not|may not|is not allowed|not allowed|refus\w*|reject\w*|invalid|error|muss|mussen|darf|durfen|kann nicht|abgelehnt|ungultig|fehler|debe\w*|no puede\w*|rechaz\w*|doit|doivent|ne peut|ne peuvent|refuse\w*|rejet\w*|interdit\w*|deve|devono|non puo|non possono|rifiut\w*|precisa|nao pode\w*|rejeit\w*|recus\w*)\b|\b4(?:00|22)\b/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[’'"“”«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pattern of the interval clause a folded text holds, or undefined. */
function orderClause(text: string): RegExp | undefined {
  return [END_BEFORE_START, START_AFTER_END, END_AFTER_START, START_BEFORE_END].find((p) => p.test(text));
}

/** Whether a feature only says a record's end must not come before its start (a rule of its interval). */
export function readsEndBeforeStart(feature: string): boolean {
  const text = fold(feature);
  // A route ("DELETE /bookings/{id}") says more; a slash between names ("a missing room/start/end") lists them.
  if (text.length === 0 || text.length > 160 || /[{}]|(?:^|\s)\//.test(text)) return false;
  if (!RULE.test(text)) return false;
  const clause = orderClause(text);
  if (clause === undefined) return false;
  // Numbers other than the refusal's status say something else ("ends 2 hours after it starts"), unless they are
  // the bounds of another condition listed beside the order ("fine prima di inizio, oppure un campo fuori da 1-4
  // → 400"): the rest read as refusals of the record's fields (`intervalRest`), which the store must hold too.
  if (/\d/.test(text.replace(/\b4(?:00|22)\b/g, ' '))) {
    const order = clause.exec(text)?.[0] ?? '';
    return !/\d/.test(order) && restRules(text, clause) !== null;
  }
  return true;
}

/** The conditions a folded interval refusal lists beside its order clause, when read as refusals; else null. */
function restRules(text: string, clause: RegExp): string | null {
  const rest = text.replace(clause, ' ').replace(/\s+/g, ' ').trim();
  const written = statusWritten(rest);
  return written !== null && readInputRules(written) !== null ? written : null;
}

/**
 * The other conditions an interval refusal lists beside the order of its ends ("end not after start, or a missing
 * room, returns 400", "Ende vor Beginn oder fehlender Raum ergibt 400"): the feature without its interval clause,
 * when the input-rule reader reads that rest as refusals; null when it lists none.
 */
export function intervalRest(feature: string): string | null {
  if (!readsEndBeforeStart(feature)) return null;
  const text = fold(feature);
  const clause = orderClause(text);
  return clause ? restRules(text, clause) : null;
}

/**
 * The clause of a feature that writes routes (or other rules) which only says a record's end must not come
 * before its start ('"end" not after "start" returns 400; DELETE /bookings/{id} … 204'): a clause of its own,
 * cut at ";" or a sentence end, with no route in it. Null when no clause says so.
 */
export function endBeforeStartClause(feature: string): string | null {
  const clauses = feature.split(/\s*;\s*|(?<=[.!?])\s+/);
  if (clauses.length < 2) return null;
  return clauses.find((c) => readsEndBeforeStart(c)) ?? null;
}
