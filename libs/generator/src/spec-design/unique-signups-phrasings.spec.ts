import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of records with a uniqueness rule and of sign-ups with capacity, as people write them in
 * English, German, Spanish, French, Italian and Portuguese, written before the code that reads them:
 *
 * - a field unique among all records ("asset tags are unique: registering a tag that is already taken must fail
 *   with a conflict", "Jede Mitgliedsnummer darf es nur einmal geben", "an email can only be on the roster once —
 *   compare case-insensitively"): the first create 201, the same value again 409 (and, when case is folded, the
 *   value in other letter case 409 too), and the listing unchanged by the refusal;
 * - a field unique within a parent ("the same email cannot sign up twice for the same workshop, but may for another
 *   one"): 409 under the same parent only, 201 under another;
 * - a parent's number of places ("quand l'atelier est complet, refuser avec 409"): the capacity+1-th sign-up 409,
 *   the parent's sign-ups unchanged by it; with a repeat refused too ("refuse when the event is full or when the
 *   same person signs up twice").
 *
 * Near misses stay refused: full of nothing the records hold, a repeat refused only within a time span, a repeat
 * that triggers something else than a refusal. A row is a scenario run against the reference interpreter of the
 * designed contract; refusal rows must leave a feature unrealised. Rows not read yet are named in NOT_YET_READ.
 */

type Row = ScenarioRow;

/**
 * Feature 0 creates records, feature `list` lists them: `first` is created, each of `repeats` is refused with 409,
 * and the list still holds only the first (the refusal stored nothing).
 */
function uniqueSteps(
  first: Record<string, unknown>,
  repeats: Record<string, unknown>[],
  list: number,
  shown: Record<string, unknown>,
): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: first, status: 201 },
    ...repeats.map((body): ScenarioStep => ({ method: 'POST', feature: 0, body, status: 409 })),
    { method: 'GET', feature: list, status: 200, list: [shown] },
  ];
}

