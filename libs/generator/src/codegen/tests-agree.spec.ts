import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmClient } from '@sf/llm';
import type { SpecContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import {
  assembleRelease,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  type NodeTestRun,
} from './testing/generated-release';

/*
 * The code and the tests the generator writes come from one SPEC and must agree: each intent here is the
 * smallest that once ended TESTS_FAILING ("N test(s) failing after 3 repair(s)"), one per root cause. Each is
 * designed offline, generated, assembled and run with `node --test`; every generated test must pass, and the
 * contract must say what the features say.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

// Child processes: generous limits so a loaded machine does not turn slowness into failures.
jest.setTimeout(240_000);

const CASES: Record<string, string[]> = {
  // Worked examples of written unit facts stated the target unit, which the endpoint answers only when a
  // feature writes a field for it.
  'unit-facts': ['Convert between us_gal and l: 1 us_gal = 3.785411784 l, 1 l = 1000 ml'],
  // A later feature read alone took the family's default (8 characters) beside the endpoint's 12: its worked
  // examples contradicted the endpoint.
  'password-joined': [
    'rate a password as weak, medium or strong',
    'strong means 12+ characters with an upper case letter, a lower case letter, a digit and a symbol; under 8 characters is always weak; anything else is medium',
    'also say which of those rules the password misses',
  ],
  // "also the binary ones" read alone refused the decimal units the endpoint converts.
  'sizes-joined': [
    'convert a size between B, KB, MB, GB and TB (these are decimal, so 1 KB = 1000 B)',
    'also the binary ones KiB, MiB, GiB, TiB where 1 KiB = 1024 B, and converting between the two families should work',
  ],
  // A bounded integer filtered by a range: records of 11, 21, 31 were refused by the 1-5 bound; and a list sorted
  // by default by the filtered field was expected in creation order.
  'bounded-range': [
    'POST /incidents with {"title": string, "service": string, "severity": integer 1-5} returns 201 with the stored incident and an "id"; a severity outside 1-5 is 400',
    'GET /incidents?service=X&min_severity=N lists the incidents of service X with severity >= N, highest severity first',
  ],
  // A filter by a state a machine drives: records were created with the state, which only the moves may set.
  'machine-filter': [
    'POST /tarefas com {"titulo": string} cria a tarefa (201) com "id" e "estado": "pendente"',
    'POST /tarefas/{id}/estado com {"estado": e}: pendente → em_curso → concluida; outra mudança dá 409',
    'GET /tarefas?estado=em_curso lista só as tarefas nesse estado',
  ],
};

const runs = new Map<string, { contract: SpecContract; run: NodeTestRun; problems: string[] }>();
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-agree-'));
  for (const [name, features] of Object.entries(CASES)) {
    const spec = await specFor(client, intentOf({ service_name: name, key_features: features }));
    const files = await generateProject(client, spec.contract, spec.sha256);
    const dir = join(root, name);
    const problems = await assembleRelease(files, dir);
    runs.set(name, { contract: spec.contract, run: await runNodeTests(dir), problems });
  }
});

afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

describe('generated tests agree with the generated code', () => {
  it.each(Object.keys(CASES))('%s: every generated test passes', (name) => {
    const { run, problems } = runs.get(name)!;
    expect(problems).toEqual([]);
    expect(run.failed).toEqual([]);
    expect(run.passed.length).toBeGreaterThan(5);
  });

  it('a converter by written facts answers the value its examples state', () => {
    const { contract } = runs.get('unit-facts')!;
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    expect(e?.behavior).toMatchObject({ function: 'units.facts', outputs: { value: 'value' } });
    const happy = contract.acceptance.filter((c) => c.endpoint_id === e?.id && c.kind === 'happy');
    expect(happy.length).toBeGreaterThan(2);
  });

  it('a joined feature keeps the rules the endpoint states (12 characters, not the default 8)', () => {
    const { contract } = runs.get('password-joined')!;
    const [e] = contract.endpoints.filter((x) => x.behavior.kind === 'function');
    expect(e.features).toHaveLength(3);
    expect(e.behavior).toMatchObject({ options: { min_length: 12 } });
    expect(e.summary).not.toContain('at least 8 characters');
  });

  it('a joined feature listing more units does not refuse the ones the endpoint converts', () => {
    const { contract } = runs.get('sizes-joined')!;
    const refused = contract.acceptance.filter((c) => c.kind === 'error').map((c) => c.description);
    expect(refused.filter((d) => /not among the units/.test(d))).toEqual([]);
  });

  it('a list check of a machine state walks its records through the moves', () => {
    const { contract } = runs.get('machine-filter')!;
    const list = contract.acceptance.find((c) => c.kind === 'happy' && /filters/.test(c.description));
    const moves = list?.steps.filter((s) => /\/estado$/.test(s.request.path ?? ''));
    expect(moves?.length).toBeGreaterThan(0);
    const creates = list?.steps.filter((s) => s.request.method === 'POST' && s.request.path === '/tarefas');
    expect(creates?.every((s) => !('estado' in ((s.request.body as object) ?? {})))).toBe(true);
  });
});
