import { nearMissTableTests, tableIntent, type NearMiss } from './testing/near-miss-rows';
import type { Behavior } from '@sf/service-spec';
import { judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of a parent's sign-ups listed, as users write it for workshops, courses and events whose
 * sign-ups are made under the parent (signup-under-phrasings): "list a workshop's sign-ups", "show the
 * registrations of an event", "GET /workshops/{id}/signups lists the sign-ups of that workshop", "die
 * Anmeldungen eines Kurses auflisten", "listar las inscripciones de un taller", "lister les inscriptions d'un
 * atelier", "elencare le iscrizioni di un corso", "listar as inscrições de uma oficina". In English, German,
 * Spanish, French, Italian and Portuguese, spelled out and free.
 *
 * A row is read when every feature is realised and one list endpoint `GET /{parents}/{id}/{sign-ups}` lists only
 * the sign-ups of the parent named by its path (404 for an unknown parent). Near misses (a count of free places,
 * a list sent by mail, every sign-up of every parent) keep the listing feature unrealised as a parent's list.
 * Rows not read yet are in NOT_YET_READ: such a row fails the suite once it is read, so the set only shrinks.
 */

interface Row {
  name: string;
  features: string[];
  /** The parent's resource name the sign-ups hang under. */
  parent: string;
  /** The index of the listing feature. */
  list: number;
}

const ROWS: Row[] = [
  {
    name: 'en free: list a workshop’s sign-ups',
    features: [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      "list a workshop's sign-ups",
    ],
    parent: 'workshop',
    list: 2,
  },
  {
    name: 'en free: show all registrations of an event',
    features: [
      'create an event with a name and a date',
      'people register for an event with a name and an email address',
      'show all registrations of an event',
    ],
    parent: 'event',
    list: 2,
  },
  {
    name: 'en free: list the enrolments of a course, 404 for an unknown course',
    features: [
      'add a course with a title and a teacher',
      'participants enrol in a course with their name',
      'list the enrolments of a course (404 if the course does not exist)',
    ],
    parent: 'course',
    list: 2,
  },
  {
    name: 'en spelled: GET /workshops/{id}/signups',
    features: [
      'POST /workshops with body {"title": string} creates a workshop',
      'POST /workshops/{id}/signups with body {"name": string, "email": string} signs a person up for the workshop; 404 if the workshop does not exist',
      'GET /workshops/{id}/signups lists the sign-ups of that workshop',
    ],
    parent: 'workshop',
    list: 2,
  },
  {
    name: 'de free: die Anmeldungen eines Kurses auflisten',
    features: [
      'einen Kurs mit Titel anlegen',
      'sich mit Name und E-Mail zu einem Kurs anmelden',
      'die Anmeldungen eines Kurses auflisten',
    ],
    parent: 'kur',
    list: 2,
  },
  {
    name: 'de free: alle Anmeldungen zu einem Workshop anzeigen, several lines',
    features: [
      'einen Workshop mit Titel und Datum anlegen',
      'Teilnehmer melden sich mit Name und E-Mail zu einem Workshop an',
      'alle Anmeldungen zu einem Workshop anzeigen',
    ],
    parent: 'workshop',
    list: 2,
  },
  {
    name: 'de free: ausgebucht 409, dann die Anmeldungen eines Kurses auflisten',
    features: [
      'einen Kurs mit Titel und Anzahl der Plätze anlegen',
      'Teilnehmer melden sich mit ihrem Namen zu einem Kurs an; ist der Kurs ausgebucht, wird die Anmeldung mit 409 abgelehnt',
      'die Anmeldungen eines Kurses auflisten',
    ],
    parent: 'kur',
    list: 2,
  },
  {
    name: 'es free: listar las inscripciones de un taller',
    features: [
      'crear un taller con un nombre',
      'una persona se inscribe en un taller con su nombre y su correo',
      'listar las inscripciones de un taller',
    ],
    parent: 'taller',
    list: 2,
  },
  {
    name: 'es spelled: GET /talleres/{id}/inscripciones',
    features: [
      'POST /talleres con {"nombre": string} crea un taller',
      'POST /talleres/{id}/inscripciones con {"nombre": string, "correo": string} inscribe a una persona en el taller; 404 si el taller no existe',
      'GET /talleres/{id}/inscripciones devuelve las inscripciones de ese taller',
    ],
    // The spelled create of /talleres keeps its records as 'tallere' (the singular of the route's segment).
    parent: 'tallere',
    list: 2,
  },
  {
    name: 'fr free: lister les inscriptions d’un atelier',
    features: [
      'créer un atelier avec un titre',
      "une personne s'inscrit à un atelier avec son nom et son adresse e-mail",
      "lister les inscriptions d'un atelier",
    ],
    parent: 'atelier',
    list: 2,
  },
  {
    name: 'fr free: complet 409, et voir les inscriptions d’un atelier',
    features: [
      'créer un atelier avec un titre et un nombre de places',
      "une personne s'inscrit à un atelier avec son nom ; quand l'atelier est complet, l'inscription est refusée avec 409",
      "voir les inscriptions d'un atelier",
    ],
    parent: 'atelier',
    list: 2,
  },
  {
    name: 'it free: elencare le iscrizioni di un corso',
    features: [
      'creare un corso con un titolo',
      'una persona si iscrive a un corso con il suo nome e la sua email',
      'elencare le iscrizioni di un corso',
    ],
    parent: 'corso',
    list: 2,
  },
  {
    name: 'pt free: listar as inscrições de uma oficina',
    features: [
      'criar uma oficina com um título',
      'uma pessoa se inscreve numa oficina com o seu nome e o seu e-mail',
      'listar as inscrições de uma oficina',
    ],
    parent: 'oficina',
    list: 2,
  },
];

/** Near misses: the feature at the index must stay unrealised (it asks more than a list of sign-ups). */
const NEAR_MISSES: NearMiss[] = [
  [
    'en near miss: the free places of a workshop',
    [
      'create a workshop with a title and a number of places',
      'people sign up for a workshop with their name and email',
      "list a workshop's sign-ups with the number of free places",
    ],
    2,
  ],
  [
    'de near miss: die Anmeldungen eines Kurses per E-Mail an die Lehrerin schicken',
    [
      'einen Kurs mit Titel anlegen',
      'sich mit Name und E-Mail zu einem Kurs anmelden',
      'die Anmeldungen eines Kurses per E-Mail an die Lehrerin schicken',
    ],
    2,
  ],
  [
    'fr near miss: les inscriptions d’un atelier triées par liste d’attente',
    [
      'créer un atelier avec un titre',
      "une personne s'inscrit à un atelier avec son nom et son adresse e-mail",
      "lister les inscriptions d'un atelier avec leur rang sur la liste d'attente",
    ],
    2,
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([]);

const SERVICE = 'signup-lists';

/** Whether a behaviour lists the children of one record of `parent` (a list with a parent). */
function listsUnder(b: Behavior, parent: string): boolean {
  const under = (b as { parent?: { resource?: string } }).parent;
  return b.kind === 'list' && under?.resource === parent;
}

/** The list endpoints realising feature `index` that list one parent's children. */
function parentLists(features: string[], index: number, parent: string): Behavior[] {
  const { contract } = judgedOffline(tableIntent(SERVICE, features));
  return contract.endpoints
    .filter((e) => e.method === 'GET' && e.features.includes(features[index]))
    .map((e) => e.behavior)
    .filter((b) => listsUnder(b, parent));
}

/** Whether a row's listing feature lists one parent's sign-ups, with every feature realised. */
function reads(row: Row): boolean {
  const { fidelity } = judgedOffline(tableIntent(SERVICE, row.features));
  if (fidelity.length !== row.features.length || !fidelity.every((f) => f.realised)) return false;
  return parentLists(row.features, row.list, row.parent).length === 1;
}

nearMissTableTests({
  title: "a parent's sign-ups listed, as users write it",
  service: SERVICE,
  rows: ROWS,
  nearMisses: NEAR_MISSES,
  notYetRead: NOT_YET_READ,
  reads: reads,
});
