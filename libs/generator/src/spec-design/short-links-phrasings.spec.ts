import type { IntentInput } from '@sf/contracts';
import { extractContract, unrealisedFeatures, verifySpec, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';

/*
 * The phrasing table of the whole short-link class, beyond create-and-redirect (link-phrasings.spec.ts): the
 * other features users write for such a service — go-links by name (/go/{name}), a code the client chooses with
 * format rules, click counters read back, the links listed and deleted, expiry dates, link collections of a wiki
 * or handbook with titles and tags. In English, German, Spanish, French, Italian and Portuguese, spelled out
 * (METHOD /path and JSON shapes) and free text, one line or several. Near misses keep a feature no link store
 * realises unrealised (a pulse that would have to call the stored addresses, a code length the user fixes).
 *
 * A row is read when the gate finds every feature realised except those it lists, the contract has what the row
 * expects (a redirect with its status, a counter, a list, a delete, the fields it names) and a correct service
 * passes the generated pack. Rows not read yet are in NOT_YET_READ: the suite fails once one is read.
 */

interface Row {
  name: string;
  features: string[];
  /** The redirect's status, when the row redirects. */
  redirect?: 301 | 302 | 307 | 308;
  /** The redirect counts its visits into a field of the link. */
  counts?: boolean;
  /** The links are listed (GET of the collection) / deleted (DELETE of one). */
  lists?: boolean;
  deletes?: boolean;
  /** Fields the link record must have; those that hold a list of words. */
  fields?: string[];
  arrays?: string[];
  /** The redirect's route, when a feature writes it. */
  path?: string;
  /** Indices of features that must stay unrealised. */
  unrealised?: number[];
}

const ROWS: Row[] = [
  {
    name: 'en spelled: go-links by name, list and delete',
    features: [
      'POST /links with body {"name": string, "url": string} returns 201 {"name": string, "url": string}; a name already taken returns 409; a url that is not http or https returns 400',
      'GET /go/{name} answers 302 with a Location header pointing at the url; an unknown name returns 404',
      'GET /links returns all links',
      'DELETE /links/{name} removes the link and returns 204',
    ],
    path: '/go/{name}',
    redirect: 302,
    lists: true,
    deletes: true,
    fields: ['name', 'url'],
  },
  {
    name: 'en spelled: a generated code, clicks counted and read back',
    features: [
      'POST /links with {"url": string} returns 201 {"code": string, "url": string, "clicks": integer}',
      'GET /{code} redirects with 301 to the url and counts a click; unknown code → 404',
      'GET /links/{code} returns {"code": string, "url": string, "clicks": integer}',
    ],
    path: '/{code}',
    redirect: 301,
    counts: true,
    fields: ['code', 'url', 'clicks'],
  },
  {
    name: 'en free: click counts, a list and deleting a link',
    features: [
      'shorten a long URL into a short code; only http and https URLs are accepted',
      'opening the short code redirects to the URL and counts the click',
      'list all short links with their click counts',
      'delete a short link',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'en free: a code the user picks, 409 when taken',
    features: [
      'create a short link for a URL, optionally with a custom code chosen by the user',
      'a custom code that is already taken is refused with 409',
      'visiting /{code} redirects to the stored URL; unknown codes give 404',
    ],
    path: '/{code}',
    redirect: 302,
  },
  {
    name: 'en free: a wiki link collection with titles and tags',
    features: [
      'save links to wiki pages with a title, a URL and tags',
      'list the saved links',
      'go/{name} redirects to the saved URL',
    ],
    path: '/go/{name}',
    arrays: ['tags'],
    redirect: 302,
    lists: true,
    fields: ['title', 'url', 'tags'],
  },
  {
    name: 'en free: a link that expires',
    features: [
      'shorten a URL into a short code, with an optional expiry date',
      'the short code redirects to the URL; after the expiry date it answers 410',
    ],
    redirect: 302,
  },
  {
    name: 'de spelled: Kurzlinks mit Zähler und Löschen',
    features: [
      'POST /links mit {"url": string} legt einen Kurzlink an und liefert 201 {"code": string, "url": string}; nur http- und https-URLs, sonst 400',
      'GET /l/{code} leitet mit 301 auf die URL weiter und zählt den Aufruf; ein unbekannter Code ergibt 404',
      'GET /links liefert alle Kurzlinks mit ihren Aufrufen',
      'DELETE /links/{code} löscht den Kurzlink (204)',
    ],
    redirect: 301,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'de free: Kurzlinks auflisten und löschen',
    features: [
      'Eine lange URL in einen Kurzlink umwandeln',
      'Der Kurzlink leitet auf die Ziel-URL weiter und zählt die Klicks',
      'Alle Kurzlinks auflisten',
      'Einen Kurzlink löschen',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'es free: enlaces cortos con contador de clics',
    features: [
      'Acortar una URL larga y devolver un código corto; solo URLs http y https',
      'el código corto redirige a la URL original y cuenta los clics',
      'listar todos los enlaces cortos',
      'borrar un enlace corto',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'es spelled: enlaces go con nombre',
    features: [
      'POST /enlaces con {"nombre": string, "url": string} crea un enlace y devuelve 201; un nombre ya usado devuelve 409',
      'GET /go/{nombre} redirige con 302 a la url; un nombre desconocido devuelve 404',
    ],
    path: '/go/{nombre}',
    redirect: 302,
  },
  {
    name: 'fr free: liens courts listés et supprimés',
    features: [
      'Raccourcir une URL longue en un code court ; seules les URL http et https sont acceptées',
      "le code court redirige vers l'URL d'origine et compte les clics",
      'lister tous les liens courts',
      'supprimer un lien court',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'it free: link brevi con conteggio dei clic',
    features: [
      'Accorciare un URL lungo in un codice breve; solo URL http e https, altrimenti 400',
      "aprire il codice reindirizza all'URL originale e conta i clic",
      'elencare tutti i link brevi',
      'eliminare un link breve',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'pt spelled: encurtador com código escolhido',
    features: [
      'POST /links com {"url": string, "codigo": string} cria um link curto e devolve 201; um código já usado → 409; url sem http(s) → 400',
      'GET /r/{codigo} redireciona com 301 para a url; código inexistente → 404',
      'GET /links lista todos os links',
    ],
    redirect: 301,
    lists: true,
  },
  {
    name: 'pt free: encurtador de links com cliques',
    features: [
      'Encurtar um endereço longo num código curto',
      'abrir o código redireciona para o endereço original e conta os cliques',
      'listar os links encurtados com o número de cliques',
      'apagar um link',
    ],
    redirect: 302,
    counts: true,
    lists: true,
    deletes: true,
  },
  {
    name: 'en spelled: a chosen code with format rules',
    features: [
      'POST /links with {"url": string, "code": string} returns 201 {"code": string, "url": string}; the code is 3 to 30 letters, digits or dashes, otherwise 400; a code already taken returns 409',
      'GET /{code} answers 301 with a Location header to the url; unknown code returns 404',
    ],
    redirect: 301,
  },
  {
    name: 'en spelled: an expiry date, 410 after it',
    features: [
      'POST /links with {"url": string, "expires_at": string} returns 201 {"code": string, "url": string, "expires_at": string}',
      'GET /r/{code} redirects with 302 to the url; after expires_at it answers 410; an unknown code returns 404',
    ],
    redirect: 302,
    fields: ['expires_at'],
  },
  {
    name: 'en free: handbook links filtered by tag',
    features: [
      'store handbook links with a title, a URL and a list of tags',
      'list the links, optionally only those with a given tag',
      'each link gets a short name and /go/{name} redirects to its URL',
    ],
    path: '/go/{name}',
    arrays: ['tags'],
    redirect: 302,
    lists: true,
    fields: ['title', 'tags'],
  },
  {
    name: 'en spelled: clicks read from a stats route',
    features: [
      'POST /links with {"url": string} returns 201 {"code": string}',
      'GET /{code} answers 302 to the url and counts a click',
      'GET /links/{code}/stats returns {"code": string, "clicks": integer}',
    ],
    redirect: 302,
    counts: true,
  },
  {
    name: 'fr spelled: liens go par nom',
    features: [
      'POST /liens avec {"nom": string, "url": string} crée un lien et renvoie 201 ; un nom déjà pris renvoie 409',
      "GET /go/{nom} redirige en 302 vers l'url ; un nom inconnu renvoie 404",
      'DELETE /liens/{nom} supprime le lien',
    ],
    path: '/go/{nom}',
    redirect: 302,
    deletes: true,
  },
  {
    name: 'it spelled: link brevi, clic contati ed elencati',
    features: [
      'POST /link con {"url": string} crea un link breve e restituisce 201 {"codice": string, "url": string}; un url che non è http o https → 400',
      "GET /l/{codice} reindirizza con 302 all'url e conta i clic; codice sconosciuto → 404",
      'GET /link elenca tutti i link con i loro clic',
    ],
    redirect: 302,
    counts: true,
    lists: true,
  },
  {
    name: 'de free: Wiki-Links mit Schlagwörtern, go/{name}',
    features: [
      'Links zu Wiki-Seiten mit Titel, URL und Schlagwörtern speichern',
      'Alle Links auflisten',
      'go/{name} leitet auf die gespeicherte URL weiter; ein unbekannter Name ergibt 404',
    ],
    path: '/go/{name}',
    redirect: 302,
    lists: true,
  },
  {
    name: 'pt free: links do manual com tags',
    features: [
      'guardar links do manual com um título, uma URL e tags',
      'listar os links guardados',
      '/go/{nome} redireciona para a URL guardada; um nome desconhecido dá 404',
    ],
    path: '/go/{nome}',
    redirect: 302,
    lists: true,
    arrays: ['tags'],
  },
  {
    name: 'fr spelled: go-liens, seules les URL http et https',
    features: [
      'POST /liens avec {"nom": string, "url": string} crée un lien et renvoie 201 {"nom": string, "url": string}',
      "GET /go/{nom} redirige en 302 vers l'url ; un nom inconnu renvoie 404",
      'seules les URL http et https sont acceptées, sinon 400',
    ],
    path: '/go/{nom}',
    redirect: 302,
  },
  // The http(s) rule on a line of its own, said of links or addresses, in the orders people write it.
  ...[
    ['en free: only http and https links, a line of its own', 'only http and https links are accepted'],
    [
      'en free: http(s) links only, anything else a 400',
      'only http and https links are accepted, anything else is a 400',
    ],
    [
      'en free: links must start with http(s)',
      'links must start with http:// or https://, anything else is a 400',
    ],
    [
      'en free: reject what is not http(s), unknown code not found',
      'reject anything that is not an http or https URL, and an unknown code is simply not found',
    ],
    [
      'de free: nur http- und https-Adressen werden angenommen',
      'nur http- und https-Adressen werden angenommen',
    ],
    ['es free: solo se aceptan enlaces http o https', 'solo se aceptan enlaces http o https'],
    ['en free: we only accept http(s) links', 'we only accept http and https links'],
    ['it free: accettiamo solo link http o https', 'accettiamo solo link http o https'],
  ].map(([name, rule]) => ({
    name,
    features: [
      'shorten a long URL into a short code',
      'visiting the code redirects to the original URL',
      rule,
    ],
    redirect: 302 as const,
  })),
  {
    name: 'pt free: apenas URLs http e https, cliques contados',
    features: [
      'Encurtar um endereço longo num código curto',
      'apenas URLs http e https são aceites, senão 400',
      'abrir o código redireciona para o endereço original e conta os cliques',
    ],
    redirect: 302,
    counts: true,
  },
  {
    name: 'es spelled: clics contados con el nombre escrito',
    features: [
      'POST /enlaces con {"url": string} devuelve 201 {"codigo": string, "url": string, "clics": integer}; una url que no es http ni https devuelve 400',
      'GET /{codigo} redirige con 301 a la url y cuenta un clic; un código desconocido devuelve 404',
      'GET /enlaces/{codigo} devuelve {"codigo": string, "url": string, "clics": integer}',
    ],
    path: '/{codigo}',
    redirect: 301,
    counts: true,
    fields: ['codigo', 'url', 'clics'],
  },
  {
    name: 'en spelled: a stats route answering the clicks',
    features: [
      'POST /links with {"url": string} returns 201 {"code": string, "url": string}',
      'GET /{code} answers 302 to the url and counts a click',
      'GET /links/{code}/stats returns {"code": string, "clicks": integer}',
    ],
    path: '/{code}',
    redirect: 302,
    counts: true,
  },
  {
    name: "fr spelled: statistiques d'un lien",
    features: [
      'POST /liens avec {"url": string} renvoie 201 {"code": string, "url": string}',
      "GET /{code} redirige en 302 vers l'url et compte un clic",
      'GET /liens/{code}/statistiques renvoie {"clics": integer}',
    ],
    redirect: 302,
    counts: true,
    fields: ['clics'],
  },
  {
    name: 'near miss de: stündlich geprüfte Links stay unrealised',
    features: [
      'Eine lange URL in einen Kurzlink umwandeln',
      'Der Kurzlink leitet auf die Ziel-URL weiter',
      'Stündlich jede gespeicherte URL mit 5 Sekunden Timeout aufrufen und nicht erreichbare Links markieren',
    ],
    redirect: 302,
    unrealised: [2],
  },
  {
    name: 'near miss: a pulse calling every stored URL stays unrealised',
    features: [
      'shorten a long URL and hand back a short code',
      'opening the short code redirects to the original URL',
      'every hour check that each stored URL still answers and mark the dead ones',
    ],
    redirect: 302,
    unrealised: [2],
  },
  {
    name: 'near miss: a code length the user fixes stays unrealised',
    features: [
      'POST /links with {"url": string} returns 201 {"code": string, "url": string}',
      'GET /go/{code} answers 302 to the url',
      'every code is exactly 6 uppercase letters',
    ],
    redirect: 302,
    unrealised: [2],
  },
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // Each clause is read alone; the two in one feature are not.
  'en free: reject what is not http(s), unknown code not found',
  'en free: a link that expires',
  'en spelled: a chosen code with format rules',
  'en spelled: an expiry date, 410 after it',
]);

const intent = (features: string[]): IntentInput =>
  familyIntent('short-links', 'Short links and go-links for the team', features);

interface Reading {
  unrealised: number[];
  problems: string[];
  contract: SpecContract;
  pack: string[];
}

function reading(features: string[]): Reading {
  const markdown = offlineSpec(intent(features));
  const verdict = verifySpec(markdown, intent(features));
  const missing = unrealisedFeatures(verdict);
  const unrealised = missing.map((f) => features.indexOf(f.feature)).sort((a, b) => a - b);
  const contract = extractContract(markdown);
  const pack = missing.length === 0 ? runAcceptancePack(contract) : [];
  return { unrealised, problems: missing.flatMap((f) => f.problems ?? []), contract, pack };
}

/** What of the row the reading misses (empty when the row is read as written). */
function misses(row: Row): string[] {
  const r = reading(row.features);
  const out: string[] = [];
  if (JSON.stringify(r.unrealised) !== JSON.stringify(row.unrealised ?? []))
    out.push(`unrealised ${JSON.stringify(r.unrealised)}: ${r.problems.join(' | ')}`);
  const redirect = r.contract.endpoints.find((e) => e.behavior.kind === 'redirect')?.behavior;
  const status = redirect?.kind === 'redirect' ? redirect.status : undefined;
  if (row.redirect !== undefined && status !== row.redirect) out.push(`redirect ${String(status)}`);
  if (row.counts && !(redirect?.kind === 'redirect' && redirect.count_field)) out.push('no counter');
  const kinds = r.contract.endpoints.map((e) => e.behavior.kind);
  if (row.lists && !kinds.includes('list')) out.push('no list');
  if (row.deletes && !kinds.includes('delete')) out.push('no delete');
  const target = redirect && 'resource' in redirect ? redirect.resource : undefined;
  const fields = r.contract.resources.find((x) => x.name === target)?.fields.map((f) => f.name) ?? [];
  for (const f of row.fields ?? []) if (!fields.includes(f)) out.push(`no field ${f}`);
  const record = r.contract.resources.find((x) => x.name === target);
  for (const f of row.arrays ?? [])
    if (record?.fields.find((x) => x.name === f)?.type !== 'string[]') out.push(`${f} is no list`);
  const at = r.contract.endpoints.find((e) => e.behavior.kind === 'redirect')?.path;
  if (row.path !== undefined && at !== row.path) out.push(`redirect at ${String(at)}`);
  if (
    row.redirect !== undefined &&
    !r.contract.resources.some((x) => x.fields.some((f) => f.format === 'url'))
  )
    out.push('url unchecked');
  // An item path naming another parameter than the id reads the links by that field (their key).
  for (const e of r.contract.endpoints) {
    const b = e.behavior;
    if (b.kind !== 'get' && b.kind !== 'delete' && b.kind !== 'update') continue;
    const key = r.contract.resources.find((x) => x.name === b.resource)?.key;
    if (b.param !== 'id' && key !== b.param) out.push(`${e.method} ${e.path} reads by id`);
  }
  out.push(...r.pack);
  return out;
}

describe('the short-link class as ordinary intents write it (phrasing table)', () => {
  it('has at least 12 rows with distinct names, in six languages', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    const langs = new Set(ROWS.filter((r) => !r.name.startsWith('near')).map((r) => r.name.slice(0, 2)));
    expect(langs).toEqual(new Set(['en', 'de', 'es', 'fr', 'it', 'pt']));
  });

  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const))(
    'reads %s',
    (_name, row) => {
      expect(misses(row)).toEqual([]);
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.name) && misses(r).length === 0);
    expect(read.map((r) => r.name)).toEqual([]);
  });
});
