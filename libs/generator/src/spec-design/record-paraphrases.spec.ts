import {
  extractContract,
  verifySpec,
  type EndpointSpec,
  type FieldSpec,
  type SpecContract,
} from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';

/*
 * The paraphrase table: record services as different users write them (fragments, sentences, user stories,
 * other languages), each with what the designed SPEC must contain, and near-misses that must not become
 * records. Every feature of a case must be realised, the contract must hold what the case names, and the
 * acceptance pack must be what a correct implementation answers. Cases the designer does not realise yet are
 * written with `failing: true` (Jest's `it.failing`): such a case fails the suite as soon as it passes, so the
 * mark is taken off when the designer learns it.
 */

interface Want {
  /** A resource of this name exists. */
  resource?: string;
  /** Fields (of any resource) with at least these properties. */
  fields?: Record<string, Partial<FieldSpec>>;
  /** Behaviour kinds some endpoint has. */
  kinds?: string[];
  /** Statuses some error acceptance check of the contract ends with (409 for a refused transition). */
  refusals?: number[];
  /** Some list endpoint filters, sorts or pages by these (`equals:author`, `sort:price`, `page`). */
  list?: string[];
}

interface Case {
  name: string;
  features: string[];
  purpose?: string;
  want: Want;
  failing?: boolean;
}

/** The SPEC line offline, and each feature's verdict on the final SPEC. */
function spec(
  features: string[],
  purpose = 'a small records service',
): { contract: SpecContract; realised: boolean[] } {
  const i = familyIntent('records-svc', purpose, features);
  const markdown = offlineSpec(i);
  return {
    contract: extractContract(markdown),
    realised: verifySpec(markdown, i).fidelity.map((f) => f.realised),
  };
}

function listWords(e: EndpointSpec): string[] {
  if (e.behavior.kind !== 'list') return [];
  const b = e.behavior;
  return [
    ...(b.filters ?? []).map((f) => `${f.kind}:${'field' in f ? f.field : f.fields.join(',')}`),
    ...(b.sort ? b.sort.fields.map((f) => `sort:${f}`) : []),
    ...(b.page ? ['page'] : []),
  ];
}

/** What the contract lacks of `want`, as readable lines (empty when it holds everything). */
function problems(c: Case): string[] {
  const { contract, realised } = spec(c.features, c.purpose);
  const out: string[] = [];
  realised.forEach((ok, i) => {
    if (!ok) out.push(`feature ${i} unrealised: ${c.features[i]}`);
  });
  const { want } = c;
  if (want.resource && !contract.resources.some((r) => r.name === want.resource))
    out.push(`no resource ${want.resource} (${contract.resources.map((r) => r.name).join(', ')})`);
  const fields = contract.resources.flatMap((r) => r.fields);
  for (const [name, props] of Object.entries(want.fields ?? {})) {
    const f = fields.find((x) => x.name === name);
    if (!f) out.push(`no field ${name} (${fields.map((x) => x.name).join(', ')})`);
    else if (
      !Object.entries(props).every(([k, v]) => JSON.stringify(f[k as keyof FieldSpec]) === JSON.stringify(v))
    )
      out.push(`field ${name} is ${JSON.stringify(f)}, wanted ${JSON.stringify(props)}`);
  }
  const kinds = contract.endpoints.map((e) => e.behavior.kind as string);
  for (const k of want.kinds ?? [])
    if (!kinds.includes(k)) out.push(`no ${k} endpoint (${kinds.join(', ')})`);
  const statuses = contract.acceptance
    .filter((a) => a.kind === 'error')
    .map((a) => a.steps.at(-1)?.expect.status);
  for (const s of want.refusals ?? []) if (!statuses.includes(s)) out.push(`no check refused with ${s}`);
  const listed = contract.endpoints.flatMap(listWords);
  for (const l of want.list ?? [])
    if (!listed.includes(l)) out.push(`list lacks ${l} (${listed.join(', ')})`);
  if (out.length === 0) out.push(...runAcceptancePack(contract));
  return out;
}

