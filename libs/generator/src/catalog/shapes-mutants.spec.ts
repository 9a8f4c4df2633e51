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
 * Durations in parts and fixed bases: the service generated from the in-view intents' features passes its
 * frozen acceptance pack, and slips of the emitted code fail it (a parts answer off by one minute, a total that
 * counts 61 seconds to the minute, a converter answering base 8 where hexadecimal is asked, a digit rule that
 * lets the base's own radix through, a refusal answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(90_000);

const FAMILIES: Record<string, { features: string[]; slips: [string, string][] }> = {
  'duration-parts': {
    features: [
      'transformer un nombre de secondes en heures, minutes et secondes',
      "et l'inverse : des heures, minutes et secondes vers un total en secondes",
      'un nombre négatif est refusé',
    ],
    slips: [
      [
        'const minutes = Math.floor((total % 3600) / 60);',
        'const minutes = Math.floor((total % 3600) / 60) + 1;',
      ],
      ["['minutes', 60]", "['minutes', 61]"],
      ['else if (part < 0)', 'else if (part < -100)'],
    ],
  },
  'fixed-bases': {
    features: [
      'convertir un número decimal a binario y a hexadecimal',
      'convertir un número hexadecimal a decimal',
      'si el texto no es un número válido en esa base, devolver error',
    ],
    slips: [
      ['const written = number.toString(to);', 'const written = number.toString(to === 16 ? 8 : to);'],
      ["16: { name: 'hexadecimal', prefix: '0x' }", "16: { name: 'hex', prefix: '0x' }"],
    ],
  },
  // The digit rule at its edge: "2" is the first digit binary does not have (for hexadecimal the digit table
  // ends at f, so the same slip is equivalent there).
  'binary-source': {
    features: ['convertir un nombre binaire en décimal'],
    slips: [['if (at < 0 || at >= from)', 'if (at < 0 || at > from)']],
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

function edit(files: GeneratedFile[], path: string, change: (content: string) => string): GeneratedFile[] {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  const content = change(file.content);
  expect(content).not.toBe(file.content);
  return files.map((f) => (f.path === path ? { path, content } : f));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-shapes-mutants-'));
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

describe.each(Object.entries(FAMILIES))('the %s service', (name, family) => {
  const files = () => projects.get(name) ?? [];

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await acceptance(files())).code).toBe(0);
  });

  it('fails it when what must be refused is answered', async () => {
    const mutant = edit(files(), 'src/handlers.ts', (c) =>
      c.replace(/if \(!result\.ok\) throw [^\n]*;/g, 'if (!result.ok) return { status: 200, body: {} };'),
    );
    expect((await acceptance(mutant)).code).not.toBe(0);
  });

  it.each(family.slips)('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = edit(files(), 'src/functions.ts', (c) => c.replace(from, to));
    expect((await acceptance(mutant)).code).not.toBe(0);
  });
});
