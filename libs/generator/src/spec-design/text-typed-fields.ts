import {
  boundFieldFits,
  type ConstraintReading,
  type FieldRule,
  type FieldSpec,
  type ResourceSpec,
} from '@sf/service-spec';
import { sameStem } from './missing-inputs';
import type { ContractBuilder } from './contract-builder';
import { boundRecord } from './field-bounds-design';
import { sampleBody } from './samples';
import { asSaid } from '../catalog/feature-words';

/*
 * A record field the store's feature named without saying what it holds ("customers with a name, a city and a
 * revenue", "plants with the days between waterings") is kept as text: the words of its name were all the designer
 * had. A rule written as a key feature of its own that bounds it as a number ("a negative revenue is rejected",
 * "days between waterings is a whole number from 1 to 60") says what it holds: the field becomes a number (an
 * integer when the rule says whole number), and the rule goes on it. A text the feature did type (an email, a
 * date, one of listed values, a length, a unique code) stays text, and the rule on it stays unrealised.
 */

/**
 * Words (folded) of a field's name that say it holds text whatever a rule says of it: a city "above 5" or a text
 * "of more than 280" is no number. Spanish "nombre" (a name) only as the whole name: French "nombre de places" is
 * a count.
 */
const TEXT_WORDS = new Set(
  (
    'text texte texto testo body content contenu inhalt contenido conteudo contenuto message messages nachricht ' +
    'mensaje mensagem messaggio note notes notiz nota comment kommentar comentario commentaire commento ' +
    'description beschreibung descripcion descricao descrizione name names nom nome title titel titre titulo ' +
    'titolo author autor auteur autore owner besitzer halter proprietaire dueno propietario proprietario city ' +
    'ville ciudad citta cidade stadt ort address adresse direccion indirizzo endereco street strasse rue calle ' +
    'country land pays pais paese model modell modele modelo modello brand marke marque marca label tag tags ' +
    'category kategorie categorie categoria color colour farbe couleur colore cor sku code codigo codice serial ' +
    'isbn phone telefon telephone telefono password username user handle slug url link status type kind genre ' +
    'email mail correo courriel'
  ).split(' '),
);

function namesText(name: string): boolean {
  const parts = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p !== '');
  return name === 'nombre' || parts.some((p) => TEXT_WORDS.has(p));
}

/** Whether `f` is a record field typed as text only because nothing said otherwise. */
export function typedOnlyByDefault(f: FieldSpec): boolean {
  return (
    f.type === 'string' &&
    !namesText(f.name) &&
    f.generate === undefined &&
    f.format === undefined &&
    f.enum === undefined &&
    f.unique !== true &&
    f.min_length === undefined &&
    f.max_length === undefined &&
    f.default === undefined &&
    f.allow_empty !== true &&
    f.example === `sample ${f.name.replace(/_/g, ' ')}`
  );
}

/** Makes a default-typed text field a number (an integer when `whole`), said in its description. */
export function retypeAsNumber(f: FieldSpec, whole: boolean, said: string): void {
  f.type = whole ? 'integer' : 'number';
  f.example = whole ? 3 : 12.5;
  const what = whole ? 'a whole number' : 'a number';
  if (!f.description.includes(what)) f.description = `${f.description}; ${what} (${said})`;
}

/** A fraction inside the bounds of `rule` (1.5 above the lower one, else below the upper one, else 2.5). */
function fractionWithin(rule: FieldRule): number {
  const low = rule.minimum ?? (rule.exclusive_minimum !== undefined ? rule.exclusive_minimum : undefined);
  if (low !== undefined) return low + 0.5;
  const high = rule.maximum ?? rule.exclusive_maximum;
  return high !== undefined ? high - 0.5 : 2.5;
}

/** A field counting people or places ("party size", "Personenzahl", "couverts", "giocatori"): whole numbers. */
const PEOPLE =
  /^(?:party|guests?|people|persons?|personen|personenzahl|personas|pessoas|personnes|persone|couverts|coperti|comensales|diners|players|spieler|jugadores|joueurs|giocatori|jogadores|participants?|teilnehmer\w*|participantes|partecipanti|seats|plazas|posti|lugares)$/;

function countsPeople(name: string): boolean {
  return name.split('_').some((part) => PEOPLE.test(part));
}

/**
 * A bound on a record field from a feature of its own: a field typed text by default becomes a number (an integer
 * when the feature says whole number, as a number field does then), the bound goes on it, and a whole number is
 * shown by a 400 for a fraction within the bounds. False, the field untouched, when the records have no create
 * of their own or the field cannot hold the rule.
 */
export function boundTypedRecord(
  b: ContractBuilder,
  r: ResourceSpec,
  field: FieldSpec,
  reading: { rule: FieldRule; integer?: true },
  feature: string,
): boolean {
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  if (!create || (create.behavior.kind === 'create' && create.behavior.parent)) return false;
  const whole = reading.integer === true || countsPeople(field.name);
  if (field.type !== 'integer' && field.type !== 'number' && !typedOnlyByDefault(field)) return false;
  const said = asSaid(feature);
  if (field.type === 'string' || (whole && field.type === 'number')) retypeAsNumber(field, whole, said);
  if (!boundRecord(b, r, field, reading.rule, feature)) return false;
  if (!whole) return true;
  const fraction = fractionWithin(reading.rule);
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: 'error',
    description: `Creating ${r.name.replace(/-/g, ' ')} with ${field.name} = ${fraction}, not a whole number ("${said}"): 400 VALIDATION_FAILED.`,
    steps: [
      {
        request: {
          method: create.method,
          path: create.path,
          body: { ...sampleBody(r, `whole-${field.name}`), [field.name]: fraction },
        },
        expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
      },
    ],
  });
  return true;
}

/** The fields of `fields` whose name shares a word with a rule's subject ("reorder levels": reorder_level). */
export function namedFields(fields: FieldSpec[], subject: string[]): FieldSpec[] {
  return fields.filter(
    (f) => f.generate === undefined && f.name.split('_').some((n) => subject.some((w) => sameStem(w, n))),
  );
}

/**
 * A bound on several number fields of one record ("quantities and reorder levels are whole numbers and never
 * negative"): each takes it, with its own refused example. False when the fields it names are not all numbers
 * of one record the bound fits, so that it stays unrealised rather than bounding a part of what it says.
 */
export function boundSeveral(
  b: ContractBuilder,
  reading: Extract<ConstraintReading, { kind: 'bound' }>,
  feature: string,
): boolean {
  const holders = b.contract.resources.filter((r) => namedFields(r.fields, reading.subject).length > 0);
  if (holders.length !== 1 || reading.unit !== undefined) return false;
  const [r] = holders;
  const fields = namedFields(r.fields, reading.subject);
  if (
    fields.length < 2 ||
    !fields.every((f) => (f.type === 'number' || f.type === 'integer') && boundFieldFits(reading, f))
  )
    return false;
  return fields.every((f) => boundTypedRecord(b, r, f, reading, feature));
}
