import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * Proof that the tests generated for refusal clauses about a computation's inputs ("Fehlt das Passwort im Request,
 * gibt es 400", "no text where a number should be", "the title is required") test them: each service generated for
 * such an intent passes its acceptance pack, and a handler that fills the input in when it is missing, or reads
 * text where a number belongs as a number, fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, string[]> = {
  password: [
    'Prüfen, wie stark ein Passwort ist: mindestens 8 Zeichen, eine Ziffer, ein Großbuchstabe',
    'Fehlt das Passwort im Request, gibt es 400',
  ],
  speed: ['convert a speed in km/h to mph', 'no text where a number should be'],
  slug: ['Turn a blog post title into a URL slug', 'the title is required'],
};

const projects = new Map(Object.keys(FAMILIES).map((name) => [name, new EditedProject()]));
/** The ids of the acceptance checks each clause wrote (their descriptions quote it). */
const clauseChecks = new Map<string, string[]>();

beforeAll(async () => {
  for (const [name, features] of Object.entries(FAMILIES)) {
    const intent = intentOf({ service_name: `refusal-clauses-${name}`, key_features: features });
    const { contract, sha256 } = await specFor(client, intent);
    // One computation, claiming both features: the clause is bound to it, not designed as an endpoint of its own.
    expect(contract.endpoints.map((e) => e.features.length)).toEqual([2]);
    const quoted = `("${features[1]}")`;
    clauseChecks.set(
      name,
      contract.acceptance.filter((c) => c.description.includes(quoted)).map((c) => c.id),
    );
    await projects
      .get(name)!
      .setUp(`refusal-clauses-${name}`, await generateProject(client, contract, sha256));
  }
});

afterAll(async () => {
  for (const project of projects.values()) await project.tearDown();
});

/** The handler's read of `field` with `check`, answering `value` instead when the sent value is `when`. */
function unless(field: string, check: string, when: string, value: string): (c: string) => string {
  const read = `requiredField(input, '${field}', ${check}, problems)`;
  return (c) => c.replace(read, `(${when.replace('$', `input['${field}']`)} ? ${value} : ${read})`);
}

/** Whether the checks failing are some of those the clause wrote (the mutant is caught by them, not by a crash). */
function failedOnlyByClause(name: string, failed: string[]): boolean {
  const ids = clauseChecks.get(name) ?? [];
  return failed.length > 0 && failed.every((id) => ids.includes(id));
}

describe('refusal clauses about a computation input, in the generated service', () => {
  it.each(Object.keys(FAMILIES))('the %s service passes its acceptance pack as generated', async (name) => {
    expect((await projects.get(name)!.acceptance()).code).toBe(0);
  });

  it.each([
    [
      'password',
      'a missing password is checked as an empty one',
      unless('password', 'isString', '$ === undefined', "''"),
    ],
    [
      'speed',
      'text where a number belongs is read as 0',
      unless('km_h', 'isNumber', "typeof $ === 'string'", '0'),
    ],
  ])('the %s service fails it when %s', async (name, _what, change) => {
    const project = projects.get(name)!;
    const run = await project.acceptance(project.edit('src/handlers.ts', change));
    expect(run.code).not.toBe(0);
    expect(failedOnlyByClause(name, run.failed)).toBe(true);
  });

  it('the slug service fails it when a missing title is slugged as an empty text', async () => {
    const project = projects.get('slug')!;
    const handlers = project.files.find((f) => f.path === 'src/handlers.ts')!.content;
    const read = /requiredField\(input, '(\w+)', (\w+), problems\)/.exec(handlers);
    expect(read).not.toBeNull();
    const mutant = project.edit('src/handlers.ts', unless(read![1], read![2], '$ === undefined', "'x'"));
    const run = await project.acceptance(mutant);
    expect(run.code).not.toBe(0);
    expect(failedOnlyByClause('slug', run.failed)).toBe(true);
  });
});
