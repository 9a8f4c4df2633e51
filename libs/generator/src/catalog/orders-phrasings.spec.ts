import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import type { Paraphrase } from './testing/paraphrases';
import { phrasingTableTests } from './testing/phrasing-check';

/*
 * The phrasing table of order quotes with discount codes and tax said in words: a code table written in
 * sentences ("WELCOME15 gives 15 % off", "TENOFF knocks 10.00 off, the total can't go negative", "BIG20: 20 % off
 * for orders of 300 or more, no effect below that", "Rabattcode SOMMER = 5 € Nachlass"), tax before or after the
 * discount, rounding per line or at the end, shipping beside a code; in English, German, Spanish, French, Italian
 * and Portuguese. Each row carries a request and an answer worked out by hand (cents, half up). Beside them:
 * order features whose code condition cannot be read (they must stay unrealised), and near misses that are not
 * order quotes at all.
 */

const row =
  (input: Record<string, unknown>, want: Record<string, unknown>) =>
  (text: string): Paraphrase => ({ text, fn: 'order.totals', input, want });

// 2 × 60.00 + 1 × 190.00 = 310.00; WELCOME15 takes 15 % = 46.50 off: 263.50.
const BASKET = [
  { quantity: 2, unit_price: 60 },
  { quantity: 1, unit_price: 190 },
];
const welcome = row(
  { lines: BASKET, discount_code: 'WELCOME15' },
  { subtotal: 310, discount: 46.5, total: 263.5 },
);
// 1 × 4.00 with TENOFF (10.00 off, never below zero): the discount is 4.00, the total 0.
const tenoff = row(
  { lines: [{ quantity: 1, unit_price: 4 }], discount_code: 'TENOFF' },
  { discount: 4, total: 0 },
);
// BIG20 at 310.00 (300 or more): 62.00 off, 248.00.
const big = row({ lines: BASKET, discount_code: 'BIG20' }, { subtotal: 310, discount: 62, total: 248 });
// BIG20 at 299.99 (below 300): the code is accepted and takes nothing off.
const bigBelow = row(
  { lines: [{ quantity: 1, unit_price: 299.99 }], discount_code: 'BIG20' },
  { subtotal: 299.99, discount: 0, total: 299.99 },
);
// 19 % on 263.50 (after the discount) = 50.065 → 50.07; total 313.57.
const taxAfter = row(
  { lines: BASKET, discount_code: 'WELCOME15' },
  { subtotal: 310, discount: 46.5, tax: 50.07, total: 313.57 },
);
// 19 % on the full 310.00 = 58.90; total 310.00 − 46.50 + 58.90 = 322.40.
const taxBefore = row(
  { lines: BASKET, discount_code: 'WELCOME15' },
  { subtotal: 310, discount: 46.5, tax: 58.9, total: 322.4 },
);
// 3 × 0.125 twice: each line 0.375 → 0.38, sum 0.76; rounded once at the end 0.75.
const HALVES = [
  { quantity: 3, unit_price: 0.125 },
  { quantity: 3, unit_price: 0.125 },
];
const perLine = row({ lines: HALVES }, { subtotal: 0.76, total: 0.76 });
const atEnd = row({ lines: HALVES }, { total: 0.75 });
// 2 × 20.00 = 40.00; SOMMER takes 5.00: 35.00, under 50, so 4.95 shipping: 39.95.
const sommer = row(
  { lines: [{ quantity: 2, unit_price: 20 }], discount_code: 'SOMMER' },
  { subtotal: 40, discount: 5, shipping: 4.95, total: 39.95 },
);
// TENOFF on 4.00 with tax after it: nothing left to tax, total 0.
const tenoffTaxed = row(
  { lines: [{ quantity: 1, unit_price: 4 }], discount_code: 'TENOFF' },
  { discount: 4, tax: 0, total: 0 },
);

