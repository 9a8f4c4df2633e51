import { familyIntent, judgedOffline } from '../testing/offline-spec';

/* A further clause of a record feature asking another operation on the same records ("…; list all parts"). */

function designed(features: string[]): { routes: string[]; realised: boolean[] } {
  const { contract, fidelity } = judgedOffline(familyIntent('clauses-svc', 'a record service', features));
  return {
    routes: contract.endpoints.map((e) => `${e.method} ${e.path}`),
    realised: fidelity.map((f) => f.realised),
  };
}

describe('operations asked in a further clause', () => {
  it('lists the records a feature keeps when its next clause says "list all parts"', () => {
    const got = designed(['add a part with a sku, a name and a quantity; list all parts']);

    expect(got.routes).toEqual(expect.arrayContaining(['POST /parts', 'GET /parts']));
    expect(got.realised).toEqual([true]);
  });

  it('leaves a clause saying more than the operation and the records to be read on its own', () => {
    const got = designed(['create an order with a customer and an amount; list all orders of a customer']);

    expect(got.routes).not.toContain('GET /orders');
    expect(got.realised).toEqual([false]);
  });
});
