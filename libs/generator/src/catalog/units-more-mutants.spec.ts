import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED_LAYOUT, createLlmClient, type GeneratedFile } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  assembleRelease,
  generateProject,
  intentOf,
  runNodeTests,
  specFor,
  type NodeTestRun,
} from '../codegen/testing/generated-release';

/*
 * Pressure and energy conversions are load-bearing in their generated tests: the service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its factor table fail it (a factor off in
 * its last digits, psi and kPa swapped, the International Table kilocalorie for the thermochemical one, a
 * negative pressure answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(60_000);

const FAMILIES: Record<string, { features: string[]; slips: [string, string][][] }> = {
  pressure: {
    features: ['Convert pressures between Pa, kPa, bar, psi and atm'],
    slips: [
      [['psi: 6894.757293168,', 'psi: 6894.76,']],
      [
        ['psi: 6894.757293168,', 'psi: 1000,'],
        ['kPa: 1000,', 'kPa: 6894.757293168,'],
      ],
      [['atm: 101325,', 'atm: 101300,']],
      [['if (value < 0)', 'if (value < -1e9)']],
    ],
  },
  energy: {
    features: ['Energy converter between J, kJ, kWh, kcal and BTU, rounded to 3 decimals'],
    slips: [
      [['kcal: 4184,', 'kcal: 4186.8,']],
      [['BTU: 1055.05585262,', 'BTU: 1055.06,']],
      [['kWh: 3600000,', 'kWh: 3600,']],
    ],
  },
};

let root: string;
let count = 0;
const projects = new Map<string, GeneratedFile[]>();

async function acceptance(files: GeneratedFile[]): Promise<NodeTestRun> {
  count += 1;
  const dir = join(root, `release-${count}`);
  expect(await assembleRelease(files, dir)).toEqual([]);
  return runNodeTests(dir, [GENERATED_LAYOUT.releaseTests[0]]);
}

function edit(files: GeneratedFile[], path: string, changes: [string, string][]): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  // Placeholders first, so that a swap does not undo itself.
  let content = file.content;
  changes.forEach(([from], i) => {
    expect(content).toContain(from);
    content = content.replace(from, `@@${i}@@`);
  });
  changes.forEach(([, to], i) => (content = content.replace(`@@${i}@@`, to)));
  expect(content).not.toBe(file.content);
  return files.map((f) => (f.path === path ? { path, content } : f));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-units-more-mutants-'));
  for (const [name, family] of Object.entries(FAMILIES)) {
    const { contract, sha256 } = await specFor(
      client,
      intentOf({ service_name: `${name}-svc`, key_features: family.features }),
    );
    expect(contract.endpoints.map((e) => e.behavior.kind)).toContain('function');
    projects.set(name, await generateProject(client, contract, sha256));
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(Object.entries(FAMILIES))('the %s conversion', (name, family) => {
  const files = () => projects.get(name) ?? [];

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await acceptance(files())).code).toBe(0);
  });

  it.each(family.slips.map((s) => [s.map(([a, b]) => `${a} → ${b}`).join('; '), s] as const))(
    'fails it on a slip: %s',
    async (_, slip) => {
      const mutant = edit(files(), 'src/functions.ts', [...slip]);
      expect((await acceptance(mutant)).code).not.toBe(0);
    },
  );
});
