import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  EditedProject,
  generateProject,
  intentOf,
  specFor,
  type FileEdit,
} from './testing/generated-release';

/*
 * A digit count refused beside the Luhn check is load-bearing: the service generated from a card check whose
 * second feature refuses "fewer than 12 or more than 19 digits" passes its frozen acceptance pack, and each slip
 * below fails it: the count not refused (answered not valid), a count one off at either end, and a number of a
 * count it takes that fails the check refused instead of answered not valid.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed

const FEATURES = [
  'POST /cards/verify with {"card": string} returns {"valid": boolean}: whether the number passes the Luhn checksum; spaces between digit groups are allowed',
  'A card number that has fewer than 12 or more than 19 digits is refused with 400',
];

const F = 'src/functions.ts';
const SLIPS: [string, FileEdit[]][] = [
  [
    'the digit count not refused',
    [
      [
        F,
        'options.refuseInvalid === true || options.refuseLength === true',
        'options.refuseInvalid === true',
      ],
    ],
  ],
  ['12 digits refused (the lower end one off)', [[F, 'digits.length >= min &&', 'digits.length > min &&']]],
  ['19 digits refused (the upper end one off)', [[F, 'digits.length <= max)', 'digits.length < max)']]],
  ['20 digits taken (the upper end one off)', [[F, 'digits.length <= max)', 'digits.length <= max + 1)']]],
  [
    'a failed check refused instead of answered not valid',
    [[F, 'if (!valid && options.refuseInvalid === true)', 'if (!valid)']],
  ],
];

const project = new EditedProject();

beforeAll(async () => {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'card-digits-svc', key_features: FEATURES }),
  );
  const check = contract.endpoints.find((e) => e.behavior.kind === 'function');
  expect(check?.behavior).toMatchObject({
    function: 'luhn.validate',
    options: { minDigits: 12, maxDigits: 19, refuseLength: true, refuseInvalid: false },
  });
  await project.setUp('card-digits-mutants', await generateProject(client, contract, sha256));
});

afterAll(() => project.tearDown());

it('passes its frozen acceptance pack as generated', async () => {
  const run = await project.acceptance();
  expect(run.failed).toEqual([]);
  expect(run.code).toBe(0);
});

it.each(SLIPS)('fails it with %s', async (_name, edits) => {
  expect((await project.acceptance(project.editAll(edits))).code).not.toBe(0);
});
