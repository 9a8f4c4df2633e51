import { createLlmClient, type GeneratedFile } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * A computation bound to the query parameters its feature writes is tested through them: the service generated
 * for it passes its frozen acceptance pack, and a handler that ignores one parameter, swaps two, echoes the
 * wrong one or reads junk as a number fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FEATURES = [
  'GET /distance/convert?howfar=<number>&src=<unit>&dst=<unit> answers {"howfar": number, "unit": "<dst>"}; lengths in m, km, ft and mi',
];

const project = new EditedProject();
const acceptance = (files?: GeneratedFile[]) => project.acceptance(files);
const edit = (path: string, change: (content: string) => string) => project.edit(path, change);

/** A handler that reads the query through `rewrite` (a JS expression over `[k, v]` pairs). */
function queryMutant(rewrite: string): GeneratedFile[] {
  return edit('src/handlers.ts', (c) =>
    c.replace(
      /queryObject\(ctx\.query,/g,
      `queryObject(new URLSearchParams([...ctx.query].map(${rewrite})),`,
    ),
  );
}

beforeAll(async () => {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'distance-svc', key_features: FEATURES }),
  );
  expect(
    contract.endpoints.find((e) => e.path === '/distance/convert')?.request.query?.map((q) => q.name),
  ).toEqual(['howfar', 'src', 'dst']);
  await project.setUp('query-mutants', await generateProject(client, contract, sha256));
});

afterAll(async () => {
  await project.tearDown();
});

describe('a computation bound to written query parameters', () => {
  it('passes its frozen acceptance pack as generated', async () => {
    expect((await acceptance()).code).toBe(0);
  });

  it('fails it when the handler ignores the target unit parameter', async () => {
    const mutant = queryMutant("([k, v]) => [k, k === 'dst' ? 'm' : v]");
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it('fails it when the handler swaps the source and target parameters', async () => {
    const mutant = queryMutant("([k, v]) => [k === 'src' ? 'dst' : k === 'dst' ? 'src' : k, v]");
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it('fails it when the answer repeats the source unit instead of the target', async () => {
    const mutant = edit('src/functions.ts', (c) => c.replace(/unit: sentTo \}/g, 'unit: from }'));
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it('fails it when a number parameter is read leniently (12abc as 12)', async () => {
    const mutant = queryMutant("([k, v]) => [k, k === 'howfar' ? String(parseFloat(v)) : v]");
    expect((await acceptance(mutant)).code).not.toBe(0);
  });
});