export const ORDER_CODE_PHRASINGS: Paraphrase[] = [
  welcome('Quote for order lines (quantity × unit price): code WELCOME15 gives 15 % off the subtotal'),
  welcome(
    'Angebot aus Positionen mit Menge und Einzelpreis; der Code WELCOME15 gibt 15 % Rabatt auf die Zwischensumme',
  ),
  welcome(
    'Presupuesto de un pedido con líneas de cantidad y precio unitario: el código WELCOME15 da un 15 % de descuento sobre el subtotal',
  ),
  welcome(
    "Devis d'une commande (quantité × prix unitaire par ligne) : le code WELCOME15 donne 15 % de remise sur le sous-total",
  ),
  welcome(
    'Preventivo di un ordine con righe quantità × prezzo unitario; il codice WELCOME15 dà il 15% di sconto sul subtotale',
  ),
  welcome(
    'Orçamento de um pedido com linhas de quantidade e preço unitário; o cupom WELCOME15 dá 15% de desconto',
  ),
  welcome('checkout total: sum qty * price over the lines; WELCOME15 is worth 15% off'),

  tenoff(
    "Checkout total from lines of quantity and unit price; TENOFF knocks 10.00 off, the total can't go negative",
  ),
  tenoff(
    'Rechnung aus Menge mal Preis je Position; der Gutschein TENOFF zieht 10,00 € ab, die Summe wird nie negativ',
  ),
  tenoff(
    'Total del pedido (cantidad × precio por línea); el cupón TENOFF resta 10 €, el total no puede ser negativo',
  ),
  tenoff(
    'Total de la commande à partir des lignes (quantité, prix unitaire) ; le code TENOFF enlève 10 €, sans jamais passer sous zéro',
  ),
  tenoff(
    'Order quote: qty times unit price per line. Code TENOFF = 10.00 off, but never more than the subtotal',
  ),
  tenoff('Rabattcode TENOFF = 10 € Nachlass auf den Warenkorb (Menge × Einzelpreis), höchstens bis 0'),

  big(
    'Order total from quantity × unit price lines; BIG20: 20 % off for orders of 300 or more, no effect below that',
  ),
  bigBelow(
    'Warenkorb: Menge × Preis je Position; BIG20 gibt 20 % Rabatt ab einem Bestellwert von 300 €, darunter wirkt er nicht',
  ),
  big(
    'Pedido: cantidad por precio de cada línea; BIG20 da un 20 % de descuento en pedidos de 300 € o más; por debajo no tiene efecto',
  ),
  bigBelow(
    "Panier : quantité × prix unitaire par ligne ; BIG20 donne 20 % de remise à partir de 300 € d'achat, sans effet en dessous",
  ),
  big(
    'Cart quote from qty and unit price; the code BIG20 takes 20% off when the subtotal is at least 300 (below that it does nothing)',
  ),

  taxAfter(
    'Quote: lines of quantity × unit price, WELCOME15 gives 15 % off, then 19 % VAT on the amount after the discount',
  ),
  taxAfter(
    'Angebot: Positionen Menge × Einzelpreis, Rabattcode WELCOME15 = 15 % Rabatt, 19 % MwSt. auf den Betrag nach Rabatt',
  ),
  taxAfter(
    'Factura: cantidad × precio por línea, código WELCOME15 con un 15 % de descuento y luego IVA del 19 % sobre el importe con descuento',
  ),
  taxBefore(
    'Invoice from quantity and unit price lines; VAT 19 % is charged on the subtotal before the discount; WELCOME15 takes 15 % off the subtotal',
  ),
  taxBefore(
    'Rechnung: Menge × Einzelpreis je Position, 19 % MwSt auf die volle Zwischensumme vor Rabatt, WELCOME15 gibt 15 % Rabatt',
  ),
  taxBefore(
    'Facture : quantité × prix unitaire par ligne, TVA 19 % calculée sur le sous-total avant remise ; WELCOME15 = 15 % de remise',
  ),

  perLine('Order total: quantity × unit price per line, each line rounded to the cent (half up), no tax'),
  atEnd(
    'Quote total from lines of qty and unit price; no rounding per line, only the final amount is rounded to cents',
  ),
  atEnd('Bestellsumme aus Menge × Einzelpreis je Position; erst am Ende auf den Cent runden (kaufmännisch)'),
  atEnd('Total del pedido: cantidad × precio unitario por línea; se redondea a céntimos solo al final'),

  sommer(
    'Warenkorb mit Menge und Preis je Position; Rabattcode SOMMER = 5 € Nachlass; Versand 4,95 €, ab 50 € versandkostenfrei',
  ),
  sommer('Cart total (qty × price per line); code SOMMER knocks 5.00 off; shipping 4.95, free from 50'),
  sommer(
    'Panier : quantité × prix par ligne ; le code SOMMER retire 5 € ; livraison 4,95 €, offerte dès 50 €',
  ),

  tenoffTaxed(
    "Quote endpoint: lines (qty, unit price), 10 % sales tax after the discount; TENOFF knocks 10.00 off but the total can't go negative; any other code is refused with 400",
  ),
  tenoffTaxed(
    'Presupuesto: cantidad y precio unitario por línea, IVA 21 % tras el descuento; código TENOFF: 10 € menos (nunca por debajo de cero); otros códigos → 400',
  ),
  tenoffTaxed(
    'Devis : lignes quantité × prix unitaire, TVA 20 % après remise ; TENOFF = 10 € de remise, le total ne peut pas être négatif ; tout autre code est refusé (400)',
  ),
];

