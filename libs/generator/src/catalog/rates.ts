import { readFeatureLiterals } from '@sf/service-spec';
import {
  numberField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { roundingHelper } from './calc-code';
import { bindLiteral } from './literal-binding';
import { decimalsIn, featureWords, hasAny, writesArrow } from './feature-words';
import { spellsConversion } from './param-affinity';
import { RATE_TABLE_CODE, rateTableDesign, type WrittenRate } from './rates-table';
import { ownOf, tableOf, viaTable } from './rates-via';
import { mentionsIn, tokensOf } from './units-read';

/*
 * A conversion at a fixed rate the feature states as an equation ("at the fixed rate 1 EUR = 1.10 USD",
 * "zum Kurs 1 CHF = 1,05 EUR"): amount × rate, rounded to the decimals asked for (cents when it says nothing),
 * a negative amount refused. Only the written rate is used: a conversion without one (a live exchange rate) is
 * not this computation and is left alone.
 */

export const FIXED_RATE_CODE: FunctionCode = {
  id: 'rate.convert',
  exportName: 'rateConvert',
  source: `${roundingHelper('rateRound')}

/** rate.convert: \`amount\` × the fixed \`rate\` of the options, rounded to \`decimals\`; a negative amount is refused. */
export const rateConvert: CatalogFunction = (input, options) => {
  const amount = input.amount;
  const rate = Number(options.rate);
  const decimals = Number(options.decimals ?? 2);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return { ok: false, problems: ['amount must be a finite number'] };
  if (amount < 0) return { ok: false, problems: ['a negative amount (' + String(amount) + ') cannot be converted'] };
  const converted = amount * rate;
  if (!Number.isFinite(converted)) return { ok: false, problems: ['the amount is too large to convert'] };
  return { ok: true, value: { converted: rateRound(converted, decimals) } };
};`,
};

/** A decimal written in the feature, exactly: digits and a scale ("1.10" → 110n, 2). */
function decimal(text: string): { digits: bigint; scale: number } {
  const [whole, fraction = ''] = text.replace(',', '.').split('.');
  return { digits: BigInt(whole + fraction), scale: fraction.length };
}

/** amount × rate rounded half away from zero to `decimals`, in exact decimal arithmetic, as text. */
function exactProduct(amount: string, rate: string, decimals: number): number {
  const a = decimal(amount);
  const r = decimal(rate);
  const scale = a.scale + r.scale;
  const product = a.digits * r.digits;
  if (scale <= decimals) return Number(product) / 10 ** scale;
  const divisor = 10n ** BigInt(scale - decimals);
  const rounded = (product + divisor / 2n) / divisor;
  return Number(rounded) / 10 ** decimals;
}

const CURRENCY_WORDS =
  `euro euros dollar dollars pound pounds sterling yen yuan franc francs peso pesos real reais
  rupee rupees krona kronor krone kroner zloty forint rand won lira lire dolar dolares libra libras dolares
  franken dollari sterline`.split(/\s+/);
const RATE_WORDS = `convert converts conversion rate rates exchange kurs wechselkurs umrechnen umrechnung tipo
  cambio tasa taux change convertir conversion tasso cambio convertire taxa cambio converter`.split(/\s+/);

const EQUATION = /(?<![\w.,])1\s*([A-Za-z€$£¥]{1,12})\s*=\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z€$£¥]{1,12})(?![\w])/;

const label = (code: string) => code.toUpperCase();
const slug = (code: string) =>
  code.toLowerCase().replace(/€/g, 'eur').replace(/\$/g, 'usd').replace(/£/g, 'gbp').replace(/¥/g, 'jpy');

export function fixedRateDesign(
  from: string,
  to: string,
  rate: string,
  decimals: number,
  written: string[],
): FunctionDesign {
  const [a, b] = [label(from), label(to)];
  const output = `amount_${slug(to)}`;
  const amounts = ['1', '100', '12.5', '0'];
  const own = written.length > 0 ? ` In the feature's words: ${written.join(', ')}.` : '';
  return {
    function: FIXED_RATE_CODE.id,
    method: 'POST',
    path: `/convert/${slug(from)}-to-${slug(to)}`,
    summary:
      `Converts an amount in ${a} to ${b} at the fixed rate 1 ${a} = ${rate} ${b} (amount × ${rate}), ` +
      `rounded to ${decimals} decimals${decimals === 2 ? ' (cents)' : ''}; a negative amount is refused with 400.${own}`,
    inputs: [{ param: 'amount', field: numberField('amount', `Amount in ${a}, 0 or more`, 100) }],
    outputs: [
      {
        result: 'converted',
        field: output,
        description: `The amount in ${b}, rounded to ${decimals} decimals`,
        example: exactProduct('100', rate, decimals),
      },
    ],
    options: { rate: Number(rate.replace(',', '.')), decimals },
    examples: amounts.map((amount) => ({
      description: `${amount} ${a} at 1 ${a} = ${rate} ${b} is ${exactProduct(amount, rate, decimals)} ${b}.`,
      input: { amount: Number(amount) },
      output: { [output]: exactProduct(amount, rate, decimals) },
    })),
    refusals: [{ description: `A negative amount (-1 ${a}) is refused.`, input: { amount: -1 } }],
  };
}

