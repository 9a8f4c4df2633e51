import { createLlmClient, type GeneratedFile } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * Computations bound onto the names a feature spells (results by meaning, units in the feature's own
 * spellings) are tested under those names: the generated service passes its frozen acceptance pack, and a
 * handler that swaps two results, reads the wrong query parameter or ignores the spellings fails it (an echo
 * of the wrong unit: query-param-mutants.spec.ts).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FEATURES = [
  'GET /speed/convert?value=<n>&from="kph"|"mph"|"m_s"&to="kph"|"mph"|"m_s" returns {"value": number, "unit": "<to>"}',
  'GET /url/check?url=<text> returns {"ok": boolean, "protocol": string, "hostname": string}',
];

const project = new EditedProject();
const acceptance = (files?: GeneratedFile[]) => project.acceptance(files);
const edit = (path: string, change: (content: string) => string) => project.edit(path, change);

beforeAll(async () => {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'bound-names-svc', key_features: FEATURES }),
  );
  const speed = contract.endpoints.find((e) => e.path === '/speed/convert');
  expect(speed?.behavior).toMatchObject({ kind: 'function', function: 'units.speed' });
  expect(contract.endpoints.find((e) => e.path === '/url/check')?.behavior).toMatchObject({
    kind: 'function',
    outputs: { valid: 'ok', scheme: 'protocol', host: 'hostname' },
  });
  await project.setUp('binding-mutants', await generateProject(client, contract, sha256));
});

afterAll(async () => {
  await project.tearDown();
});

describe('computations bound onto spelled names', () => {
  it('pass their frozen acceptance pack as generated', async () => {
    expect((await acceptance()).code).toBe(0);
  });

  it('fail it when the handler swaps two results of the same type', async () => {
    const mutant = edit('src/handlers.ts', (c) =>
      c
        .replace("result.value['scheme']", "result.value['@@']")
        .replace("result.value['host']", "result.value['scheme']")
        .replace("result.value['@@']", "result.value['host']"),
    );
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it('fail it when the handler reads the source unit parameter as the target', async () => {
    const mutant = edit('src/handlers.ts', (c) => c.replace(/(Field\w*\(input, )'to'/, "$1'from'"));
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it('fail it when the conversion ignores the spellings', async () => {
    const mutant = edit('src/functions.ts', (c) =>
      c.replace(/typeof options\.spellings === 'string'/g, 'options.spellings === null'),
    );
    expect((await acceptance(mutant)).code).not.toBe(0);
  });
});
