import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * A list answers every record without using a read: beside a store whose reads use records up (a one-time
 * secret) it would show the secret's text as often as anyone asks. The designer adds no list of its own there, and
 * the gate refuses the limit when a list stands beside it.
 */

const STORES: string[][] = [
  [
    'Eine Notiz mit einem Text speichern und ihre id zurückbekommen',
    'Eine Notiz kann nur einmal gelesen werden; nach dem ersten Lesen ist sie gelöscht',
  ],
  [
    'guardar un secreto con un texto y devolver su id',
    'cada secreto se puede leer como máximo 2 veces; después ya no existe',
  ],
  ['save a secret message with a text', 'a message can be read only once, then it is gone'],
];

it.each(STORES)('"%s" with "%s" keeps no list of the records', (store, limit) => {
  const { contract, fidelity } = judgedOffline(familyIntent('once-svc', 'one-time notes', [store, limit]));
  expect(contract.endpoints.filter((e) => e.behavior.kind === 'list')).toEqual([]);
  expect(fidelity.map((f) => f.realised)).toEqual([true, true]);
});

it('a list asked for beside the limit makes the limit unrealised', () => {
  const features = [
    'save a secret message with a text',
    'list all messages',
    'a message can be read only once, then it is gone',
  ];
  const { contract, fidelity } = judgedOffline(familyIntent('once-svc', 'one-time notes', features));
  expect(contract.endpoints.some((e) => e.behavior.kind === 'list')).toBe(true);
  expect(fidelity[2].realised).toBe(false);
  expect(fidelity[2].problems).toEqual(
    expect.arrayContaining([expect.stringContaining('without using a read: the limit is no limit')]),
  );
});
