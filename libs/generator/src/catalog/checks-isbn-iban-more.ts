import { readFeatureLiterals } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised } from './catalog-entry';
import { CHECKS } from './checks';
import { IBAN_CODE, ibanDesign } from './checks-iban';
import { maskedKeep, maskedName, withMask } from './checks-iban-mask';
import { ISBN_CODE, ISBN_CONVERT_CODE, isbnDesign } from './checks-isbn';
import { ISBN_CHECK_DIGIT_CODE, isbnCheckDigitDesign } from './checks-isbn-digit';
import {
  asksComputation,
  asksValidity,
  foldText,
  mentionsCheckDigit,
  refusesInvalidValues,
} from './checks-shared';
import { refuses } from './feature-words';
import { sameMeaning } from './param-affinity';

/*
 * Features of ISBN validators the checks family (checks.ts) leaves unread or misreads, read before it:
 * - the check digit of an ISBN-13 computed from its first 12 digits ("Prüfziffer aus den ersten 12 Ziffern",
 *   "calcolare la cifra di controllo di un ISBN-13", `{"check_digit": integer}` spelled out);
 * - "say whether it is an ISBN-10 or an ISBN-13" in any language: the type the ISBN check answers already;
 * - a check of "an ISBN" whose ISBN-10 is named only in a rule about its X ("an ISBN-10 may end in X"): both
 *   kinds are checked, not ISBN-10s alone;
 * - "an invalid ISBN-10 returns 400" beside a conversion of ISBN-10s: the conversion's own refusal;
 * - an IBAN check answering the valid IBAN masked (checks-iban-mask.ts).
 * Anything else is left to the checks family.
 */

const TEN = (w: string) => w === '10' || w === 'isbn10';
const THIRTEEN = (w: string) => w === '13' || w === 'isbn13';

/** "ISBN-10 or ISBN-13", "ISBN-10 oder eine ISBN-13", "ISBN-10 ou ISBN-13" (folded). */
const TEN_OR_THIRTEEN =
  /isbn[\s-]*1[03]\s+(?:or|oder|o|ou|od)\s+(?:(?:an?|eine?|un|una|une|um|uma|di un|d un|de un)\s+)?isbn[\s-]*1[03]\b/;
/** Words asking which of the two it is ("whether", "which", "ob", "si", "se", "s'il s'agit", "tipo", "Art"). */
const WHICH =
  /\b(?:whether|which|what kind|what type|type|kind|ob|welche[rs]?|art|typ|si|s il|se|cual|quel(?:le)?|qual|tipo|tipologia|format)\b/;
/** Verbs of checking or converting: such a feature is a check or a conversion of its own (checks.ts). */
const OWN_COMPUTATION =
  /\b(?:validat\w*|check\w*|verif\w*|pruf\w*|validar|valider|validare|controll\w*|comprob\w*|conferir|conver\w*|umwand\w*|umrechn\w*|transform\w*|trasform\w*|calcul\w*|comput\w*|berechn\w*)\b/;
/** "only", "nur", "solo", "seulement", "apenas": a check restricted to one kind. */
const ONLY = /\b(?:only|nur|ausschlie\w*|solo|solamente|unicamente|seulement|uniquement|apenas|somente)\b/;
/** The X of an ISBN-10's check digit, said of the ISBN-10 ("may end in X", "la X final"). */
const X_RULE = /\bx\b/;
/** Verbs of checking a value: a feature of its own, not an addition to another's check. */
const CHECK_VERB =
  /\b(?:validat\w*|check\w*|verif\w*|pruf\w*|validar|valider|validare|controll\w*|comprob\w*|conferir)\b/;
/** Verbs of converting or computing: not a check. */
const CONVERTS = /\b(?:conver\w*|umwand\w*|umrechn\w*|calcul\w*|comput\w*|berechn\w*)\b/;

/** Whether a spelled-out feature answers a check digit and no validity (`{"check_digit": integer}`). */
function answersCheckDigit(text: string): boolean {
  const answered = readFeatureLiterals(text).response.map((f) => f.name);
  return (
    answered.some((name) => sameMeaning(name, 'check_digit')) &&
    !answered.some((name) => sameMeaning(name, 'valid'))
  );
}

/**
 * An IBAN check answering the valid IBAN masked too: the check the checks family reads, with the mask; said as an
 * addition without a check of its own ("for a valid one also return it masked …"), a refinement of that check.
 */