const CASES: Case[] = [
  {
    name: 'team books in one sentence, filter, lend and return',
    features: [
      "keep track of our team's books with title, author and year",
      'filter books by author',
      'mark a book as lent and returned',
    ],
    want: {
      resource: 'book',
      fields: { title: { type: 'string' }, author: { type: 'string' }, year: { type: 'integer' } },
      kinds: ['create', 'list', 'reserve', 'release'],
      list: ['equals:author'],
      refusals: [409],
    },
  },
  {
    name: 'guest passes valid in a window',
    failing: true,
    features: [
      'a guest list where each visitor gets a pass valid from/to a time',
      'checking in outside the window is refused',
    ],
    want: {
      fields: { valid_from: { format: 'date-time' }, valid_until: { format: 'date-time' } },
      refusals: [409],
    },
  },
  {
    name: 'member names by length, email required',
    features: [
      'register members with a name and an email',
      'names must be 3–40 characters',
      'email is required',
    ],
    want: {
      resource: 'member',
      fields: { name: { min_length: 3, max_length: 40 }, email: { required: true, format: 'email' } },
      refusals: [400],
    },
  },
  {
    name: 'ticket priority as an enumeration',
    failing: true,
    features: [
      'add a ticket with a title and a priority, one of low/medium/high',
      'list tickets by priority',
    ],
    want: {
      resource: 'ticket',
      fields: { priority: { enum: ['low', 'medium', 'high'] } },
      list: ['equals:priority'],
    },
  },
  {
    name: 'CRUD in one sentence',
    features: ['Create, read, update and delete contacts with a name, a phone number and an email'],
    want: {
      resource: 'contact',
      fields: { name: { type: 'string' }, phone_number: { type: 'string' }, email: { format: 'email' } },
      kinds: ['create', 'get', 'list', 'update', 'delete'],
    },
  },
  {
    name: 'German books',
    features: ['Bücher anlegen mit Titel, Autor und Jahr', 'alle Bücher auflisten', 'ein Buch löschen'],
    want: { resource: 'book', fields: { jahr: { type: 'integer' } }, kinds: ['create', 'list', 'delete'] },
  },
  {
    name: 'Spanish tasks with a deadline and done',
    features: [
      'crear tareas con un título y una fecha límite',
      'listar todas las tareas',
      'marcar una tarea como hecha',
    ],
    want: { resource: 'task', kinds: ['create', 'list', 'toggle'] },
  },
  {
    name: 'French contacts',
    features: ['ajouter un contact avec un nom et un email', 'lister les contacts', 'supprimer un contact'],
    want: { resource: 'contact', fields: { nom: { type: 'string' } }, kinds: ['create', 'list', 'delete'] },
  },
  {
    name: 'Italian products with a price',
    features: ['aggiungere un prodotto con nome e prezzo', 'elencare i prodotti', 'eliminare un prodotto'],
    want: {
      resource: 'product',
      fields: { prezzo: { type: 'number' } },
      kinds: ['create', 'list', 'delete'],
    },
  },
  {
    name: 'Portuguese customers',
    features: ['cadastrar clientes com nome e email', 'listar clientes', 'remover um cliente'],
    want: { resource: 'customer', kinds: ['create', 'list', 'delete'] },
  },
  {
    name: 'user stories for employees',
    features: [
      'As a manager I want to add employees with a name and a salary so that I keep our records',
      'As a manager I want to list employees sorted by salary',
    ],
    want: { resource: 'employee', fields: { salary: { type: 'number' } }, list: ['sort:salary'] },
  },
  {
    name: 'expenses filtered by category',
    features: ['track expenses with an amount, a date and a category', 'list expenses filtered by category'],
    want: {
      resource: 'expense',
      fields: { amount: { type: 'number' }, date: { format: 'date' } },
      list: ['equals:category'],
    },
  },
  {
    name: 'polls opened and closed',
    features: [
      'create a poll with a question',
      'vote on a poll',
      'close a poll; votes on a closed poll are refused',
    ],
    want: { resource: 'poll', refusals: [409] },
  },
  {
    name: 'expense claims approved or rejected once',
    failing: true,
    features: [
      'submit an expense claim with an amount and a reason',
      'a manager approves or rejects a claim; a claim already decided cannot be approved or rejected again',
    ],
    want: { refusals: [409] },
  },
  {
    name: 'visitors checked in and out',
    features: [
      'add a visitor with a name',
      'check a visitor in and out; checking out someone who is not checked in is refused',
    ],
    want: { resource: 'visitor', refusals: [409] },
  },
  {
    name: 'usernames taken',
    features: ['register users with a username and an email; a username that is already taken is refused'],
    want: { resource: 'user', fields: { username: { unique: true } }, refusals: [409] },
  },
  {
    name: 'ideas upvoted and ranked',
    features: ['add ideas with a title', 'upvote an idea', 'list ideas sorted by votes'],
    want: { resource: 'idea', kinds: ['create', 'adjust'], list: ['sort:votes'] },
  },
  {
    name: 'articles paged with a total',
    features: ['add articles with a headline and a body', 'list articles 10 per page with the total count'],
    want: { resource: 'article', list: ['page'] },
  },
  {
    name: 'room bookings that must not overlap',
    features: [
      'book a room with a start and an end time; overlapping bookings for the same room are refused',
    ],
    want: { refusals: [409] },
  },
  {
    name: 'vegetarian recipes as a flag',
    features: ['add a recipe with a name and whether it is vegetarian', 'list recipes'],
    want: { resource: 'recipe', fields: { vegetarian: { type: 'boolean' } } },
  },
  {
    name: 'invoices with money and a due date',
    features: ['record invoices with a customer, an amount in euros and a due date', 'list all invoices'],
    want: { resource: 'invoice', fields: { amount: { type: 'number' }, due_date: { format: 'date' } } },
  },
  {
    name: 'review ratings from 1 to 5',
    features: ['add a review with a text and a rating from 1 to 5', 'show a review'],
    want: {
      resource: 'review',
      fields: { rating: { type: 'integer', minimum: 1, maximum: 5 } },
      refusals: [400],
    },
  },
  {
    name: 'bookmarks with an optional note',
    features: ['save a bookmark with a url and an optional note', 'list my bookmarks'],
    want: { resource: 'bookmark', fields: { url: { required: true }, note: { required: false } } },
  },
  {
    name: 'movies newest first',
    features: ['add movies with a title and a year', 'list movies sorted by year, newest first'],
    want: { resource: 'movie', list: ['sort:year'] },
  },
  {
    name: 'workouts as a fragment',
    features: ['workouts: date, type, duration in minutes', 'list workouts'],
    want: { resource: 'workout', fields: { duration: { type: 'integer' } } },
  },
  {
    name: 'subscribers with a valid email',
    features: [
      'sign up subscribers with an email address',
      'the email is required and must be a valid email',
    ],
    want: { resource: 'subscriber', fields: { email: { required: true, format: 'email' } }, refusals: [400] },
  },
  {
    name: 'orders of quantity between 1 and 100',
    features: ['create orders with a product and a quantity', 'quantity must be between 1 and 100'],
    want: { resource: 'order', fields: { quantity: { minimum: 1, maximum: 100 } }, refusals: [400] },
  },
  {
    name: 'notes edited and fetched in other words',
    features: ['write a note with a title and a text', 'edit a note', 'fetch one note', 'remove a note'],
    want: { resource: 'note', kinds: ['create', 'update', 'get', 'delete'] },
  },
  {
    name: 'German lending of tools',
    features: [
      'Werkzeuge anlegen mit Name und Lagerort',
      'ein Werkzeug ausleihen und zurückgeben; ein verliehenes Werkzeug kann nicht erneut verliehen werden',
    ],
    want: { resource: 'tool', kinds: ['reserve', 'release'], refusals: [409] },
  },
  {
    name: 'a loan refused until the book comes back',
    features: [
      'add a book with its ISBN and title',
      'lend a book to a member; a book that is already out cannot be lent again until it comes back',
    ],
    want: { resource: 'book', kinds: ['reserve'], refusals: [409] },
  },
];