const UNIQUE_ROWS: Row[] = [
  {
    name: 'en asset tags unique: a tag already taken fails with a conflict',
    features: [
      'register an asset with its tag and a description',
      'asset tags are unique: registering a tag that is already taken must fail with a conflict',
      'list all assets',
    ],
    steps: uniqueSteps(
      { tag: 'LAP-001', description: 'laptop' },
      [{ tag: 'LAP-001', description: 'another laptop' }],
      2,
      { tag: 'LAP-001', description: 'laptop' },
    ),
  },
  {
    name: 'de jede Mitgliedsnummer darf es nur einmal geben',
    features: [
      'Mitglieder mit Mitgliedsnummer und Name erfassen',
      'Jede Mitgliedsnummer darf es nur einmal geben',
      'alle Mitglieder auflisten',
    ],
    steps: uniqueSteps(
      { mitgliedsnummer: 'M-17', name: 'Ida' },
      [{ mitgliedsnummer: 'M-17', name: 'Otto' }],
      2,
      { mitgliedsnummer: 'M-17', name: 'Ida' },
    ),
  },
  {
    name: 'de jede E-Mail-Adresse darf nur einmal vorkommen, als Konflikt abgelehnt',
    features: [
      'Teilnehmer mit Name und E-Mail-Adresse anmelden',
      'jede E-Mail-Adresse darf nur einmal vorkommen – eine zweite Anmeldung mit derselben Adresse wird als Konflikt abgelehnt',
      'alle Teilnehmer auflisten',
    ],
    steps: uniqueSteps(
      { name: 'Ida', 'e_mail_adresse|email|e_mail': 'ida@example.de' },
      [{ name: 'Otto', 'e_mail_adresse|email|e_mail': 'ida@example.de' }],
      2,
      { name: 'Ida' },
    ),
  },
  {
    name: 'en an email only once on the roster, compared case-insensitively',
    features: [
      'add a player to the team roster with a name and an email',
      'an email can only be on the roster once — compare case-insensitively',
      'show the roster',
    ],
    steps: uniqueSteps(
      { name: 'Ada', email: 'ada@example.com' },
      [
        { name: 'Bob', email: 'ada@example.com' },
        { name: 'Cy', email: 'ADA@Example.com' },
      ],
      2,
      { name: 'Ada', email: 'ada@example.com' },
    ),
  },
  {
    name: 'es el correo de cada socio es único sin distinguir mayúsculas',
    features: [
      'dar de alta socios con nombre y correo',
      'el correo es único, sin distinguir mayúsculas y minúsculas',
      'listar los socios',
    ],
    steps: uniqueSteps(
      { nombre: 'Ana', correo: 'ana@example.es' },
      [{ nombre: 'Eva', correo: 'Ana@Example.es' }],
      2,
      { nombre: 'Ana' },
    ),
  },
  {
    name: 'it ogni codice una sola volta, un duplicato restituisce 409',
    features: [
      'registrare un articolo con codice e descrizione',
      'ogni codice può essere registrato una sola volta: un duplicato restituisce 409',
      'elencare gli articoli',
    ],
    steps: uniqueSteps({ codice: 'A1', descrizione: 'vite' }, [{ codice: 'A1', descrizione: 'dado' }], 2, {
      codice: 'A1',
      descrizione: 'vite',
    }),
  },
  {
    name: 'pt não pode haver dois alunos com o mesmo e-mail',
    features: [
      'cadastrar alunos com nome e e-mail',
      'não pode haver dois alunos com o mesmo e-mail',
      'listar os alunos',
    ],
    steps: uniqueSteps(
      { nome: 'Rui', email: 'rui@example.pt' },
      [{ nome: 'Ana', email: 'rui@example.pt' }],
      2,
      { nome: 'Rui' },
    ),
  },
  {
    name: 'fr spelled: un pseudo déjà pris → 409',
    features: [
      'POST /joueurs avec {"pseudo": string, "niveau": entier} inscrit un joueur (201) ; un pseudo déjà pris → 409',
      'GET /joueurs liste les joueurs',
    ],
    steps: [
      { method: 'POST', path: '/joueurs', body: { pseudo: 'Zorro', niveau: 3 }, status: 201 },
      { method: 'POST', path: '/joueurs', body: { pseudo: 'Zorro', niveau: 5 }, status: 409 },
      { method: 'GET', path: '/joueurs', status: 200, list: [{ pseudo: 'Zorro', niveau: 3 }] },
    ],
  },
  {
    name: 'en near miss: a repeat refused only on the same day',
    features: ['people sign up with their email', 'the same email cannot be used twice in one day'],
    steps: null,
  },
  {
    name: 'en near miss: a duplicate tag notifies the owner instead',
    features: [
      'register an asset with its tag and a description',
      'asset tags are unique, registering one twice sends a warning to the owner',
    ],
    steps: null,
  },
];

// Uniqueness within a parent. ----------------------------------------------------------------------------------

/**
 * Two parents made through feature 0; a sign-up through feature 1 under the first, the same one again refused
 * (409) there, an empty body 400 and an unknown parent 404, then accepted under the second; the first parent's
 * sign-ups (feature `list`, when given) hold one.
 */
function scopedSteps(
  parent: (n: number) => Record<string, unknown>,
  signUp: Record<string, unknown>,
  again: Record<string, unknown>,
  list?: number,
): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: parent(1), status: 201, save: { a: 'id' } },
    { method: 'POST', feature: 0, body: parent(2), status: 201, save: { b: 'id' } },
    { method: 'POST', feature: 1, params: ['{{a}}'], body: signUp, status: 201 },
    { method: 'POST', feature: 1, params: ['{{a}}'], body: again, status: 409 },
    // Bad input stays a 400, never a conflict: nothing sent, or the value of another type.
    { method: 'POST', feature: 1, params: ['{{a}}'], body: {}, status: 400 },
    { method: 'POST', feature: 1, params: ['nope'], body: signUp, status: 404 },
    { method: 'POST', feature: 1, params: ['{{b}}'], body: signUp, status: 201 },
    ...(list === undefined
      ? []
      : [{ method: 'GET', feature: list, params: ['{{a}}'], status: 200, list: [{}] } as ScenarioStep]),
  ];
}

