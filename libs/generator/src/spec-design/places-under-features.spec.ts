import type { IntentInput } from '@sf/contracts';
import { extractContract, verifySpec, type CreateBehavior } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/* Sign-ups under a parent with places, said in free text (places-under-features.ts). */

const intent = (features: string[]): IntentInput =>
  familyIntent('places-svc', 'Book places in classes', features);

function signUp(features: string[]): { path: string; behavior: CreateBehavior } | undefined {
  const e = extractContract(offlineSpec(intent(features))).endpoints.find(
    (x) => x.behavior.kind === 'create' && x.behavior.parent?.capacity !== undefined,
  );
  return e && { path: e.path, behavior: e.behavior as CreateBehavior };
}

describe('places under a parent said in free text', () => {
  it.each([
    [
      [
        'create a class with a name and a number of spots',
        'people book a spot in a class by giving their name; when no spots are left the booking is refused with 409',
      ],
      '/classes/{id}/bookings',
      { resource: 'class', param: 'id', field: 'class_id', capacity: { parent_field: 'spots' } },
    ],
    [
      [
        'einen Kurs mit Titel und der Anzahl seiner Plätze anlegen',
        'Teilnehmer melden sich mit ihrem Namen zu einem Kurs an; sind keine Plätze mehr frei, wird die Anmeldung mit 409 abgelehnt',
      ],
      '/kurs/{id}/anmeldungen',
      // "der Anzahl seiner Plätze" counts the places: the count is named after them (free-fields).
      { param: 'id', capacity: { parent_field: 'platze' } },
    ],
  ])('signs up under the parent that keeps the places: %j', (features, path, parent) => {
    const found = signUp(features);
    const v = verifySpec(offlineSpec(intent(features)), intent(features));

    expect(v.fidelity.map((f) => f.problems)).toEqual([[], []]);
    expect(found?.path).toBe(path);
    expect(found?.behavior.parent).toMatchObject(parent);
  });

  it('counts a number of places the field list wrote as text ("un número de plazas")', () => {
    const contract = extractContract(
      offlineSpec(
        intent([
          'crear una clase con un nombre y un número de plazas',
          'la gente reserva una plaza en una clase dando su nombre; cuando no quedan plazas la reserva se rechaza con 409',
        ]),
      ),
    );
    const places = contract.resources
      .find((r) => r.name === 'clase')
      ?.fields.find((f) => f.name === 'numero_de_plazas');

    expect(places).toMatchObject({ type: 'integer', required: true, minimum: 1 });
  });

  it('makes no sign-up when the parent keeps no places: full of what is left unrealised', () => {
    const features = [
      'create a class with a name and a teacher',
      'people book a spot in a class by giving their name; when no spots are left the booking is refused with 409',
    ];
    const v = verifySpec(offlineSpec(intent(features)), intent(features));

    expect(signUp(features)).toBeUndefined();
    expect(v.fidelity[1].realised).toBe(false);
  });
});
