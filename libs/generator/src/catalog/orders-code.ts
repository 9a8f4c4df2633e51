import type { FunctionCode } from './catalog-entry';

/*
 * The emitted side of order totals. Money is counted in whole cents: each line total is quantity × unit price
 * rounded to cents (half up), the subtotal is the sum of the rounded line totals, a percentage discount is
 * rounded to cents, a fixed one never exceeds the subtotal, tax is charged on the subtotal after the discount
 * and rounded to cents, and the total is that taxable amount plus the tax (plus any shipping fee, untaxed, that
 * the goods after the discount do not reach the free-shipping threshold for). The designer's worked examples are
 * computed apart from this text, in integer arithmetic (orders.ts).
 */

export const ORDER_TOTALS_CODE: FunctionCode = {
  id: 'order.totals',
  exportName: 'orderTotals',
  source: `/**
 * order.totals: line totals, subtotal, discount (code from a table), tax after the discount, shipping (option
 * shipping_fee, waived from or above free_shipping_from), total; cents, half up.
 */
export const orderTotals: CatalogFunction = (input, options) => {
  // Amounts here are never negative; the nudge keeps 2.9699999… (3 × 0.99) at 297 cents.
  const cents = (amount: number): number => Math.round(amount * 100 + 1e-6);
  const quantityName = String(options.quantity_field);
  const priceName = String(options.price_field);
  const lines = Array.isArray(input.lines) ? (input.lines as unknown[]) : [];
  if (lines.length === 0) return { ok: false, problems: ['an order needs at least one line'] };
  const problems: string[] = [];
  const answered: Record<string, unknown>[] = [];
  let subtotal = 0;
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
    answered.push({ ...record, line_total: lineTotal / 100 });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (!Number.isSafeInteger(subtotal)) return { ok: false, problems: ['the order total is too large'] };
  let discount = 0;
  const code = typeof input.discount_code === 'string' ? input.discount_code.trim().toUpperCase() : '';
  if (code !== '') {
    let table: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(String(options.discounts ?? '{}'));
      if (typeof parsed === 'object' && parsed !== null) table = parsed as Record<string, unknown>;
    } catch {
      table = {};
    }
    const entry = Object.hasOwn(table, code) ? (table[code] as { percent?: number; amount?: number }) : undefined;
    if (entry === undefined) {
      return {
        ok: false,
        problems: ['unknown discount code ' + JSON.stringify(code.slice(0, 40))],
        status: Number(options.unknown_code_status ?? 400),
        code: String(options.unknown_code_error ?? 'UNKNOWN_DISCOUNT_CODE'),
      };
    }
    discount =
      typeof entry.percent === 'number'
        ? Math.round((subtotal * entry.percent) / 100 + 1e-6)
        : Math.min(subtotal, cents(Number(entry.amount ?? 0)));
  }
  const rate = options.tax_from_request === true ? input.tax_rate : Number(options.tax_rate ?? 0);
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
    return { ok: false, problems: ['the tax rate must be a percentage from 0 to 100'] };
  }
  const taxable = subtotal - discount;
  const tax = Math.round((taxable * rate) / 100 + 1e-6);
  const value: Record<string, unknown> = {
    lines: answered,
    subtotal: subtotal / 100,
    discount: discount / 100,
    tax: tax / 100,
    total: (taxable + tax) / 100,
  };
  if (typeof options.shipping_fee === 'number') {
    // Shipping is not taxed; it is waived once the goods after the discount reach the threshold.
    const from = typeof options.free_shipping_from === 'number' ? cents(options.free_shipping_from) : null;
    const free = from !== null && (options.free_shipping_inclusive === true ? taxable >= from : taxable > from);
    const shipping = free ? 0 : cents(options.shipping_fee);
    value.shipping = shipping / 100;
    value.total = (taxable + tax + shipping) / 100;
  }
  return { ok: true, value };
};`,
};
