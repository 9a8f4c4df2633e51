import { readFeatureLiterals } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign } from './catalog-entry';
import { BASE_CONVERT_CODE } from './bases';
import { BASE_FIXED_CODE, digitRefusals } from './bases-fixed';
import { hasAny, refuses } from './feature-words';
import { saysRefuse } from './units-read';

/*
 * The refusal of a base conversion said as a feature of its own, naming a base beside the digits or its range
 * ("um dígito que não existe na base de origem, ou uma base fora de 2..36, devolve 400", "une base hors de 2 à 36
 * ou un chiffre invalide → 400"): the conversion's own refusals (a digit not in the source base, a base outside
 * 2..36), shown on the endpoint converting between bases. Read after the bases family, which reads a conversion
 * and a rule without a base named; narrow: a digit word, a base word, a refusal, no route and nothing converted.
 */

/** A digit, in the six languages (accents folded). */
const DIGITS = 'digit digits ziffer ziffern digito digitos chiffre chiffres cifra cifre'.split(' ');
/** A base of numbers. */
const BASES_NAMED = 'base bases basis basen radix'.split(' ');
/** Verbs of a conversion: a feature converting is the conversion itself, not its refusal. */
const CONVERTS = `convert converts conversion converter converta convertir convertire umrechnen umwandeln
  konvertieren transform transformar`.split(/\s+/);
/** Other things called bases or digits (Base64, check digits of identifiers). */
const OTHER = `base64 base58 base32 encode decode check pruefziffer prufziffer verificador verifica controle
  controllo iban isbn luhn`.split(/\s+/);

/** Words narrowing the bases to some ("other bases", "only 2, 8, 10 and 16"). */
const FEWER_BASES =
  `other others outras outra outros otras otra otros autres autre altre altri altra andere anderen anderer only nur solo solamente apenas somente seulement uniquement soltanto`.split(
    /\s+/,
  );

/** The refusals a base conversion shows for this feature: its own, or a fixed conversion's digits. */
function refusalsOf(design: FunctionDesign) {
  return design.function === BASE_FIXED_CODE.id ? digitRefusals(design) : (design.refusals ?? []);
}

export const BASES_REFUSALS: CatalogFamily = {
  name: 'bases-refusals',
  // The functions are the bases family's own, listed there.
  functions: [],
  recognise(text, words) {
    if (!hasAny(words, DIGITS) || !hasAny(words, BASES_NAMED)) return null;
    if (hasAny(words, CONVERTS) || hasAny(words, OTHER)) return null;
    // "… ou outras bases dão erro 400" refuses bases the conversion answers (it reads 2..36): not its refusal.
    if (hasAny(words, FEWER_BASES)) return null;
    // Bases written other than the ends of 2..36 ("a base other than 2, 8, 10 or 16") narrow them too.
    if ([...text.matchAll(/(?<![\d.])\d+(?![\d.])/g)].some((m) => !['2', '36', '400', '422'].includes(m[0])))
      return null;
    if (readFeatureLiterals(text).routes.length > 0) return null;
    // "… devolve 400": the status said without a verb of refusing.
    if (!saysRefuse(text, words) && !refuses(words) && !/\b4(?:00|22)\b/.test(text)) return null;
    return {
      constraint: {
        function: BASE_CONVERT_CODE.id,
        functions: [BASE_FIXED_CODE.id],
        // Each refusal beside the rule as the user wrote it, in the user's words.
        refusals: (design) =>
          refusalsOf(design).map((r) => ({
            ...r,
            description: `${r.description} The rule as written: "${text.trim()}".`,
          })),
        // A fixed conversion from decimal reads a JSON number: it has no digits of a base of their own.
        fits: (design) => design.function !== BASE_FIXED_CODE.id || Number(design.options?.from) !== 10,
      },
    };
  },
};
