import { foldText } from './checks-shared';

/*
 * Legal minimum breaks a feature writes beside the hours worked ("over 6 hours of work need at least 30 minutes
 * break, over 9 hours 45, otherwise 422"; "Bei mehr als 6 Stunden Arbeit mindestens 30 Minuten Pause"): each
 * rule a length of work (or of the whole shift, when the feature says the shift is longer than it), whether a
 * length of exactly that much counts ("from 6 hours", "6 hours or more") or only more ("over", "more than"),
 * and the break it asks for at least. A break shorter than the rules ask is refused with the status the feature
 * writes (400 else) and the stable code BREAK_TOO_SHORT.
 */

/** One rule: over (or from, when `inclusive`) `over` minutes, a break of at least `least` minutes. */
export interface BreakRule {
  over: number;
  least: number;
  inclusive: boolean;
}

/** The rules a feature writes, what they count, and the refusal they answer with. */
export interface BreakRules {
  rules: BreakRule[];
  /** 'worked': the time worked (start to end less the break); 'span': the whole shift. */
  basis: 'worked' | 'span';
  status: number;
  code: string;
}

const HOURS = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h\b|hrs?\b|hours?\b|stunden\b|std\b|horas?\b|heures?\b|ore\b|ora\b)`;
const STRICT = String.raw`(?:\b(?:over|more than|longer than|above|beyond|exceeding|exceeds|in excess of|mehr als|uber|ueber|langer als|mas de|superior a|plus de|au-dela de|superieur a|piu di|oltre|superiore a|mais de|acima de|superior a)|>)\s*$`;
const INCLUSIVE = String.raw`(?:\b(?:at least|from|ab|mindestens|a partir de|des|a partir|almeno|da|pelo menos|no minimo)|>=|≥)\s*$`;
const MINUTES = /(\d{1,3})\s*(?:min\b|mins\b|minutes?\b|minuten\b|minutos\b|minuti\b)?/;
/** Words that make the rule count the whole shift, not the time worked. */
const SHIFT_LENGTH =
  /\b(?:shifts?|schichten?|turnos?|postes?|turni|jornadas?)\b[^.;]{0,30}\b(?:longer than|over|more than|lasting|langer als|uber|mas de|plus de|piu di|mais de|dauer\w*|dure\w*)/;
const WORK = /\b(?:work|worked|working|arbeit\w*|gearbeitet\w*|trabaj\w*|travail\w*|lavor\w*|trabalh\w*)\b/;

/** The minimum-break rules a text writes, or null when it writes none. */
export function readBreakRules(text: string): BreakRules | null {
  const t = foldText(text).replace(/(\d),(\d)/g, '$1.$2');
  const found = [...t.matchAll(new RegExp(HOURS, 'g'))];
  const rules: BreakRule[] = [];
  found.forEach((m, i) => {
    const before = t.slice(Math.max(0, m.index - 24), m.index);
    const strict = new RegExp(STRICT).test(before);
    const inclusive = !strict && new RegExp(INCLUSIVE).test(before);
    const after = t.slice(m.index + m[0].length, found[i + 1]?.index ?? t.length);
    const orMore = /^\s*(?:or more|and more|oder mehr|o mas|ou plus|o piu|ou mais)\b/.test(after);
    if (!strict && !inclusive && !orMore) return;
    const least = MINUTES.exec(
      after.replace(/^\s*(?:or more|and more|oder mehr|o mas|ou plus|o piu|ou mais)/, ''),
    );
    // A number past the length itself is no break ("over 9 hours; otherwise 422").
    if (!least || Number(least[1]) >= Number(m[1]) * 60) return;
    rules.push({
      over: Math.round(Number(m[1]) * 60),
      least: Number(least[1]),
      inclusive: inclusive || orMore,
    });
  });
  if (rules.length === 0 || rules.some((r) => r.least <= 0 || r.over <= 0)) return null;
  rules.sort((a, b) => a.over - b.over);
  const status = /\b(4\d\d)\b/.exec(t);
  return {
    rules,
    basis: SHIFT_LENGTH.test(t) && !WORK.test(t) ? 'span' : 'worked',
    status: status ? Number(status[1]) : 400,
    code: 'BREAK_TOO_SHORT',
  };
}

/** The least break the rules ask for `minutes` of work (or of shift): the rule of the longest length passed. */
export function leastBreak(rules: BreakRule[], minutes: number): number {
  return rules.reduce(
    (least, r) =>
      minutes > r.over || (r.inclusive && minutes === r.over) ? Math.max(least, r.least) : least,
    0,
  );
}

/** The rules in words, for a summary: "over 6 h of work at least 30 min, over 9 h at least 45 min". */
export function breakRulesText(b: BreakRules): string {
  const counted = b.basis === 'worked' ? 'of work (start to end less the break)' : 'of shift (start to end)';
  return b.rules
    .map(
      (r) =>
        `${r.inclusive ? 'from' : 'over'} ${r.over / 60} hours ${counted} a break of at least ${r.least} minutes`,
    )
    .join(', ');
}