/**
 * Order features of the class whose code condition (or amount) the generator cannot read: no order endpoint may
 * realise them, whatever it would compute (a refusal, not a guess).
 */
const UNREADABLE = [
  'Order total from quantity × price lines; code VIP gives 10 % off for returning customers',
  'Cart lines qty × unit price; code WEEKEND20 gives 20 % off on Saturdays and Sundays',
  'Bestellung: Menge × Preis je Position; der Code STUDENT gibt 10 % Rabatt nur mit Studentenausweis',
  'Order quote from quantity and unit price; WELCOME15 gives fifteen percent off',
  'Pedido con cantidad y precio por línea; el código BOGO: compra uno y llévate otro gratis',
  'Cart quote from qty and unit price; VIP gives 10 % off, returning customers only',
];

/** Features that share words with the class but are not an order quote. */
const NEAR_MISSES = [
  "Keep the stock of each product; the stock can't go negative",
  'Store discount codes with their percentage and expiry date',
  'List all orders of a customer with their totals',
  'Validate a coupon code: 8 upper-case letters or digits',
  'Track the quantity and price of each item in the warehouse',
  'Send the invoice to the customer by email',
  'Convert a price from EUR to USD at a given rate',
  'Rabattaktionen speichern und auflisten',
  'Historial de pedidos por cliente',
  'Le solde du compte ne peut pas être négatif',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 23 of 34 not read; after the code
 * reader in words, minimums, tax on the whole subtotal, rounding at the end and the discount floor: 0.
 */
const NOT_YET_READ = new Set<string>([]);

/** Unreadable features still realised (before the code: all five; after the unread-code refusal: none). */
const NOT_YET_REFUSED = new Set<string>([]);

const realised = (text: string) => {
  const { contract } = designSpec(intentOf({ service_name: 'quote', key_features: [text] }));
  return featureFidelity(contract, [text])[0].realised;
};

describe('order quotes with codes and tax in words, across phrasings', () => {
  phrasingTableTests(ORDER_CODE_PHRASINGS, NOT_YET_READ);

  for (const text of UNREADABLE.filter((t) => !NOT_YET_REFUSED.has(t))) {
    it(`leaves ${JSON.stringify(text)} unrealised`, () => {
      expect(realised(text)).toBe(false);
    });
  }

  it('still realises the unreadable features marked as not yet refused (remove them once refused)', () => {
    expect(UNREADABLE.filter((t) => NOT_YET_REFUSED.has(t) && !realised(t))).toEqual([]);
  });

  it.each(NEAR_MISSES)('does not read %p as an order quote', (text) => {
    const found = recogniseFeature(text);
    const fn = !found ? null : 'design' in found ? found.design.function : found.constraint.function;
    expect(fn).not.toBe('order.totals');
  });
});
