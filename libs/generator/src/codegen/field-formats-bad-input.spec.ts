import { createLlmClient } from '@sf/llm';
import type { CheckedFormat } from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A generated store whose fields must pass a checked format (an ISBN-13, an IBAN, a card number, a UUID, a clock
 * time), served: whatever arrives in those fields — valid values with one character changed, dropped or doubled,
 * other types, null, nested values — the answer is 201 exactly when the catalog's reference check takes the value,
 * else 400 VALIDATION_FAILED naming the field, never a 500. Property-style: values drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'field-formats-svc', [
  'POST /loans with {"isbn": ISBN-13, "reader": string} creates a loan and returns 201 with it',
  'POST /payees with {"name": string, "iban": string (valid IBAN)} returns 201 with the payee',
  'POST /cards with {"holder": string, "number": card number (Luhn)} returns 201',
  'POST /devices with {"name": string, "serial": UUID} returns 201',
  'POST /slots with {"person": string, "at": "HH:MM"} returns 201',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

async function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

const ROUTES: [CheckedFormat, string, string, Record<string, unknown>][] = [
  ['isbn-13', '/loans', 'isbn', { reader: 'Ada' }],
  ['iban', '/payees', 'iban', { name: 'Acme' }],
  ['card-number', '/cards', 'number', { holder: 'Ada' }],
  ['uuid', '/devices', 'serial', { name: 'Sensor' }],
  ['time', '/slots', 'at', { person: 'Ada' }],
];

/** A valid value with one character changed, dropped or doubled (often, not always, no longer valid). */
function nearby(value: string, random: () => number): string {
  const at = Math.floor(random() * value.length);
  const pick = random();
  const chars = '0123456789ABCDEFX -:';
  if (pick < 0.5)
    return value.slice(0, at) + chars[Math.floor(random() * chars.length)] + value.slice(at + 1);
  if (pick < 0.75) return value.slice(0, at) + value.slice(at + 1);
  return value.slice(0, at) + value[at] + value.slice(at);
}

describe('generated fields of a checked format', () => {
  it('designs every field with its format', () => {
    for (const [format, path, field] of ROUTES) {
      const create = served.contract.endpoints.find((e) => e.method === 'POST' && e.path === path);
      const declared = create?.request.body?.fields.find((f) => f.name === field)?.format;
      expect([path, declared]).toEqual([path, format]);
    }
  });

  it.each(ROUTES)(
    '%s: 201 exactly when the reference check takes the value, else 400 naming it',
    async (format, path, field, rest) => {
      const check = fieldFormatCheck(format);
      const random = seeded(format.length * 7 + 3);
      for (let i = 0; i < 60; i += 1) {
        const base = check.valid[i % check.valid.length];
        // Each value once, so a store that keeps values unique would not answer 409 for a repeat.
        const value = i < 4 ? check.variant(100 + i) : nearby(base, random);
        const r = await post(path, { ...rest, [field]: value });
        const valid = check.test(value);
        expect([value, r.status]).toEqual([value, valid ? 201 : 400]);
        if (!valid) expect(r.text).toContain('VALIDATION_FAILED');
        if (!valid) expect(r.text).toContain(field);
      }
    },
  );

  it('never answers 500, whatever arrives in a checked field', async () => {
    const odd = [
      null,
      0,
      -1,
      1e21,
      true,
      [],
      ['9780306406157'],
      {},
      { value: 'x' },
      '',
      ' ',
      '💥',
      'x'.repeat(5000),
    ];
    for (const [, path, field, rest] of ROUTES) {
      for (const value of odd) {
        const r = await post(path, { ...rest, [field]: value });
        expect([path, JSON.stringify(value).slice(0, 20), r.status]).toEqual([
          path,
          JSON.stringify(value).slice(0, 20),
          400,
        ]);
      }
    }
  });
});
