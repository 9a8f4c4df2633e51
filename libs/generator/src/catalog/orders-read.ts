import type { LiteralField } from '@sf/service-spec';
import { BEFORE_TAX, taxOnFullSubtotal, type Discount } from './orders-codes';

export { discountTable, type Discount } from './orders-codes';

/*
 * What an order feature writes beside its lines: a discount table, a fixed tax rate or one the request sends,
 * the order of discount and tax, how an unknown code is refused, and the fields of a line. Readers only; the
 * feature text is data.
 */

/** A tax rate the feature fixes ("19% VAT", "sales tax of 8.25 %", "MwSt 7 %"), as a percentage, or null. */
export function fixedTaxRate(text: string): number | null {
  // "takes 10 % off before tax, HALF takes 50 %": the order of discount and tax, no rate of a tax.
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(BEFORE_TAX, ' ');
  const number = String.raw`(\d{1,2}(?:[.,]\d{1,3})?)\s*(?:%|percent|per cent|prozent|por ?ciento|pour ?cent)`;
  const tax = String.raw`(?:sales\s+)?(?:tax|vat|gst|steuer|mwst|mehrwertsteuer|umsatzsteuer|iva|impuesto|tva|taxe|imposta|imposto)`;
  const after = new RegExp(`${tax}\\b[^.;%\\d]{0,30}?${number}`, 'i').exec(folded);
  const before = new RegExp(`${number}\\s*(?:de\\s+|of\\s+)?${tax}`, 'i').exec(folded);
  const m = after ?? before;
  return m ? Number(m[1].replace(',', '.')) : null;
}

/** Whether the request sends the tax rate ("the tax rate is passed in", "rate per request", `"tax_rate": number`). */
export function taxRateFromRequest(text: string, request: LiteralField[]): string | null {
  const written = request.find(
    (f) => /tax|vat|rate|steuer|iva|tva|impuesto/i.test(f.name) && f.type !== 'array',
  );
  if (written) return written.name;
  return /\brate\b[^.;]{0,40}\b(?:passed|sent|given|supplied|per request|in the request|from the request|by the caller)\b|\b(?:request|caller)\b[^.;]{0,30}\b(?:tax|vat) rate\b/i.test(
    text,
  )
    ? 'tax_rate'
    : null;
}

/** The discount rule is tax after the discount; a feature asking for it the other way is not realised. */
export function discountAfterTax(text: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const discount = String.raw`(?:discount|coupon|voucher|promo|code|rabatt|gutschein|descuento|cupon|remise|reduction|sconto|desconto)`;
  const tax = String.raw`(?:tax|vat|gst|steuer|mwst|mehrwertsteuer|iva|impuesto|tva|taxe|imposta|imposto)`;
  const after = String.raw`(?:after|nach|despues|apres|dopo|depois)`;
  const before = String.raw`(?:before|vor|antes|avant|prima)`;
  if (new RegExp(`${discount}\\w*\\b[^.;]{0,60}\\b${after}\\b[^.;]{0,25}\\b${tax}`, 'i').test(folded))
    return true;
  // "Tax on the subtotal before the discount" names the tax's base, not the discount taken off the taxed total.
  if (taxOnFullSubtotal(text)) return false;
  return new RegExp(`${tax}\\w*\\b[^.;]{0,60}\\b${before}\\b[^.;]{0,25}\\b${discount}`, 'i').test(folded);
}

/** The stable code and status for an unknown discount code: as the feature spells them, else 400 UNKNOWN_DISCOUNT_CODE. */
export function unknownCodeError(text: string, table: Discount[]): { status: number; code: string } {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const unknown = String.raw`\b(?:unknown|invalid|unbekannt\w*|ungultig\w*|desconocid\w*|invalid\w*|inconnu\w*|inexistant\w*|sconosciut\w*|desconhecid\w*|(?:any|every) other|jede[rn]? andere\w*|andere|cualquier otr[oa]|tout autre|toute autre|qualsiasi altr[oa]|qualquer outr[oa])\b[^.;]{0,60}`;
  // Only a code written after the refusal of an unknown code is its code ("… returns 404 COUPON_NOT_FOUND"),
  // not one another refusal spells ("a negative price returns 400 VALIDATION_FAILED").
  const at = new RegExp(unknown, 'i').exec(folded);
  const spelled = at
    ? /\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/.exec(folded.slice(at.index, at.index + 90))?.[1]
    : undefined;
  const generic = ['VALIDATION_FAILED', 'NOT_FOUND', 'MALFORMED_JSON', 'METHOD_NOT_ALLOWED'];
  const code =
    spelled && !generic.includes(spelled) && !table.some((d) => d.code === spelled) ? spelled : null;
  // The status the feature writes for it (404 "not found", 409, 422 "unprocessable"), else 400.
  const stated = new RegExp(`${unknown}\\b(400|404|409|422)\\b`, 'i').exec(folded)?.[1];
  const status = stated !== undefined ? Number(stated) : 400;
  return { status, code: code ?? 'UNKNOWN_DISCOUNT_CODE' };
}

