import { SEMVER_PARSE } from './semver-parse';
import { SEMVER_BUMP } from './semver-bump';
import { SEMVER_RULES } from './semver-rules';
import { PRIME_FACTORS } from './prime-factors';
import { PRIME_FACTORS_WRITTEN } from './prime-factors-written';
import { CASE_STYLE } from './text-case-style';
import { BASES } from './bases';
import { CALC } from './calc';
import type { CatalogFamily, FunctionCode, Recognised } from './catalog-entry';
import { CHECKS } from './checks';
import { withIbanLengths } from './checks-iban-lengths';
import { withoutGeneration } from './checks-generation';
import { ISBN_IBAN_MORE } from './checks-isbn-iban-more';
import { CLOCK_TIMES } from './clock-times';
import { COLOURS } from './colours';
import { DATES } from './dates';
import { CALENDAR } from './dates-calendar';
import { DATES_LIMITS } from './dates-limits';
import { DICE } from './dice';
import { ECHO } from './echo';
import { FUEL_ECONOMY } from './fuel-economy';
import { HMAC } from './hmac';
import { storyBody } from '@sf/service-spec';
import { canonicalWords, featureWords, proseOf } from './feature-words';
import { LOCALE_FORMATS } from './locale-formats';
import { MARKDOWN } from './markdown';
import { ORDERS } from './orders';
import { VAT, VAT_REFUSALS } from './vat';
import { VAT_FREE } from './vat-free';
import { PACE, PACE_LIMITS } from './pace';
import { PACE_FINISH } from './pace-finish';
import { PARKING_FEE, PARKING_LIMITS } from './parking-fee';
import { PASSWORDS } from './password';
import { RANDOM_VALUES } from './random-values';
import { RATES } from './rates';
import { BASES_REFUSALS } from './bases-refusals';
import { ROMAN_ARABIC_ROUTE } from './roman-arabic-route';
import { ROMAN_ONE_WAY } from './roman-both-ways';
import { SAVINGS_GOAL } from './savings-goal';
import { LOYALTY_POINTS } from './loyalty-points';
import { DEPOSIT_TOTAL } from './deposit-total';
import { UNIT_PRICE } from './unit-price';
import { SPLIT_SHARES } from './split-shares';
import { SEMVER } from './semver';
import { SERVINGS } from './servings-scale';
import { SUPPORTED_LIST } from './supported-list';
import { TEMPERATURE } from './temperature';
import { TEXT } from './text';
import { TEXT_FOLD } from './text-fold';
import { SLUG_LENGTH } from './text-slug-length';
import { TEXT_LETTERS } from './text-letters';
import { TEXT_LETTER_CASE } from './text-letter-case';
import { TEXT_WHITESPACE } from './text-whitespace';
import { HTML_ENTITIES } from './html-entities';
import { NATIONAL_IDS } from './checks-national-ids';
import { TIMEZONES } from './timezones';
import { TRIP_FUEL_COST } from './trip-fuel-cost';
import { UNITS_FAMILY } from './units';
import { URL_CHECK } from './url-check';
import { WEIGHTED_AVERAGE } from './weighted-average';

