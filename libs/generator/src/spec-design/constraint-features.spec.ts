import type { IntentInput } from '@sf/contracts';
import {
  renderSpec,
  verifySpec,
  type EndpointSpec,
  type FieldSpec,
  type SpecContract,
} from '@sf/service-spec';
import { designSpec } from './spec-designer';
import { knownNoun } from './lexicon';

/*
 * Features that only constrain another feature's endpoint attach to the field or computation they name, in the
 * contract element that does it, with a worked example; those that name nothing there stay unrealised.
 */

function intent(key_features: string[]): IntentInput {
  return {
    service_name: 'constraint-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'a small service',
    key_features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };
}

function design(features: string[]): { contract: SpecContract; realised: boolean[] } {
  const i = intent(features);
  const { contract, notes } = designSpec(i);
  const v = verifySpec(renderSpec(contract, { notes }), i);
  return {
    contract,
    realised: features.map((f) => v.fidelity.find((x) => x.feature === f)?.realised ?? false),
  };
}

function input(e: EndpointSpec | undefined, name: string): FieldSpec | undefined {
  return e?.request.body?.fields.find((f) => f.name === name);
}

const split = 'share a restaurant bill with a tip percentage among several diners and say what each one pays';

describe('constraint-only features', () => {
  it('bound a computation input the feature names, with a refusal at the bound', () => {
    const { contract, realised } = design([split, 'at most 6 diners per bill']);
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    expect(input(e, 'people')).toMatchObject({ maximum: 6 });
    expect(e?.features).toContain('at most 6 diners per bill');
    const refusals = contract.acceptance.filter((c) => c.kind === 'error' && c.endpoint_id === e?.id);
    expect(refusals.some((c) => (c.steps[0].request.body as Record<string, unknown>).people === 7)).toBe(
      true,
    );
    expect(realised).toEqual([true, true]);
  });

  it('give a computation input a default, shown by an example that leaves it out (Spanish)', () => {
    const feature = 'la propina es 18 por defecto';
    const { contract, realised } = design([split, feature]);
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    expect(input(e, 'tip_percent')).toMatchObject({ required: false, default: 18 });
    const omitted = contract.acceptance.find(
      (c) => c.kind === 'happy' && !('tip_percent' in (c.steps[0].request.body as Record<string, unknown>)),
    );
    expect(omitted?.steps[0].expect.body_contains).toMatchObject({ tip: 36 });
    expect(realised).toEqual([true, true]);
  });

  it('round a computation and add a result it can answer (German, French)', () => {
    const { contract, realised } = design([
      'Mittelwert und Median einer Zahlenliste berechnen',
      'die Summe ebenfalls zurückgeben',
      'les résultats avec 1 décimale',
    ]);
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    expect(e?.behavior).toMatchObject({ options: { decimals: 1, with_sum: true } });
    expect(realised).toEqual([true, true, true]);
  });

  it('bound and default a record field', () => {
    const { contract, realised } = design([
      'add rooms with a name, a floor and a number of seats',
      'the number of seats must be 2 or more',
      'the floor defaults to ground',
    ]);
    const room = contract.resources.find((r) => r.name === 'room');
    expect(room?.fields.find((f) => f.name === 'seats')).toMatchObject({ minimum: 2 });
    expect(room?.fields.find((f) => f.name === 'floor')).toMatchObject({
      required: false,
      default: 'ground',
    });
    expect(realised).toEqual([true, true, true]);
  });

  it('make a record field unique ignoring case, with a 409 for the other case (German)', () => {
    const { contract, realised } = design([
      'Nutzer mit Benutzername und E-Mail anlegen',
      'Benutzernamen sind eindeutig, ohne Groß-/Kleinschreibung zu beachten',
    ]);
    const user = contract.resources.find((r) => r.name === 'user');
    expect(user?.fields.find((f) => f.name === 'benutzername' || f.name === 'username')).toMatchObject({
      unique: true,
      unique_ignore_case: true,
    });
    expect(realised).toEqual([true, true]);
  });

  it('leave a constraint on nothing the SPEC has unrealised, without a made-up endpoint', () => {
    const { contract, realised } = design(['compute the mean of a list of numbers', 'also return the mode']);
    expect(contract.endpoints.map((e) => e.path)).toEqual(['/calc/statistics']);
    expect(realised).toEqual([true, false]);
    const orphan = design([split, 'the rating defaults to 3']);
    expect(orphan.realised).toEqual([true, false]);
  });

  it('is never counted realised by a listing that lacks the element', () => {
    // A bound on a field the other features never ask for: nothing carries it.
    const { realised } = design([split, 'the waiter number must be at least 1']);
    expect(realised[1]).toBe(false);
  });
});

describe('knownNoun', () => {
  it('reads dative and plural forms of a known noun as that noun', () => {
    expect(knownNoun('buchern')).toBe('book');
    expect(knownNoun('nutzern')).toBe('user');
    expect(knownNoun('tareas')).toBe('task');
    expect(knownNoun('xyzzyn')).toBeNull();
  });
});
