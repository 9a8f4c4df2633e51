import type { EndpointSpec, SpecContract } from '../spec-contract';
import { percentRoles, rateRoleProblems } from './rate-roles';

/* A percentage an order feature writes is realised in the role its words give it: a tax, or a discount. */

function orderContract(feature: string, options: Record<string, unknown>): SpecContract {
  const endpoint = {
    id: 'e0',
    method: 'POST',
    path: '/basket/total',
    features: [feature],
    behavior: { kind: 'function', function: 'order.totals', inputs: {}, outputs: {}, options },
  } as unknown as EndpointSpec;
  return { endpoints: [endpoint] } as unknown as SpecContract;
}

const codes = (table: Record<string, { percent?: number; amount?: number }>) => JSON.stringify(table);

describe('percentages of an order, in their roles', () => {
  it('reads the role of the nearest word in the clause, in several languages', () => {
    expect(percentRoles('SAVE5 gives 5 % off; VAT 21 % after the discount')).toEqual([
      { percent: 5, role: 'discount' },
      { percent: 21, role: 'tax' },
    ]);
    expect(percentRoles('Der Code HERBST gibt 15 % Rabatt, die MwSt. von 19 % kommt danach')).toEqual([
      { percent: 15, role: 'discount' },
      { percent: 19, role: 'tax' },
    ]);
    expect(percentRoles('IVA del 21%; el código HOLA quita un 10 % de descuento')).toEqual([
      { percent: 21, role: 'tax' },
      { percent: 10, role: 'discount' },
    ]);
    // A tip is neither.
    expect(percentRoles('a 15 % tip is added')).toEqual([]);
  });

  it('refuses a discount realised as a tax, and a tax of another rate', () => {
    const feature = 'SAVE10 gives 10 % off the subtotal';
    expect(rateRoleProblems(orderContract(feature, { tax_rate: 10, discounts: codes({}) }), feature)).toEqual(
      [expect.stringContaining('it takes 10 % off, but no discount of POST /basket/total takes 10 %')],
    );
    expect(
      rateRoleProblems(
        orderContract(feature, { tax_rate: 0, discounts: codes({ SAVE10: { percent: 10 } }) }),
        feature,
      ),
    ).toEqual([]);
    const vat = 'VAT of 20 % is charged on the subtotal';
    expect(rateRoleProblems(orderContract(vat, { tax_rate: 20, discounts: codes({}) }), vat)).toEqual([]);
    expect(rateRoleProblems(orderContract(vat, { tax_rate: 10, discounts: codes({}) }), vat)).toEqual([
      expect.stringContaining('it charges 20 % tax, but POST /basket/total taxes at 10 %'),
    ]);
    // A rate the request sends is the client's to state.
    expect(
      rateRoleProblems(orderContract(vat, { tax_rate: 0, tax_from_request: true, discounts: '{}' }), vat),
    ).toEqual([]);
  });
});
