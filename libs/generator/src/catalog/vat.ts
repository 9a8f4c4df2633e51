import { readFeatureLiterals } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { asSaid, featureWords, refuses } from './feature-words';
import { VAT_ADD_CODE, VAT_REMOVE_CODE } from './vat-code';

/*
 * A VAT calculator spelled route by route: one adds the tax to a net amount (`POST /brutto` with {"netto",
 * "satz"} → {"netto", "mwst", "brutto"}), the other takes it back out of a gross amount, each at the rate the
 * request sends (a percentage, maybe one of the rates the feature lists: `"satz": 19 oder 7`). The rule, stated
 * in every summary: amounts in cents, tax = net × rate / 100 rounded half up to cents, gross = net + tax; back
 * from gross, net = gross / (1 + rate / 100) rounded half up to cents and tax = gross − net. Worked examples are
 * computed here in BigInt arithmetic, apart from the emitted code. A feature listing the refusals of such a
 * calculator ("andere Sätze als 19 und 7 sowie negative Beträge → 400") joins every route of it.
 */

export type VatDirection = 'add' | 'remove';

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Names of a net amount, a gross amount, the tax amount and its rate (folded, whole names). */
const NET =
  /^(?:net|netto|neto|ht|net_?amount|amount_?net|nettobetrag|netto_?betrag|net_?price|nettopreis|importe_?neto|base_?imponible|montant_?ht|prix_?ht|imponibile|valor_?liquido|liquido)$/;
const GROSS =
  /^(?:gross|brutto|bruto|ttc|gross_?amount|amount_?gross|bruttobetrag|brutto_?betrag|gross_?price|bruttopreis|importe_?bruto|montant_?ttc|prix_?ttc|lordo|valor_?bruto)$/;
const TAX =
  /^(?:vat|tax|mwst|ust|steuer|umsatzsteuer|mehrwertsteuer|iva|tva|cuota|cuota_?iva|impuesto|taxe|imposta|imposto|vat_?amount|tax_?amount|steuerbetrag|mwst_?betrag|montant_?tva|importe_?iva)$/;
const RATE =
  /^(?:rate|satz|steuersatz|mwst_?satz|ust_?satz|vat_?rate|tax_?rate|rate_?percent|percent|prozent|tipo|tipo_?iva|taux|taux_?tva|aliquota|tasa|taxa|taxa_?iva|porcentaje|pourcentage)$/;

/** The reference answer in whole cents: BigInt, half up, written apart from the emitted code. */
export function vatInCents(
  direction: VatDirection,
  amountCents: bigint,
  basis: bigint,
): { net: bigint; vat: bigint; gross: bigint } {
  const halfUp = (numerator: bigint, denominator: bigint) =>
    (numerator * 2n + denominator) / (denominator * 2n);
  if (direction === 'add') {
    const vat = halfUp(amountCents * basis, 10000n);
    return { net: amountCents, vat, gross: amountCents + vat };
  }
  const net = halfUp(amountCents * 10000n, 10000n + basis);
  return { net, vat: amountCents - net, gross: amountCents };
}

const cents = (amount: number) => BigInt(Math.round(amount * 100));
const money = (c: bigint) => Number(c) / 100;

/** A rate no list holds, for the refusal of a rate the feature does not list. */
function unlisted(rates: number[]): number {
  return [16, 12, 25, 3, 50, 8].find((r) => !rates.includes(r)) ?? 99;
}

