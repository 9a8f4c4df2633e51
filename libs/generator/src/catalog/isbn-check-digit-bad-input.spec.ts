import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';
import { isbn13CheckDigit } from './checks-isbn-digit';
import { runCatalogFunction } from './testing/run-function';

/*
 * The ISBN-13 check digit on bad input. Served as generated: whatever JSON body arrives (the field missing, of
 * another type, 11 or 13 digits, letters, prototype names, huge texts), the service answers 200 or 400, never
 * 500. And on the emitted code: every text drawn from a seeded generator is answered exactly when it is 12 digits
 * once hyphens and spaces are removed, with the reference check digit (weights 1 and 3), and refused otherwise.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = ['Calcolare la cifra di controllo di un ISBN-13 a partire dalle prime 12 cifre'];

const ODD: unknown[] = [
  '978030640615',
  '978-0-306-40615',
  '97803064061',
  '9780306406157',
  '97803064061X',
  '٩٧٨٠٣٠٦٤٠٦١٥',
  '',
  ' ',
  0,
  978030640615,
  1e308,
  null,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  '9'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'isbn-digit-svc', FEATURES);

describe('the ISBN-13 check digit on bad input', () => {
  const endpoints = () => served.contract.endpoints.filter((e) => e.behavior.kind === 'function');

  it('is one computation of the check digit', () => {
    expect(endpoints().map((e) => e.behavior.kind === 'function' && e.behavior.function)).toEqual([
      'isbn.check_digit',
    ]);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, endpoints(), ODD, 20261207)).toEqual([]);
  });

  it('refuses a missing, non-text or malformed field with 400, and answers 12 digits', async () => {
    const [e] = endpoints();
    const field = e.request.body?.fields[0]?.name ?? 'digits';
    for (const value of [undefined, 978030640615, null, '', '97803064061', '9780306406157', '97803064061X'])
      expect((await post(e.path, value === undefined ? {} : { [field]: value })).status).toBe(400);
    const got = await post(e.path, { [field]: '978-0-306-40615' });
    expect(got.status).toBe(200);
    expect(Object.values(got.body)).toContain(7);
  });
});

describe('isbn.check_digit (the emitted code) against the reference (seeded)', () => {
  const random = seeded(20261207);
  const digit = () => String(Math.floor(random() * 10));
  const text = () => {
    const n = Math.floor(random() * 16);
    const digits = Array.from({ length: n }, digit).join('');
    const extra = ['', '-', ' ', 'X', 'a', '٣', '.', '\n'][Math.floor(random() * 8)];
    const at = Math.floor(random() * (n + 1));
    return digits.slice(0, at) + extra + digits.slice(at);
  };

  it('answers exactly 12 digits (hyphens and spaces dropped) with the reference digit, refuses the rest', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 3000; round += 1) {
      const sent = text();
      const compact = sent.replace(/[ -]/g, '');
      const got = runCatalogFunction('isbn.check_digit', { digits: sent }, {});
      const want = /^[0-9]{12}$/.test(compact) ? isbn13CheckDigit(compact) : null;
      const right =
        want === null
          ? !got.ok
          : got.ok && got.value.checkDigit === want && got.value.isbn13 === `${compact}${want}`;
      if (!right) wrong.push(`${JSON.stringify(sent)} → ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});
