import { seeded } from '../codegen/testing/seeded';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { vatInCents } from './vat';

/*
 * The VAT calculator's emitted code against amounts worked out by hand (cents, half up), against the BigInt
 * reference on seeded amounts and rates, and on the values it refuses; its recogniser on routes spelled with
 * the amounts and rates of several languages, and on routes that are no VAT calculation.
 */

const add = (net: unknown, rate: unknown, rates: number[] = []) =>
  runCatalogFunction('vat.add', { net, rate }, { rates: JSON.stringify(rates) });
const remove = (gross: unknown, rate: unknown, rates: number[] = []) =>
  runCatalogFunction('vat.remove', { gross, rate }, { rates: JSON.stringify(rates) });

describe('vat.add and vat.remove (emitted code)', () => {
  it.each([
    // net, rate → vat, gross
    [100, 19, 19, 119],
    [19.99, 7, 1.4, 21.39], // 1.3993
    [0.05, 19, 0.01, 0.06], // 0.0095
    [10, 5.5, 0.55, 10.55],
    [0.07, 7, 0, 0.07], // 0.0049
    [250, 19, 47.5, 297.5],
    [0, 19, 0, 0],
    [80, 21, 16.8, 96.8],
  ])('adds to %p net at %p %% a VAT of %p, gross %p', (net, rate, vat, gross) => {
    expect(add(net, rate)).toEqual({ ok: true, value: { net, vat, gross } });
  });

  it.each([
    // gross, rate → net, vat
    [119, 19, 100, 19],
    [10, 7, 9.35, 0.65], // 9.3458
    [5, 7, 4.67, 0.33], // 4.6729
    [1.07, 7, 1, 0.07],
    [120, 20, 100, 20],
    [55, 10, 50, 5],
    [0.01, 19, 0.01, 0], // 0.0084
    [0, 7, 0, 0],
  ])('takes out of %p gross at %p %% a net of %p and VAT %p', (gross, rate, net, vat) => {
    expect(remove(gross, rate)).toEqual({ ok: true, value: { net, vat, gross } });
  });

  it('agrees with the BigInt reference on seeded amounts and rates, both ways', () => {
    const random = seeded(17);
    for (let i = 0; i < 400; i += 1) {
      const amountCents = Math.floor(random() * 10_000_000);
      const basis = Math.floor(random() * 10_001);
      const [amount, rate] = [amountCents / 100, basis / 100];
      for (const direction of ['add', 'remove'] as const) {
        const want = vatInCents(direction, BigInt(amountCents), BigInt(basis));
        const got = direction === 'add' ? add(amount, rate) : remove(amount, rate);
        expect(got).toEqual({
          ok: true,
          value: {
            net: Number(want.net) / 100,
            vat: Number(want.vat) / 100,
            gross: Number(want.gross) / 100,
          },
        });
      }
    }
  });

  it('takes back out exactly what it added on whole-percent rates', () => {
    for (const rate of [5, 7, 10, 19, 20, 21]) {
      for (const net of [1, 9.99, 100, 1234.56]) {
        const added = add(net, rate);
        if (!added.ok) throw new Error('refused');
        expect(remove(added.value.gross, rate)).toEqual({ ok: true, value: added.value });
      }
    }
  });

  it.each([
    ['a negative amount', -1, 19, []],
    ['a rate above 100', 100, 150, []],
    ['a negative rate', 100, -5, []],
    ['a rate the feature does not list', 100, 16, [19, 7]],
    ['a rate sent as text', 100, '19', []],
    ['an amount sent as text', '100', 19, []],
    ['an amount that is not finite', Number.POSITIVE_INFINITY, 19, []],
    ['an amount too large for cents', 1e12, 19, []],
  ])('refuses %s both ways', (_why, amount, rate, rates) => {
    expect(add(amount, rate, rates).ok).toBe(false);
    expect(remove(amount, rate, rates).ok).toBe(false);
  });

  it('answers a rate the feature lists', () => {
    expect(add(100, 7, [19, 7])).toEqual({ ok: true, value: { net: 100, vat: 7, gross: 107 } });
  });
});

const designed = (text: string) => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

describe('the VAT recogniser', () => {
  it.each([
    [
      'POST /brutto mit {"netto": number, "satz": 19 oder 7} liefert {"netto", "mwst", "brutto"}',
      'vat.add',
      [19, 7],
    ],
    ['POST /netto mit {"brutto": number, "satz": 19 | 7} liefert {"netto", "mwst"}', 'vat.remove', [19, 7]],
    ['POST /iva con {"neto": number, "tipo": 21 o 10} devuelve {"cuota", "bruto"}', 'vat.add', [21, 10]],
    ['POST /ht avec {"ttc": number, "taux": 20 ou 5.5} renvoie {"ht", "tva"}', 'vat.remove', [20, 5.5]],
    ['POST /vat/add with {"net": number, "rate": number} returns {"vat", "gross"}', 'vat.add', []],
    ['POST /lordo con {"netto": number, "aliquota": 22 o 10} restituisce {"lordo"}', 'vat.add', [22, 10]],
    // The amount and the rate in the query of a GET.
    ['GET /vat?net=100&rate=19 returns {"gross"}', 'vat.add', []],
  ])('reads %p as %s at the rates it lists', (text, fn, rates) => {
    const d = designed(text);
    expect(d?.function).toBe(fn);
    expect(JSON.parse(String(d?.options?.rates))).toEqual(rates);
  });

  it.each([
    'POST /convert with {"amount": number, "rate": number} returns {"converted"}',
    'POST /loan with {"principal": number, "rate": number, "months": integer} returns {"payment"}',
    'POST /vat with {"net": number, "rate": number, "country": string} returns {"gross"}',
    'POST /vat with {"net": number, "rate": number} returns {"gross", "invoice_id"}',
    'GET /vat?net=100&rate=19&country=DE returns {"gross"}',
    'POST /brutto mit {"netto": number, "satz": 19 oder 150} liefert {"brutto"}',
  ])('reads %p as no VAT calculation', (text) => {
    expect(['vat.add', 'vat.remove']).not.toContain(designed(text)?.function);
  });
});
