import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of plain record stores: the small features that refuse a whole intent when one is not read.
 *
 * - deleting said in words: "delete a recipe we don't cook any more", "ein Mitglied austreten lassen, also
 *   löschen", "when the owner collects it the record is deleted" (a DELETE of one record; the list no longer
 *   holds it);
 * - creating said as what someone does: "guests can leave a message with their name";
 * - refusals written as value rules on create: "price can't be negative", "ein Kunde ohne Namen oder mit
 *   negativem Umsatz wird abgelehnt", "nome vazio ou em falta -> 400" (the refused value is answered 400);
 * - uniqueness in other languages: "jede E-Mail-Adresse darf nur einmal vorkommen", "o e-mail não pode repetir"
 *   (a second record with the same value is 409);
 * - a year between 1900 and the current year;
 * - pagination said as "page (from 1) and limit (default 10)" / "pagina, por_pagina".
 *
 * Near misses stay refused: a delete of many records by a condition nobody states a route for, a create that also
 * sends something the store cannot do.
 */

type Row = ScenarioRow;

const post = (body: Record<string, unknown>, status = 201, save?: Record<string, string>): ScenarioStep => ({
  method: 'POST',
  feature: 0,
  body,
  status,
  ...(save ? { save } : {}),
});

/** Create one record, delete it through feature `del`, then the list of feature `list` is empty. */
function deleted(body: Record<string, unknown>, del: number, list: number): ScenarioStep[] {
  return [
    post(body, 201, { a: 'id' }),
    { method: 'DELETE', feature: del, params: ['{{a}}'], status: 200 },
    { method: 'GET', feature: list, status: 200, list: [] },
  ];
}

const DELETE_ROWS: Row[] = [
  {
    name: "en delete a recipe we don't cook any more",
    features: [
      'add a recipe with a title and the number of servings',
      'list all recipes',
      "delete a recipe we don't cook any more",
    ],
    steps: deleted({ title: 'Soup', 'number_of_servings|servings': 2 }, 2, 1),
  },
  {
    name: 'de ein Mitglied austreten lassen, also löschen',
    features: [
      'ein Mitglied mit Name und E-Mail aufnehmen',
      'alle Mitglieder auflisten',
      'ein Mitglied austreten lassen, also löschen',
    ],
    steps: deleted({ 'name|Name': 'Anna', 'e_mail|email': 'anna@example.org' }, 2, 1),
  },
  {
    name: 'en when the owner collects it the record is deleted',
    features: [
      'record a found item with a description and the place where it was found',
      'list the found items',
      'when the owner collects it the record is deleted',
    ],
    steps: deleted({ description: 'Blue umbrella', 'place|place_where_it_was_found': 'Hall' }, 2, 1),
  },
  {
    name: 'es borrar una tarea que ya no hace falta',
    features: ['crear una tarea con un título', 'listar las tareas', 'borrar una tarea que ya no hace falta'],
    steps: deleted({ 'titulo|title': 'Comprar pan' }, 2, 1),
  },
  {
    name: 'fr supprimer un contact',
    features: [
      'ajouter un contact avec un nom et un téléphone',
      'lister les contacts',
      'supprimer un contact',
    ],
    steps: deleted({ 'nom|name': 'Luc', 'telephone|phone': '0102030405' }, 2, 1),
  },
];

const CREATE_ROWS: Row[] = [
  {
    name: 'en guests can leave a message with their name',
    features: ['guests can leave a message with their name', 'list all messages'],
    steps: [
      post({ name: 'Ann', 'message|text': 'Lovely stay' }),
      { method: 'GET', feature: 1, status: 200, list: [{ 'message|text': 'Lovely stay' }] },
    ],
  },
  {
    name: 'de Gäste können eine Nachricht mit ihrem Namen hinterlassen',
    features: ['Gäste können eine Nachricht mit ihrem Namen hinterlassen', 'alle Nachrichten auflisten'],
    steps: [
      post({ 'name|Name': 'Jan', 'nachricht|message|text': 'Schön hier' }),
      { method: 'GET', feature: 1, status: 200, list: [{ 'nachricht|message|text': 'Schön hier' }] },
    ],
  },
];

