import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED_LAYOUT, createLlmClient, type GeneratedFile } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  assembleRelease,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  type NodeTestRun,
} from '../codegen/testing/generated-release';

/*
 * The catalog's worked examples are load-bearing: for each family, the service generated from an ordinary
 * intent passes its frozen acceptance pack, and mutants of it fail: one whose computation answers something else
 * (every number off by one, every flag flipped, every text changed, every list without its first item), one
 * that answers what it should refuse, and family-specific slips (a converter off by one degree).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

/** `answersAll`: the computation refuses nothing its fields' types let through (only a wrong type is a 400). */
const FAMILIES: Record<string, { features: string[]; slips: [string, string][]; answersAll?: boolean }> = {
  temperature: {
    features: ['convert a temperature in Celsius to Fahrenheit', 'refuse anything colder than absolute zero'],
    slips: [['((kelvin - 273.15) * 9) / 5 + 32', '((kelvin - 273.15) * 9) / 5 + 33']],
  },
  roman: {
    features: ['Convertir un número entero entre 1 y 3999 a números romanos'],
    slips: [["[900, 'CM']", "[900, 'DCCCC']"]],
  },
  'roman-path': {
    features: [
      'GET /roman/{n} returns {"roman": string} for integers 1..3999; anything outside that range returns 400',
      'GET /arabic/{numeral} returns {"value": number} for a valid Roman numeral; an invalid numeral returns 400',
    ],
    slips: [["[4, 'IV']", "[4, 'IIII']"]],
  },
  timezones: {
    features: ['convert a meeting time from one time zone to another', 'unknown time zones are refused'],
    slips: [
      ['const offset = offsetText(there - instant);', 'const offset = offsetText(instant - there);'],
      ['const there = wallClock(instant, to);', 'const there = wallClock(instant, from);'],
    ],
  },
  // Summer time and the ISO form said in features of their own: the clock-change examples catch a conversion
  // that takes the offset a month earlier (right in January and July, wrong across 31 March).
  'timezones-dst': {
    features: [
      'convert a meeting time from one time zone to another',
      'summer time has to be handled properly',
      'times come out as ISO 8601 with the UTC offset',
    ],
    slips: [
      [
        'const there = wallClock(instant, to);',
        'const there = wallClock(instant - 30 * 86400000, to) + 30 * 86400000;',
      ],
      ["(options.offsetForm === true ? offset : '')", "''"],
    ],
  },
  // The days of a year asked in a feature of its own beside the leap-year check (its pack refuses only years
  // of a wrong type, which the handler refuses before the computation runs).
  'leap-year-days': {
    features: ['tell whether a year is a leap year', 'also say how many days that year has'],
    slips: [['days_in_year: leap ? 366 : 365', 'days_in_year: 365']],
    answersAll: true,
  },
  'locale-formats': {
    features: ['format an amount of money in a currency the way a given locale writes it'],
    slips: [["{ style: 'currency', currency }", "{ style: 'currency', currency, currencyDisplay: 'code' }"]],
  },
  'url-check': {
    features: ['check that a web address is a valid http or https URL with a host name'],
    slips: [
      [
        "(scheme === 'http' || scheme === 'https')",
        "(scheme === 'http' || scheme === 'https' || scheme === 'ftp')",
      ],
    ],
    answersAll: true,
  },
  'url-check-refusing': {
    features: [
      'check that a web address is a valid http or https URL',
      'reject invalid URLs with a clear error',
    ],
    slips: [['options.refuse_invalid === true', 'options.refuse_invalid === false']],
  },
  markdown: {
    features: ['render markdown as HTML, escaping any HTML in it'],
    slips: [["replace(/</g, '&lt;')", "replace(/</g, '<')"]],
    answersAll: true,
  },
  text: {
    features: ['check whether a phrase is a palindrome, ignoring case, spaces and punctuation'],
    slips: [[".toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, '')", ".replace(/[^\\p{L}\\p{N}]/gu, '')"]],
  },
  'letter-case': {
    features: ['convert a text to upper case, title case and sentence case all at once'],
    slips: [
      // ß left as it is in upper case (STRAßE), an apostrophe opening a word (Don'T), only "!" ending a sentence.
      [
        "if (mode === 'upper') return text.toUpperCase();",
        "if (mode === 'upper') return text.replace(/[^ß]+/g, (s) => s.toUpperCase());",
      ],
      ["/[\\p{L}\\p{M}\\p{N}'’]/u.test(previous)", '/[\\p{L}\\p{M}\\p{N}]/u.test(previous)'],
      ["if (c === '.' || c === '!' || c === '?') ended = true;", "if (c === '!') ended = true;"],
    ],
  },
  'letter-case-chosen': {
    features: ['pasar un texto a mayúsculas o minúsculas'],
    slips: [
      [
        'result: textInLetterCase(input.text, modes[at])',
        'result: textInLetterCase(input.text, modes[modes.length - 1 - at])',
      ],
    ],
  },
  whitespace: {
    features: ['remove extra spaces from a sentence'],
    // Only spaces collapsed (a tab or line break stays), or the ends kept.
    slips: [
      ["result.replace(/\\s+/gu, ' ')", "result.replace(/ +/gu, ' ')"],
      [
        'if (options.trim === true) result = result.trim();',
        'if (options.trim === true) result = result.trimEnd();',
      ],
    ],
  },
  'statistics-extras': {
    features: [
      'count the words, sentences and characters (spaces included) in a piece of text',
      'also tell which word is used most often, ignoring case',
    ],
    slips: [
      ['(count === most && word < best)', '(count === most && word > best)'],
      ['const key = word.toLowerCase()', 'const key = word'],
    ],
    answersAll: true,
  },
  'top-words': {
    features: ['the n most frequent words of a passage, with how often they occur'],
    slips: [
      ["text.normalize('NFC').toLowerCase()", "text.normalize('NFC')"],
      ['(a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)', '(a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)'],
    ],
  },
  dates: {
    features: [
      'count the working days between two dates',
      'refuse a start date after the end date or a malformed date',
    ],
    slips: [
      ['if (weekday !== 0 && weekday !== 6) days++;', 'if (weekday !== 0) days++;'],
      ['? to + 1 : to;', '? to + 1 : to + 1;'],
    ],
  },
  bases: {
    features: ['convert whole numbers between binary, octal, decimal and hexadecimal'],
    slips: [
      ['at >= (from as number)', 'at > (from as number)'],
      ["negative && number !== 0n ? '-' + cased : cased", 'cased'],
    ],
  },
  password: {
    features: [
      'check how strong a password is: at least 8 characters, a digit, an upper-case letter, not a common one',
    ],
    slips: [
      ['min_length: length >= minLength', 'min_length: length > minLength'],
      ['!PASSWORD_COMMON.has(password.toLowerCase())', '!PASSWORD_COMMON.has(password)'],
    ],
    answersAll: true,
  },
  rates: {
    features: ['convert an amount in pounds to euros at the fixed rate 1 GBP = 1.17 EUR'],
    slips: [['const converted = amount * rate;', 'const converted = amount / rate;']],
  },
  dice: {
    features: ['roll dice written like 3d6+2, with a seed to repeat a roll'],
    slips: [
      ['Math.floor(next() * sides) + 1', 'Math.floor(next() * sides)'],
      ['0) + modifier', '0) - modifier'],
      ['(state + 0x6d2b79f5) | 0', '(state + 0x6d2b79f3) | 0'],
    ],
  },
  'dice-parts': {
    features: [
      'roll a number of dice with a given number of sides, a seed repeats a roll',
      'at most 100 dice at once, and a die needs at least 2 sides',
    ],
    slips: [
      [
        'return { count: count as number, sides: input.sides as number',
        'return { count: (count as number) + 1, sides: input.sides as number',
      ],
      ['const count = input.count ?? 1;', 'const count = input.count ?? 2;'],
    ],
  },
  orders: {
    features: [
      'Quote a cart: lines with quantity and unit price, 20% VAT charged after the discount',
      'Discount codes WINTER25 = 25%, TAKE4 = 4 off; an unknown code answers 404',
      'Shipping costs 4.95 per order, free from 30',
    ],
    slips: [
      // Tax on the subtotal before the discount, where the rule charges it after.
      ['(onWhole ? subtotal : taxable) * rate', 'subtotal * rate'],
      // A percentage code taken off the taxed amount where the feature takes it off before tax.
      [
        'Math.round((subtotal * entry.percent) / 100 + 1e-6)',
        'Math.round((subtotal * (1 + rate / 100) * entry.percent) / 100 + 1e-6)',
      ],
      // An unknown code accepted (taking nothing off) where the feature refuses it.
      [
        'if (!Object.hasOwn(table, code)) {',
        'if (!Object.hasOwn(table, code)) table[code] = { amount: 0 };\n    if (false) {',
      ],
      // A line total that is not multiplied by its quantity.
      ['cents(quantity * price)', 'cents(price)'],
      // A fixed discount that takes the total below zero.
      ['Math.min(subtotal, cents(Number(entry.amount ?? 0)))', 'cents(Number(entry.amount ?? 0))'],
      // An unknown code answered 400 where the feature says 404.
      ['Number(options.unknown_code_status ?? 400)', '400'],
      // Free shipping only above 30 where the feature says from 30 (a cart of exactly 30.00 pays it).
      ['taxable >= from', 'taxable > from'],
      // Shipping charged whatever the cart is worth.
      ['? 0 : shippingFee;', '? shippingFee : shippingFee;'],
    ],
  },
  'order-codes': {
    features: [
      'Quote: lines of quantity × unit price; only the final amount is rounded to cents',
      'VAT 19 % on the subtotal before the discount',
      'BIG20: 20 % off for orders of 300 or more, no effect below that',
      "TENOFF knocks 10.00 off, the total can't go negative",
    ],
    slips: [
      // Rounded per line where the feature rounds once at the end.
      ["const atEnd = options.rounding === 'end';", 'const atEnd = false;'],
      // Tax on the discounted amount where the feature taxes the whole subtotal.
      ["const onWhole = options.tax_base === 'subtotal';", 'const onWhole = false;'],
      // The minimum order counted only above 300 where the feature says 300 or more.
      ['? whole > minimum : whole >= minimum', '? whole > minimum : whole > minimum'],
      // A percentage code taken off the taxed amount.
      [
        'exactSubtotal * big(Math.round(entry.percent * 100))',
        '(exactSubtotal * big(Math.round(entry.percent * 100)) * big(119)) / big(100)',
      ],
    ],
  },
  'bmi-labels': {
    features: [
      'Den BMI aus dem Gewicht in kg und der Größe in Metern berechnen',
      'Einstufen als "Untergewicht" (unter 18,5), "Normalgewicht" (18,5 bis 24,9), "Übergewicht" (25 bis 29,9) und "Adipositas" (ab 30)',
    ],
    slips: [["String(options.overweight ?? 'overweight')", "'overweight'"]],
  },
  // A rounding mode written as its own feature: a helper that rounds half up instead fails the examples.
  'tip-rounded-up': {
    features: [
      'share a dinner bill and the tip between the guests',
      'what each guest owes is always rounded up to the next cent',
    ],
    slips: [["const away = (mode === 'up' && value > 0)", "const away = (mode === 'ceiling' && value > 0)"]],
  },
  // A named spread: the population formula where the sample one was asked fails the examples.
  'dates-add': {
    features: [
      'tell me the next watering date for a plant, from the date it was last watered (YYYY-MM-DD) and how many days it goes between waterings',
      "an interval of 0 or fewer days, or a date that doesn't exist like 2026-02-30, is an error",
    ],
    slips: [
      ['(start + (days as number)) * 86400000', '(start + (days as number) - 1) * 86400000'],
      ['days < 1 ||', 'days < 0 ||'],
      ['day > lengths[month - 1]', 'day > 31'],
    ],
  },
  'worked-hours': {
    features: [
      "given a shift's start and end as HH:MM and a break in minutes, tell us the hours worked as a decimal (08:15 to 16:45 with a 45 min break is 7.75)",
      'night shifts cross midnight: 22:00 to 06:00 is 8 hours before the break comes off',
      'a break longer than the shift, or a time like 25:10, should be refused',
    ],
    slips: [
      ['const worked = span - (pause as number);', 'const worked = span;'],
      ['end + 24 * 60 - start', 'start - end'],
      ['(pause as number) > span', '(pause as number) > span + 60'],
    ],
  },
  'sample-spread': {
    features: [
      'mean and median of a list of numbers',
      'also give the sample standard deviation (divide by n - 1)',
    ],
    slips: [["options.deviation === 'sample' ? count - 1 : count", 'count']],
  },
  'semver-compare': {
    features: ['given two semantic versions, return the newer one'],
    slips: [
      // Numbers compared as text: 1.10.0 would be older than 1.9.3.
      [
        'function compareDigits(a: string, b: string): number {\n  if (a.length !== b.length) return a.length < b.length ? -1 : 1;',
        'function compareDigits(a: string, b: string): number {',
      ],
      // A pre-release newer than its release.
      ['a.pre.length === 0 ? 1 : -1', 'a.pre.length === 0 ? -1 : 1'],
    ],
  },
  'semver-sort': {
    features: ['sort a list of semantic versions from oldest to newest'],
    slips: [
      // Numeric pre-release identifiers compared as text: beta.11 before beta.2.
      [
        'const c = xNum && yNum ? compareDigitsSorted(x, y)',
        'const c = xNum && yNum ? (x < y ? -1 : x > y ? 1 : 0)',
      ],
    ],
  },
};