/** The design of one direction, at the rates the feature lists (null: any rate from 0 to 100). */
export function vatDesign(direction: VatDirection, rates: number[] | null): FunctionDesign {
  const adds = direction === 'add';
  const from = adds ? 'net' : 'gross';
  const used = rates && rates.length > 0 ? rates : [19, 7, 20];
  const amounts = adds ? [100, 19.99, 3.33, 250, 0] : [119, 10, 5, 297.5, 0];
  const examples: WorkedExample[] = amounts.map((amount, i) => {
    const rate = used[i % used.length];
    const r = vatInCents(direction, cents(amount), BigInt(Math.round(rate * 100)));
    return {
      description: adds
        ? `${amount.toFixed(2)} net at ${rate} %: VAT ${money(r.vat).toFixed(2)}, gross ${money(r.gross).toFixed(2)}.`
        : `${amount.toFixed(2)} gross at ${rate} %: net ${money(r.net).toFixed(2)}, VAT ${money(r.vat).toFixed(2)}.`,
      input: { [from]: amount, rate },
      output: { net: money(r.net), vat: money(r.vat), gross: money(r.gross) },
    };
  });
  const refusals: Refusal[] = [
    { description: `A negative ${from} amount (-1.00) is refused.`, input: { [from]: -1, rate: used[0] } },
    ...(rates && rates.length > 0
      ? [
          {
            description: `A rate other than ${rates.join(' or ')} % (${unlisted(rates)}) is refused.`,
            input: { [from]: 100, rate: unlisted(rates) },
          },
        ]
      : [
          { description: 'A rate above 100 % (150) is refused.', input: { [from]: 100, rate: 150 } },
          { description: 'A negative rate (-5 %) is refused.', input: { [from]: 100, rate: -5 } },
        ]),
  ];
  const listed =
    rates && rates.length > 0 ? `one of ${rates.join(', ')} (percent)` : 'a percentage from 0 to 100';
  const rule = adds
    ? 'VAT = net × rate / 100, rounded half up to cents; gross = net + VAT'
    : 'net = gross / (1 + rate / 100), rounded half up to cents; VAT = gross − net';
  return {
    function: adds ? VAT_ADD_CODE.id : VAT_REMOVE_CODE.id,
    method: 'POST',
    path: adds ? '/vat/add' : '/vat/remove',
    summary:
      `${adds ? 'Adds VAT to a net amount' : 'Takes VAT back out of a gross amount'} at the rate the request sends ` +
      `(${listed}): amounts in cents (2 decimals), ${rule}. A negative amount or a rate that is not ${listed} is refused with 400. ` +
      'MwSt / USt: netto, brutto, Steuersatz; IVA: neto, bruto, tipo; TVA: HT, TTC, taux.',
    inputs: [
      {
        param: from,
        field: {
          name: from,
          type: 'number',
          required: true,
          description: `${adds ? 'Net amount, before VAT' : 'Gross amount, VAT included'} (0 or more)`,
          example: amounts[0],
          minimum: 0,
        },
      },
      {
        param: 'rate',
        field: {
          name: 'rate',
          type: 'number',
          required: true,
          description: `VAT rate in percent (${listed})`,
          example: used[0],
          minimum: 0,
          maximum: 100,
          ...(rates && rates.length > 0 ? { enum: rates } : {}),
        },
      },
    ],
    outputs: [
      {
        result: 'net',
        field: 'net',
        description: 'Net amount (before VAT)',
        example: examples[0].output.net,
      },
      { result: 'vat', field: 'vat', description: 'The VAT amount', example: examples[0].output.vat },
      {
        result: 'gross',
        field: 'gross',
        description: 'Gross amount (VAT included)',
        example: examples[0].output.gross,
      },
    ],
    options: { rates: JSON.stringify(rates ?? []) },
    examples,
    refusals,
  };
}

/** The design a feature spells for one route: its amount names the direction, its rate field the rates. */
function recogniseRoute(text: string): Recognised {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1) return null;
  // A POST sends the amount and the rate in its body, a GET in its query (`GET /lordo?netto=100&aliquota=22`).
  const { method } = literals.routes[0];
  const sent = method === 'POST' ? literals.request : method === 'GET' ? literals.queryFields : [];
  if (method === 'GET' && literals.request.length > 0) return null;
  const numbers = sent.filter((f) => f.type === 'number' || f.type === 'integer');
  if (sent.length !== 2 || numbers.length !== 2) return null;
  const rate = numbers.find((f) => RATE.test(fold(f.name)));
  const amount = numbers.find((f) => f !== rate);
  if (!rate || !amount) return null;
  const direction: VatDirection | null = NET.test(fold(amount.name))
    ? 'add'
    : GROSS.test(fold(amount.name))
      ? 'remove'
      : null;
  if (!direction) return null;
  // The answer names amounts of VAT only, and the side the computation works out.
  const answered = literals.response.map((f) => fold(f.name));
  if (!answered.every((n) => NET.test(n) || GROSS.test(n) || TAX.test(n))) return null;
  const other = direction === 'add' ? GROSS : NET;
  if (!answered.some((n) => other.test(n) || TAX.test(n))) return null;
  const listed = rate.enum?.filter((v): v is number => typeof v === 'number') ?? [];
  if (rate.enum && listed.length !== rate.enum.length) return null;
  if (listed.some((r) => r < 0 || r > 100)) return null;
  return { design: vatDesign(direction, listed.length > 0 ? listed : null) };
}

export const VAT: CatalogFamily = {
  name: 'vat',
  functions: [VAT_ADD_CODE, VAT_REMOVE_CODE],
  recognise: (text) => recogniseRoute(text),
};

/** Words of a VAT rate, and of an amount, in a refusal list (folded). */
const RATE_WORD =
  /\b(?:rates?|satz|satze|steuersatz\w*|mwst-?satz\w*|ust-?satz\w*|tipos?|taux|aliquot[ae]|tasas?|vat|mwst|iva|tva)\b/;
const AMOUNT_WORD =
  /\b(?:amounts?|betrag|betrage|importes?|montants?|importo|importi|valor|valores|prices?|preise?|net|gross|netto|brutto|neto|bruto)\b/;
const NEGATIVE = /\bnegati\w*\b/;
const OTHER_RATE =
  /\b(?:other|others|andere\w*|otros?|otras?|autres?|altr[oie]|outros?|outras?|any other|outside|ausserhalb|fuera de|en dehors de|hors de|fuori da|fora de|not listed|unknown|unbekannt\w*|desconocid\w*|inconnu\w*|sconosciut\w*|desconhecid\w*)\b/;