/** A rate written per unit: "1.08 dollars per euro", "0,92 EUR pro USD". */
const PER_UNIT =
  /(?<![\w.,])(\d+(?:[.,]\d+)?)\s*([A-Za-z€$£¥]{1,12})\s+(?:per|pro|por|par)\s+(?:one\s+|1\s+)?([A-Za-z€$£¥]{1,12})(?![\w])/;

const isCurrency = (name: string) =>
  /^[A-Z]{3}$|^[€$£¥]$/.test(name) || CURRENCY_WORDS.includes(name.toLowerCase());

/** Currency codes a feature may write in capitals ("from GBP to EUR"). */
const CODES = new Set(
  'EUR USD GBP JPY CHF CAD AUD NZD CNY HKD SGD INR BRL MXN ARS CLP COP ZAR SEK NOK DKK PLN CZK HUF TRY KRW'.split(
    ' ',
  ),
);
/** A rate named, then its number ("at a fixed rate of 1.17", "zum Kurs 0,92", "con una tasa de 1,08"). */
const NAMED_RATE =
  /\b(?:rate|kurs|wechselkurs|tasa|tipo de cambio|taux|tasso|cambio|taxa)(?:\s+(?:of|is|de|di|von|do|da))?\s*[:=]?\s*(\d+(?:[.,]\d+)?)(?![\d.,]*\s*%)/i;

/** The rate a feature writes, as 1 `from` = `rate` `to`, or null. */
function rateIn(text: string): [string, string, string] | null {
  const equation = EQUATION.exec(text);
  if (equation) return [equation[1], equation[2], equation[3]];
  const per = PER_UNIT.exec(text);
  if (per) return isCurrency(per[2]) && isCurrency(per[3]) ? [per[3], per[1], per[2]] : null;
  // Two currency codes in the order of the conversion, and the rate named apart ("GBP to EUR at a rate of 1.17").
  const codes = [...new Set(text.match(/\b[A-Z]{3}\b/g)?.filter((c) => CODES.has(c)))];
  const named = NAMED_RATE.exec(text);
  return codes.length === 2 && named ? [codes[0], named[1], codes[1]] : null;
}

/**
 * Every rate a feature writes as an equation between two currency codes ("1 EUR = 1.10 USD, 1 EUR = 0.85 GBP"),
 * chains included: "1 EUR = 1,08 USD = 0,85 GBP" states both rates of the first currency.
 */
export function ratesIn(text: string): WrittenRate[] {
  const found: WrittenRate[] = [];
  for (const chain of text.matchAll(new RegExp(CHAIN.source, 'g'))) {
    const from = chain[1].toUpperCase();
    for (const link of chain[2].matchAll(/=\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]{3})/g)) {
      const to = link[2].toUpperCase();
      if (CODES.has(from) && CODES.has(to)) found.push({ from, rate: link[1], to });
    }
  }
  return found;
}

/** "1 EUR = 1,08 USD = 0,85 GBP": one currency, then one or more "= rate code" links. */
const CHAIN = /(?<![\w.,])1\s*([A-Za-z]{3})((?:\s*=\s*\d+(?:[.,]\d+)?\s*[A-Za-z]{3}(?![\w]))+)/;

function recogniseRates(text: string, words: string[]): Recognised {
  const nfc = text.normalize('NFC');
  const own = ownWords(nfc);
  const decimals = Math.min(decimalsIn(text) ?? 2, 10);
  const table = ratesIn(nfc);
  // Two rates or more between currency codes are a table, whatever words go with them ("Kurse: 1 EUR = …").
  if (table.length > 1) {
    if (table.some((r) => Number(r.rate.replace(',', '.')) <= 0)) return null;
    const design = rateTableDesign(table, decimals, own);
    return design ? { design } : null;
  }
  const found = rateIn(nfc);
  if (!found) return viaTable(nfc) ?? conversionOfTable(nfc, own);
  if (!(hasAny(words, RATE_WORDS) || writesArrow(text) || spellsConversion(text))) return null;
  const [from, rate, to] = found;
  if (slug(from) === slug(to) || Number(rate.replace(',', '.')) <= 0) return null;
  // "1 tasse = 240 ml", "1 oz = 28.349523125 g": units of measure, whose conversions are the units family's.
  if ([from, to].some((side) => mentionsIn(tokensOf(side)).some((m) => m.unit !== null))) return null;
  // One rate a request reads either way (its fields on both sides of a conversion) is a table too.
  if (table.length === 1 && spellsConversion(text)) {
    const design = rateTableDesign(table, decimals, own);
    return design ? { design } : null;
  }
  return { design: fixedRateDesign(from, to, rate, decimals, own) };
}

