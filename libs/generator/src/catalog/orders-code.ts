import type { FunctionCode } from './catalog-entry';

/*
 * The emitted side of order totals. Money is counted in whole cents: each line total is quantity × unit price
 * rounded to cents (half up), the subtotal is the sum of the rounded line totals, a percentage discount is
 * rounded to cents, a fixed one never exceeds the subtotal, tax is charged on the subtotal after the discount
 * and rounded to cents (or on the whole subtotal, when the feature says so), and the total is that taxable amount
 * plus the tax (plus any shipping fee, untaxed, that the goods after the discount do not reach the free-shipping
 * threshold for). Rounded once at the end, the same steps run exactly and only the answered amounts are rounded.
 * The designer's worked examples are computed apart from this text, in integer arithmetic (orders-cents.ts).
 */

export const ORDER_TOTALS_CODE: FunctionCode = {
  id: 'order.totals',
  exportName: 'orderTotals',
  source: `/**
 * order.totals: line totals, subtotal, discount (code from a table, maybe from a minimum subtotal on), tax after
 * the discount (or on the whole subtotal: tax_base), shipping (option shipping_fee, waived from or above
 * free_shipping_from), total; cents, half up, per line or once at the end (option rounding).
 */
export const orderTotals: CatalogFunction = (input, options) => {
  // Amounts here are never negative; the nudge keeps 2.9699999… (3 × 0.99) at 297 cents.
  const cents = (amount: number): number => Math.round(amount * 100 + 1e-6);
  const atEnd = options.rounding === 'end';
  const quantityName = String(options.quantity_field);
  const priceName = String(options.price_field);
  const lines = Array.isArray(input.lines) ? (input.lines as unknown[]) : [];
  if (lines.length === 0) return { ok: false, problems: ['an order needs at least one line'] };
  const problems: string[] = [];
  const answered: Record<string, unknown>[] = [];
  // Per line: whole cents. At the end: exact, in millionths of the currency (BigInt).
  let subtotal = 0;
  let exactSubtotal = BigInt(0);
  lines.forEach((line: unknown, i: number) => {
    const at = 'lines[' + String(i) + ']';
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      problems.push(at + ' must be a JSON object');
      return;
    }
    const record = line as Record<string, unknown>;
    const quantity = record[quantityName];
    const price = record[priceName];
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity <= 0) {
      problems.push(at + '.' + quantityName + ' must be an integer > 0');
    }
    if (typeof price !== 'number' || !Number.isFinite(price) || price < 0) {
      problems.push(at + '.' + priceName + ' must be a number >= 0');
    }
    if (typeof quantity !== 'number' || typeof price !== 'number' || problems.length > 0) return;
    const lineTotal = cents(quantity * price);
    subtotal += lineTotal;
    const micros = Math.round(price * 1e6);
    if (!Number.isSafeInteger(micros)) {
      problems.push(at + '.' + priceName + ' is too large');
      return;
    }
    exactSubtotal += BigInt(quantity) * BigInt(micros);
    answered.push({ ...record, line_total: lineTotal / 100 });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (!Number.isSafeInteger(subtotal)) return { ok: false, problems: ['the order total is too large'] };
  type CodeEntry = { percent?: number; amount?: number; minimum?: number; minimum_inclusive?: boolean };
  let entry: CodeEntry | null = null;
  const code = typeof input.discount_code === 'string' ? input.discount_code.trim().toUpperCase() : '';
  if (code !== '') {
    let table: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(String(options.discounts ?? '{}'));
      if (typeof parsed === 'object' && parsed !== null) table = parsed as Record<string, unknown>;
    } catch {
      table = {};
    }
    if (!Object.hasOwn(table, code)) {
      return {
        ok: false,
        problems: ['unknown discount code ' + JSON.stringify(code.slice(0, 40))],
        status: Number(options.unknown_code_status ?? 400),
        code: String(options.unknown_code_error ?? 'UNKNOWN_DISCOUNT_CODE'),
      };
    }
    // Not typeof entry: narrowed to null by its initialiser, it would type every code as never (tsc --strict).
    entry = table[code] as CodeEntry;
  }
  const sent = options.tax_from_request === true ? input.tax_rate : Number(options.tax_rate ?? 0);
  // Option tax_rate_unit "either": a rate below 1 is a fraction (0.2 is 20 %), any other a percentage.
  const rate =
    options.tax_rate_unit === 'either' && typeof sent === 'number' && sent > 0 && sent < 1
      ? Math.round(sent * 1e8) / 1e6
      : sent;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
    return { ok: false, problems: ['the tax rate must be a percentage from 0 to 100'] };
  }
  const onWhole = options.tax_base === 'subtotal';
  const shippingFee = typeof options.shipping_fee === 'number' ? cents(options.shipping_fee) : null;
  const freeFrom = typeof options.free_shipping_from === 'number' ? cents(options.free_shipping_from) : null;
  const freeShipping = (goodsAtLeast: boolean, goodsAbove: boolean): boolean =>
    freeFrom !== null && (options.free_shipping_inclusive === true ? goodsAtLeast : goodsAbove);
  const value: Record<string, unknown> = { lines: answered };
  if (!atEnd) {
    let discount = 0;
    // A code with a minimum takes nothing off a subtotal below it (from it, or only above it).
    const reaches = (sum: number, minimum: number) =>
      entry?.minimum_inclusive === false ? sum > minimum : sum >= minimum;
    if (entry !== null && (typeof entry.minimum !== 'number' || reaches(subtotal, cents(entry.minimum)))) {
      discount =
        typeof entry.percent === 'number'
          ? Math.round((subtotal * entry.percent) / 100 + 1e-6)
          : Math.min(subtotal, cents(Number(entry.amount ?? 0)));
    }
    const taxable = subtotal - discount;
    const tax = Math.round(((onWhole ? subtotal : taxable) * rate) / 100 + 1e-6);
    Object.assign(value, { subtotal: subtotal / 100, discount: discount / 100, tax: tax / 100, total: (taxable + tax) / 100 });
    if (shippingFee !== null) {
      // Shipping is not taxed; it is waived once the goods after the discount reach the threshold.
      const from = freeFrom ?? 0;
      const shipping = freeShipping(taxable >= from, taxable > from) ? 0 : shippingFee;
      value.shipping = shipping / 100;
      value.total = (taxable + tax + shipping) / 100;
    }
    return { ok: true, value };
  }
  // Rounded once at the end: amounts in 1e-10 of the currency, tax in 1e-16, each rounded only when answered.
  const big = (n: number) => BigInt(n);
  const round = (x: bigint, unit: bigint): number => Number((big(2) * x + unit) / (big(2) * unit));
  const cent = big(100_000_000);
  const whole = exactSubtotal * big(10_000);
  let off = big(0);
  const reachesExact = (minimum: bigint) => (entry?.minimum_inclusive === false ? whole > minimum : whole >= minimum);
  if (entry !== null && (typeof entry.minimum !== 'number' || reachesExact(big(cents(entry.minimum)) * cent))) {
    off =
      typeof entry.percent === 'number'
        ? exactSubtotal * big(Math.round(entry.percent * 100))
        : big(cents(Number(entry.amount ?? 0))) * cent;
    if (off > whole) off = whole;
  }
  const taxable = whole - off;
  const taxed = (onWhole ? whole : taxable) * big(Math.round(rate * 10_000));
  const shipping =
    shippingFee === null
      ? null
      : freeShipping(taxable >= big(freeFrom ?? 0) * cent, taxable > big(freeFrom ?? 0) * cent)
        ? 0
        : shippingFee;
  const scale = big(1_000_000);
  Object.assign(value, {
    subtotal: round(whole, cent) / 100,
    discount: round(off, cent) / 100,
    tax: round(taxed, cent * scale) / 100,
    total: round(taxable * scale + taxed + big(shipping ?? 0) * cent * scale, cent * scale) / 100,
  });
  if (shipping !== null) value.shipping = shipping / 100;
  return { ok: true, value };
};`,
};
