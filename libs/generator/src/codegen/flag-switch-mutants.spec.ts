import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench } from './testing/generated-release';

/*
 * Proof that the tests generated for feature flags switched on and off test something: the wrong switches that
 * come first to mind (switching off that sets the flag on, a switch that flips instead of setting, so that
 * switching off what is off turns it on) each fail the generated suite, for routes spelled out
 * (`POST /flags/{key}/enable`, `/disable`) and for flags said in plain words ("turn a flag on", "turn it off").
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  routes: intentOf({
    service_name: 'flag-routes',
    purpose: 'Feature flags for our web shop',
    key_features: [
      'POST /flags {"key": string, "description": string} -> 201 with the flag; a new flag is disabled',
      'POST /flags/{key}/enable -> 200 with the flag, "enabled": true; an unknown key -> 404',
      'POST /flags/{key}/disable -> 200 with the flag, "enabled": false; an unknown key -> 404',
    ],
  }),
  words: intentOf({
    service_name: 'flag-words',
    purpose: 'Feature flags for a mobile app',
    key_features: [
      'Create a feature flag with a key and a description',
      'Turn a feature flag on',
      'Turn a feature flag off',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('flags'), 300_000);
afterAll(() => bench.tearDown());

it.each(Object.keys(INTENTS) as (keyof typeof INTENTS)[])(
  'the unmutated %s project passes its own tests',
  async (name) => {
    const run = await bench.run(name, 'export function', 'export function', ['src/handlers.ts']);
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  },
);

describe.each(Object.keys(INTENTS) as (keyof typeof INTENTS)[])('the %s project', (name) => {
  it.each([
    ['switching off that sets the flag on', 'record.enabled = false;', 'record.enabled = true;', /to false/],
    ['switching on that sets the flag off', 'record.enabled = true;', 'record.enabled = false;', /to true/],
    [
      'switching off as a flip',
      'record.enabled = false;',
      'record.enabled = record.enabled !== true;',
      /to false/,
    ],
    [
      'switching on as a flip',
      'record.enabled = true;',
      'record.enabled = record.enabled !== true;',
      /to true/,
    ],
  ])('fails its tests with %s', async (_what, from, to, failing) => {
    const run = await bench.run(name, from, to, ['src/handlers.ts']);

    expect(run.code).not.toBe(0);
    expect(run.failed.filter((t) => failing.test(t))).not.toEqual([]);
  });
});