/** Every family of the behaviour catalog, tried in this order (more specific families first). */
export const CATALOG: readonly CatalogFamily[] = [
  // HMAC calculators name their algorithm and inputs: read before checks ("verify") and bases ("hex").
  HMAC,
  // A trip's fuel cost names a distance, a consumption and a price per litre: before fuel economy and units.
  TRIP_FUEL_COST,
  SAVINGS_GOAL,
  LOYALTY_POINTS,
  DEPOSIT_TOTAL,
  UNIT_PRICE,
  SPLIT_SHARES,
  // Two figures of fuel economy, or a colour in two notations: read before letter case ("upper-case hex"),
  // bases ("hex") and units ("litres", "miles"), which would each take a part of them.
  FUEL_ECONOMY,
  COLOURS,
  // Pace from a distance and a time, and amounts scaled by servings: read before units ("km", "km/h", "grams")
  // and orders ("quantity"), which would each take a part of them. A finish time names a pace too: first.
  PACE_FINISH,
  PACE,
  // A parking fee writes an hourly rate and a daily maximum: read before rates and calculations.
  PARKING_FEE,
  SERVINGS,
  // A CPF or a DNI names its document: read before the other checks, whose words (digits, valid) it shares.
  withoutGeneration(NATIONAL_IDS),
  // An ISBN-13's check digit and the ISBN type asked alone: read before the checks, which leave them unread.
  ISBN_IBAN_MORE,
  // Making a new IBAN, card number or CPF is not a check of one.
  withoutGeneration(withIbanLengths(CHECKS)),
  URL_CHECK,
  // Bumping a version names its parts too (major, minor, patch): read before taking one apart.
  SEMVER_BUMP,
  // Taking a version apart (major, minor, patch) before comparing and sorting read its words.
  SEMVER_PARSE,
  SEMVER,
  // A precedence rule said alone (a pre-release before its release) joins the comparison or sort SEMVER designs.
  SEMVER_RULES,
  // Prime factors name primes: before the calculations read a primality test in them.
  PRIME_FACTORS,
  // A list of primes multiplying to the number sent says "factors" are prime factors.
  PRIME_FACTORS_WRITTEN,
  RANDOM_VALUES,
  ORDERS,
  // A VAT route reads a net or gross amount and a rate: before rates and calculations, which read rates too.
  VAT,
  VAT_FREE,
  // A password rating's tiers may be "media" and its classes "numeri", its rules "aucun espace" or "uppercase":
  // read before statistics take them as a mean and the text families as a whitespace or letter-case change.
  PASSWORDS,
  HTML_ENTITIES,
  // One naming style picked among listed ones ("to": "camel" | "snake"): before letter case reads "title".
  CASE_STYLE,
  // "GET /arabic/{numeral} …; lowercase numerals are accepted" reads a Roman numeral: before letter case.
  ROMAN_ARABIC_ROUTE,
  TEXT_LETTER_CASE,
  TEXT_WHITESPACE,
  TEXT_FOLD,
  // "List the supported units" names units and currencies: before the converters read a conversion in it.
  SUPPORTED_LIST,
  TEMPERATURE,
  TIMEZONES,
  LOCALE_FORMATS,
  UNITS_FAMILY,
  PACE_LIMITS,
  PARKING_LIMITS,
  CLOCK_TIMES,
  RATES,
  ROMAN_ONE_WAY,
  BASES,
  // A base conversion's refusal naming a base beside its digits, once the bases family has read no conversion.
  BASES_REFUSALS,
  WEIGHTED_AVERAGE,
  CALC,
  DATES,
  // Calendar facts after business days and later dates, which read 'weekdays' and 'days after' first.
  CALENDAR,
  // A working-days count's refusals and listed holidays written apart: after the calendar's own spans.
  DATES_LIMITS,
  DICE,
  // A slug's length stated on its own ("au plus 50 caractères, entre deux mots"): before longest words' "mots".
  SLUG_LENGTH,
  MARKDOWN,
  TEXT_LETTERS,
  TEXT,
  // The refusals of a VAT calculator after every family whose rates and amounts they might be.
  VAT_REFUSALS,
  // Last: a text answered as sent is what is left once every computation on a text has read its own words.
  ECHO,
];

/** What the first family that recognises the feature designs for it, or null. */
export function recogniseFeature(text: string): Recognised {
  // Families read the words of the prose; the text as written stays for the shapes it spells out.
  // A user story is read by what it asks for, without "As a user, I want to … so that …".
  const body = storyBody(text);
  const words = canonicalWords(featureWords(proseOf(body)));
  for (const family of CATALOG) {
    const found = family.recognise(body, words);
    if (found) return found;
  }
  return null;
}

/** The emitted code of catalog function `id`, or undefined when the catalog has none. */
export function functionCode(id: string): FunctionCode | undefined {
  for (const family of CATALOG) {
    const found = family.functions.find((f) => f.id === id);
    if (found) return found;
  }
  return undefined;
}
