import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * Proof that the tests generated for input rules stated as features of their own ("speeds above 300 are a bad
 * request", "answer 400 when the speed isn't a number") test them: the service generated for them passes its
 * acceptance pack, and a handler that declares the bound but does not check it, checks it one off, answers the
 * refusal with another status, or reads letters as a number fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FEATURES = [
  'convert a speed between km/h, mph and m/s',
  'speeds above 300 are a bad request',
  "answer 400 when the speed isn't a number",
];

const project = new EditedProject();
const BOUND = 'bounded(isNumber, [{"op":"<=","limit":300}])';

beforeAll(async () => {
  const intent = intentOf({ service_name: 'speed-rules', key_features: FEATURES });
  const { contract, sha256 } = await specFor(client, intent);
  expect(contract.endpoints.map((e) => e.features.length)).toEqual([3]);
  await project.setUp('input-rule-words-mutants', await generateProject(client, contract, sha256));
});

afterAll(() => project.tearDown());

/** A mutant of the handlers, made when its test runs (the project is generated in `beforeAll`). */
const handlers = (change: (content: string) => string) => () => project.edit('src/handlers.ts', change);

describe('input rules stated as features of their own, in the generated service', () => {
  it('passes its acceptance pack as generated', async () => {
    expect((await project.acceptance()).code).toBe(0);
  });

  it.each([
    ['the bound is declared but not checked', handlers((c) => c.replace(BOUND, 'isNumber'))],
    ['the bound is off by one (301)', handlers((c) => c.replace(BOUND, BOUND.replace('300', '301')))],
    [
      'a refused value is answered 422 instead of the 400 written',
      () =>
        project.edit('src/http-kit.ts', (c) =>
          c.replace("new HttpError(400, 'VALIDATION_FAILED'", "new HttpError(422, 'VALIDATION_FAILED'"),
        ),
    ],
    [
      'letters are read as a number (0)',
      handlers((c) =>
        c.replace(`requiredField(input, 'value', ${BOUND}, problems)`, `(Number(input['value']) || 0)`),
      ),
    ],
  ])('fails it when %s', async (_what, mutant) => {
    expect((await project.acceptance(mutant())).code).not.toBe(0);
  });
});
