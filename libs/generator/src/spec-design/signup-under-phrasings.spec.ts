import { nearMissTableTests, tableIntent, type NearMiss } from './testing/near-miss-rows';
import type { CreateBehavior } from '@sf/service-spec';
import { judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of sign-ups under a parent record as users write them for courses, workshops and events
 * (the places of such a parent are places-under-features / unique-signups-phrasings): "people sign up for a
 * workshop with their name and email", "une personne s'inscrit à un atelier avec son nom et son adresse e-mail",
 * "sich mit Name und E-Mail zu einem Kurs anmelden", "una persona se inscribe en un taller con su nombre y su
 * correo", "una persona si iscrive a un corso con il suo nome e la sua email", "uma pessoa se inscreve numa
 * oficina com o seu nome e o seu e-mail" — with or without a number of places, with or without "the same email
 * cannot sign up twice for the same workshop". In English, German, Spanish, French, Italian and Portuguese.
 *
 * A row is read when every feature is realised and a create under the parent makes the sign-ups (with the scoped
 * repeat on it when `unique` is set, and the places counted when `full` is set). Near misses (a waiting list, a
 * repeat scoped by a day, a sign-up that sends mail) keep the feature given unrealised. Rows not read yet are in
 * NOT_YET_READ: such a row fails the suite once it is read, so the set only shrinks.
 */

interface Row {
  name: string;
  features: string[];
  /** The parent's resource name the sign-ups hang under. */
  parent: string;
  /** Whether a repeat under one parent is refused (ParentRef.unique). */
  unique?: boolean;
  /** Whether the parent's places are counted (ParentRef.capacity). */
  full?: boolean;
}

const ROWS: Row[] = [
  {
    name: 'en free: sign up for a workshop with their name and email, the same email not twice',
    features: [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      'the same email cannot sign up twice for the same workshop, but may for another one',
    ],
    parent: 'workshop',
    unique: true,
  },
  {
    name: 'en free: register for an event with a name and an email address',
    features: [
      'create an event with a name and a date',
      'people register for an event with a name and an email address',
      'the same email address cannot register twice for the same event (409)',
    ],
    parent: 'event',
    unique: true,
  },
  {
    name: 'en free: participants enrol in a course with their name',
    features: ['add a course with a title and a teacher', 'participants enrol in a course with their name'],
    parent: 'course',
  },
  {
    name: 'fr free: s’inscrire à un atelier avec son nom et son adresse e-mail',
    features: [
      'créer un atelier avec un titre',
      'une personne s’inscrit à un atelier avec son nom et son adresse e-mail',
      'une même adresse e-mail ne peut pas s’inscrire deux fois au même atelier : 409',
    ],
    parent: 'atelier',
    unique: true,
  },
  {
    name: 'de free: sich mit Name und E-Mail zu einem Kurs anmelden',
    features: [
      'einen Kurs mit Titel anlegen',
      'sich mit Name und E-Mail zu einem Kurs anmelden',
      'dieselbe E-Mail kann sich nicht zweimal für denselben Kurs anmelden (409), für einen anderen Kurs schon',
    ],
    parent: 'kur',
    unique: true,
  },
  {
    name: 'de free: Teilnehmer melden sich mit Name und E-Mail zu einem Workshop an',
    features: [
      'einen Workshop mit Titel und Datum anlegen',
      'Teilnehmer melden sich mit Name und E-Mail zu einem Workshop an',
    ],
    parent: 'workshop',
  },
  {
    name: 'es free: una persona se inscribe en un taller con su nombre y su correo',
    features: [
      'crear un taller con un nombre',
      'una persona se inscribe en un taller con su nombre y su correo',
      'la misma persona (mismo correo) no puede inscribirse dos veces en el mismo taller (409)',
    ],
    parent: 'taller',
    unique: true,
  },
  {
    name: 'it free: una persona si iscrive a un corso con il suo nome e la sua email',
    features: [
      'creare un corso con un titolo',
      'una persona si iscrive a un corso con il suo nome e la sua email',
      'la stessa email non può iscriversi due volte allo stesso corso (409)',
    ],
    parent: 'corso',
    unique: true,
  },
  {
    name: 'pt free: uma pessoa se inscreve numa oficina com o seu nome e o seu e-mail',
    features: [
      'criar uma oficina com um título',
      'uma pessoa se inscreve numa oficina com o seu nome e o seu e-mail',
      'o mesmo e-mail não pode se inscrever duas vezes na mesma oficina (409)',
    ],
    parent: 'oficina',
    unique: true,
  },
  {
    name: 'de free: ist der Kurs ausgebucht, 409',
    features: [
      'einen Kurs mit Titel und Anzahl der Plätze anlegen',
      'Teilnehmer melden sich mit ihrem Namen zu einem Kurs an; ist der Kurs ausgebucht, wird die Anmeldung mit 409 abgelehnt',
    ],
    parent: 'kur',
    full: true,
  },
  {
    name: 'it free: se il corso è al completo, 409',
    features: [
      'creare un corso con un nome e il numero di posti',
      "iscrivere una persona a un corso con il suo nome; se il corso è al completo l'iscrizione è rifiutata con 409",
    ],
    parent: 'corso',
    full: true,
  },
  {
    name: 'en free: once the seats are gone further bookings are refused',
    features: [
      'create a tour with a name and a number of seats',
      'people book a seat on a tour with their name; once the seats are gone further bookings are refused with 409',
    ],
    parent: 'tour',
    full: true,
  },
  {
    name: 'pt free: quando as vagas estão esgotadas, 409',
    features: [
      'criar um evento com um nome e um número de vagas',
      'uma pessoa se inscreve num evento com o seu nome; quando as vagas estão esgotadas a inscrição é recusada com 409',
    ],
    parent: 'event',
    full: true,
  },
  {
    name: 'fr free: complet, et une même adresse pas deux fois au même atelier',
    features: [
      'créer un atelier avec un titre et un nombre de places',
      "une personne s'inscrit à un atelier avec son nom et son e-mail ; quand l'atelier est complet, refuser avec 409",
      "une même adresse e-mail ne peut pas s'inscrire deux fois au même atelier : 409",
    ],
    parent: 'atelier',
    unique: true,
    full: true,
  },
  {
    name: 'en free: a workshop’s sign-ups listed',
    features: [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      "list a workshop's sign-ups",
    ],
    parent: 'workshop',
  },
  {
    name: 'fr free: lister les inscriptions d’un atelier',
    features: [
      'créer un atelier avec un titre et un nombre de places',
      "une personne s'inscrit à un atelier avec son nom ; quand l'atelier est complet, l'inscription est refusée avec 409",
      "lister les inscriptions d'un atelier",
    ],
    parent: 'atelier',
    full: true,
  },
];

/** Near misses: the feature at the index must stay unrealised (it asks something no sign-up does). */
const NEAR_MISSES: NearMiss[] = [
  [
    'en near miss: a full event puts people on a waiting list',
    [
      'create an event with a name and a number of places',
      'people sign up for an event with their name; when the event is full they go on a waiting list',
    ],
    1,
  ],
  [
    'fr near miss: complet, mise en liste d’attente',
    [
      'créer un atelier avec un titre et un nombre de places',
      "une personne s'inscrit à un atelier avec son nom ; quand l'atelier est complet, elle est mise en liste d'attente",
    ],
    1,
  ],
  [
    'en near miss: the same email not twice on the same day',
    [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      'the same email cannot sign up twice on the same day (409)',
    ],
    2,
  ],
  [
    'es near miss: la inscripción envía un correo de confirmación',
    [
      'crear un taller con un nombre',
      'una persona se inscribe en un taller con su nombre y su correo; se le envía un correo de confirmación',
    ],
    1,
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([]);

const SERVICE = 'signup-under';

/** Whether a row's sign-ups are made under its parent, with every feature realised. */
function reads(row: Row): boolean {
  const { contract, fidelity } = judgedOffline(tableIntent(SERVICE, row.features));
  if (fidelity.length !== row.features.length || !fidelity.every((f) => f.realised)) return false;
  const under = contract.endpoints
    .map((e) => e.behavior)
    .filter((b): b is CreateBehavior => b.kind === 'create' && b.parent?.resource === row.parent);
  return (
    under.length === 1 &&
    (under[0].parent?.unique?.length ?? 0) === (row.unique ? 1 : 0) &&
    (under[0].parent?.capacity !== undefined) === (row.full === true)
  );
}

nearMissTableTests({
  title: 'sign-ups under a parent as users write them',
  service: SERVICE,
  rows: ROWS,
  nearMisses: NEAR_MISSES,
  notYetRead: NOT_YET_READ,
  reads: reads,
  readsAs: 'reads the sign-ups of',
});
