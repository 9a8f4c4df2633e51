import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { familyProjects } from '../codegen/testing/generated-release';

/*
 * A bill split whose shares add up to the total: the services generated for each way of paying the odd cents
 * (one each to the first people, all by the first person, all by the last) pass their frozen acceptance packs,
 * and a slip in who pays them, or shares that no longer add up, fails them (the worked example 200 with an
 * 18 % tip among 3 leaves 2 cents over: 236.00 = 78.67 + 78.67 + 78.66), as does the odd cents moved from the
 * first people to the last (the worked examples match the list in order).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(90_000);

const SPLIT = 'split a restaurant bill with a tip among the people';

const FAMILIES: Record<string, { features: string[]; slips: [string, string][] }> = {
  'shares-spread': {
    features: [
      'POST /split with {"bill": number, "tip_percent": number, "people": integer} returns {"tip", "total", "per_person", "shares"}',
      'the shares add up exactly to the total: the leftover cents go one each to the first people',
    ],
    slips: [
      ['(i < left ? base + 1 : base)', '(i < left ? base : base + 1)'],
      ['Math.floor(cents / people)', 'Math.round(cents / people)'],
      ["if (options.shares === 'first')", "if (options.shares !== 'last')"],
      ['(i < left ? base + 1 : base)', '(i >= people - left ? base + 1 : base)'],
    ],
  },
  'shares-first': {
    features: [SPLIT, 'the shares add up to the total; the first person pays the odd cents'],
    slips: [
      ['(i === 0 ? base + left : base)', '(i === 0 ? base + 1 : base)'],
      ['(i === 0 ? base + left : base)', '(i === people - 1 ? base + left : base)'],
    ],
  },
  'shares-last': {
    features: [SPLIT, 'round the shares so that they sum to the total; whoever is last pays the remainder'],
    slips: [['(i === people - 1 ? base + left : base)', '(i === people - 1 ? base + 1 : base)']],
  },
};

const projects = familyProjects(client, 'tip-shares-mutants', FAMILIES);

describe.each(Object.entries(FAMILIES))('the %s service', (name, family) => {
  const project = () => projects.get(name)!;

  it('passes its frozen acceptance pack as generated', async () => {
    expect((await project().acceptance()).code).toBe(0);
  });

  it.each(family.slips)('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = project().edit('src/functions.ts', (c) => c.replace(from, to));
    expect((await project().acceptance(mutant)).code).not.toBe(0);
  });
});