/** Words of converting money, in the languages intents are written in (folded), carried into the SPEC. */
const MONEY_WORDS = new Set(
  `amount amounts money currency currencies convert converts converted conversion exchange rate rates table fixed
  cents cent decimals rounded result betrag betrage geld wahrung wahrungen umrechnen umrechnung umgerechnet kurs kurse
  kurstabelle wechselkurs wechselkurse tabelle fest feste festen basis ergebnis gerundet rappen nachkommastellen
  importe importes dinero moneda monedas convertir conversion cambio tipo tipos tasa tasas tabla fijo fija fijos fijas
  resultado redondeado redondea centimo centimos decimales montant montants argent devise devises convertit change
  taux fixe fixes resultat arrondi centime centimes importo importi denaro valuta valute convertire conversione
  tasso tassi tabella fisso fissi risultato arrotondato centesimo centesimi decimali valor valores dinheiro moeda
  moedas converter conversao taxa taxas tabela fixa fixo arredondado centavo centavos casas decimais`.split(
    /\s+/,
  ),
);

/** The feature's own words for money and converting it, as it writes them (folded). */
function ownWords(text: string): string[] {
  return [...new Set(featureWords(text).filter((w) => MONEY_WORDS.has(w) || CURRENCY_WORDS.includes(w)))];
}

/** Verbs of converting money ("umrechnen", "convertir", "exchange"), folded. */
const CONVERTS =
  /^(?:convert\w*|exchang\w*|umrechn\w*|umgerechnet|umtausch\w*|wechseln|convertir|convertit|converti|convertire|converter|converta|cambiar|changer|cambiare|trocar)$/;
/** Words naming money or currencies (folded). */
const MONEY =
  /^(?:money|currenc\w*|geld|wahrung\w*|betrag|betrage|dinero|monedas?|importes?|argent|devises?|montants?|denaro|valut[ae]|importi|importo|dinheiro|moedas?)$/;

/**
 * "Betrag von einer Währung in eine andere umrechnen" with no rate of its own: a conversion by the rate table
 * another feature declares. It constrains that table's conversion (its decimals, its words) and fits it only when
 * every currency it names is in the table; with no table it stays unrealised (a live rate is not computable here).
 */
function conversionOfTable(text: string, own: string[]): Recognised {
  const folded = featureWords(text);
  if (!folded.some((w) => CONVERTS.test(w))) return null;
  const codes = [...new Set((text.match(/\b[A-Z]{3}\b/g) ?? []).filter((c) => CODES.has(c)))];
  const named = folded.filter((w) => CURRENCY_WORDS.includes(w));
  if (codes.length < 2 && named.length < 2 && !folded.some((w) => MONEY.test(w))) return null;
  // Numbers other than decimals say something this reading does not (a rate, a fee, a date).
  if (/\d/.test(text.replace(/\b\d+\s*(?:decimal\w*|dezimal\w*|nachkomma\w*|casas?)/gi, ' '))) return null;
  const decimals = decimalsIn(text);
  const spelled = readFeatureLiterals(text).routes.length === 1;
  return {
    constraint: {
      function: RATE_TABLE_CODE.id,
      refusals: () => [],
      fits: (d) => {
        const table = tableOf(d);
        return table !== null && codes.every((c) => table.some((r) => r.from === c || r.to === c));
      },
      refine: (d) => {
        const table = tableOf(d);
        const kept = Number(d.options?.decimals ?? 2);
        const refined = table && rateTableDesign(table, decimals ?? kept, [...ownOf(d), ...own]);
        // "POST /convert {…} returns {"amount": number}" beside the table: its route answers in its own names.
        const bound = refined && spelled ? bindLiteral(text, refined) : null;
        return bound ?? refined ?? d;
      },
    },
  };
}

export const RATES: CatalogFamily = {
  name: 'rates',
  functions: [FIXED_RATE_CODE, RATE_TABLE_CODE],
  recognise: recogniseRates,
};
