import type { FieldSpec, SpecContract } from '../spec-contract';
import { label } from './worked-examples';

/*
 * "The same dice and seed give the same rolls; seed may be left out for a random roll": a field the feature lets
 * the caller leave out is an optional field of the request that takes it. The eval's h7-seeded-dice-spelled held a
 * roller whose written route required "seed" while this feature was counted realised: a call without a seed, as the
 * feature allows, would have been refused.
 */

/** What follows a field's name when the feature lets it be left out (folded: lower case, no accents). */
const LEFT_OUT =
  '(?:is|are) (?:optional|not required|not mandatory)|(?:may|can) be (?:left out|omitted|skipped|left off)' +
  '|ist (?:optional|freiwillig|nicht erforderlich)|(?:kann|darf) (?:weggelassen werden|fehlen|entfallen)' +
  '|es opcional|(?:puede|se puede) (?:omitirse|omitir|faltar)|est (?:facultati(?:f|ve)|optionnel(?:le)?)' +
  '|peut (?:etre omise?|manquer)|e (?:facoltativ[oa]|opzionale)|puo (?:essere omess[oa]|mancare)' +
  '|e opcional|pode (?:ser omitid[oa]|faltar)';
/** The same said before the name: "an optional seed", "seed (optional)" is read by the literal shapes. */
const OPTIONAL_BEFORE =
  '(?:an? |the |un |una |une |ein |eine )?(?:optional|facultati(?:f|ve|vo|va)|opcional|opzionale|freiwillige[rsn]?)';
/** A refusal in the same clause turns "if X is left out" into a requirement; only the plain forms are read. */
const REFUSAL = /\b4\d\d\b|\b(error|refused|rejected|invalid|fehler|abgelehnt|erreur|errore|erro)\b/;

/** Fields of some request the feature lets the caller leave out while every request taking them requires them. */
export function optionalFieldProblems(contract: Pick<SpecContract, 'endpoints'>, feature: string): string[] {
  const folded = feature
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/["'`“”«»]/g, '');
  const taking = new Map<string, { where: string; field: FieldSpec }[]>();
  for (const e of contract.endpoints) {
    for (const field of [...(e.request.body?.fields ?? []), ...(e.request.query ?? [])]) {
      const list = taking.get(field.name) ?? [];
      list.push({ where: label(e), field });
      taking.set(field.name, list);
    }
  }
  const problems: string[] = [];
  for (const [name, uses] of taking) {
    const spelled = name.replace(/_/g, '[ _]');
    const after = new RegExp(`\\b${spelled}\\b(?: \\([^)]*\\))?,? (?:${LEFT_OUT})\\b([^.;]*)`);
    const before = new RegExp(`\\b${OPTIONAL_BEFORE} ${spelled}\\b`);
    // "across a number of people (optional, default 1)" in prose.
    const aside = new RegExp(`\\b${spelled}s? \\((?:${OPTIONAL_BEFORE})\\b`);
    const m = after.exec(folded);
    const said = (m !== null && !REFUSAL.test(m[1])) || before.test(folded) || aside.test(folded);
    if (!said) continue;
    if (uses.some((u) => !u.field.required || u.field.default !== undefined)) continue;
    problems.push(
      `it lets "${name}" be left out, but ${uses.map((u) => u.where).join(', ')} require${uses.length === 1 ? 's' : ''} it`,
    );
  }
  return problems;
}
