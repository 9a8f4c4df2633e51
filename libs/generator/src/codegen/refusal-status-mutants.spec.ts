import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { MutantBench, intentOf } from './testing/generated-release';

/*
 * A refusal clause writing 422 for a computation's refusals, a key feature of its own
 * (refusal-calc-phrasings.spec.ts): the generated service passes its tests, and one that refuses with 400 where
 * the clause wrote 422 fails them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'Repartir una cuenta con propina en porcentaje entre varias personas y decir cuánto paga cada una',
  'Menos de una persona o una cuenta negativa devuelve 422',
];

const bench = new MutantBench(client, {
  split: intentOf({ service_name: 'cuenta-422', key_features: FEATURES }),
});
const [acceptanceFile] = GENERATED_LAYOUT.releaseTests;
const run = (from: string, to: string) =>
  bench.run('split', from, to, ['src/handlers.ts', 'src/functions.ts'], [acceptanceFile]);

beforeAll(async () => {
  await bench.setUp('refusal-status-mutants');
});

afterAll(async () => {
  await bench.tearDown();
});

describe('a split whose refusal clause writes 422', () => {
  it('passes its generated tests as generated', async () => {
    expect((await run('export', 'export')).code).toBe(0);
  });

  it('fails them with a refusal answered 400 where the clause wrote 422', async () => {
    expect((await run('throw new HttpError(422,', 'throw new HttpError(400,')).code).not.toBe(0);
  });
});
