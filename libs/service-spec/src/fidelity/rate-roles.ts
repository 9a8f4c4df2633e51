import type { EndpointSpec, SpecContract } from '../spec-contract';
import { label } from './worked-examples';

/*
 * A percentage an order feature writes has a role its words give it: "VAT 21 %" is a tax, "SAVE10 gives 10 % off"
 * a discount. The quantities rule only asks that the number appear somewhere in the realisation, so a total that
 * charged "10 % off" as a 10 % tax passed it (found last session: a route writing {"tax"} beside a follow-up "10 %
 * off" read the follow-up's number as the tax; a guard in the generator caught it, the gate did not). Each
 * percentage whose nearest role word is a tax must be the order's fixed tax rate; one whose nearest is a discount
 * must be some discount's percent, and never the tax rate alone.
 */

const PERCENT =
  /(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|prozent\b|por ?ciento\b|pour ?cent\b|per ?cento\b|por ?cento\b)/gi;
const TAX_WORD =
  /\b(?:tax|taxes|taxed|vat|gst|mwst|ust|umsatzsteuer|mehrwertsteuer|steuer|iva|impuesto|impuestos|tva|taxe|taxes|imposto|imposta)\b/gi;
const OFF_WORD =
  /\b(?:off|discount\w*|rabatt\w*|nachlass|descuento\w*|remise\w*|r[ée]duction\w*|sconto|sconti|desconto\w*)\b/gi;
/** Words that order a discount against tax ("before tax", "vor Steuern", "antes de impuestos"), just before it. */
const ORDERING =
  /\b(?:before|prior to|pre-?|vor|antes de(?:l)?|avant|prima d(?:i|ell'|ella)|antes d[oa])\s*(?:the\s+|der\s+|den\s+|la\s+|les\s+|l')?$/i;
/** How far (characters) a role word may stand from its number, within one clause. */
const REACH = 40;

type Role = 'tax' | 'discount';

/** The percentages a feature writes with the role of the nearest role word in their clause (ties: none). */
export function percentRoles(feature: string): { percent: number; role: Role }[] {
  const out: { percent: number; role: Role }[] = [];
  for (const m of feature.matchAll(PERCENT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const nearest = (words: RegExp): number => {
      let best = Infinity;
      for (const w of feature.matchAll(words)) {
        const start = w.index ?? 0;
        // "10 % off the subtotal before tax": the order of discount and tax, no tax said of a number.
        if (words === TAX_WORD && ORDERING.test(feature.slice(Math.max(0, start - 16), start))) continue;
        const stop = start + w[0].length;
        const between = start >= end ? feature.slice(end, start) : feature.slice(stop, at);
        // Another clause: a semicolon, or a sentence's end (an abbreviation's dot, "MwSt. von", is none).
        if (/[;!?]\s|\.\s+\p{Lu}/u.test(between)) continue;
        const distance = start >= end ? start - end : at - stop;
        if (distance >= 0 && distance <= REACH) best = Math.min(best, distance);
      }
      return best;
    };
    const tax = nearest(TAX_WORD);
    const off = nearest(OFF_WORD);
    if (tax === off) continue;
    out.push({ percent: Number(m[1].replace(',', '.')), role: tax < off ? 'tax' : 'discount' });
  }
  return out;
}

/** The fixed tax rate and the percent discounts of an order-totals endpoint, or null for another computation. */
function orderRates(e: EndpointSpec): { tax: number | null; discounts: number[] } | null {
  const b = e.behavior;
  if (b?.kind !== 'function' || b.function !== 'order.totals') return null;
  const options = b.options ?? {};
  let discounts: number[];
  try {
    const table = JSON.parse(String(options.discounts ?? '{}')) as Record<string, { percent?: unknown }>;
    discounts = Object.values(table)
      .map((d) => Number(d.percent))
      .filter((n) => Number.isFinite(n));
  } catch {
    discounts = [];
  }
  const tax = options.tax_from_request === true ? null : Number(options.tax_rate ?? 0);
  return { tax, discounts };
}

/** An order feature's percentages realised in another role (a discount charged as a tax, a tax of another rate). */
export function rateRoleProblems(contract: SpecContract, feature: string): string[] {
  const roles = percentRoles(feature);
  if (roles.length === 0) return [];
  const problems: string[] = [];
  for (const e of contract.endpoints.filter((x) => x.features.includes(feature))) {
    const rates = orderRates(e);
    if (!rates) continue;
    for (const { percent, role } of roles) {
      const same = (n: number | null) => n !== null && Math.abs(n - percent) < 1e-9;
      if (role === 'tax' && rates.tax !== null && !same(rates.tax))
        problems.push(`it charges ${percent} % tax, but ${label(e)} taxes at ${rates.tax} %`);
      if (role === 'discount' && !rates.discounts.some(same))
        problems.push(`it takes ${percent} % off, but no discount of ${label(e)} takes ${percent} %`);
    }
  }
  return problems;
}