const SCOPED_ROWS: Row[] = [
  {
    name: 'en the same email cannot sign up twice for the same workshop, but may for another',
    features: [
      'create a workshop with a title',
      'people sign up for a workshop with their name and email',
      'the same email cannot sign up twice for the same workshop, but may for another one',
      "list a workshop's sign-ups",
    ],
    steps: scopedSteps(
      (n) => ({ title: `W${n}` }),
      { name: 'Ada', email: 'ada@example.com' },
      { name: 'Ada L.', email: 'ada@example.com' },
      3,
    ),
  },
  {
    name: 'es spelled: la misma persona no puede inscribirse dos veces en el mismo taller',
    features: [
      'POST /talleres con {"nombre": string, "cupo": entero > 0} crea un taller (201) con id',
      'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
      'la misma persona (mismo email) no puede inscribirse dos veces en el mismo taller: 409',
    ],
    steps: scopedSteps(
      (n) => ({ nombre: `T${n}`, cupo: 5 }),
      { email: 'ana@example.es' },
      { email: 'ana@example.es' },
    ),
  },
  {
    name: 'fr une même adresse ne peut pas s’inscrire deux fois au même atelier',
    features: [
      'créer un atelier avec un titre',
      'une personne s’inscrit à un atelier avec son nom et son adresse e-mail',
      'une même adresse e-mail ne peut pas s’inscrire deux fois au même atelier : 409',
    ],
    steps: scopedSteps(
      (n) => ({ 'titre|title': `A${n}` }),
      { 'nom|name': 'Léa', 'adresse_e_mail|email|e_mail': 'lea@example.fr' },
      { 'nom|name': 'Léa', 'adresse_e_mail|email|e_mail': 'lea@example.fr' },
    ),
  },
  {
    name: 'de dieselbe E-Mail kann sich nicht zweimal für denselben Kurs anmelden',
    features: [
      'einen Kurs mit Titel anlegen',
      'sich mit Name und E-Mail zu einem Kurs anmelden',
      'dieselbe E-Mail kann sich nicht zweimal für denselben Kurs anmelden (409), für einen anderen Kurs schon',
    ],
    steps: scopedSteps(
      (n) => ({ 'titel|title': `K${n}` }),
      { name: 'Ida', 'e_mail|email': 'ida@example.de' },
      { name: 'Ida', 'e_mail|email': 'ida@example.de' },
    ),
  },
];

// Capacity: a parent's number of places. -----------------------------------------------------------------------

/**
 * A parent made through feature 0 with `places` places; that many sign-ups through feature 1, one more refused
 * (409), and the parent's sign-ups (feature `list`, when given) still `places` long.
 */
function fullSteps(
  parent: Record<string, unknown>,
  places: number,
  signUp: (i: number) => Record<string, unknown>,
  list?: number,
): ScenarioStep[] {
  return [
    { method: 'POST', feature: 0, body: parent, status: 201, save: { id: 'id' } },
    ...Array.from({ length: places }, (_, i): ScenarioStep => ({
      method: 'POST',
      feature: 1,
      params: ['{{id}}'],
      body: signUp(i),
      status: 201,
    })),
    { method: 'POST', feature: 1, params: ['{{id}}'], body: signUp(places), status: 409 },
    ...(list === undefined
      ? []
      : [
          {
            method: 'GET',
            feature: list,
            params: ['{{id}}'],
            status: 200,
            list: Array.from({ length: places }, () => ({})),
          } as ScenarioStep,
        ]),
  ];
}

