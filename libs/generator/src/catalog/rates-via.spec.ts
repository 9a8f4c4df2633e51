import { viaCurrency, viaTable } from './rates-via';
import { rateTableDesign } from './rates-table';

/*
 * The currency a line says cross conversions pass through, and whether that line fits a rate table: only a table
 * holding that currency, and never a line rounding the amount on the way or writing numbers of its own.
 */

const TABLE = rateTableDesign(
  [
    { from: 'EUR', rate: '1.10', to: 'USD' },
    { from: 'EUR', rate: '0.85', to: 'GBP' },
  ],
  2,
  [],
)!;

describe('cross conversions through a currency of the rate table (rates-via.ts)', () => {
  it.each([
    ['Conversions between two non-EUR currencies go via EUR', 'EUR'],
    ['Entre USD y MXN se convierte pasando por el euro', 'EUR'],
    ['Zwischen USD und GBP wird über EUR umgerechnet', 'EUR'],
    ["Entre USD et JPY, la conversion passe par l'euro", 'EUR'],
    ['Tra USD e GBP si converte passando per EUR', 'EUR'],
    ['Entre BRL e USD a conversão passa pelo EUR', 'EUR'],
  ])('reads %s', (line, code) => {
    expect(viaCurrency(line)).toBe(code);
  });

  it.each([
    'Conversions go via EUR, rounding the intermediate EUR amount to cents',
    'Shipping goes via DHL',
    'Log in via SSO',
  ])('reads no currency passed through in %s', (line) => {
    expect(viaCurrency(line)).toBeNull();
  });

  it('fits a table holding the currency, keeps its rates, and takes the decimals the line writes', () => {
    const found = viaTable('Entre USD y GBP se convierte pasando por el euro, redondeado a 3 decimales');
    expect(found && 'constraint' in found).toBe(true);
    if (!found || !('constraint' in found)) return;
    expect(found.constraint.fits?.(TABLE)).toBe(true);
    const refined = found.constraint.refine!(TABLE);
    expect(refined.options).toEqual({ ...TABLE.options, decimals: 3 });
  });

  it('fits no table without the currency, and reads no line writing a number of its own', () => {
    const chf = viaTable('Conversions between USD and GBP go through CHF');
    expect(chf && 'constraint' in chf && chf.constraint.fits?.(TABLE)).toBe(false);
    expect(viaTable('Conversions go via EUR with a 2 % fee')).toBeNull();
  });
});