/** Texts that name a record word but ask for something else: never a record store. */
const NEAR_MISSES: [text: string, failing: boolean][] = [
  ['record a video of the meeting', false],
  ['log in with Google', false],
  ['book a flight through the airline API', false],
  ['translate notes into Klingon', false],
  ['take a photo of the receipt and read the total', false],
  ['send an email to every guest', false],
  ['play a song from the list', false],
  ['post the results to Twitter', false],
  ['register a domain name with a registrar', false],
  ['track the delivery van on a live map', false],
  ['check a guest in; checking in after the pass expired is refused', false],
];

const RECORD_KINDS = new Set([
  'create',
  'list',
  'get',
  'update',
  'delete',
  'toggle',
  'search',
  'reserve',
  'release',
]);

describe('record paraphrases', () => {
  for (const c of CASES) {
    (c.failing ? it.failing : it)(`designs ${c.name}`, () => {
      expect(problems(c)).toEqual([]);
    });
  }
});

describe('record near-misses', () => {
  for (const [text, failing] of NEAR_MISSES) {
    (failing ? it.failing : it)(`does not keep records for "${text}"`, () => {
      const { contract } = spec(['add a note with a title and a body', text]);
      const stores = contract.endpoints.filter(
        (e) => e.features.includes(text) && RECORD_KINDS.has(e.behavior.kind),
      );
      expect(stores.map((e) => `${e.method} ${e.path}`)).toEqual([]);
    });
  }
});
