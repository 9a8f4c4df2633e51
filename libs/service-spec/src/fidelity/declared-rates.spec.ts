import type { EndpointSpec, SpecContract } from '../spec-contract';
import { undeclaredRateProblems } from './declared-rates';

const FEATURE = 'convert amounts between currencies';

function contractOf(behavior: EndpointSpec['behavior']): SpecContract {
  const endpoint = { id: 'e0', method: 'POST', path: '/convert', behavior, features: [FEATURE] };
  return { endpoints: [endpoint] } as unknown as SpecContract;
}

const invented = contractOf({
  kind: 'compute',
  operation: 'convert',
  inputs: { amount: 'amount', from: 'from', to: 'to' },
  rates: { USD: 1, EUR: 0.92, GBP: 0.79 },
  decimals: 2,
  output: 'result',
});

describe('currencies convert only at declared rates', () => {
  it('refuses a converter whose rates no feature writes', () => {
    expect(undeclaredRateProblems(invented, FEATURE, [FEATURE])).toEqual([
      expect.stringContaining('rates no feature declares (0.92, 0.79)'),
    ]);
  });

  it('accepts rates a feature writes, or their inverses', () => {
    expect(
      undeclaredRateProblems(invented, FEATURE, [FEATURE, '1 USD = 0.92 EUR, 1 GBP = 1.2658 USD']),
    ).toEqual([]);
  });

  it('holds a rate table function to the rates the intent writes', () => {
    const table = contractOf({
      kind: 'function',
      function: 'rate.table',
      inputs: { amount: 'amount', from: 'from', to: 'to' },
      outputs: { converted: 'converted' },
      options: { rates: JSON.stringify([['EUR', '1,08', 'USD']]), decimals: 2 },
    } as unknown as EndpointSpec['behavior']);
    expect(undeclaredRateProblems(table, FEATURE, [FEATURE, 'Kurs: 1 EUR = 1,08 USD'])).toEqual([]);
    expect(undeclaredRateProblems(table, FEATURE, [FEATURE, 'Kurs: 1 EUR = 1,18 USD'])).toHaveLength(1);
  });

  it('leaves conversions of physical units alone', () => {
    const lengths = contractOf({
      kind: 'compute',
      operation: 'convert',
      inputs: { amount: 'amount', from: 'from', to: 'to' },
      rates: { km: 1, mi: 0.621371 },
      decimals: 3,
      output: 'result',
    });
    expect(undeclaredRateProblems(lengths, FEATURE, [FEATURE])).toEqual([]);
  });
});
