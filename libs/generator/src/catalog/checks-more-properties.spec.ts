import { gtinCheckDigit, gtinReference } from './checks-gtin';
import { cardBrand, passesLuhn } from './checks-card';
import { uuidVariant } from './checks-formats';
import { runCatalogFunction } from './testing/run-function';

/*
 * The emitted GS1, brand and UUID code against the reference semantics on many generated inputs: it never throws
 * (a generated service would answer 500), refuses only what is outside the domain, and otherwise answers what the
 * reference answers. The inputs come from a fixed-seed generator, so a failure repeats.
 */

function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = generator(20261206);
const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');

/** Texts a client may send: digit strings of every length, with spaces, letters, signs, unicode digits, empty. */
function anyText(): string {
  const n = Math.floor(next() * 22);
  return pick([
    () => digits(n),
    () => digits(n).replace(/(\d{4})/g, '$1 '),
    () => digits(n) + pick(['A', 'x', '-', '.', '٣', ' ', '\n', '"']),
    () => pick(['', ' ', '-', 'null', '0', '1e5', '🙂', '１２３']),
    () => `${pick(['4', '5', '3', '6', '2'])}${digits(n)}`,
  ])();
}

const RUNS = 3000;

describe('gtin.validate against the reference', () => {
  it.each([['8'], ['12'], ['13'], ['14'], ['8,12,13,14']])(
    'answers as the reference for lengths %s',
    (lengths) => {
      const allowed = lengths.split(',').map(Number);
      for (let i = 0; i < RUNS; i++) {
        const code = anyText();
        const answer = runCatalogFunction('gtin.validate', { code }, { lengths, refuseMalformed: false });
        if (code.replace(/ /g, '') === '') {
          expect(answer.ok).toBe(false);
          continue;
        }
        expect([code, answer]).toEqual([code, { ok: true, value: gtinReference(code, allowed) }]);
        const refusing = runCatalogFunction('gtin.validate', { code }, { lengths, refuseMalformed: true });
        const malformed = ['length', 'non_digit'].includes(String(gtinReference(code, allowed).reason));
        expect([code, refusing.ok]).toEqual([code, !malformed]);
      }
    },
  );
});

describe('gtin.complete against the reference', () => {
  it('answers the check digit of every code of the lengths allowed and refuses the rest', () => {
    for (let i = 0; i < RUNS; i++) {
      const code = anyText();
      const answer = runCatalogFunction('gtin.complete', { code }, { lengths: '7,11,12,13' });
      const compact = code.replace(/ /g, '');
      const fits = /^\d+$/.test(compact) && [7, 11, 12, 13].includes(compact.length);
      if (!fits) {
        expect([code, answer.ok]).toEqual([code, false]);
        continue;
      }
      const digit = gtinCheckDigit(compact);
      expect(answer).toEqual({ ok: true, value: { checkDigit: digit, full: compact + String(digit) } });
      expect(gtinReference(compact + String(digit), [compact.length + 1]).valid).toBe(true);
    }
  });
});

describe('luhn.validate with brands against the reference', () => {
  it('answers validity and brand as the reference, and refuses only what is not digits and spaces', () => {
    const settings = { brands: [] as string[], unknown: 'unknown' };
    for (let i = 0; i < RUNS; i++) {
      const number = anyText();
      const answer = runCatalogFunction(
        'luhn.validate',
        { number },
        { brand: true, brands: '', unknown: 'unknown' },
      );
      const compact = number.replace(/ /g, '');
      if (!/^[0-9 ]*$/.test(number) || compact === '') {
        expect([number, answer.ok]).toEqual([number, false]);
        continue;
      }
      expect([number, answer]).toEqual([
        number,
        { ok: true, value: { valid: passesLuhn(compact), brand: cardBrand(compact, settings) } },
      ]);
    }
  });
});

describe('uuid.validate variant against the reference', () => {
  it('answers the variant of every well-formed UUID as the reference', () => {
    const hex = '0123456789abcdefABCDEF';
    for (let i = 0; i < RUNS; i++) {
      const raw = Array.from({ length: 32 }, () => pick([...hex])).join('');
      const uuid = `${raw.slice(0, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}-${raw.slice(16, 20)}-${raw.slice(20)}`;
      const answer = runCatalogFunction('uuid.validate', { uuid }, {});
      expect(answer).toMatchObject({ ok: true, value: { valid: true, variant: uuidVariant(uuid) } });
    }
  });
});