function maskedIban(text: string, words: string[], folded: string): Recognised {
  const keep = maskedKeep(folded);
  if (keep === null) return null;
  const masked = (d: FunctionDesign) => withMask(d, maskedName(text), keep);
  const base = CHECKS.recognise(text, words);
  // "validate an IBAN and also return it masked …": a check of its own the checks family left to other readers.
  // So is a route spelled out with it ("POST /iban/mask with {"iban": string} returns {"masked": string} …").
  const spelled = readFeatureLiterals(text).routes.length > 0;
  if ((base === null && CHECK_VERB.test(folded)) || (spelled && !(base && 'design' in base))) {
    const refine = base?.constraint.refine ?? ((d: FunctionDesign) => d);
    return { design: masked(refine(ibanDesign(text, refusesInvalidValues(text)))) };
  }
  if (base && 'design' in base)
    return base.design.function === IBAN_CODE.id ? { design: masked(base.design) } : null;
  if (base && base.constraint.function !== IBAN_CODE.id) return null;
  const refine = base?.constraint.refine;
  return {
    constraint: {
      function: IBAN_CODE.id,
      refusals: base?.constraint.refusals ?? (() => []),
      refine: (d) => masked(refine ? refine(d) : d),
    },
  };
}

function recogniseIsbnIban(text: string, words: string[]): Recognised {
  const folded = foldText(text).replace(/['’]/g, ' ');
  const isbn = words.some((w) => w.startsWith('isbn'));
  const iban = words.includes('iban') || words.includes('ibans');
  if (iban && !isbn) return maskedIban(text, words, folded);
  if (!isbn || iban) return null;
  const ten = words.some(TEN);
  const thirteen = words.some(THIRTEEN);
  // The ISBN-13 check digit of 12 digits: named by ISBN-13 or by its 12 digits, never by ISBN-10 alone.
  const digitAsked =
    (mentionsCheckDigit(words) && asksComputation(words) && !asksValidity(words)) || answersCheckDigit(text);
  if (digitAsked) {
    if (ten || !(thirteen || words.includes('12') || words.includes('isbn12'))) return null;
    return { design: isbnCheckDigitDesign() };
  }
  // "Un ISBN-10 invalide renvoie une erreur 400" beside a conversion of ISBN-10s: the conversion's refusal (it
  // refuses an invalid ISBN-10 already); with no conversion, the check refusing invalid ISBNs the checks family reads.
  if (ten !== thirteen && refusesInvalidValues(text) && !CHECK_VERB.test(folded) && !CONVERTS.test(folded)) {
    const alone = CHECKS.recognise(text, words);
    if (!alone || !('design' in alone) || alone.design.function !== ISBN_CODE.id) return alone;
    return {
      constraint: {
        function: ISBN_CONVERT_CODE.id,
        refusals: () => [],
        fits: (d) => d.options?.to === (ten ? '13' : '10'),
        alone: alone.design,
      },
    };
  }
  // "Außerdem angeben, ob es sich um eine ISBN-10 oder eine ISBN-13 handelt": the type the check answers.
  // A refusal said of either ("si es un ISBN-10 o ISBN-13 inválido, 400") is no question of its type.
  if (
    TEN_OR_THIRTEEN.test(folded) &&
    WHICH.test(folded) &&
    !OWN_COMPUTATION.test(folded) &&
    !refuses(words)
  ) {
    const alone = isbnDesign(text, false, 'both');
    return {
      constraint: {
        function: ISBN_CODE.id,
        refusals: () => [],
        fits: (d) => d.options?.accept === 'both',
        alone,
      },
    };
  }
  // "check whether an ISBN is valid; an ISBN-10 may end in X": a check of both kinds.
  const first = /isbn(?:[\s-]*(1[03]))?/.exec(folded);
  if (ten && !thirteen && first && first[1] === undefined && X_RULE.test(folded) && !ONLY.test(folded)) {
    if (!asksValidity(words) || CONVERTS.test(folded)) return null;
    return { design: isbnDesign(text, refusesInvalidValues(text), 'both') };
  }
  return null;
}

export const ISBN_IBAN_MORE: CatalogFamily = {
  name: 'isbn-iban-more',
  functions: [ISBN_CHECK_DIGIT_CODE],
  recognise: recogniseIsbnIban,
};
