import type { AcceptanceClock } from './acceptance-contract';
import { fieldsNamedBy, subjectWords } from './constraint-reading';
import { readFieldRule, type FieldRuleReading } from './field-rule-reading';
import type { FieldSpec } from './spec-contract';

/*
 * "Not in the future": a year or a calendar date of a record that may not lie after the current UTC year or day
 * when the request arrives ("a publication year in the future is rejected", "das Jahr darf nicht in der Zukunft
 * liegen", "la fecha no puede ser futura"). The field carries `not_future`; its worked examples send next year /
 * tomorrow and this year / today computed when the step runs (`AcceptanceRequest.today`), never a year written
 * into the pack. The designer and the gate read a feature here with the same words and pick the same field.
 */

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'")
    .toLowerCase();
}

/** Future in the intents' languages (folded): "in the future", "later than today", "Zukunft", "futuro", "futur". */
export const FUTURE =
  /\b(?:future|later than today|after today|after (?:this|the current) (?:one|year)|later than (?:this|the current) year|zukunft|zukunftig\w*|spater als heute|nach heute|futur[oaes]*|porvenir|posterior a hoy|posterior al ano actual|avenir|apres aujourd'hui|dopo oggi|depois de hoje)\b/;
/** "must not", "may not", "darf nicht", "no puede", "ne peut pas", "non può", "não pode": a rule, not a remark. */
export const RULE =
  /\b(?:must|may|can(?:no|')t|cannot|can not|never|not|no|darf|durfen|kein\w*|nicht|puede[n]?|debe[n]?|peut|peuvent|doit|doivent|puo|possono|deve|devono|pode[m]?|nao|nunca|jamais|mai)\b/;
const REFUSED =
  /\b(?:refus\w*|reject\w*|rechaz\w*|recus\w*|rifiut\w*|abgelehnt|ablehn\w*|zuruckgewiesen|error|fehler|erreur|errore|erro|invalid\w*|ungultig|4\d\d|(?:not|nicht|no|pas|non|nao) (?:erlaubt|allowed|permitid\w*|admis\w*|ammess\w*|permis\w*|aceit\w*|accept\w*|zulassig))\b/;
/** The words of the rule itself, which name no field. */
const RULE_WORDS =
  /\b(?:future|in|the|a|an|later|than|after|today|this|current|one|zukunft|zukunftig\w*|der|die|das|spater|als|heute|nach|futur[oaes]*|porvenir|posterior|hoy|al|avenir|apres|aujourd'hui|dopo|oggi|depois|hoje|dans|le|la|les|el|lo|nel|nella|no|na|em|estar|essere|etre|ser|sein|liegen|is|are|be|with|mit|con|avec|com|sind|ist|wird|werden|se|est|sont|e|vem)\b/g;

const RELATIVE = /,\s*((?:das|der|die|welche[srnm]?|que|qui|che|which|that)\s[^,]*),/i;

/** What a "not in the future" feature names: the words that should name a year or a date field. */
export interface NotFutureReading {
  subject: string[];
}

/** The "not in the future" rule a feature states on its own, or null (a route, two clauses, no rule). */
export function readNotFuture(feature: string): NotFutureReading | null {
  // A relative clause between commas is part of the one rule ("ein Jahr, das in der Zukunft liegt, wird …").
  const said = feature.replace(RELATIVE, ' $1 ');
  const lower = said.toLowerCase();
  const text = fold(said);
  if (text.length > 160 || /[/{};]/.test(feature) || !FUTURE.test(text)) return null;
  if (!RULE.test(text) && !REFUSED.test(text)) return null;
  // "the year can't be in the future and the title is required" states two rules: not read as one.
  if (/\s(?:and|und|y|et|ed|e)\s/.test(lower) || /,/.test(lower)) return null;
  const rest = text.replace(FUTURE, ' ').replace(REFUSED, ' ').replace(RULE, ' ').replace(RULE_WORDS, ' ');
  const subject = subjectWords(rest).filter((w) => !RULE.test(w) && !REFUSED.test(w) && !/^\d/.test(w));
  return subject.length >= 1 && subject.length <= 5 ? { subject } : null;
}

/**
 * "The year can't be in the future and the title is required", "l'année ne peut pas être dans le futur et le titre
 * est obligatoire": a "not in the future" rule and a text-field rule (`readFieldRule`: required, a length, an email)
 * joined by one "and" (or a comma), each read on its own; null for anything else. Realised only when both are.
 */
export function readNotFutureJoined(
  feature: string,
): { reading: NotFutureReading; rule: FieldRuleReading } | null {
  if (readNotFuture(feature) !== null) return null;
  const parts = feature.split(/\s+(?:and|und|y|et|ed|e)\s+|\s*,\s*/i);
  if (parts.length !== 2) return null;
  for (const [a, b] of [parts, [...parts].reverse()]) {
    const reading = readNotFuture(a);
    const rule = reading ? readFieldRule(b) : null;
    if (reading && rule) return { reading, rule };
  }
  return null;
}

/** Words for a year in the six languages (folded), compounds too ("Erscheinungsjahr"). */
const YEAR_WORD = /^(?:\w*jahre?s?|years?|anos?|annees?|anno|anni)$/;
/** Words for a calendar date (folded), compounds too ("Geburtsdatum", "Geburtsdaten"). */
const DATE_WORD = /^(?:\w*datum|\w*daten|dates?|dated|fechas?|data|birthdays?|geburtstag)$/;

function words(text: string): string[] {
  return fold(text.replace(/_/g, ' ')).match(/\p{L}+/gu) ?? [];
}

/** What a field bounded by today holds: a year (an integer named for one) or a calendar date. */
export function notFutureKind(field: Pick<FieldSpec, 'name' | 'type' | 'format'>): 'years' | 'days' | null {
  if (field.type === 'string' && field.format === 'date') return 'days';
  if (field.type === 'integer' && words(field.name).some((w) => YEAR_WORD.test(w))) return 'years';
  return null;
}

/**
 * The one year or date field among `fields` a reading names: of the kind its words speak of (a year, a date),
 * the one its subject names best when there are several; null when it speaks of neither, or names two equally.
 */
export function notFutureField<T extends FieldSpec>(reading: NotFutureReading, fields: T[]): T | null {
  const years = reading.subject.some((w) => YEAR_WORD.test(w));
  const dates = reading.subject.some((w) => DATE_WORD.test(w));
  const candidates = fields.filter((f) => {
    const kind = notFutureKind(f);
    return (kind === 'years' && years) || (kind === 'days' && dates);
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  const named = fieldsNamedBy(reading.subject, candidates);
  return named.length === 1 ? named[0] : null;
}

/** Whether a value of a `not_future` field lies no later than the UTC year (a number) or day (a date) of `now`. */
export function notAfterToday(value: unknown, now: Date = new Date()): boolean {
  if (typeof value === 'number') return value <= now.getUTCFullYear();
  if (typeof value === 'string') return value.slice(0, 10) <= now.toISOString().slice(0, 10);
  return true;
}

/** The value a step's clock stands for at `now`: this UTC year plus `years`, or today plus `days` (YYYY-MM-DD). */
export function clockValue(clock: AcceptanceClock, now: Date = new Date()): number | string {
  if ('years' in clock) return now.getUTCFullYear() + clock.years;
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + clock.days));
  return day.toISOString().slice(0, 10);
}