const RESULT_LINE = /const result = (\w+)\(/;
const OFF = `if (result.ok) for (const k of Object.keys(result.value)) { const v = result.value[k]; result.value[k] = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? v + 'x' : Array.isArray(v) ? v.slice(1) : v; }`;

let root: string;
let count = 0;
const projects = new Map<string, GeneratedFile[]>();

async function acceptance(files: GeneratedFile[]): Promise<NodeTestRun> {
  count += 1;
  const dir = join(root, `release-${count}`);
  expect(await assembleRelease(files, dir)).toEqual([]);
  return runNodeTests(dir, [GENERATED_LAYOUT.releaseTests[0]]);
}

function edit(files: GeneratedFile[], path: string, change: (content: string) => string): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  const content = change(file.content);
  expect(content).not.toBe(file.content);
  return files.map((f) => (f.path === path ? { path, content } : f));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-catalog-mutants-'));
  for (const [name, family] of Object.entries(FAMILIES)) {
    const { contract, sha256 } = await specFor(
      client,
      intentOf({ service_name: `${name}-svc`, key_features: family.features }),
    );
    expect(contract.endpoints.map((e) => e.behavior.kind)).toContain('function');
    projects.set(name, await generateProject(client, contract, sha256));
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(Object.entries(FAMILIES))('the %s family', (name, family) => {
  const files = () => projects.get(name) ?? [];

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await acceptance(files())).code).toBe(0);
  });

  it('fails it when the computation answers something else', async () => {
    const mutant = edit(files(), 'src/handlers.ts', (c) =>
      c.replace(/(\n\s*)(const result = \w+\([\s\S]*?\);)(?=\n)/g, `$1$2$1${OFF}`),
    );
    expect(RESULT_LINE.test(files().find((f) => f.path === 'src/handlers.ts')?.content ?? '')).toBe(true);
    const run = await acceptance(mutant);
    expect(run.code).not.toBe(0);
    expect(run.failed.length).toBeGreaterThan(0);
  });

  const refusing = family.answersAll
    ? 'still refuses wrong types before computing, though the computation answers everything'
    : 'fails it when what must be refused is answered';
  it(refusing, async () => {
    const mutant = edit(files(), 'src/handlers.ts', (c) =>
      c.replace(/if \(!result\.ok\) throw [^\n]*;/g, 'if (!result.ok) return { status: 200, body: {} };'),
    );
    // A family whose refusals are all type errors is refused by the handler before the computation runs.
    if (family.answersAll) expect((await acceptance(mutant)).code).toBe(0);
    else expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it.each(family.slips)('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = edit(files(), 'src/functions.ts', (c) => c.replace(from, to));
    expect((await acceptance(mutant)).code).not.toBe(0);
  });
});
