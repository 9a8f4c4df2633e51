import {
  carriedTerms,
  functionDomainWords,
  readFeatureLiterals,
  wordsOf,
  type LiteralField,
} from '@sf/service-spec';
import type { FunctionDesign } from './catalog-entry';
import { CATALOG, recogniseFeature } from './catalog';
import { proseOf } from './feature-words';
import { bindLiteral } from './literal-binding';
import { isGenericResult, isGenericText, nameFits, nameWords, sameMeaning } from './param-affinity';

/*
 * A feature that spells its route out may say little else ("GET /roemisch?zahl=<Zahl> liefert {"roemisch":
 * Text}", "POST /duration/total {"duration": string} -> {"total_seconds": integer}"): its route, its names and
 * their types are what it says. When the family that read its prose cannot bind that route (it asks for the
 * other direction, or another function of the family), or no family read anything at all, the computations its
 * words are about (the gate's own table of what each computation is about, `FUNCTION_DOMAINS`) are designed
 * from a plain sentence of each, with the feature's own prose after it for the options it states (a separator,
 * a length, a rate, a form), and bound onto the written names. Exactly one computation must bind, every
 * written name meaning what it is bound to; anything else binds nothing.
 */

/** A plain English sentence that the catalog reads as each computation a spelled route may carry. */
const PLAIN: Readonly<Record<string, string>> = {
  'timezone.convert': 'convert a local date-time from one time zone to another',
  'timezone.offset': 'the UTC offset of a time zone on a date',
  'timezone.many': 'show a local date-time of one time zone in several time zones at once',
  'rate.convert': 'convert an amount at a fixed exchange rate',
  'rate.table': 'convert an amount between the currencies of a rate table',
  'roman.to-roman': 'convert an integer to a Roman numeral',
  'roman.from-roman': 'convert a Roman numeral to an integer',
  'numbers.base_convert': 'convert a number from one base to another, bases 2 to 36',
  'duration.format': 'turn a number of seconds into a duration like {form}',
  'duration.parse': 'read a duration like {form} back into its number of seconds',
  'duration.to_parts': 'split a number of seconds into hours, minutes and seconds',
  'duration.from_parts': 'add hours, minutes and seconds up to a number of seconds',
  'size.format': 'format a number of bytes as a human-readable size',
  'size.parse': 'parse a human-readable size into a number of bytes',
  'isbn.validate': 'check whether an ISBN is valid',
  'isbn.convert': 'convert an ISBN-10 to an ISBN-13',
  'luhn.validate': 'validate a card number with the Luhn algorithm',
  'luhn.check_digit': 'compute the Luhn check digit of a number',
  'format.currency': 'format an amount of money in a currency for a locale',
  'format.number': 'format a number for a locale',
  'text.slugify': 'turn a title into a URL slug',
  'url.validate': 'check whether a URL is valid and split it into its parts',
  'calc.age': 'compute the age in whole years from a birth date on a reference date',
  'calc.bmi': 'compute the body mass index (BMI) from weight and height',
  'calc.tip_split': 'split a bill with a tip among people',
  'text.statistics': 'count the words, characters and sentences of a text',
  'password.strength': 'rate the strength of a password',
  'calendar.leap_year': 'tell whether a year is a leap year and how many days it has',
  'calendar.iso_week': 'the ISO 8601 week number of a date',
  'calendar.week_dates': 'the Monday and the Sunday of an ISO week of a year',
  'calendar.weekday': 'the day of the week of a date',
  'calendar.days_between': 'count the days between two dates',
  'dice.roll': 'roll dice written in dice notation like 2d6+3, repeatable with a seed',
};

/** The catalog family each computation belongs to. */
function familyOf(fn: string): string | undefined {
  return CATALOG.find((f) => f.functions.some((x) => x.id === fn))?.name;
}

/**
 * The words a spelled feature says, as the gate reads them: its prose, the words of its route, and the words of
 * every name it writes.
 */