const CAPACITY_ROWS: Row[] = [
  {
    name: 'fr quand l’atelier est complet, refuser avec 409',
    features: [
      'créer un atelier avec un titre et un nombre de places',
      'une personne s’inscrit à un atelier avec son nom ; quand l’atelier est complet, refuser avec 409',
    ],
    steps: fullSteps({ 'titre|title': 'Aquarelle', 'nombre_de_places|places|capacity': 2 }, 2, (i) => ({
      'nom|name': `p${i}`,
    })),
  },
  {
    name: 'en rooms with seats, further sign-ups turned away once they are gone',
    features: [
      'create a session with a room name and its number of seats',
      'people sign up for a session with their name; once the seats are gone, further sign-ups are turned away with 409',
      "list a session's sign-ups",
    ],
    steps: fullSteps(
      { 'room_name|room|name': 'Blue', 'number_of_seats|seats': 3 },
      3,
      (i) => ({ name: `p${i}` }),
      2,
    ),
  },
  {
    name: 'it quando il corso è pieno le iscrizioni sono rifiutate',
    features: [
      'creare un corso con un nome e il numero di posti',
      'iscrivere una persona a un corso con il suo nome; quando il corso è pieno le iscrizioni vengono rifiutate con 409',
    ],
    steps: fullSteps({ 'nome|name': 'Cucina', 'numero_di_posti|posti': 1 }, 1, (i) => ({
      'nome|name': `n${i}`,
    })),
  },
  {
    name: 'pt quando não há mais vagas a inscrição é recusada',
    features: [
      'criar uma oficina com um título e um número de vagas',
      'uma pessoa se inscreve numa oficina com o seu nome; quando não há mais vagas a inscrição é recusada com 409',
    ],
    steps: fullSteps({ 'titulo|title': 'Cerâmica', 'numero_de_vagas|vagas': 2 }, 2, (i) => ({
      'nome|name': `n${i}`,
    })),
  },
  {
    name: 'en refuse when the event is full or when the same person signs up twice',
    features: [
      'create an event with a name and a number of places',
      'people sign up for an event with their email; refuse with 409 when the event is full or when the same email signs up twice for it',
    ],
    steps: [
      ...fullSteps({ name: 'Gala', 'number_of_places|places': 2 }, 2, (i) => ({
        email: `p${i}@example.com`,
      })),
      {
        method: 'POST',
        feature: 0,
        body: { name: 'Ball', 'number_of_places|places': 5 },
        status: 201,
        save: { b: 'id' },
      },
      { method: 'POST', feature: 1, params: ['{{b}}'], body: { email: 'x@example.com' }, status: 201 },
      { method: 'POST', feature: 1, params: ['{{b}}'], body: { email: 'x@example.com' }, status: 409 },
    ],
  },
  {
    name: 'en a fixed room of 3 seats for everyone, without a parent record',
    features: [
      'people sign up for the tasting with their name',
      "the room has 3 seats; once they're gone further sign-ups are turned away with 409",
      'list the sign-ups',
    ],
    steps: [
      ...[0, 1, 2].map((i): ScenarioStep => ({
        method: 'POST',
        feature: 0,
        body: { name: `p${i}` },
        status: 201,
      })),
      { method: 'POST', feature: 0, body: { name: 'p3' }, status: 409 },
      { method: 'GET', feature: 2, status: 200, list: [{ name: 'p0' }, { name: 'p1' }, { name: 'p2' }] },
    ],
  },
  {
    name: 'en near miss: full with no number of places anywhere',
    features: [
      'create a meetup with a title',
      'people register for a meetup with their name; when the meetup is full the registration is refused with 409',
    ],
    steps: null,
  },
];

const ROWS: Row[] = [...UNIQUE_ROWS, ...SCOPED_ROWS, ...CAPACITY_ROWS];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([
  'de jede E-Mail-Adresse darf nur einmal vorkommen, als Konflikt abgelehnt',
  'en an email only once on the roster, compared case-insensitively',
  'fr spelled: un pseudo déjà pris → 409',
  'en the same email cannot sign up twice for the same workshop, but may for another',
  'en rooms with seats, further sign-ups turned away once they are gone',
  'en refuse when the event is full or when the same person signs up twice',
  'en a fixed room of 3 seats for everyone, without a parent record',
]);

scenarioTableTests({
  title: 'unique fields, uniqueness within a parent and sign-ups with places, as people write them',
  service: 'unique-signups-svc',
  purpose: 'a record service',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 20,
});
