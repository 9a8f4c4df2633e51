import type { LlmClient } from '@sf/llm';
import { familyProjects } from './generated-release';

/*
 * The mutant suite of a catalog family whose slips are edits of its emitted functions (a factor off, two units
 * swapped, a refusal dropped): each family's generated service passes its frozen acceptance pack, and fails it
 * once `src/functions.ts` carries any one slip. Call at the top level of a spec.
 */

/** A family of features and its slips, each a set of `[from, to]` edits made together. */
export interface SlipFamily {
  features: string[];
  slips: [string, string][][];
}

/** `content` with each `from` replaced by its `to`, placeholders first so that a swap does not undo itself. */
export function swapped(content: string, changes: [string, string][]): string {
  let out = content;
  changes.forEach(([from], i) => {
    if (!out.includes(from)) throw new Error(`the mutant's text is not in the code: ${from}`);
    out = out.replace(from, `@@${i}@@`);
  });
  changes.forEach(([, to], i) => (out = out.replace(`@@${i}@@`, to)));
  return out;
}

/** Declares the pass-as-generated and fail-on-each-slip tests of every family. */
export function slipSuite(client: LlmClient, label: string, families: Record<string, SlipFamily>): void {
  const projects = familyProjects(client, label, families);
  describe.each(Object.entries(families))('the %s conversion', (name, family) => {
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
}
