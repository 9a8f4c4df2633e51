import { familyIntent, judgedOffline } from '../testing/offline-spec';

/** Endpoints (method path) that claim `feature`. */
function claiming(contract: ReturnType<typeof judgedOffline>['contract'], feature: string): string[] {
  return contract.endpoints.filter((e) => e.features.includes(feature)).map((e) => `${e.method} ${e.path}`);
}

describe('a feature that speaks of a hold’s undo alone', () => {
  const lend = 'lend a book to a reader; a book that is out cannot be lent to anyone else';
  const back = 'mark a book as returned';

  it('is claimed by the release, not by the taking designed beside it', () => {
    const { contract, fidelity } = judgedOffline(
      familyIntent('reading-room', 'Books of the reading room', ['add books with a title', lend, back]),
    );
    expect(claiming(contract, back)).toEqual(['POST /books/{id}/return']);
    expect(claiming(contract, lend)).toEqual(expect.arrayContaining(['POST /books/{id}/lend']));
    expect(fidelity.every((f) => f.realised)).toBe(true);
  });

  it('keeps both sides when the feature names the taking too', () => {
    const both = 'mark a book as lent and returned';
    const { contract } = judgedOffline(
      familyIntent('reading-room', 'Books of the reading room', ['add books', both]),
    );
    expect(claiming(contract, both).sort()).toEqual(['POST /books/{id}/lend', 'POST /books/{id}/return']);
  });
});
