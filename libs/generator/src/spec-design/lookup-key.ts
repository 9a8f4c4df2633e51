import type { EndpointSpec, ResourceSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';

/*
 * Records found by a field of them ("look up a flag by its key", "find a member by their member number", "ein
 * Mitglied nach seiner Mitgliedsnummer abrufen", "consultar un cliente por su número de cliente", "buscar um
 * cliente pelo código"): the client knows that field, not an id the service made up, so the records are keyed by
 * it. A read by a generated id would answer 404 for the value the client sends.
 */

/** The words that introduce the field a record is found by, in the six languages (folded). */
const BY_WORDS = new Set('by nach anhand uber por pelo pela par tramite per via'.split(' '));

/**
 * Possessives and definite articles between "by" and the field ("by its key", "nach seiner Nummer", "par son
 * numéro", "tramite il suo numero"). An indefinite article never introduces the field ("loans by a member").
 */
const DETERMINERS = new Set(
  (
    'its their his her the ' +
    'seiner ihrer seinem ihrem seine ihre dem der den des die das ' +
    'su sus el los la las son sa ses leur le les ' +
    'il lo suo sua loro ' +
    'seu sua do da'
  ).split(' '),
);

/**
 * Possessives that make the field one record's own ("find a member by their member number", "par son numéro"):
 * a search "by author" has none, and answers the many records that match.
 */
const OWN = new Set(
  'its their his her seiner ihrer seinem ihrem seine ihre su sus son sa leur suo seu sua'.split(' '),
);

/** Words that end the field's name ("by its key to see whether it is on", "by number and name"). */
const STOPS = new Set(
  'to and or und oder y o e et ou to for fur para pour per so um a an ein eine un una uma une which that'.split(
    ' ',
  ),
);

/** The item behaviours that find one record by its path parameter. */
const ITEM_KINDS = new Set(['get', 'update', 'delete', 'toggle']);

/** Candidate field names said after "by" in one feature: the longest first ("member_number", then "member"). */
function saidFields(feature: string, own = false): string[][] {
  const tokens = fold(feature)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const found: string[][] = [];
  tokens.forEach((t, i) => {
    if (!BY_WORDS.has(t)) return;
    let j = i + 1;
    let owned = false;
    while (j < tokens.length && DETERMINERS.has(tokens[j])) owned ||= OWN.has(tokens[j++]);
    if (own && !owned) return;
    const named: string[] = [];
    // Connectors inside one name ("numero de cliente", "numero di tessera") are kept, never at its end.
    while (j < tokens.length && named.length < 4 && !STOPS.has(tokens[j])) named.push(tokens[j++]);
    if (named.length > 0) found.push(named);
  });
  return found;
}

/**
 * Words of a field that names one record (a key, a code, a number, a tag, a name): "a book by its author" names a
 * field many records share, and keying by it would refuse the second book of an author.
 */
const IDENTIFYING = new Set(
  (
    'key keys code codes number no nr num tag sku slug serial barcode ean isbn reference ref plate handle username ' +
    'login email name schluessel nummer kennzeichen kennung kurzel name clave codigo numero matricula placa ' +
    'etiqueta nombre cle numero immatriculation etiquette nom chiave codice targa nome chave placa'
  ).split(' '),
);

/** Whether a field's name says it names one record (`member_number`, `mitgliedsnummer`, `codigo`, `key`). */
function identifying(name: string): boolean {
  return (
    name.split('_').some((w) => IDENTIFYING.has(w)) ||
    /(?:nummer|schluessel|kennzeichen|code|name)$/.test(name)
  );
}

/** The one text field of `r` that `named` (the words after "by") names, if exactly one does. */
function namedField(r: ResourceSpec, named: string[]): string | undefined {
  const texts = r.fields.filter((f) => f.type === 'string' && f.name !== 'id' && identifying(f.name));
  for (let n = named.length; n >= 1; n -= 1) {
    const snake = named.slice(0, n).join('_');
    if (/_(?:de|di|do|da|du|des|del)$/.test(snake)) continue;
    const exact = texts.find((f) => f.name === snake || f.name === snake.replace(/s$/, ''));
    if (exact) return exact.name;
    // "by number" of a card whose one number is its `customer_number`; "nach Nummer" of a `mitgliedsnummer`.
    if (n === 1 && snake.length >= 3) {
      const ends = texts.filter((f) => f.name.endsWith(`_${snake}`) || f.name.endsWith(snake));
      if (ends.length === 1) return ends[0].name;
    }
  }
  return undefined;
}

/**
 * The field a resource's records are found by, when a feature of one of its item endpoints (a read, change,
 * switch or removal of one record) finds it "by" a text field of it and every item path of the resource
 * addresses records by a generated id; undefined otherwise (paths that name a field settle the key themselves).
 */
export function lookupKey(r: ResourceSpec, mine: EndpointSpec[]): string | undefined {
  if (r.fields.some((f) => f.name === 'id')) return undefined;
  const items = mine.filter((e) => 'param' in e.behavior && e.behavior.param !== undefined);
  if (items.length === 0 || items.some((e) => 'param' in e.behavior && e.behavior.param !== 'id'))
    return undefined;
  const keys = new Set<string>();
  for (const e of items) {
    if (!ITEM_KINDS.has(e.behavior.kind)) continue;
    for (const feature of e.features) {
      for (const named of saidFields(feature)) {
        const field = namedField(r, named);
        if (field) keys.add(field);
      }
    }
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * A search the designer made of "find a member by their member number" (`GET /members/search?q=`), when that
 * field is a text field of the member: it finds one record by its own field, so it becomes the read of one record
 * (joined to the read that exists), and the field keys the records. A search said without a possessive ("search
 * books by author") and a written route stay as they are.
 */
export function settleLookupSearches(
  b: ContractBuilder,
  r: ResourceSpec,
  mine: EndpointSpec[],
): EndpointSpec[] {
  if (r.key !== undefined || r.fields.some((f) => f.name === 'id')) return mine;
  const params = mine.flatMap((e) =>
    'param' in e.behavior && e.behavior.param !== undefined ? [e.behavior.param] : [],
  );
  if (params.some((p) => p !== 'id')) return mine;
  const search = `${b.collectionPath(r.name)}/search`;
  let out = mine;
  for (const e of mine) {
    if (e.behavior.kind !== 'search' || e.path !== search) continue;
    const fields = new Set(
      e.features.flatMap((f) => saidFields(f, true).flatMap((named) => namedField(r, named) ?? [])),
    );
    if (fields.size !== 1) continue;
    b.contract.endpoints = b.contract.endpoints.filter((x) => x !== e);
    let read: EndpointSpec | undefined;
    for (const feature of e.features)
      read = b.endpoint(
        'GET',
        `${b.collectionPath(r.name)}/{id}`,
        { kind: 'get', resource: r.name, param: 'id' },
        feature,
      );
    out = [...out.filter((x) => x !== e && x !== read), ...(read ? [read] : [])];
  }
  return out;
}
