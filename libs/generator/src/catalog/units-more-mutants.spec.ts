import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { familyProjects } from '../codegen/testing/generated-release';

/*
 * Pressure and energy conversions are load-bearing in their generated tests: the service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its factor table fail it (a factor off in
 * its last digits, psi and kPa swapped, the International Table kilocalorie for the thermochemical one, a
 * negative pressure answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

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

const projects = familyProjects(client, 'units-more', FAMILIES);

/** `content` with each `from` replaced by its `to`, placeholders first so that a swap does not undo itself. */
function swapped(content: string, changes: [string, string][]): string {
  let out = content;
  changes.forEach(([from], i) => {
    if (!out.includes(from)) throw new Error(`the mutant's text is not in the code: ${from}`);
    out = out.replace(from, `@@${i}@@`);
  });
  changes.forEach(([, to], i) => (out = out.replace(`@@${i}@@`, to)));
  return out;
}

describe.each(Object.entries(FAMILIES))('the %s conversion', (name, family) => {
  const project = () => projects.get(name)!;

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await project().acceptance()).code).toBe(0);
  });

  it.each(family.slips.map((s) => [s.map(([a, b]) => `${a} → ${b}`).join('; '), s] as const))(
    'fails it on a slip: %s',
    async (_, slip) => {
      const mutant = project().edit('src/functions.ts', (c) => swapped(c, [...slip]));
      expect((await project().acceptance(mutant)).code).not.toBe(0);
    },
  );
});