/** The fields of the first `[{…}]` the feature writes: the line's shape. */
export function writtenItems(text: string): { name: string; type: string; optional: boolean }[] {
  const m = /\[\s*\{([^{}[\]]*)\}\s*\]/.exec(text);
  if (!m) return [];
  return m[1]
    .split(',')
    .map((entry) => /^\s*["'`]?([A-Za-z_]\w*)["'`]?\s*(\?)?\s*:\s*([A-Za-z]+)(.*)$/.exec(entry))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => ({ name: x[1], type: x[3].toLowerCase(), optional: x[2] === '?' || /optional/i.test(x[4]) }));
}

/** Shipping as a feature states it: a fee, free from a threshold on ("from 50", inclusive) or above it (exclusive). */
export interface Shipping {
  fee: number;
  freeFrom: number | null;
  inclusive: boolean;
}

const SHIP = String.raw`(?:shipping|delivery|postage|versandkosten|versand|porto|lieferkosten|gastos de envio|envio|frais de port|frais de livraison|livraison|spese di spedizione|spedizione|frete|portes)`;
const AMOUNT = String.raw`(?:[$€£]\s*)?(\d+(?:[.,]\d{1,2})?)`;
const FREE = String.raw`(?:free|gratis|kostenlos|versandkostenfrei|gratuit\w*|offert\w*|gratuito|gratuita)`;
const FROM_WORDS = 'from|at least|starting at|ab|a partir de|desde|des|a partire da';
const ABOVE_WORDS =
  'above|over|more than|uber|mehr als|mas de|por encima de|au-dela de|plus de|sopra|oltre|piu di|acima de|mais de';
const THRESHOLD = `(${FROM_WORDS}|${ABOVE_WORDS})\\s*${AMOUNT}`;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const amountOf = (written: string) => Number(written.replace(',', '.'));

/** Whether the feature speaks of shipping at all (then it must be read whole, or the order is not realised). */
export function mentionsShipping(text: string): boolean {
  // A field the feature writes ("versand": number) names an output, not a shipping rule.
  return new RegExp(`\\b${SHIP}`, 'i').test(fold(text.replace(/"[^"]*"/g, ' ')));
}

/**
 * The shipping a feature states: "shipping costs 4.95, free above 50", "free shipping from 50, otherwise 4.95",
 * "Versand 4,95 €, versandkostenfrei ab 50 €", "envío 3,90 €, gratis a partir de 40". Null when it states no fee.
 */
export function shippingRule(text: string): Shipping | null {
  const folded = fold(text);
  const threshold =
    new RegExp(`${FREE}\\b[^.;\\d]{0,40}?\\b${THRESHOLD}`).exec(folded) ??
    new RegExp(`\\b${THRESHOLD}\\s*(?:[$€£]|eur\\w*|dollars?)?[^.;\\d]{0,40}?\\b${FREE}`).exec(folded);
  const fee = feeIn(folded, threshold?.index ?? -1);
  if (fee === null) return null;
  return {
    fee,
    freeFrom: threshold ? amountOf(threshold[2]) : null,
    inclusive: threshold ? new RegExp(`^(?:${FROM_WORDS})$`).test(threshold[1]) : false,
  };
}

/** The fee: after a shipping word (not the threshold's own number), before one, or after "otherwise". */
function feeIn(folded: string, thresholdAt: number): number | null {
  for (const m of folded.matchAll(new RegExp(`\\b${SHIP}\\b([^.;\\d]{0,25}?)${AMOUNT}`, 'g'))) {
    if (!new RegExp(`\\b(?:${FROM_WORDS}|${ABOVE_WORDS})\\b|${FREE}`).test(m[1])) return amountOf(m[2]);
  }
  const before = new RegExp(
    `${AMOUNT}\\s*(?:[$€£]|eur\\w*|dollars?)?\\s*(?:for\\s+|de\\s+|fur\\s+)?${SHIP}\\b`,
  ).exec(folded);
  if (before) return amountOf(before[1]);
  const otherwise =
    /\b(?:otherwise|else|sonst|andernfalls|si no|sino|sinon|altrimenti|senao|caso contrario)\b[^.;\d]{0,15}?(?:[$€£]\s*)?(\d+(?:[.,]\d{1,2})?)/.exec(
      folded,
    );
  return otherwise && thresholdAt >= 0 ? amountOf(otherwise[1]) : null;
}

/** Whether the feature writes two tax rates or more (by category): one flat rate cannot realise it. */
export function severalTaxRates(text: string, table: Discount[]): boolean {
  const folded = fold(text);
  const rates = new Set<number>();
  for (const m of folded.matchAll(
    /(\d{1,2}(?:[.,]\d{1,3})?)\s*(?:%|percent|per cent|prozent|por ?ciento|pour ?cent|per ?cento|por ?cento)/g,
  )) {
    const rate = amountOf(m[1]);
    if (!table.some((d) => d.percent === rate)) rates.add(rate);
  }
  return rates.size > 1;
}
