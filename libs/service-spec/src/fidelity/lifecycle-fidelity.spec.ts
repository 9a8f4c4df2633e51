import type { Behavior, EndpointSpec } from '../spec-contract';
import { readConstraint } from '../constraint-reading';
import { lifecycleFlagsIn, namesOtherOutcome } from '../lifecycle-verbs';
import { wordsOf } from './domain-terms';
import { REFUSAL } from './free-text-fidelity';
import { recordMismatch } from './record-features';

/*
 * Lifecycles said as verbs ("mark an invoice paid", "ein Fahrrad vermieten", "cerrar una votación") are realised
 * by a hold on the state the verb names, and by nothing else that only keeps records.
 */

function endpoint(feature: string, path: string, behavior: Record<string, unknown>): EndpointSpec {
  return {
    id: path.replace(/\W+/g, '-'),
    method: behavior.kind === 'get' ? 'GET' : 'POST',
    path,
    summary: String(behavior.kind),
    features: [feature],
    behavior: { resource: 'invoice', param: 'id', ...behavior } as unknown as Behavior,
    request: {},
    responses: [],
    errors: [],
  };
}

function holdOn(feature: string, field: string, kind: 'reserve' | 'release' | 'toggle'): EndpointSpec[] {
  return [
    endpoint(feature, `/invoices/{id}/${field}`, {
      kind,
      field,
      ...(kind === 'toggle' ? { value: true } : {}),
    }),
    endpoint(feature, '/invoices/{id}', { kind: 'get' }),
  ];
}

const MISMATCH = [expect.stringContaining('it asks for more than keeping records')];

describe('lifecycles said as verbs', () => {
  it.each([
    ['Mark an invoice paid; paying one that is already paid is a conflict', 'paid'],
    ['Ein Fahrrad vermieten geht nur, wenn es frei ist (sonst 409)', 'rented'],
    ['Cerrar una votación; una votación ya cerrada no se puede cerrar otra vez (409)', 'closed'],
    ['Eine Umfrage schließen; eine geschlossene Umfrage kann nicht noch einmal geschlossen werden', 'closed'],
    ['Publier un article (un article déjà publié → 409)', 'published'],
  ])('accepts a hold on the state %j names (%s)', (feature, flag) => {
    expect(recordMismatch(feature, holdOn(feature, flag, 'reserve'))).toEqual([]);
  });

  it.each([
    ['Pay an invoice; paying one that is already paid is a conflict', 'reserved', 'reserve'],
    ['Ein Fahrrad vermieten geht nur, wenn es frei ist (sonst 409)', 'closed', 'reserve'],
    ['Publier un article (un article déjà publié → 409)', 'published', 'toggle'],
    [
      'A manager approves or rejects a claim; a claim already decided cannot be approved or rejected again',
      'approved',
      'reserve',
    ],
  ] as const)('still refuses %j realised by a %s %s', (feature, flag, kind) => {
    expect(recordMismatch(feature, holdOn(feature, flag, kind))).toEqual(MISMATCH);
  });

  it('reads the flags a feature names, and a decision with two outcomes', () => {
    expect(lifecycleFlagsIn(wordsOf('Rechnungen als bezahlt markieren'))).toEqual(['paid']);
    expect(lifecycleFlagsIn(wordsOf('The average of the ratings given as a list'))).toEqual([]);
    expect(namesOtherOutcome('approve or reject a claim')).toBe(true);
    expect(namesOtherOutcome('approve a claim; approving it twice is a conflict')).toBe(false);
  });

  it('reads a status code in parentheses, after an arrow or after "sonst" as a refusal, not any number', () => {
    for (const said of [
      'déjà publié → 409',
      'nur wenn frei (sonst 409)',
      'confirmed again (409)',
      '(404 when none)',
    ])
      expect([said, REFUSAL.test(said)]).toEqual([said, true]);
    for (const said of ['a poll with 2–10 options', 'rooms 101 to 409', 'the year (2024)'])
      expect([said, REFUSAL.test(said)]).toEqual([said, false]);
  });

  it('does not read paying once as a unique field, but still reads registering once as one', () => {
    expect(readConstraint('an invoice can only be paid once')).toBeNull();
    expect(readConstraint('each email may be registered only once')).toEqual(
      expect.objectContaining({ kind: 'unique' }),
    );
  });
});
