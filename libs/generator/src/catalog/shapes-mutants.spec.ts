import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { familyProjects } from '../codegen/testing/generated-release';

/*
 * Durations in parts and fixed bases: the service generated from the in-view intents' features passes its
 * frozen acceptance pack, and slips of the emitted code fail it (a parts answer off by one minute, a total that
 * counts 61 seconds to the minute, a converter answering base 8 where hexadecimal is asked, a digit rule that
 * lets the base's own radix through, a refusal answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

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

const projects = familyProjects(client, 'shapes-mutants', FAMILIES);

describe.each(Object.entries(FAMILIES))('the %s service', (name, family) => {
  const project = () => projects.get(name)!;

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await project().acceptance()).code).toBe(0);
  });

  it('fails it when what must be refused is answered', async () => {
    const mutant = project().edit('src/handlers.ts', (c) =>
      c.replace(/if \(!result\.ok\) throw [^\n]*;/g, 'if (!result.ok) return { status: 200, body: {} };'),
    );
    expect((await project().acceptance(mutant)).code).not.toBe(0);
  });

  it.each(family.slips)('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = project().edit('src/functions.ts', (c) => c.replace(from, to));
    expect((await project().acceptance(mutant)).code).not.toBe(0);
  });
});
