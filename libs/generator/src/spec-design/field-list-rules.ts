import type { FieldSpec } from '@sf/service-spec';
import { fold } from './lexicon';

/*
 * Rules said once for a whole field list ("parts with a name, a quantity and a reorder level, which can never be
 * negative", "Bestand und Mindestbestand, beide nie negativ", "…; never negative", "(both >= 0)") and the unit a
 * record's amount is counted in ("a unit (m or pcs)", "the unit we count them in", Einheit, unidad): the field
 * reader leaves the rule out of the fields, the record rules bound every number the list names, and a unit is
 * text.
 */

/** Names of the unit a record's amount is counted or measured in (text: "pcs", "m", "kg"). */
const UNIT_NAME =
  /^(?:unit|units?_of_measure|uom|einheit|mengeneinheit|masseinheit|unidad|unidad_de_medida|unite|unite_de_mesure|unita|unita_di_misura|unidade|unidade_de_medida)$/;

/** Whether a field name is the unit an amount is counted in (a text field, never a number). */
export function isUnitName(name: string): boolean {
  return UNIT_NAME.test(name);
}

/** Words that keep a number at 0 or above ("negative", "négatifs", "negativi", "below zero", "unter 0"), folded. */
export const NOT_NEGATIVE =
  /\b(?:negative|negatifs?|negativ|negativ[oa]s?|negativi|below (?:zero|0)|under (?:zero|0)|less than (?:zero|0)|unter (?:null|0)|sous (?:zero|0)|bajo (?:cero|0))\b/;

/** A rule closing a field list on the fields it lists: no field of its own (folded clause). */
const RULE_TAIL =
  /,\s*(?:(?:qui|que|che|die|which|that|welche|beide|both|ambos|ambas|entrambi|entrambe|tous deux|toutes deux|todos|tous|tutti)\b[^,;()]*?\bnegati\w*|(?:jamais|nie|never|nunca|mai|jamas)\s+negati\w*)\s*[.;]?\s*$/i;

/** A field list's clause without the rule closing it ("…, qui ne peuvent jamais être négatifs"), folded when cut. */
export function withoutRuleTail(clause: string): string {
  const text = clause.normalize('NFKD').replace(/\p{M}/gu, '');
  const tail = RULE_TAIL.exec(text);
  return tail ? text.slice(0, tail.index) : clause;
}

/**
 * A rule that holds for every number of a field list: a relative clause or "both" after it, a clause without a
 * subject ("; never negative", "(mai negativi)"), or "(both >= 0)". Folded text.
 */
const LIST_NEVER_NEGATIVE = new RegExp(
  [
    String.raw`,\s*(?:qui|que|che|die|which|that|welche|beide|both|ambos|ambas|entrambi|entrambe|tous deux|toutes deux|todos|tous|tutti)\b[^,;()]*?\bnegati\w*`,
    String.raw`(?:^|[;(]|\.\s)\s*(?:(?:they|sie|ils|elles|ellos|loro|eles)\s+)?(?:(?:can|cannot|can t|are|sind|sont|son|sono|sao|durfen|peuvent|pueden|possono|podem)\s+)?(?:never|nie|niemals|jamais|nunca|mai|jamas|not|nicht|pas|no|non|nao)\s+(?:be\s+|sein\s+|etre\s+|ser\s+|essere\s+)?negati\w*`,
    String.raw`\(\s*(?:both|beide|all|alle|ambos|tous|tutti|todos|entrambi)\s*(?:>=|≥)\s*0\s*\)`,
  ].join('|'),
);

/** Whether a feature names a field: by its name, or by the words its description quotes ("how many we have"). */
function namedIn(text: string, f: FieldSpec): boolean {
  if (new RegExp(`\\b${f.name.replace(/_/g, '[ _]')}s?\\b`).test(text)) return true;
  const quoted = /"([^"]+)"/.exec(f.description)?.[1];
  return quoted !== undefined && text.includes(fold(quoted).toLowerCase());
}

/** The numbers a folded feature bounds at 0 with one rule for its whole field list (none without such a rule). */
export function listBoundedFields(text: string, numeric: FieldSpec[]): FieldSpec[] {
  return LIST_NEVER_NEGATIVE.test(text) ? numeric.filter((f) => namedIn(text, f)) : [];
}

/**
 * How a feature mentions a number field (a pattern): by its name, or — "ni la cantidad ni el nivel pueden ser
 * negativos" — a name of several words by its first one, when no other number starts with it.
 */
export function mentionOf(f: FieldSpec, numeric: FieldSpec[]): string {
  const head = /^([a-z]{4,})_(?:de|di|da|do|of|du|des|del)_/.exec(f.name)?.[1];
  const alone = head !== undefined && numeric.filter((x) => x.name.startsWith(`${head}_`)).length === 1;
  return `${f.name.replace(/_/g, '[ _]')}${alone ? `|${head}` : ''}`;
}
