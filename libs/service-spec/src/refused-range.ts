import type { FieldRule } from './record-rules';
import {
  COUNTED_CHARS,
  N,
  RATE,
  fold,
  num,
  subjectOf,
  subjectWords,
  type ConstraintReading,
} from './constraint-reading';

/*
 * Features that say which values of one field are refused rather than which are allowed ("weights over 700 kg
 * are absurd and rejected", "ein Gewicht über 700 kg wird abgelehnt", "un peso de más de 600 kg es un error"):
 * read as the bound that allows the rest, so the designer can put it on the field and the gate can hold the
 * SPEC to it. English, German, Spanish and French key words (accents folded).
 */

/** Words saying a value is refused (folded): a verb, an error, a 4xx status. */
const REFUSED =
  /\b(?:refus\w*|reject\w*|rechaz\w*|recus\w*|rejet\w*|ablehn\w*|abgelehnt|zuruckgewiesen|invalid\w*|ungultig\w*|error\w*|fehler\w*|erreur\w*|not allowed|nicht erlaubt|no (?:se )?permit\w*|interdit\w*|absurd\w*|4\d\d)\b/;
/** Limits a refused value lies beyond: refusing values over N allows at most N, and so on. */
const REFUSED_SIDES: { pattern: RegExp; rule: (n: number) => FieldRule }[] = [
  {
    pattern: new RegExp(
      `\\b(?:over|above|more than|greater than|larger than|heavier than|higher than|taller than|older than|longer than|exceeding|beyond|uber|mehr als|grosser als|schwerer als|hoher als|mas de|mayor(?:es)? (?:de|que)|superieure?s? a|plus de|au-dessus de)\\s+${N}`,
    ),
    rule: (n) => ({ maximum: n }),
  },
  {
    pattern: new RegExp(
      `\\b(?:under|below|less than|smaller than|lighter than|lower than|shorter than|younger than|unter|weniger als|kleiner als|leichter als|menos de|menor(?:es)? (?:de|que)|inferieure?s? a|moins de|en dessous de)\\s+${N}`,
    ),
    rule: (n) => ({ minimum: n }),
  },
];
const NOT_POSITIVE =
  /\b(?:zero or negative|negative or zero|non[- ]?positive|not positive|null oder negativ|negativ oder null|cero o negativ[oa]s?|negativ[oa]s? o cero|zero ou negati(?:f|fs|ve|ves)|negati(?:f|fs|ve|ves) ou zero|nicht positiv|no positiv[oa]s?)\b/;
const NEGATIVE = /\b(?:negative|negativ|negativ[oa]s?|negati(?:f|fs|ve|ves))\b/;
/** Units written after a limit ("over 700 kg"): they say nothing of which field it is. */
const UNITS =
  /\b(?:kg|g|lbs?|cm|mm|m|km|s|ms|min|h|eur|usd|euros?|dollars?|years?|jahre|anos|ans|percent|prozent|por ciento|pour cent|kilos?|grams?|metres?|meters?)\b/g;

/**
 * A feature that states which values of one field are refused ("weights over 700 kg are absurd and rejected",
 * "a height under 50 cm is an error", "zero or negative amounts are rejected"): the bound on that field that
 * allows the rest, or null. A feature naming two fields ("height or weight") or none is not read here.
 */
export function readRefusedRange(feature: string): Extract<ConstraintReading, { kind: 'bound' }> | null {
  const text = fold(feature).toLowerCase();
  // "Names longer than 50 characters" bounds a text's length, which no number field's bound realises.
  if (!REFUSED.test(text) || RATE.test(text) || /[/{}]/.test(text) || COUNTED_CHARS.test(text)) return null;
  let rule: FieldRule | null = null;
  let rest = text;
  for (const side of REFUSED_SIDES) {
    const m = side.pattern.exec(text);
    if (!m) continue;
    if (rule) return null;
    rule = side.rule(num(m[1]));
    rest = rest.replace(m[0], ' ');
  }
  if (!rule) {
    const m = NOT_POSITIVE.exec(text) ?? NEGATIVE.exec(text);
    if (!m) return null;
    rule = NOT_POSITIVE.test(text) ? { exclusive_minimum: 0 } : { minimum: 0 };
    rest = rest.replace(m[0], ' ');
  }
  rest = rest.replace(new RegExp(REFUSED.source, 'g'), ' ').replace(UNITS, ' ');
  rest = rest.replace(
    /\b(?:is|are|an|a|the|as|treated|considered|with|mit|con|avec|gets?|returns?|answer\w*|status|http|code|bad|request|wert\w*|werden|wird|als|ein|eine|einen|es|son|se|un|una|est|sont|une|comme|como|value|values|any|every|inputs?|an?)\b/g,
    ' ',
  );
  // "height or weight" names two fields; "absurd and rejected" joins none.
  const parts = rest.split(/\b(?:or|oder|o|ou|and|und|y|et)\b/).filter((p) => subjectWords(p).length > 0);
  if (parts.length > 1) return null;
  rest = rest.replace(/\b(?:or|oder|o|ou|and|und|y|et)\b/g, ' ');
  const subject = subjectOf(rest);
  return subject && subject.length <= 3 ? { kind: 'bound', subject, rule } : null;
}
