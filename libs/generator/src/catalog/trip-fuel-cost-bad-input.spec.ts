import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, oddJsonValues, serverErrors } from '../codegen/testing/served-release';

/*
 * The fuel cost of a trip on bad input, served as generated: whatever JSON body arrives (fields missing, of
 * another type, huge, negative, prototype names), the service answers 200 or a 400 naming what is wrong — never
 * a 500. Property-style: bodies are drawn from a seeded generator, so a failure is reproducible. Beside them,
 * answers worked out by hand (333 km at 5.9 l/100 km is 19.647 l; at 1.749 a litre 34.3626… → 34.36).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /spritkosten mit {"strecke_km": number, "verbrauch": number, "literpreis": number} liefert {"liter", "kosten"} (Kosten auf Cent gerundet)',
  'Verbrauch in Litern pro 100 km, Literpreis in Euro; negative Werte ergeben 400',
];

const ODD = oddJsonValues(0.0005, 6.5, 1000, 1e6, 1e6 + 1, '420', [1]);

const { served, post } = servedForSpec(client, 'spritkosten-svc', FEATURES);

describe('the fuel cost of a trip on bad input', () => {
  const computations = () =>
    served.contract.endpoints.filter(
      (e) => e.behavior.kind === 'function' && e.behavior.function === 'calc.trip_fuel_cost',
    );

  it('is designed: one route, at the written path', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /spritkosten']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('answers trips worked out by hand and refuses negative, missing and oversized values with 400', async () => {
    expect(await post('/spritkosten', { strecke_km: 333, verbrauch: 5.9, literpreis: 1.749 })).toEqual({
      status: 200,
      body: expect.objectContaining({ liter: 19.65, kosten: 34.36 }) as unknown,
    });
    expect(await post('/spritkosten', { strecke_km: 100, verbrauch: 5, literpreis: 2 })).toEqual({
      status: 200,
      body: expect.objectContaining({ liter: 5, kosten: 10 }) as unknown,
    });
    // 1,000,000 km at 1,000 l/100 km and 10,000 a litre: 10,000,000 l for 100,000,000,000 — exact in cents.
    expect(await post('/spritkosten', { strecke_km: 1e6, verbrauch: 1000, literpreis: 10000 })).toEqual({
      status: 200,
      body: expect.objectContaining({ liter: 1e7, kosten: 1e11 }) as unknown,
    });
    expect((await post('/spritkosten', { strecke_km: -1, verbrauch: 5, literpreis: 2 })).status).toBe(400);
    expect((await post('/spritkosten', { strecke_km: 10, verbrauch: -5, literpreis: 2 })).status).toBe(400);
    expect((await post('/spritkosten', { strecke_km: 10, verbrauch: 5, literpreis: -0.01 })).status).toBe(
      400,
    );
    expect((await post('/spritkosten', { strecke_km: 1e6 + 1, verbrauch: 5, literpreis: 2 })).status).toBe(
      400,
    );
    expect((await post('/spritkosten', { verbrauch: 5, literpreis: 2 })).status).toBe(400);
  });
});