const RULE_ROWS: Row[] = [
  {
    name: "en price can't be negative",
    features: ['add a product with a name and a price', "price can't be negative", 'list the products'],
    steps: [post({ name: 'Pen', price: 2.5 }), post({ name: 'Ink', price: -1 }, 400)],
  },
  {
    name: 'de ein Kunde ohne Namen oder mit negativem Umsatz wird abgelehnt',
    features: [
      'einen Kunden mit Name und Umsatz anlegen',
      'ein Kunde ohne Namen oder mit negativem Umsatz wird abgelehnt',
      'alle Kunden auflisten',
    ],
    steps: [
      post({ 'name|Name': 'Meier GmbH', 'umsatz|Umsatz': 1200 }),
      post({ 'name|Name': 'Kunz AG', 'umsatz|Umsatz': -5 }, 400),
      post({ 'umsatz|Umsatz': 10 }, 400),
    ],
  },
  {
    name: 'pt nome vazio ou em falta -> 400',
    features: [
      'cadastrar um cliente com nome e cidade',
      'nome vazio ou em falta -> 400',
      'listar os clientes',
    ],
    steps: [
      post({ nome: 'Ana', cidade: 'Porto' }),
      post({ nome: '', cidade: 'Braga' }, 400),
      post({ cidade: 'Braga' }, 400),
    ],
  },
  {
    name: 'en the year must be between 1900 and the current year',
    features: [
      'add an instrument with a name and the year it was bought',
      'the year must be between 1900 and the current year',
      'list the instruments',
    ],
    steps: [
      post({ name: 'Scope', 'year|year_it_was_bought': 1990 }),
      post({ name: 'Old', 'year|year_it_was_bought': 1899 }, 400),
      post({ name: 'New', 'year|year_it_was_bought': 2999 }, 400),
    ],
  },
];

const UNIQUE_ROWS: Row[] = [
  {
    name: 'de jede E-Mail-Adresse darf nur einmal vorkommen',
    features: [
      'ein Mitglied mit Name und E-Mail-Adresse anlegen',
      'jede E-Mail-Adresse darf nur einmal vorkommen; ein zweites Mitglied damit wird als Konflikt abgelehnt',
    ],
    steps: [
      post({ 'name|Name': 'Anna', 'e_mail_adresse|email|e_mail': 'a@example.org' }),
      post({ 'name|Name': 'Bert', 'e_mail_adresse|email|e_mail': 'a@example.org' }, 409),
    ],
  },
  {
    name: 'pt o e-mail não pode repetir',
    features: ['cadastrar um cliente com nome e e-mail', 'o e-mail não pode repetir'],
    steps: [
      post({ nome: 'Ana', 'e_mail|email': 'ana@example.org' }),
      post({ nome: 'Rui', 'e_mail|email': 'ana@example.org' }, 409),
    ],
  },
];

/** Twelve records, then page 2 with the default page size (10) holds the last two. */
function paged(field: string, query: Record<string, string>, list = 1): ScenarioStep[] {
  return [
    ...Array.from({ length: 12 }, (_, i) => post({ [field]: `t${i}` })),
    { method: 'GET', feature: list, query, status: 200, list: [{ [field]: 't10' }, { [field]: 't11' }] },
  ];
}

const PAGE_ROWS: Row[] = [
  {
    name: 'en page (from 1) and limit (default 10)',
    features: ['add a task with a title', 'list the tasks with page (from 1) and limit (default 10)'],
    steps: paged('title', { page: '2' }),
  },
  {
    name: 'pt pagina e por_pagina',
    features: ['criar uma tarefa com título', 'listar as tarefas com pagina e por_pagina (padrão 10)'],
    steps: paged('titulo|title', { pagina: '2' }),
  },
];

const NEAR_MISSES: Row[] = [
  {
    name: 'en near miss: delete recipes nobody cooked for a year',
    features: ['add a recipe with a title', 'recipes nobody cooked for a year are deleted'],
    steps: null,
  },
  {
    name: 'en near miss: guests leave a message and the owner is texted',
    features: ['guests can leave a message with their name and the owner gets a text message'],
    steps: null,
  },
];

NEAR_MISSES.push(
  {
    name: 'en near miss: delete a member and e-mail them a goodbye',
    features: ['add a member with a name and an email', 'delete a member and e-mail them a goodbye'],
    steps: null,
  },
  {
    name: 'de near miss: eine Nachricht hinterlassen und der Wirt bekommt eine SMS',
    features: ['Gäste können eine Nachricht mit ihrem Namen hinterlassen und der Wirt bekommt eine SMS'],
    steps: null,
  },
);

const ROWS: Row[] = [
  ...DELETE_ROWS,
  ...CREATE_ROWS,
  ...RULE_ROWS,
  ...UNIQUE_ROWS,
  ...PAGE_ROWS,
  ...NEAR_MISSES,
];

/** Rows the designer does not read yet (the set only shrinks). */
const NOT_YET_READ = new Set<string>([
  // Realised today by a plain DELETE (the e-mail is dropped): a gate hole outside this table's readers.
  'en near miss: delete a member and e-mail them a goodbye',
  // Realised today as a store whose fields are the words after "mit" (name_hinterlassen, wirt_bekommt_sms).
  'de near miss: eine Nachricht hinterlassen und der Wirt bekommt eine SMS',
  'en the year must be between 1900 and the current year',
  'en page (from 1) and limit (default 10)',
  'pt pagina e por_pagina',
  // Read by unique-phrasings.ts at deb121cf ("a second X" / "ein zweites X" as the repeated record), reverted: it
  // made "a second sign-up returns 409" a store of "seconds" (record-lists-phrasings.spec.ts).
  'de jede E-Mail-Adresse darf nur einmal vorkommen',
]);

scenarioTableTests({
  title: 'plain record stores: delete, create, value rules, uniqueness, year, pages',
  service: 'records',
  purpose: 'Keep simple records',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 12,
});
