import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the worked examples of a rounding said as a key feature of its own ("Ergebnis auf 4
 * Nachkommastellen gerundet", "o resultado vem arredondado com 2 casas decimais") test it: a conversion that
 * rounds to one decimal more, or not at all, fails the generated acceptance pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  celsius: intentOf({
    service_name: 'celsius-rechner',
    purpose: 'Temperaturen für das Labor umrechnen',
    key_features: [
      'Temperaturen von Celsius in Fahrenheit umrechnen',
      'Ergebnis auf 4 Nachkommastellen gerundet',
    ],
  }),
  metros: intentOf({
    service_name: 'metros-pes',
    purpose: 'Converter medidas para a oficina',
    key_features: ['converter metros em pés', 'o resultado vem arredondado com 2 casas decimais'],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('rounding-bind'), 300_000);
afterAll(() => bench.tearDown());

const ROUNDING: Record<keyof typeof INTENTS, string> = {
  celsius: 'Math.round(FROM_KELVIN[to](Math.max(kelvin, 0)) * factor) / factor',
  metros: 'Math.round(scaled) / factor',
};

const MUTANTS: Record<keyof typeof INTENTS, [string, string][]> = {
  celsius: [
    ['one decimal more', 'Math.round(FROM_KELVIN[to](Math.max(kelvin, 0)) * factor * 10) / factor / 10'],
    ['no rounding', 'FROM_KELVIN[to](Math.max(kelvin, 0))'],
  ],
  metros: [
    ['one decimal more', 'Math.round(scaled * 10) / factor / 10'],
    ['no rounding', 'converted'],
  ],
};

function runMutant(name: keyof typeof INTENTS, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, ROUNDING[name], to, ['src/functions.ts'], tests);
}

it.each(['celsius', 'metros'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, ROUNDING[name]);

  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each(
  (['celsius', 'metros'] as const).flatMap((name) =>
    MUTANTS[name].map(([what, to]) => [name, what, to] as const),
  ),
)('the %s conversion with %s fails its worked examples', async (name, _what, to) => {
  const examples = await runMutant(name, to, [GENERATED_LAYOUT.releaseTests[0]]);

  expect(examples.code).not.toBe(0);
  expect(examples.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
