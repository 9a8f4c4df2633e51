import type { EndpointSpec } from '../spec-contract';
import { holdTakerProblems } from './hold-taker';

function checkOut(holder?: string): EndpointSpec {
  return {
    id: 'reserve-item',
    method: 'POST',
    path: '/items/{id}/check-out',
    summary: 'Check an item out',
    features: [],
    behavior: {
      kind: 'reserve',
      resource: 'item',
      param: 'id',
      field: 'checked_out',
      ...(holder ? { holder } : {}),
    },
    request: { params: [{ name: 'id', description: 'Id of the item', example: 'item-1' }] },
    responses: [{ status: 200, description: 'The item', example: { id: 'item-1', checked_out: true } }],
    errors: [],
  } as unknown as EndpointSpec;
}

describe('holds that give a record to someone keep who took it', () => {
  it.each([
    "check an item out to a person; if it's already out, that's a conflict",
    'lend a book to a member',
    'Emprestar um livro a um aluno (pelo nome do aluno)',
    'prestar un libro a un socio',
    'ein Buch an einen Kunden verleihen',
  ])(
    'refuses "%s" realised by a check-out that stores nobody, passes one that stores the taker',
    (feature) => {
      expect(holdTakerProblems(feature, [checkOut()])).toEqual([
        expect.stringMatching(
          /^it gives the record to a \w+, but POST \/items\/\{id\}\/check-out keeps no one/,
        ),
      ]);
      expect(holdTakerProblems(feature, [checkOut('member')])).toEqual([]);
    },
  );

  it('leaves holds that name no taker, and features no hold realises', () => {
    expect(
      holdTakerProblems('reserve a room; a reserved room cannot be reserved again', [checkOut()]),
    ).toEqual([]);
    expect(holdTakerProblems('list the members', [])).toEqual([]);
    // The one checked in is the record itself, not a taker.
    expect(
      holdTakerProblems('check a visitor in; checking in a person who is already checked in is refused', [
        checkOut(),
      ]),
    ).toEqual([]);
  });
});