/** A refusal list of a VAT calculator: other rates and negative amounts, and what it names of them. */
interface VatRefusals {
  /** The rates a list names as the only ones ("other than 19 and 7"), 'range' for 0..100, 'listed' for none named. */
  rates: number[] | 'range' | 'listed';
  negative: boolean;
  rate: boolean;
}

function readVatRefusals(text: string): VatRefusals | null {
  const folded = fold(text).replace(/ß/g, 'ss');
  if ((!refuses(featureWords(folded)) && !/\b4\d\d\b/.test(folded)) || /[{}[\]/]/.test(text)) return null;
  const rate = RATE_WORD.test(folded) && OTHER_RATE.test(folded);
  const negative = NEGATIVE.test(folded) && AMOUNT_WORD.test(folded);
  if (!rate && !negative) return null;
  // Nothing else may be refused: the words left once rates, amounts and refusing are read are fillers.
  const numbers = (folded.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
  const range = /\b0\s*(?:\.\.|-|to|bis|a)\s*100\b/.test(folded);
  const listed = numbers.filter((n) => !/^4\d\d$/.test(String(n)) && !(range && (n === 0 || n === 100)));
  return { rates: listed.length > 0 ? listed : range ? 'range' : 'listed', negative, rate };
}

/**
 * Whether a design takes exactly the rates a list names: those it names, any from 0 to 100 for a range, or the
 * ones the route lists when it names none ("other rates").
 */
function sameRates(d: FunctionDesign, rates: VatRefusals['rates']): boolean {
  const held = JSON.parse(String(d.options?.rates ?? '[]')) as number[];
  if (rates === 'range') return held.length === 0;
  if (rates === 'listed') return held.length > 0;
  return held.length === rates.length && rates.every((r) => held.includes(r));
}

/**
 * The rates the other direction of a calculator lists, when a list names none ("any other rate is 400"): the one
 * list every other VAT route holds (null: none holds one, or they differ). "aus dem Nettobetrag mit 7 oder 19 %
 * …; umgekehrt aus dem Bruttobetrag …; ein anderer Satz gibt 400" takes 7 and 19 both ways.
 */
function ratesOfOthers(others: FunctionDesign[]): number[] | null {
  const lists = others.map((o) => JSON.stringify(JSON.parse(String(o.options?.rates ?? '[]')) as number[]));
  const held = [...new Set(lists.filter((l) => l !== '[]'))];
  return held.length === 1 ? (JSON.parse(held[0]) as number[]) : null;
}

/**
 * The calculator of design `d` at the rates a refusal list names, when `d` takes any rate and is the one
 * {@link vatDesign} makes on its own route and names (free text, or a route spelled with them); null otherwise.
 */
function ratesToList(
  d: FunctionDesign,
  said: VatRefusals['rates'],
  others: FunctionDesign[] = [],
): FunctionDesign | null {
  const held = JSON.parse(String(d.options?.rates ?? '[]')) as number[];
  const rates = said === 'listed' ? ratesOfOthers(others) : said;
  if (!Array.isArray(rates) || held.length > 0) return null;
  const direction: VatDirection = d.function === VAT_ADD_CODE.id ? 'add' : 'remove';
  const base = vatDesign(direction, null);
  // Its own design, maybe with words after its summary (a free-text feature's language).
  const words = d.summary.slice(base.summary.length);
  const keys = new Set([...Object.keys(d), ...Object.keys(base)]);
  for (const key of keys) {
    const k = key as keyof FunctionDesign;
    if (k !== 'summary' && JSON.stringify(d[k]) !== JSON.stringify(base[k])) return null;
  }
  if (!d.summary.startsWith(base.summary)) return null;
  const listed = vatDesign(direction, rates);
  return { ...listed, summary: listed.summary + words };
}

/**
 * The refusals of a VAT calculator said in a feature of their own ("Andere Sätze als 19 und 7 sowie negative
 * Beträge → 400", "a negative amount or a rate outside 0..100 returns 400"): they join every route adding or
 * taking out VAT at exactly those rates. Tried after every other family, so that a loan's or a conversion's
 * refusals of rates and amounts stay theirs.
 */
export const VAT_REFUSALS: CatalogFamily = {
  name: 'vat-refusals',
  functions: [],
  recognise(text: string): Recognised {
    const read = readVatRefusals(text);
    if (!read) return null;
    return {
      constraint: {
        function: VAT_ADD_CODE.id,
        functions: [VAT_REMOVE_CODE.id],
        each: true,
        // A calculator taking any rate takes only the rates a list names ("only 19 % and 7 % are allowed").
        fits: (d, others) =>
          !read.rate || sameRates(d, read.rates) || ratesToList(d, read.rates, others) !== null,
        refine: (d, others) => ratesToList(d, read.rates, others) ?? d,
        refusals: (d) =>
          d.refusals
            .filter((r) =>
              /negative/.test(r.description) && !/rate/.test(r.description) ? read.negative : read.rate,
            )
            .map((r) => ({ ...r, description: `${r.description} ("${asSaid(text)}")` })),
      },
    };
  },
};
