import {
  integerField,
  numberField,
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';

/*
 * Amounts and numbers written the way a locale writes them, through `Intl.NumberFormat` (CLDR data Node
 * carries): a money amount with its currency's symbol and minor units ("1.234,50 €" in de-DE, "₹12,34,567.00" in
 * en-IN), or a plain number with the locale's separators and a number of decimals. Unknown currencies (not in ISO
 * 4217 as Intl knows it), malformed or unsupported locales and non-finite numbers are refused. Recognised from a
 * formatting verb with the words for money or locale in six languages; converting between currencies is not this
 * family (it needs a rate table).
 */

const SHARED = `/** The locale as written when Intl supports it, else null. */
function supportedLocale(locale: unknown): string | null {
  if (typeof locale !== 'string' || locale.trim() === '' || locale.length > 35) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim());
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length === 1 ? canonical : null;
  } catch {
    return null;
  }
}`;

export const FORMAT_CURRENCY_CODE: FunctionCode = {
  id: 'format.currency',
  exportName: 'formatCurrency',
  source: `${SHARED}

/** format.currency: \`amount\` in \`currency\` (ISO 4217) written as locale \`locale\` writes money. */
export const formatCurrency: CatalogFunction = (input, options) => {
  const problems: string[] = [];
  const amount = input.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > 1e15) {
    problems.push('amount must be a finite number up to 10^15');
  }
  const currency = typeof (input.currency ?? options.currency) === 'string' ? String(input.currency ?? options.currency).trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(currency) || !Intl.supportedValuesOf('currency').includes(currency)) {
    problems.push('currency ' + JSON.stringify(input.currency ?? options.currency) + ' is not an ISO 4217 currency code (e.g. EUR, USD, JPY)');
  }
  const locale = supportedLocale(input.locale ?? options.locale);
  if (locale === null) problems.push('locale ' + JSON.stringify(input.locale ?? options.locale) + ' is not a supported BCP 47 locale (e.g. en-US, de-DE, fr-FR)');
  if (problems.length > 0 || locale === null) return { ok: false, problems };
  const formatted = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as number);
  return { ok: true, value: { formatted } };
};`,
};

export const FORMAT_NUMBER_CODE: FunctionCode = {
  id: 'format.number',
  exportName: 'formatNumber',
  source: `${SHARED}

/** format.number: \`number\` with the separators of \`locale\`, rounded to \`decimals\` (0 to 10) when given. */
export const formatNumber: CatalogFunction = (input, options) => {
  const problems: string[] = [];
  const value = input.number;
  if (typeof value !== 'number' || !Number.isFinite(value)) problems.push('number must be a finite number');
  const decimals = input.decimals ?? options.decimals;
  if (decimals !== undefined && decimals !== null && (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10)) {
    problems.push('decimals must be a whole number from 0 to 10');
  }
  const locale = supportedLocale(input.locale ?? options.locale);
  if (locale === null) problems.push('locale ' + JSON.stringify(input.locale ?? options.locale) + ' is not a supported BCP 47 locale (e.g. en-US, de-DE, fr-FR)');
  if (problems.length > 0 || locale === null) return { ok: false, problems };
  const digits = typeof decimals === 'number' ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals } : { maximumFractionDigits: 20 };
  return { ok: true, value: { formatted: new Intl.NumberFormat(locale, digits).format(value as number) } };
};`,
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Money as CLDR writes it (symbol placement, separators, minor units), checked by hand, not by the code. */
const MONEY_FACTS: { amount: number; currency: string; locale: string; formatted: string; why: string }[] = [
  {
    amount: 1234.5,
    currency: 'USD',
    locale: 'en-US',
    formatted: '$1,234.50',
    why: 'comma groups, point decimals',
  },
  {
    amount: 1234.5,
    currency: 'EUR',
    locale: 'de-DE',
    formatted: `1.234,50${NBSP}€`,
    why: 'point groups, comma decimals, the symbol after a no-break space',
  },
  {
    amount: 1234567,
    currency: 'INR',
    locale: 'en-IN',
    formatted: '₹12,34,567.00',
    why: 'Indian grouping in lakhs and crores',
  },
  { amount: 1234, currency: 'JPY', locale: 'ja-JP', formatted: '￥1,234', why: 'the yen has no minor unit' },
];

const NUMBER_FACTS: { number: number; locale: string; decimals: number; formatted: string; why: string }[] = [
  { number: 1234567.891, locale: 'de-DE', decimals: 2, formatted: '1.234.567,89', why: 'German separators' },
  { number: 1234567.891, locale: 'en-US', decimals: 1, formatted: '1,234,567.9', why: 'US separators' },
  {
    number: 1234567.5,
    locale: 'fr-FR',
    decimals: 2,
    formatted: `1${NNBSP}234${NNBSP}567,50`,
    why: 'French groups with a narrow no-break space',
  },
];

function badLocale(fields: Record<string, unknown>): Refusal {
  return { description: 'A locale that is not a BCP 47 tag ("not a locale") is refused.', input: fields };
}

const MONEY_GLOSS: Partial<Record<Language, string>> = {
  de: ' Formatiert einen Geldbetrag (Betrag und Währung) im Format eines Gebietsschemas (Locale).',
  es: ' Formatea un importe de dinero (cantidad y moneda) según la configuración regional (locale).',
  fr: ' Formate un montant (somme et devise) selon les paramètres régionaux (locale).',
  it: ' Formatta un importo (somma e valuta) secondo le impostazioni locali (locale).',
  pt: ' Formata um valor monetário (quantia e moeda) conforme a localidade (locale).',
};
const NUMBER_GLOSS: Partial<Record<Language, string>> = {
  de: ' Formatiert eine Zahl mit den Trennzeichen eines Gebietsschemas (Locale).',
  es: ' Formatea un número con los separadores de la configuración regional (locale).',
  fr: ' Formate un nombre avec les séparateurs des paramètres régionaux (locale).',
  it: ' Formatta un numero con i separatori delle impostazioni locali (locale).',
  pt: ' Formata um número com os separadores da localidade (locale).',
};

function moneyDesign(languages: Language[]): FunctionDesign {
  return {
    function: FORMAT_CURRENCY_CODE.id,
    method: 'POST',
    path: '/format/currency',
    summary:
      'Formats a money amount in an ISO 4217 currency the way a locale writes it (Intl/CLDR: symbol, separators, minor units, e.g. 1234.5 EUR in de-DE is "1.234,50 €"); an unknown currency, an unsupported locale or a non-finite amount is refused with 400.' +
      glossIn(MONEY_GLOSS, languages),
    inputs: [
      { param: 'amount', field: numberField('amount', 'The amount in major units (1234.5)', 1234.5) },
      { param: 'currency', field: stringField('currency', 'ISO 4217 currency code, e.g. EUR', 'EUR') },
      { param: 'locale', field: stringField('locale', 'BCP 47 locale, e.g. de-DE', 'de-DE') },
    ],
    outputs: [
      {
        result: 'formatted',
        field: 'formatted',
        description: 'The amount as the locale writes it',
        example: MONEY_FACTS[1].formatted,
      },
    ],
    examples: MONEY_FACTS.map((f) => ({
      description: `${f.amount} ${f.currency} in ${f.locale} is written ${JSON.stringify(f.formatted)} (${f.why}).`,
      input: { amount: f.amount, currency: f.currency, locale: f.locale },
      output: { formatted: f.formatted },
    })),
    refusals: moneyRefusals(),
  };
}

function moneyRefusals(): Refusal[] {
  return [
    {
      description: 'XYZ is not an ISO 4217 currency and is refused.',
      input: { amount: 10, currency: 'XYZ', locale: 'en-US' },
    },
    badLocale({ amount: 10, currency: 'EUR', locale: 'not a locale' }),
  ];
}

function numberDesign(languages: Language[]): FunctionDesign {
  return {
    function: FORMAT_NUMBER_CODE.id,
    method: 'POST',
    path: '/format/number',
    summary:
      'Formats a number with the group and decimal separators of a locale (Intl/CLDR), rounded to the decimals asked for (0 to 10); an unsupported locale or a non-finite number is refused with 400.' +
      glossIn(NUMBER_GLOSS, languages),
    inputs: [
      { param: 'number', field: numberField('number', 'The number to format', 1234567.891) },
      { param: 'locale', field: stringField('locale', 'BCP 47 locale, e.g. de-DE', 'de-DE') },
      {
        param: 'decimals',
        field: integerField('decimals', 'Digits after the decimal separator, 0 to 10', 2),
      },
    ],
    outputs: [
      {
        result: 'formatted',
        field: 'formatted',
        description: 'The number as the locale writes it',
        example: NUMBER_FACTS[0].formatted,
      },
    ],
    examples: NUMBER_FACTS.map((f) => ({
      description: `${f.number} in ${f.locale} with ${f.decimals} decimals is written ${JSON.stringify(f.formatted)} (${f.why}).`,
      input: { number: f.number, locale: f.locale, decimals: f.decimals },
      output: { formatted: f.formatted },
    })),
    refusals: [
      badLocale({ number: 1, locale: 'not a locale', decimals: 2 }),
      {
        description: '11 decimals is more than the 10 allowed and is refused.',
        input: { number: 1, locale: 'en-US', decimals: 11 },
      },
    ],
  };
}

const FORMAT_VERBS = [
  ...['format', 'formats', 'formatted', 'formatting', 'display', 'displays', 'render', 'renders', 'print'],
  ...['formatieren', 'formatiert', 'darstellen', 'anzeigen', 'formatear', 'formatea', 'mostrar'],
  ...['formater', 'formate', 'afficher', 'formattare', 'formatta', 'formatar', 'formata', 'exibir'],
];
const MONEY_WORDS = [
  ...['currency', 'currencies', 'money', 'amount', 'amounts', 'price', 'prices'],
  ...['wahrung', 'wahrungen', 'geldbetrag', 'betrag', 'betrage', 'preis', 'preise'],
  ...['moneda', 'monedas', 'dinero', 'importe', 'importes', 'precio', 'precios'],
  ...['devise', 'devises', 'montant', 'montants', 'prix', 'argent'],
  ...['valuta', 'valute', 'importo', 'importi', 'prezzo', 'prezzi', 'moeda', 'moedas', 'dinheiro', 'preco'],
];
const LOCALE_WORDS = [
  ...['locale', 'locales', 'gebietsschema', 'regional', 'regionales', 'regionaux', 'localidade', 'country'],
  ...['separators', 'separator', 'trennzeichen', 'separadores', 'separateurs', 'separatori', 'thousands'],
];
const NUMBER_WORDS = [
  'number',
  'numbers',
  'zahl',
  'zahlen',
  'numero',
  'numeros',
  'nombre',
  'nombres',
  'numeri',
];
/** The word "currency" in the languages intents are written in. */
const CURRENCY_NAMES = [
  ...['currency', 'currencies', 'wahrung', 'wahrungen', 'moneda', 'monedas', 'devise', 'devises'],
  ...['valuta', 'valute', 'moeda', 'moedas'],
];
/** An amount written as money: a currency sign beside a number with cents ("$1,234.50", "1.234,50 €"). */
const MONEY_SHAPE =
  /[$€£¥]\s?\d{1,3}(?:[,.\s]\d{3})*[.,]\d{2}(?!\d)|(?<![\d.,])\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\s?[$€£¥]/;
/** Verbs that write an amount out in a shape the feature shows. */
const WRITE_VERBS = ['show', 'shows', 'write', 'writes', 'written', 'print', 'prints', 'display', 'displays'];

/** Words that mean a conversion between currencies, which needs rates, not formatting. */
const CONVERT_WORDS = ['convert', 'conversion', 'exchange', 'umrechnen', 'convertir', 'cambio', 'converter'];

export const LOCALE_FORMATS: CatalogFamily = {
  name: 'locale-formats',
  functions: [FORMAT_CURRENCY_CODE, FORMAT_NUMBER_CODE],
  recognise(text: string, words: string[]): Recognised {
    // A number shown in the shape of money ("show 1234.5 as $1,234.50") asks for that formatting too.
    const shaped = MONEY_SHAPE.test(text) && hasAny(words, WRITE_VERBS);
    if ((!hasAny(words, FORMAT_VERBS) && !shaped) || hasAny(words, CONVERT_WORDS)) return null;
    const money = shaped || hasAny(words, MONEY_WORDS);
    const locale = hasAny(words, LOCALE_WORDS) || /\b[a-z]{2}-[A-Z]{2}\b/.test(text);
    const languages = languagesOf(words);
    if (money && (locale || shaped || hasAny(words, CURRENCY_NAMES)))
      return { design: moneyDesign(languages) };
    if (locale && hasAny(words, NUMBER_WORDS)) return { design: numberDesign(languages) };
    if (refuses(words) && locale) {
      return { constraint: { function: FORMAT_CURRENCY_CODE.id, refusals: moneyRefusals } };
    }
    return null;
  },
};