function spelledWords(feature: string): string[] {
  const literals = readFeatureLiterals(feature);
  const names = [...literals.queryFields, ...literals.request, ...literals.response].map((f) =>
    nameWords(f.name).join(' '),
  );
  const params = literals.routes.flatMap((r) => [...r.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
  return wordsOf(`${proseOf(feature)} ${[...names, ...params].join(' ')}`);
}

/**
 * The way a feature writes a duration ("1h 2m 3s", "PT1H2M3S", "1:01:05"), H:MM:SS when it writes none: a
 * duration computation formats and reads exactly one way.
 */
function durationForm(feature: string): string {
  const written =
    /\bPT?\d+[DHMS](?:\d+[HMS])*\b/.exec(feature) ??
    /\b\d+\s?h(?:\s?\d+\s?m)?(?:\s?\d+\s?s)?\b/.exec(feature) ??
    /\b\d{1,3}:\d{2}:\d{2}\b/.exec(feature);
  if (written) return written[0];
  // The pattern said in letters: "hh:mm:ss" pads the hours to two digits, "h:mm:ss" does not.
  return /\bhh:mm:ss\b/i.test(feature) ? '01:01:05' : '1:01:05';
}

/** The computation `fn` designed from its plain sentence, with the feature's words after it when they fit. */
function plainDesign(fn: string, feature: string): FunctionDesign | null {
  const plain = PLAIN[fn].replace('{form}', () => durationForm(feature));
  for (const text of [`${plain}. ${feature}`, plain]) {
    const found = recogniseFeature(text);
    if (found && 'design' in found && found.design.function === fn) return found.design;
  }
  return null;
}

/**
 * Whether every name a bound design reads or answers means what it is bound to: the same name, a name of the
 * same meaning or side of a conversion, a word of the computation's own domain (`sekunden` for a duration's
 * seconds, `roemisch` for a numeral), or for a result a generic name (`result`, `text` for a text) — never a
 * name that only happens to be the one left (`?author=` is no ISBN, `{"colour": …}` no size).
 */
function namesMean(bound: FunctionDesign, given: FunctionDesign, written: LiteralField[]): boolean {
  const domain = functionDomainWords(bound.function);
  const ofDomain = (name: string) => carriedTerms(wordsOf(name.replace(/_/g, ' ')), domain).length > 0;
  const inputs = bound.inputs.every((i) => {
    const w = written.find((x) => x.name === i.field.name);
    const before = given.inputs.find((x) => x.param === i.param)?.field;
    if (!w || !before) return false;
    if (w.name === before.name || sameMeaning(before.name, w.name) || sameMeaning(i.param, w.name))
      return true;
    // `{"text": string}` for the one text a computation reads, `?value=<n>` for its one number.
    const alone =
      bound.inputs.length === 1 && (before.type === 'string' ? isGenericText : isGenericResult)(w.name);
    return alone || nameFits(before, w) || ofDomain(w.name);
  });
  return (
    inputs &&
    bound.outputs.every((o) => {
      const before = given.outputs.find((x) => x.result === o.result);
      if (!before || before.field === o.field) return true;
      const generic = isGenericResult(o.field) || (typeof o.example === 'string' && isGenericText(o.field));
      return (
        generic || sameMeaning(before.field, o.field) || sameMeaning(o.result, o.field) || ofDomain(o.field)
      );
    })
  );
}

/**
 * The design a spelled-out feature is realised by: the recognised one bound onto the written route when it
 * binds, else the one computation of its words (of the recognised family first) that binds with names that
 * mean its inputs; null when none or several do.
 */
export function bindSpelled(feature: string, recognised: FunctionDesign | null): FunctionDesign | null {
  if (recognised) {
    const direct = bindLiteral(feature, recognised);
    if (direct) return direct;
  }
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length !== 1 || literals.response.length === 0) return null;
  const words = spelledWords(feature);
  const written = [
    ...(literals.routes[0].method === 'GET' ? literals.queryFields : literals.request),
    ...[...literals.routes[0].path.matchAll(/\{([a-z][a-z0-9_]*)\}/g)].map((m) => ({
      name: m[1],
      optional: false,
    })),
  ];
  // What the gate will ask of the computation too: a term of the feature among its domain words.
  const about = Object.keys(PLAIN).filter((fn) => carriedTerms(words, functionDomainWords(fn)).length > 0);
  const family = recognised ? familyOf(recognised.function) : undefined;
  const tiers = family ? [about.filter((fn) => familyOf(fn) === family), about] : [about];
  for (const tier of tiers) {
    const bound = tier.flatMap((fn) => {
      // The family may have read the prose as another form of the same computation ("N dice of M sides" as a
      // count and sides) than the written names take (`{"dice": "NdM"}`): its plain form is tried as well.
      const forms =
        fn === recognised?.function ? [recognised, plainDesign(fn, feature)] : [plainDesign(fn, feature)];
      for (const given of forms) {
        const d = given ? bindLiteral(feature, given) : null;
        if (d && given && namesMean(d, given, written)) return [d];
      }
      return [];
    });
    if (bound.length === 1) return bound[0];
    if (bound.length > 1) return null;
  }
  return null;
}
