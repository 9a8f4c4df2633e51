import { readFeatureLiterals } from '@sf/service-spec';
import type { CatalogFamily } from './catalog-entry';
import { ROMAN_ONE_WAY } from './roman-both-ways';

/*
 * "GET /arabic/{numeral} returns {"value": 1990}; lowercase numerals are accepted": the route the user writes
 * names the Arabic number it answers and the numeral it reads, so the feature is the Roman reading even where the
 * word "Roman" stands only in the feature beside it. Read before the letter-case family, which would otherwise
 * take "lowercase" for a change of case. Narrow: one route, a segment naming Arabic numbers in one of the six
 * languages, and one path parameter named as a numeral.
 */

/** A route segment naming Arabic (decimal) numbers, then a path parameter holding a Roman numeral. */
const ARABIC_ROUTE =
  /\/(?:arabic|arabe|arabigo|arábigo|arabo|arabisch|arabische|arabico|arábico)(?:\/[\w-]+)*\/\{(?:numeral|roman|romano|romain|roemisch|numerale)\}$/i;

/** Whether the feature writes exactly one route of that shape. */
export function writesArabicRoute(text: string): boolean {
  const { routes } = readFeatureLiterals(text);
  return routes.length === 1 && ARABIC_ROUTE.test(routes[0].path);
}

/** The Roman numerals read from a route that names Arabic numbers and a numeral parameter. */
export const ROMAN_ARABIC_ROUTE: CatalogFamily = {
  name: 'roman-arabic-route',
  // The functions are the Roman family's own, listed there.
  functions: [],
  recognise(text, words) {
    if (!writesArabicRoute(text)) return null;
    const found = ROMAN_ONE_WAY.recognise(text, [...words, 'roman']);
    // Only the reading of a numeral: a route that reads a numeral cannot be the writing of one.
    return found && 'design' in found && found.design.function === 'roman.from-roman' ? found : null;
  },
};
