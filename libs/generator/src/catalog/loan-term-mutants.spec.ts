import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { familyProjects } from '../codegen/testing/generated-release';

/*
 * A loan's term in the unit its features name: the service generated from a feature naming the term in years
 * (beside months the payments are only spread over, blind h20's wording family) and from one counting monthly
 * payments passes its frozen acceptance pack, and the slip blind h20 deployed fails it: the term read in the
 * other unit (30 years taken as 30 months, 60 months as 60 years), or the 0 % payment spread over the term as
 * written instead of its months.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(90_000);

/** The term read in the unit the endpoint does not declare: months for years, years for months. */
const OTHER_UNIT: [string, string] = [
  "const months = options.term_unit === 'years' ? term * 12 : term;",
  "const months = options.term_unit === 'years' ? term : term * 12;",
];

const FAMILIES: Record<string, { features: string[]; slips: [string, string][] }> = {
  'loan-years': {
    features: [
      'calculate the monthly installment of a mortgage from the principal, the annual interest rate in percent and the term in years',
      'also give the total repaid and the part of it that is interest',
      'at 0 % interest the principal is divided equally across the months; a negative principal or a term of zero years is refused',
    ],
    slips: [OTHER_UNIT, ['monthly === 0 ? principal / months', 'monthly === 0 ? principal / term']],
  },
  'loan-months': {
    features: [
      'give the monthly payment of a car loan from the amount financed, the interest rate per year and the number of monthly payments',
    ],
    slips: [OTHER_UNIT],
  },
};

const projects = familyProjects(client, 'loan-term-mutants', FAMILIES);

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
