import type { IntentInput } from '@sf/contracts';
import { extractContract, renderSpec, verifySpec, type SpecContract } from '@sf/service-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';
import { optimizeSpec } from './spec-optimizer';

/*
 * The designer reads record rules from the words of an intent: bounds, client-chosen keys, adjustments,
 * tallies, intervals and overlaps, in English, German, French and Spanish. Every SPEC below passes the gate
 * (or is refused where it must be), and its acceptance pack is what a correct implementation answers.
 */

function intent(key_features: string[], purpose = 'a service'): IntentInput {
  return {
    service_name: 'rules-svc',
    service_type: 'domain',
    priority: 'low',
    purpose,
    key_features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };
}

/** The SPEC line offline: design, verify, optimise once; the final contract and its verdicts. */
function spec(features: string[], purpose?: string): { contract: SpecContract; realised: boolean[] } {
  const i = intent(features, purpose);
  const { contract, notes } = designSpec(i);
  const first = renderSpec(contract, { notes });
  const markdown = optimizeSpec(i, first, verifySpec(first, i));
  const v = verifySpec(markdown, i);
  return { contract: extractContract(markdown), realised: v.fidelity.map((f) => f.realised) };
}

describe('bounds', () => {
  it('reads a written rule and a free-text range as bounds', () => {
    const { contract, realised } = spec([
      'POST /shelves with body {"label": string, "boxes": non-negative integer, "load": number > 0} stores a shelf and returns 201 {"id", "label", "boxes", "load"}',
      'Record a vote with a topic and a grade between 1 and 10',
    ]);
    const field = (name: string) => contract.resources.flatMap((r) => r.fields).find((f) => f.name === name);

    expect(field('boxes')).toMatchObject({ type: 'integer', minimum: 0 });
    expect(field('load')).toMatchObject({ type: 'number', exclusive_minimum: 0 });
    expect(field('grade')).toMatchObject({ type: 'integer', minimum: 1, maximum: 10 });
    expect(realised).toEqual([true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });
});

describe('keys and adjustments', () => {
  it('addresses records by the field the paths name and adjusts within bounds', () => {
    const { contract, realised } = spec([
      'POST /bins with body {"label": string, "count": integer >= 0} returns 201 {"label", "count"}; a second bin with the same label returns 409',
      'POST /bins/{label}/adjust with body {"by": integer} returns {"label", "count"}; a count that would drop below 0 returns 409 and nothing changes',
      'GET /bins/{label} returns {"label": string, "count": integer}; unknown label returns 404',
    ]);

    expect(contract.resources[0]).toMatchObject({ key: 'label' });
    expect(contract.endpoints.map((e) => e.behavior)).toContainEqual({
      kind: 'adjust',
      resource: 'bin',
      param: 'label',
      field: 'count',
      amount_field: 'by',
    });
    expect(realised).toEqual([true, true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
    const refusals = contract.acceptance.filter(
      (c) => c.kind === 'error' && c.endpoint_id.startsWith('adjust'),
    );
    expect(refusals.map((c) => c.steps.at(-1)?.expect.status)).toContain(409);
  });

  it('reads a collection POST that adds an amount to a named record as an adjustment created on first use', () => {
    const { contract, realised } = spec([
      'POST /goals with body {"player": string, "goals": integer} adds goals to a player (created on first use) and returns {"player": string, "tally": integer}',
    ]);

    expect(contract.endpoints[0].behavior).toEqual({
      kind: 'adjust',
      resource: 'player',
      field: 'tally',
      amount_field: 'goals',
      create_missing: true,
    });
    expect(realised).toEqual([true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });
});

describe('tallies', () => {
  it.each([
    [
      [
        'increment a page counter by its name, by one unless told otherwise',
        'show the current count of a counter, 0 when never incremented',
        'clear a counter',
      ],
    ],
    [
      [
        'incrementar un contador por nombre, de uno en uno o por una cantidad',
        'leer el valor actual de un contador (0 si nadie lo tocó)',
        'reiniciar un contador',
      ],
    ],
  ])('designs increment, read (0 when unknown) and reset: %j', (features) => {
    const { contract, realised } = spec(features);
    const kinds = contract.endpoints.map((e) => e.behavior.kind);

    expect(kinds).toEqual(expect.arrayContaining(['adjust', 'get', 'reset']));
    expect(contract.endpoints.find((e) => e.behavior.kind === 'get')?.behavior).toMatchObject({
      absent_as_default: true,
    });
    expect(contract.endpoints.find((e) => e.behavior.kind === 'adjust')?.behavior).toMatchObject({
      amount_default: 1,
      create_missing: true,
    });
    expect(realised).toEqual([true, true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('does not read "add a record" as a tally', () => {
    const { contract } = spec(['Add a guest with a name and at least 1 seat']);

    expect(contract.endpoints.map((e) => e.behavior.kind)).toEqual(['create']);
    expect(contract.resources[0].fields.find((f) => f.name === 'seat')).toMatchObject({ minimum: 1 });
  });
});

describe('intervals', () => {
  it('reads a Spanish room booking: inicio/fin, and overlaps of the same sala refused', () => {
    const { contract, realised } = spec(
      [
        'Crear una reserva para una sala con inicio y fin',
        'Rechazar una reserva que se solapa con otra reserva de la misma sala',
      ],
      'Reservas de salas',
    );

    expect(contract.resources[0].interval).toEqual({ start: 'inicio', end: 'fin', no_overlap: ['sala'] });
    expect(realised).toEqual([true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('forbids overlaps per the field after "same" and lets touching intervals be', () => {
    const { contract, realised } = spec([
      'POST /slots with body {"court": string, "starts_at": ISO datetime, "ends_at": ISO datetime} returns 201 {"id", "court", "starts_at", "ends_at"}',
      'A slot that overlaps another slot on the same court is refused with 409',
    ]);

    expect(contract.resources[0].interval).toEqual({
      start: 'starts_at',
      end: 'ends_at',
      no_overlap: ['court'],
    });
    expect(realised).toEqual([true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('reads a French room booking with a start and an end', () => {
    const { contract, realised } = spec(
      [
        'Créer une réservation pour une salle avec début et fin',
        'Refuser une réservation qui chevauche une réservation existante de la même salle',
      ],
      'Réservation de salles',
    );

    expect(contract.resources.find((r) => r.interval)?.interval).toMatchObject({
      no_overlap: expect.any(Array),
    });
    expect(realised[1]).toBe(true);
    expect(runAcceptancePack(contract)).toEqual([]);
  });
});
