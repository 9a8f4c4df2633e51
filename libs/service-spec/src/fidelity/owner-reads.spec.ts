import type { EndpointSpec, SpecContract } from '../spec-contract';
import { byFieldProblems } from './owner-reads';

/** A contract of flags with a name, read by `GET /flags/{param}`; `key` says what the records are looked up by. */
function flags(key?: string): { contract: SpecContract; read: EndpointSpec } {
  const read = {
    id: 'get-flag',
    method: 'GET',
    path: key ? `/flags/{${key}}` : '/flags/{id}',
    behavior: { kind: 'get', resource: 'flag', param: key ?? 'id' },
  } as unknown as EndpointSpec;
  const contract = {
    resources: [
      {
        name: 'flag',
        plural: 'flags',
        description: 'flags',
        fields: [
          { name: 'name', type: 'string', required: true, description: 'name' },
          { name: 'on', type: 'boolean', required: false, description: 'on' },
        ],
        ...(key ? { key } : {}),
      },
    ],
    endpoints: [read],
  } as unknown as SpecContract;
  return { contract, read };
}

describe('byFieldProblems: one record found by a field of it', () => {
  it.each([
    'Read a flag by its name',
    'get a flag by name',
    'einen Flag nach dem name lesen',
    'leer un flag por su name',
    // German case endings of the field's name ("Namen", "Namens") after über / anhand.
    'Ein Flag über seinen Namen abfragen; unbekannt -> 404',
    'ein Flag anhand seines Namens lesen',
  ])('refuses %p read by a generated id', (feature) => {
    const { contract, read } = flags();
    expect(byFieldProblems(feature, [read], contract)).toEqual([
      'it finds one record by its name, but GET /flags/{id} looks it up by a generated id',
    ]);
  });

  it.each([
    ['Find a member by their member number', 'member_number'],
    ['Ein Mitglied nach seiner Mitgliedsnummer abrufen', 'mitgliedsnummer'],
    ['Consultar un cliente por su número de cliente', 'numero_de_cliente'],
  ])(
    'refuses %p, a field of several words or after a possessive, read by a generated id',
    (feature, name) => {
      const { contract, read } = flags();
      contract.resources[0].fields.push({
        name,
        type: 'string',
        required: true,
        description: name,
        example: 'M-1',
      });
      expect(byFieldProblems(feature, [read], contract)).toEqual([
        `it finds one record by its ${name}, but GET /flags/{id} looks it up by a generated id`,
      ]);
    },
  );

  it('holds a read of records keyed by that field', () => {
    const { contract, read } = flags('name');
    expect(byFieldProblems('Read a flag by its name', [read], contract)).toEqual([]);
  });

  it('leaves a feature that makes records to the other rules ("register loans by a member")', () => {
    const { contract, read } = flags();
    const create = {
      ...read,
      id: 'create-flag',
      method: 'POST',
      path: '/flags',
      behavior: { kind: 'create', resource: 'flag' },
    };
    expect(byFieldProblems('register flags by a name', [create, read] as EndpointSpec[], contract)).toEqual(
      [],
    );
  });

  it.each(['Read a flag by its id', 'Read a flag', 'read a flag by its colour'])(
    'leaves %p to the other rules',
    (feature) => {
      const { contract, read } = flags();
      expect(byFieldProblems(feature, [read], contract)).toEqual([]);
    },
  );
});
