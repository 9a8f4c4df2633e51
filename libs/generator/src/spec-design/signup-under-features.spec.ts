import type { CreateBehavior } from '@sf/service-spec';
import { familyIntent } from '../testing/offline-spec';
import { outsideWorld } from './outside-world';
import { designSpec } from './spec-designer';

/* Sign-ups under a kept parent said in free text, without places (signup-under-features.ts). */

function signUps(features: string[]) {
  const { contract } = designSpec(familyIntent('signup-under', 'Sign-ups', features));
  return contract.endpoints
    .filter((e) => e.behavior.kind === 'create' && e.behavior.parent !== undefined)
    .map((e) => ({
      path: e.path,
      parent: (e.behavior as CreateBehavior).parent,
      fields: contract.resources
        .find((r) => r.name === (e.behavior as CreateBehavior).resource)
        ?.fields.map((f) => [f.name, f.required]),
    }));
}

describe('sign-ups under a parent said in free text', () => {
  it.each([
    [
      ['create a workshop with a title', 'people sign up for a workshop with their name and email'],
      '/workshops/{id}/signups',
      [
        ['name', true],
        ['email', true],
      ],
    ],
    [
      ['einen Kurs mit Titel anlegen', 'Teilnehmer melden sich mit Name und E-Mail zu einem Kurs an'],
      '/kurs/{id}/anmeldungen',
      [
        ['name', true],
        ['email', true],
      ],
    ],
    [
      ['crear un taller con un nombre', 'una persona se inscribe en un taller con su nombre y su correo'],
      '/tallers/{id}/inscripciones',
      [
        ['nombre', true],
        ['correo', true],
      ],
    ],
    [
      [
        'créer un atelier avec un titre',
        'une personne s’inscrit à un atelier avec son nom et son adresse e-mail',
      ],
      '/ateliers/{id}/inscriptions',
      [
        ['nom', true],
        ['email', true],
      ],
    ],
    [
      ['add a course with a title and a teacher', 'participants enrol in a course with their name'],
      '/courses/{id}/enrolments',
      [['name', true]],
    ],
  ])('signs up under the kept parent: %j', (features, path, fields) => {
    const found = signUps(features);
    expect(found.map((s) => s.path)).toEqual([path]);
    expect(found[0].fields).toEqual(fields);
    expect(found[0].parent?.capacity).toBeUndefined();
  });

  it.each([
    // A postal address is no e-mail, a parent nobody keeps is no parent, and a waiting list or a mail sent is more
    // than a sign-up.
    ['create a workshop with a title', 'people sign up for a workshop with their name and address'],
    ['create a room with a name', 'people sign up for a workshop with their name and email'],
    [
      'create an event with a name',
      'people sign up for an event with their name and email; when it is full they go on a waiting list',
    ],
    [
      'crear un taller con un nombre',
      'una persona se inscribe en un taller con su nombre; se le envía un correo',
    ],
  ])('makes no sign-up under a parent for %j', (...features) => {
    expect(signUps(features)).toEqual([]);
  });

  it('keeps a German sign-in with an outside account outside, and a sign-up to a course inside', () => {
    expect(outsideWorld('Nutzer können sich mit Google anmelden')).not.toBeNull();
    expect(outsideWorld('sich mit Name und E-Mail zu einem Kurs anmelden')).toBeNull();
  });
});
