import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * Record rules written as sentences of their own, on bad input: whatever a create sends for a whole-number field
 * bounded 1..60 (a field its store named without a type), for a sku that must not repeat, or for anything else,
 * the generated service answers 201 exactly for a value the rule allows, 400 VALIDATION_FAILED for one it refuses,
 * 409 CONFLICT for a repeated sku, and never a 500. Property-style: values drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'record-rule-svc', [
  'Keep plants with a name, a sku and the days between waterings; list them',
  'days between waterings is a whole number from 1 to 60',
  'creating a plant whose sku already exists returns 409',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const ODD_VALUES: unknown[] = [
  0,
  1,
  60,
  61,
  -1,
  1.5,
  59.999,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '7',
  '',
  'abc',
  null,
  true,
  [],
  [7],
  {},
  { value: 7 },
];

async function create(body: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${served.url}/plants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed };
}

/** What the rule says of a value sent for days between waterings: taken only as a whole number from 1 to 60. */
function allowed(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60;
}

const code = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

describe('record rules as sentences of their own on bad input', () => {
  it('takes exactly the whole numbers from 1 to 60, refusing every other value with 400 (seeded)', async () => {
    const random = seeded(20261206);
    const seen: string[] = [];
    for (let round = 0; round < 40; round += 1) {
      const value = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
      const r = await create(
        JSON.stringify({ name: 'Fern', sku: `s-${round}`, days_between_waterings: value }),
      );
      const want = allowed(value) ? 201 : 400;
      if (r.status !== want) seen.push(`${JSON.stringify(value)} → ${r.status}`);
      if (want === 400 && code(r.body) !== 'VALIDATION_FAILED')
        seen.push(`${JSON.stringify(value)}: ${code(r.body)}`);
    }
    expect(seen).toEqual([]);
  });

  it('answers a repeated sku 409 CONFLICT and odd bodies 400, never a 500', async () => {
    const first = await create(JSON.stringify({ name: 'Aloe', sku: 'ALOE-1', days_between_waterings: 14 }));
    const again = await create(JSON.stringify({ name: 'Aloe 2', sku: 'ALOE-1', days_between_waterings: 21 }));
    expect([first.status, again.status, code(again.body)]).toEqual([201, 409, 'CONFLICT']);

    for (const body of ['', '{}', 'null', '[]', '{not json', '{"__proto__": {"sku": "x"}}', '{"sku": 5}']) {
      const r = await create(body);
      expect([body, r.status]).toEqual([body, 400]);
    }
  });
});
