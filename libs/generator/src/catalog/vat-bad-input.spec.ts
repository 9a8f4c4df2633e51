import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * A VAT calculator with a route each way on bad input, served as generated: whatever JSON body arrives (fields
 * missing, of another type, huge, negative, a rate the feature does not list, prototype names), the service
 * answers 200 or a 400 naming what is wrong — never a 500. Property-style: bodies are drawn from a seeded
 * generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /brutto mit {"netto": number, "satz": 19 oder 7} liefert {"netto", "mwst", "brutto"}, auf Cent gerundet',
  'POST /netto mit {"brutto": number, "satz": 19 oder 7} rechnet zurück und liefert {"netto", "mwst", "brutto"}',
  'Andere Sätze als 19 und 7 sowie negative Beträge → 400',
];

const ODD: unknown[] = [
  0,
  -0,
  -1,
  0.005,
  7,
  19,
  16,
  100,
  101,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  '19',
  '',
  null,
  true,
  [],
  [19],
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'mwst-svc', FEATURES);

describe('a VAT calculator on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function.startsWith('vat.'),
    );

  it('is designed: one route each way, at the written paths', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /brutto', 'POST /netto']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('answers 100 net at 19 % and 119 gross at 19 %, and refuses 16 % and negative amounts with 400', async () => {
    expect(await post('/brutto', { netto: 100, satz: 19 })).toEqual({
      status: 200,
      body: expect.objectContaining({ netto: 100, mwst: 19, brutto: 119 }) as unknown,
    });
    expect(await post('/netto', { brutto: 10, satz: 7 })).toEqual({
      status: 200,
      body: expect.objectContaining({ netto: 9.35, mwst: 0.65, brutto: 10 }) as unknown,
    });
    expect((await post('/brutto', { netto: 100, satz: 16 })).status).toBe(400);
    expect((await post('/netto', { brutto: 100, satz: 16 })).status).toBe(400);
    expect((await post('/brutto', { netto: -1, satz: 19 })).status).toBe(400);
    expect((await post('/netto', { brutto: -0.01, satz: 7 })).status).toBe(400);
    expect((await post('/netto', { satz: 7 })).status).toBe(400);
  });
});
