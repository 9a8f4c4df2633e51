import { readCodeRefusal, readLineRefusals } from './orders-refusals';

/*
 * The reader of an order's refusal list: each clause one refusal the order code makes, with the status written
 * for it; anything else leaves the list unread.
 */

const read = (text: string) => {
  const found = readLineRefusals(text);
  return found && Object.fromEntries(found);
};

describe('readLineRefusals', () => {
  it.each([
    [
      'An unknown code, an empty lines list or a qty below 1 returns 400',
      { code: 400, empty: 400, quantity: 400 },
    ],
    [
      'an unknown code returns 422; empty lines or a qty below 1 return 400',
      { code: 422, empty: 400, quantity: 400 },
    ],
    ['empty lines list, qty < 1 or negative unit_price -> 400', { empty: 400, quantity: 400, price: 400 }],
    [
      'an unknown code, a cart without lines or a quantity under 1 is refused',
      { code: 400, empty: 400, quantity: 400 },
    ],
    [
      'Unbekannte Rabattcodes, leere Positionen oder Mengen unter 1 → 400',
      { code: 400, empty: 400, quantity: 400 },
    ],
    ['una lista de líneas vacía o una cantidad menor que 1 devuelven 400', { empty: 400, quantity: 400 }],
    // The list as one part of a feature whose other part states the tax.
    [
      'VAT of 20% is charged on the subtotal after the discount; an empty lines list or a quantity below 1 returns 400',
      { empty: 400, quantity: 400 },
    ],
  ])('reads %p', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Refusals the order code does not make.
    'an empty lines list or a qty below 2 returns 400',
    'more than 20 lines or an unknown code returns 400',
    'an unknown code or a line without a sku returns 400',
    'a qty above 99 or a negative price returns 400',
    // One refusal alone is no list (the record readers read it).
    'a negative price returns 400',
    // A route is a feature of its own, not a list.
    'POST /quote with {"lines": [...]}; an empty lines list or a qty below 1 returns 400',
    // Two parts that both refuse: one is no list of the order's refusals.
    'an unknown customer returns 404; an empty lines list or a qty below 1 returns 400',
  ])('leaves %p unread', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('readCodeRefusal', () => {
  it.each([
    ['an unknown code returns 422', 422],
    ['any other code returns 400', 400],
    ['Unbekannte Gutscheine werden abgelehnt', 400],
  ])('reads %p as the status %p', (text, status) => {
    expect(readCodeRefusal(text)).toBe(status);
  });

  it.each([
    'an unknown currency code returns 400',
    'an unknown code returns 400 or 422',
    'an unknown code, or an empty list, returns 400',
    'codes are case-insensitive',
  ])('leaves %p unread', (text) => {
    expect(readCodeRefusal(text)).toBeNull();
  });
});
