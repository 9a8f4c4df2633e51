import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';

/*
 * Working days less listed holidays on bad input, served as generated: whatever JSON body arrives (fields
 * missing, of another type, lists of junk, dates that do not exist, prototype names), the service answers 200 or
 * a 400 naming what is wrong, never a 500.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /working-days with {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "holidays": ["YYYY-MM-DD"]} returns {"working_days": integer}: Monday to Friday, both dates included, minus the listed holidays',
];

const ODD: unknown[] = [
  0,
  -1,
  1e308,
  '2024-02-30',
  '2024-05-01',
  '9999-12-31',
  '',
  null,
  true,
  [],
  [null],
  ['2024-05-01', 7],
  Array.from({ length: 1001 }, () => '2024-05-01'),
  {},
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'working-days-svc', FEATURES);

const computations = () =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'dates.business_days',
  );

describe('working days less listed holidays served on bad input', () => {
  it('are designed at the written route', () => {
    expect(computations().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /working-days']);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261207)).toEqual([]);
  });

  it('refuse holidays that are no dates with 400 VALIDATION_FAILED, and count the ones that are', async () => {
    for (const holidays of [['2024-02-30'], '2024-05-01', [7]]) {
      const answer = await post('/working-days', { from: '2024-04-29', to: '2024-05-03', holidays });
      const stable = JSON.stringify(answer.body).includes('VALIDATION_FAILED');
      expect([holidays, answer.status, stable]).toEqual([holidays, 400, true]);
    }
    const christmas = { from: '2024-12-23', to: '2024-12-31', holidays: ['2024-12-25', '2024-12-26'] };
    expect((await post('/working-days', christmas)).body).toEqual({ working_days: 5 });
  });
});
