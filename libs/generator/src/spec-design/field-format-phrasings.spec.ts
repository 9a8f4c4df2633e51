import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of record fields whose values must pass a check the catalog already knows (ISBN-13 and
 * ISBN-10 check digits, IBAN mod 97, the Luhn sum of a card number, a UUID, an e-mail address) or a written format
 * (a clock time "HH:MM", a two-letter country code, a hex colour #RRGGBB, a date YYYY-MM-DD): the record's create
 * keeps a valid value (201) and refuses, with 400, a value that fails only the check (a wrong check digit, an hour
 * 24). Spelled-out (`{"isbn": ISBN-13 without dashes}`, `"iban": Text (gültige IBAN)`, `{"ora": "HH:MM"}`) and
 * free-text ("books are identified by their ISBN-13, check digit verified") in six languages. A format no check
 * realises (an EU VAT number "checked") must leave the intent refused, never stored as plain text.
 *
 * A row is a scenario run against the reference interpreter of the designed contract (the gate must find every
 * feature realised and the contract's own acceptance pack must pass). Rows the designer does not read yet are
 * named in NOT_YET_READ.
 */

type Row = ScenarioRow;

/** A create through `path` (or feature 0) with `good` kept, then each of `bad` refused with 400. */
function keptAndRefused(
  target: { path: string } | { feature: number },
  base: Record<string, unknown>,
  field: string,
  good: string,
  bad: string[],
): ScenarioStep[] {
  return [
    { method: 'POST', ...target, body: { ...base, [field]: good }, status: 201 },
    ...bad.map((value): ScenarioStep => ({
      method: 'POST',
      ...target,
      body: { ...base, [field]: value },
      status: 400,
    })),
  ];
}

const ISBN_13 = '9780306406157';
const ISBN_13_WRONG = '9780306406158';
const IBAN = 'DE89370400440532013000';
const IBAN_WRONG = 'DE89370400440532013001';
const CARD = '4539148803436467';
const CARD_WRONG = '4539148803436468';
const UUID = '919108f7-52d1-4320-9bac-f847db4148a8';

const SPELLED_ROWS: Row[] = [
  {
    name: 'en spelled: ISBN-13 without dashes, a wrong check digit or a missing reader gives 400',
    features: [
      'POST /loans with {"isbn": ISBN-13 without dashes, "reader": string} creates a loan and returns 201 with it',
      'an ISBN-13 whose check digit is wrong, or a missing reader, gives 400',
    ],
    steps: [
      ...keptAndRefused({ path: '/loans' }, { reader: 'Ada' }, 'isbn', ISBN_13, [
        ISBN_13_WRONG,
        '978030640615',
      ]),
      { method: 'POST', path: '/loans', body: { isbn: ISBN_13 }, status: 400 },
    ],
  },
  {
    name: 'de spelled: Text (gültige IBAN)',
    features: [
      'POST /konten mit {"inhaber": Text, "iban": Text (gültige IBAN)} legt ein Konto an und antwortet 201',
      'eine ungültige IBAN ergibt 400',
    ],
    steps: keptAndRefused({ path: '/konten' }, { inhaber: 'Grete' }, 'iban', IBAN, [IBAN_WRONG, 'DE8937']),
  },
  {
    name: 'es spelled: número de tarjeta válido (Luhn)',
    features: [
      'POST /tarjetas con {"titular": texto, "numero": string (número de tarjeta válido, Luhn)} guarda la tarjeta y devuelve 201',
    ],
    steps: keptAndRefused({ path: '/tarjetas' }, { titular: 'Lucía' }, 'numero', CARD, [CARD_WRONG]),
  },
  {
    name: 'fr spelled: un e-mail valide',
    features: ['POST /membres avec {"nom": texte, "email": un e-mail valide} crée un membre (201)'],
    steps: keptAndRefused({ path: '/membres' }, { nom: 'Zoé' }, 'email', 'zoe@example.com', [
      'zoe@example',
      'zoe.example.com',
    ]),
  },
  {
    name: 'it spelled: "HH:MM"',
    features: [
      'POST /turni con {"persona": stringa, "ora": "HH:MM"} registra un turno e risponde 201',
      "un'ora non valida dà 400",
    ],
    steps: keptAndRefused({ path: '/turni' }, { persona: 'Gino' }, 'ora', '09:30', [
      '24:10',
      '9h30',
      '09:60',
    ]),
  },
  {
    name: 'pt spelled: UUID',
    features: ['POST /dispositivos com {"nome": texto, "serie": UUID} cadastra um dispositivo e retorna 201'],
    steps: keptAndRefused({ path: '/dispositivos' }, { nome: 'Sensor' }, 'serie', UUID, [
      '919108f7-52d1-4320-9bac-f847db4148a',
      'not-a-uuid',
    ]),
  },
  {
    name: 'en spelled: hex colour like #1e90ff',
    features: [
      'POST /labels with {"name": string, "colour": hex colour (#RRGGBB)} creates a label, 201',
      'a colour that is not #RRGGBB is refused with 400',
    ],
    steps: keptAndRefused({ path: '/labels' }, { name: 'urgent' }, 'colour', '#1e90ff', [
      '#1e90fg',
      'blue',
      '1e90ff',
    ]),
  },
  {
    name: 'en spelled: 2-letter country code',
    features: [
      'POST /offices with {"city": string, "country": 2-letter country code (ISO 3166-1)} returns 201',
    ],
    steps: keptAndRefused({ path: '/offices' }, { city: 'Lyon' }, 'country', 'FR', ['France', 'F1', 'fra']),
  },
  {
    name: 'en spelled: "iban": string (valid IBAN) keeps the rule in the note',
    features: ['POST /payees with {"name": string, "iban": string (valid IBAN)} returns 201 with the payee'],
    steps: keptAndRefused({ path: '/payees' }, { name: 'Acme' }, 'iban', IBAN, [IBAN_WRONG]),
  },
];

const FREE_ROWS: Row[] = [
  {
    name: 'en free text: books identified by their ISBN-13, check digit verified',
    features: [
      'add books with a title and an ISBN-13',
      'books are identified by their ISBN-13 (check digit verified)',
    ],
    steps: keptAndRefused({ feature: 0 }, { title: 'Dune' }, 'isbn|isbn_13|isbn13', ISBN_13, [ISBN_13_WRONG]),
  },
  {
    name: 'it free text: un IBAN non valido va rifiutato',
    features: ['registrare conti con intestatario e IBAN', 'un IBAN non valido va rifiutato'],
    steps: keptAndRefused({ feature: 0 }, { intestatario: 'Gino' }, 'iban', IBAN, [IBAN_WRONG]),
  },
  {
    name: 'de free text: Kartennummer muss die Luhn-Prüfung bestehen',
    features: [
      'Karten mit Inhaber und Kartennummer anlegen',
      'die Kartennummer muss die Luhn-Prüfung bestehen',
    ],
    steps: keptAndRefused({ feature: 0 }, { inhaber: 'Grete' }, 'kartennummer', CARD, [CARD_WRONG]),
  },
];

const REFUSED_ROWS: Row[] = [
  {
    name: 'en spelled refusal: an EU VAT number checked, a check no validator realises',
    features: ['POST /companies with {"name": string, "vat": EU VAT number (checked)} returns 201'],
    steps: null,
  },
  {
    name: 'fr spelled refusal: un numéro SIRET valide',
    features: ['POST /societes avec {"nom": texte, "siret": numéro SIRET valide} crée une société (201)'],
    steps: null,
  },
];

/**
 * Rows the designer does not read yet: each must still fail its check. Free text that states the check as a rule
 * of the record ("identified by their ISBN-13 (check digit verified)", "muss die Luhn-Prüfung bestehen") is read
 * as a validator endpoint of its own beside the store, whose create keeps any value.
 */
const NOT_YET_READ = new Set<string>([
  'en free text: books identified by their ISBN-13, check digit verified',
  'de free text: Kartennummer muss die Luhn-Prüfung bestehen',
]);

scenarioTableTests({
  title: 'record fields with a checked format',
  service: 'registry',
  purpose: 'Keep records whose fields must pass a format check',
  rows: [...SPELLED_ROWS, ...FREE_ROWS, ...REFUSED_ROWS],
  notYetRead: NOT_YET_READ,
  atLeast: 14,
});
