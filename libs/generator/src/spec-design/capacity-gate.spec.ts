import { extractContract, renderSpec, verifySpec, type SpecContract } from '@sf/service-spec';
import { familyIntent } from '../testing/offline-spec';
import { designSpec } from './spec-designer';
import { optimizeSpec } from './spec-optimizer';

/*
 * The gate on capacities: a sign-up feature saying its parent can be full is realised only by a create that
 * counts the parent's places. The same contract with the count taken out (its 409 left to a duplicate rule)
 * must be refused.
 */

const FEATURES = [
  'POST /talleres con {"nombre": string, "cupo": entero > 0} crea un taller (201) con id',
  'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
];

const intent = () => familyIntent('cap-gate-svc', 'a record service', FEATURES);

function realised(contract: SpecContract): boolean[] {
  return verifySpec(renderSpec(contract), intent()).fidelity.map((f) => f.realised);
}

/** The SPEC line's contract for the features: the designer's draft after one optimizer round. */
function designed(): SpecContract {
  const { contract, notes } = designSpec(intent());
  const first = renderSpec(contract, { notes });
  return extractContract(optimizeSpec(intent(), first, verifySpec(first, intent())));
}

it('realises the sign-ups when the create counts the places', () => {
  const c = designed();
  const signUp = c.endpoints.find((e) => e.method === 'POST' && e.path === '/talleres/{id}/inscripciones');
  expect(signUp?.behavior).toMatchObject({ kind: 'create', parent: { capacity: { parent_field: 'cupo' } } });
  expect(realised(c)).toEqual([true, true]);
});

it('refuses the same sign-ups when the create never counts the places, even with a 409 of another rule', () => {
  const c = designed();
  for (const e of c.endpoints) {
    if (e.behavior.kind !== 'create' || !e.behavior.parent) continue;
    const { capacity: _capacity, ...parent } = e.behavior.parent;
    e.behavior = { ...e.behavior, parent };
    e.errors = e.errors.map((x) =>
      x.code === 'FULL' ? { ...x, code: 'CONFLICT', when: 'the e-mail is taken' } : x,
    );
  }
  const child = c.resources.find((r) => r.fields.some((f) => f.name === 'email'));
  for (const f of child?.fields ?? []) if (f.name === 'email') f.unique = true;
  c.acceptance = c.acceptance.filter((a) => !a.description.includes('FULL'));
  const verdict = verifySpec(renderSpec(c), intent()).fidelity[1];
  expect(verdict.realised).toBe(false);
  expect(verdict.problems.join(' ')).toContain('never counts its places');
});

it('a declared capacity must be a required integer of the parent', () => {
  const c = designed();
  const taller = c.resources.find((r) => r.fields.some((f) => f.name === 'cupo'));
  for (const f of taller?.fields ?? []) if (f.name === 'cupo') f.type = 'string';
  const i = familyIntent('cap-gate-svc', 'a record service', FEATURES);
  expect(verifySpec(renderSpec(c), i).findings.join(' ')).toContain('declare required integer field "cupo"');
});
