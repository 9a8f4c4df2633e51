import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  EditedProject,
  generateProject,
  intentOf,
  specFor,
  type FileEdit,
} from '../codegen/testing/generated-release';

/*
 * The worked examples of generated values are load-bearing: the service generated from an intent asking for new
 * UUIDs (one, and a bounded batch) and a hex token passes its frozen acceptance pack, and each slip below fails it:
 * a constant UUID, a v1-shaped one, a batch one short, a bound not enforced, a default not honoured, a constant
 * token, a token one character short.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed

const FEATURES = [
  'GET /uuid/nuovo restituisce {"uuid": stringa} con un nuovo UUID versione 4, ogni volta diverso',
  'GET /uuids?n=N returns {"uuids": [string]} with N new random version 4 UUIDs (N from 1 to 50, default 3); an n outside 1..50 is a 400',
  'POST /tokens returns {"token": string}: a new random token of 32 hex characters',
];

const FIXED = "'3f0c8a4e-9b7d-4c2a-8e51-6d2f0b9a7c14'";
/** A slip: its name and its edits of the generated files (path, text, replacement). */
const F = 'src/functions.ts';
const H = 'src/handlers.ts';
const SLIPS: [string, FileEdit[]][] = [
  ['a constant UUID', [[F, 'value: { uuid: crypto.randomUUID() }', `value: { uuid: ${FIXED} }`]]],
  [
    'a v1-shaped UUID (version nibble 1)',
    [
      [
        F,
        'value: { uuid: crypto.randomUUID() }',
        "value: { uuid: crypto.randomUUID().replace(/^(.{14})4/, '$11') }",
      ],
    ],
  ],
  ['a batch one short', [[F, 'while (uuids.size < count)', 'while (uuids.size < count - 1)']]],
  [
    // The bound is held twice, by the count field's declared bounds and by the computation: both slip.
    'the upper bound not enforced',
    [
      [F, 'count > max', 'count > max + 1'],
      [H, '{"op":"<=","limit":50}', '{"op":"<=","limit":51}'],
    ],
  ],
  [
    'the lower bound not enforced',
    [
      [F, 'count < min', 'count < min - 1'],
      [H, '{"op":">=","limit":1}', '{"op":">=","limit":0}'],
    ],
  ],
  ['the default not honoured', [[F, 'fallback > 0 ? fallback : undefined', 'fallback > 0 ? 1 : undefined']]],
  [
    'a batch of one UUID repeated',
    [[F, 'uuids.add(crypto.randomUUID())', `uuids.add(${FIXED} + uuids.size)`]],
  ],
  [
    'a constant token',
    [[F, 'value: { token: hex.slice(0, Number(options.length)) }', "value: { token: 'ab'.repeat(16) }"]],
  ],
  [
    'a token one character short',
    [[F, 'hex.slice(0, Number(options.length))', 'hex.slice(1, Number(options.length))']],
  ],
];

const project = new EditedProject();

beforeAll(async () => {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'random-values-svc', key_features: FEATURES }),
  );
  expect(contract.endpoints.map((e) => e.behavior.kind === 'function' && e.behavior.function)).toEqual(
    expect.arrayContaining(['random.uuid', 'random.token']),
  );
  await project.setUp('random-mutants', await generateProject(client, contract, sha256));
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
