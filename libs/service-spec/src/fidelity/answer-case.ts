import type { EndpointSpec, SpecContract } from '../spec-contract';
import { expectedFields, label, lastStep } from './worked-examples';

/*
 * "The result in hexadecimal is in lower case": every text a computation answers for it is written so. A
 * converter answering "FF" to such a feature was counted realised (the eval's h18-bases-firmware-es deployed
 * unfaithful: its recogniser missed "minúsculas" and the gate did not look at the answers' letters).
 */

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
const LOWER = /\blower[\s-]?case\w*|\bminuscul\w*|\bkleinbuchstab\w*|\bkleingeschrieben\b|\bminuscol\w*/;
const UPPER =
  /\bupper[\s-]?case\w*|\bin capitals\b|\bcapital letters\b|\bmayuscul\w*|\bmajuscul\w*|\bgrossbuchstab\w*|\bgrossgeschrieben\b|\bmaiuscol\w*|\bmaiuscul\w*/;
const BOTH = /\b(?:upper|lower) (?:and|or|\/) (?:upper|lower)\b/;
/** A case said of some letters only (the first of each word or sentence): no case of the whole answer. */
const PART_OF_WORDS =
  /\b(first letter|initial\w*|each word|every word|title|sentence\w*|capitali[sz]\w*|cada palabra|primera letra|chaque mot|premiere lettre|jedes wortes?|anfangsbuchstab\w*|ogni parola|prima lettera|cada palavra|primeira letra)\b/;
/** Words that make a case a property of what is sent or tolerated, not of the answer. */
const ABOUT_INPUT =
  /\b(accept\w*|input\w*|fine|toleran\w*|tolerat\w*|ignor\w*|insensitive|either|any case|regardless|entrada|acept\w*|distingu\w*|diferenc\w*|eingabe\w*|akzeptier\w*|egal|unterschied\w*|beacht\w*|accepte\w*|entree|accett\w*|aceit\w*|indifferent\w*|allowed|erlaubt|zulassig|permitid\w*|admit\w*|autorise\w*|ammess\w*|consentit\w*)\b/;

/** A worked answer of a computation of the service written in the other case than the feature says. */
export function answerCaseProblems(
  contract: Pick<SpecContract, 'acceptance' | 'endpoints'>,
  feature: string,
): string[] {
  const text = fold(feature);
  const lower = LOWER.test(text);
  const upper = UPPER.test(text);
  if (lower === upper || BOTH.test(text) || ABOUT_INPUT.test(text) || PART_OF_WORDS.test(text)) return [];
  const problems: string[] = [];
  // What the computations claiming it answer, and their kin ("numbers.base_fixed" claiming it beside
  // "numbers.base_convert"): "the result is in lower case" is said of what the converter answers, whichever of its
  // endpoints the designer made claim it — not of another computation of the service (accents folded beside slugs).
  const fn = (e: EndpointSpec) => (e.behavior?.kind === 'function' ? e.behavior.function : null);
  const kin = (id: string) => id.replace(/_[^.]*$/, '');
  const claiming = contract.endpoints.filter((e) => (e.features ?? []).includes(feature) && fn(e) !== null);
  // A letter-case conversion is the case itself ("sentence case: … the rest lower case"), judged by its own rules.
  if (claiming.some((e) => /case/.test(fn(e) ?? ''))) return [];
  const kinds = new Set(claiming.map((e) => kin(fn(e) ?? '')));
  const judged = contract.endpoints.filter((e) => {
    const id = fn(e);
    return id !== null && (claiming.includes(e) || kinds.has(kin(id)));
  });
  for (const e of judged) {
    const answered = contract.acceptance
      .filter((c) => c.endpoint_id === e.id && c.kind === 'happy')
      .flatMap((c) => Object.values(expectedFields(lastStep(c))))
      .filter((v): v is string => typeof v === 'string' && /[a-z]/i.test(v));
    const off = answered.find((v) => v !== (lower ? v.toLowerCase() : v.toUpperCase()));
    if (off !== undefined)
      problems.push(
        `it answers in ${lower ? 'lower' : 'upper'} case, but a worked example of ${label(e)} answers "${off}"`,
      );
  }
  return problems;
}
