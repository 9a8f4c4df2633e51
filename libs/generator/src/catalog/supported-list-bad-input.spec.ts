import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec } from '../codegen/testing/served-release';
import { oddValues } from './testing/served-converter';

/*
 * A listing of the units a converter supports, on bad input: whatever query string or body arrives, the
 * generated service answers the same list (never a 500), and nothing can be added to it — a POST to the
 * listing is no store (its list would have started empty).
 */

jest.setTimeout(120_000);

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
const FEATURES = ['Längen zwischen m, km, ft und mi umrechnen', 'Die unterstützten Einheiten auflisten'];
const { served } = servedForSpec(client, 'supported-list-svc', FEATURES);
const LISTED = { einheiten: ['m', 'km', 'ft', 'mi'] };

describe('a listing of supported units beside a length converter', () => {
  it('is a GET of the listing, beside the converter, with no store', () => {
    const routes = served.contract.endpoints.map((e) => `${e.method} ${e.path}`);
    expect(routes).toContain('GET /units');
    expect(routes.filter((r) => r.endsWith(' /units'))).toEqual(['GET /units']);
  });

  it('answers the converter units, in its order', async () => {
    const got = await served.call('GET', '/units');
    expect(got.status).toBe(200);
    expect(Object.values(got.body as Record<string, unknown>)).toEqual(Object.values(LISTED));
  });

  it('answers the same list to any query string, never a 500', async () => {
    const first = await served.call('GET', '/units');
    for (const odd of oddValues(['m', 'Meilen'])) {
      const q = encodeURIComponent(typeof odd === 'string' ? odd : JSON.stringify(odd));
      for (const path of [`/units?value=${q}`, `/units?${q}=${q}`, `/units?from=${q}&to=m`]) {
        const got = await served.call('GET', path);
        expect(got.status).toBeLessThan(500);
        if (got.status === 200) expect(got.body).toEqual(first.body);
      }
    }
  });

  it('adds nothing on a POST: the list stays the same', async () => {
    const posted = await served.call('POST', '/units', JSON.stringify({ unit: 'parsec' }));
    expect([404, 405]).toContain(posted.status);
    expect((await served.call('GET', '/units')).body).toEqual((await served.call('GET', '/units')).body);
    expect(JSON.stringify((await served.call('GET', '/units')).body)).not.toContain('parsec');
  });
});
