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
 * Proof that a refusal list bound across fields and statuses ("a negative quantity or a missing name returns 400;
 * taking from an unknown sku returns 404", refusal-lists-phrasings.spec.ts) is load-bearing in the generated
 * acceptance pack: the service generated for it passes, and one answering an unknown sku with 400 instead of 404,
 * taking a nameless item or taking a negative quantity fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const REFUSALS = 'a negative quantity or a missing name returns 400; taking from an unknown sku returns 404';
const FEATURES = [
  'POST /items with {"sku": string, "name": string, "quantity": integer >= 0} creates an item and returns 201',
  'GET /items lists the items',
  'POST /items/{sku}/withdraw with {"quantity": integer >= 1} returns {"sku", "quantity"}; taking more than is on hand returns 409 and changes nothing',
  REFUSALS,
];

const project = new EditedProject();

beforeAll(async () => {
  const intent = intentOf({ service_name: 'refusal-lists-items', key_features: FEATURES });
  const { contract, sha256 } = await specFor(client, intent);
  const claiming = contract.endpoints.filter((e) => e.features.includes(REFUSALS));
  expect(claiming.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /items', 'POST /items/{sku}/withdraw']);
  await project.setUp('refusal-lists-mutants', await generateProject(client, contract, sha256));
}, 300_000);

afterAll(() => project.tearDown());

describe('a refusal list across fields and statuses, in the generated service', () => {
  it('passes its acceptance pack as generated', async () => {
    const run = await project.acceptance();
    expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  });

  it.each<[string, FileEdit[]]>([
    [
      'an unknown sku is answered 400 instead of 404',
      [
        [
          'src/handlers.ts',
          "throw notFound('no item has sku ' + JSON.stringify(key));",
          "throw validationFailed(['no item has sku ' + JSON.stringify(key)]);",
        ],
      ],
    ],
    [
      'an item without a name is taken',
      [
        [
          'src/handlers.ts',
          "requiredField(input, 'name', isNonEmptyString, problems)",
          "(requiredField(input, 'name', isNonEmptyString, []) ?? 'unnamed')",
        ],
      ],
    ],
    [
      'a negative quantity is taken',
      [
        [
          'src/handlers.ts',
          'requiredField(input, \'quantity\', bounded(isInteger, [{"op":">=","limit":0}]), problems)',
          "requiredField(input, 'quantity', isInteger, problems)",
        ],
      ],
    ],
  ])('fails it when %s', async (_what, edits) => {
    expect((await project.acceptance(project.editAll(edits))).code).not.toBe(0);
  });
});
