import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { MutantBench, intentOf } from './testing/generated-release';

/*
 * The names and statuses a feature writes for a computation (written-names-phrasings.spec.ts) are tested under
 * those names: the generated service passes its tests, and a handler that answers a result or a repeated input
 * under the family's own name, reads a parameter under the other written name, leaves the repeated input out,
 * or refuses with 400 where the feature wrote 422 fails them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'POST /roman {"n": integer} returns {"n": integer, "roman": string}; a number outside 1..3999 is refused with 422',
  'GET /age?birthdate=YYYY-MM-DD&on=YYYY-MM-DD returns {"years": integer}',
  'GET /roemisch/{zahl} liefert {"zahl": Ganzzahl, "roemisch": Text}',
];

const bench = new MutantBench(client, {
  named: intentOf({ service_name: 'named-svc', key_features: FEATURES }),
});
const [acceptanceFile] = GENERATED_LAYOUT.releaseTests;
const ACCEPTANCE = [acceptanceFile];
const run = (from: string, to: string, tests?: string[]) =>
  bench.run('named', from, to, ['src/handlers.ts', 'src/functions.ts'], tests);

beforeAll(async () => {
  await bench.setUp('written-names-mutants');
});

afterAll(async () => {
  await bench.tearDown();
});

describe('computations answering under the names and statuses the feature writes', () => {
  it('pass their generated tests as generated', async () => {
    expect((await run('export', 'export')).code).toBe(0);
  });

  it.each([
    ['the age answered under the family’s name', "years: result.value['age']", "age: result.value['age']"],
    ['the repeated input answered under the family’s name', 'n: arg0 }', 'number: arg0 }'],
    [
      'the repeated input left out',
      "roman: result.value['roman'], n: arg0 }",
      "roman: result.value['roman'] }",
    ],
    ['the path parameter repeated as text', 'zahl: arg0 }', 'zahl: String(arg0) }'],
    [
      'the birth date read under the reference date’s name',
      "const arg0 = requiredField(input, 'birthdate'",
      "const arg0 = requiredField(input, 'on'",
    ],
    [
      'a refusal answered 400 where the feature wrote 422',
      'throw new HttpError(422,',
      'throw new HttpError(400,',
    ],
  ])('fail them with %s', async (_what, from, to) => {
    expect((await run(from, to, ACCEPTANCE)).code).not.toBe(0);
  });
});
