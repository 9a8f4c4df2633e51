import { wordMemo } from '@sf/service-spec';
import { wordList } from '../catalog/feature-words';

/**
 * Word tables the offline designer reads intents with: English plus the common Spanish, French, German and
 * Portuguese verbs and nouns. Words are compared after {@link fold} (lower case, accents removed); an entry
 * ending in `*` matches every word with that prefix.
 */

/** What a feature asks for, before it is turned into endpoints. */
export type Action =
  | 'create'
  | 'list'
  | 'view'
  | 'get'
  | 'update'
  | 'delete'
  | 'toggle'
  | 'search'
  | 'reserve'
  | 'release'
  | 'convert'
  | 'aggregate'
  | 'webhook'
  | 'replay'
  | 'redirect'
  | 'manage'
  | 'integrate';

const w = wordList;

const ACTION_WORDS: Record<Action, string[]> = {
  create: w(`
    create* add adds adding new register registers submit* insert* upload* make send sends place
    process processes processing charge charges charging accept accepts shorten* generate* post
    kurzen kuerzen verkurzen acortar acorta raccourcir raccourcit encurtar
    write log record issue crear crea anadir anade agregar agrega registrar registra nuevo nueva
    nuevos nuevas enviar envia generar procesar cobrar creer cree creez ajouter ajoute enregistrer
    enregistre nouveau nouvelle nouveaux nouvelles envoyer generer traiter erstellen erstelle
    erstellt anlegen hinzufugen hinzufuegen registrieren neu neue neuen neuer senden erzeugen
    verarbeiten speichern hinterlegen hinterlege hinterlegt ablegen aufnehmen deposit deposits criar cria adicionar adiciona cadastrar cadastra novo nova novos novas
    gerar processar save saves store stores signup signups aggiungere aggiungi creare inserire
    inserisci salvare salva registra registrare einreichen proposer propose proporre proponer propor sugerir suggerire suggerer
  `),
  list: w(
    'list lists listing browse enumerate listar listarl* lista enumerar lister liste auflisten listen elenca elencar*',
  ),
  view: w(`
    show shows view views display displays see afficher affiche voir ver mostrar muestra visualizar
    anzeigen zeigen ansehen exibir mostrare mostra visualizzare vedere
  `),
  get: w(`
    get gets fetch* retriev* read reads lookup nachschlagen obtain obtener obtenir obter recuperar recuperer retrouver
    abrufen holen lesen consult* detail details lire leer ler leggere ottenere
  `),
  update: w(`
    updat* edit* modif* chang* renam* patch actualiz* atualiz* aktualisier* bearbeit* andern aendern
    editer mettre alterar altera cambiar cambia aggiorna* cambiare
  `),
  delete: w(`
    delet* remov* erase destroy purge cancel cancels elimin* borrar borra quitar cancelar supprim*
    effacer retirer annuler loschen loeschen entfernen stornieren excluir exclui remover apagar
    deletar cancella cancellar* rimuovere rimuovi borrarl* anular anula annullare annulla disdire
  `),
  toggle: w(`
    toggle* flip mark marks marquer marque marcar marca markieren markiere flag flags complete
    completes finish finishes completar terminer terminar concluir erledigen abschliessen cocher
    tick basculer alternar umschalten archive archives archiver archivar archivieren arquivar enable
    enables activate activer activar ativar aktivieren disable disables deactivate desactiver
    desactivar desativar deaktivieren publish publishes publier publicar veroffentlichen approve
    approves approuver aprobar aprovar genehmigen pin pins star stars
  `),
  search: w(`
    search* find finds filter* query buscar busca filtrar filtra rechercher recherche chercher
    filtrer suchen suche durchsuchen filtern finden pesquisar pesquisa procurar encontrar trouver
    cercare cerca trovare
  `),
  reserve: w(`
    reserve reserves reserving book hold holds lock locks claim claims allocate allocates reservar
    apartar reserver bloquer reservieren buchen sperren lend lends lending borrow borrows loan loans
    checkout prestar presta preter prete emprunter emprunte ausleihen verleihen leihen emprestar
    empresta prestare prenotare prenota
  `),
  release: w(`
    release releases unreserve unlock unhold free liberar libera liberer freigeben entsperren return
    checkin devolver devuelve rendre rend restituer zuruckgeben zurueckgeben ruckgabe restituire
    restituisci
  `),
  convert: w(`
    convert* conversion* exchange convertir converter converta umrechnen umrechnung konvertieren
    umwandeln
  `),
  aggregate: w(`
    sum sums summarize total totals totaliz* calculat* comput* average* mean avg aggregat*
    statistic* stats minimum maximum calcular calcula sumar somar promedio media calculer somme
    moyenne berechnen summe durchschnitt
  `),
  webhook: w('webhook* callback* hook hooks'),
  replay: w(`
    replay* redeliver* resend* retry retries rejouer renvoyer reenviar reintentar wiederholen
    reproduzir
  `),
  redirect: w(
    'redirect* rediriger redirige redirigent redirection redirigir redirigen redireccion* redirecion* reindirizz* weiterleiten weiterleitung leitet',
  ),
  manage: w(`
    manage manages management crud administer gestionar gestion gerir gerenciar gestao verwalten
    verwaltung gerer
  `),
  integrate: w(`
    integration* integrat* support supports handling handle sync* connector connect* integracion
    integracao soporte suporte anbindung
  `),
};

/** Canonical English singular for common nouns in the five languages (folded forms). */
const NOUNS: Record<string, string[]> = {
  task: w('task tasks tache taches tarea tareas aufgabe aufgaben tarefa tarefas compito compiti'),
  todo: w('todo todos todoitem todoitems'),
  product: w(
    'product products producto productos produit produits produkt produkte produto produtos prodotto prodotti',
  ),
  user: w('user users usuario usuarios utilisateur utilisateurs benutzer nutzer utente utenti'),
  customer: w('customer customers cliente clientes client clients kunde kunden'),
  order: w('order orders pedido pedidos commande commandes bestellung bestellungen encomenda encomendas'),
  payment: w('payment payments pago pagos paiement paiements zahlung zahlungen pagamento pagamentos'),
  refund: w(`
    refund refunds reembolso reembolsos remboursement remboursements ruckerstattung ruckerstattungen
    rueckerstattung erstattung erstattungen estorno estornos
  `),
  book: w('book books libro libros livre livres buch bucher buecher livro livros libri'),
  note: w('note notes nota notas notiz notizen'),
  event: w(`
    event events evento eventos evenement evenements veranstaltung veranstaltungen ereignis
    ereignisse eventi
  `),
  message: w('message messages mensaje mensajes nachricht nachrichten mensagem mensagens'),
  invoice: w('invoice invoices factura facturas facture factures rechnung rechnungen fatura faturas'),
  reservation: w(`
    reservation reservations reserva reservas reservierung reservierungen booking bookings buchung
    buchungen prenotazione prenotazioni
  `),
  seat: w('seat seats asiento asientos siege sieges sitzplatz sitzplatze assento assentos'),
  room: w(
    'room rooms habitacion habitaciones chambre chambres zimmer quarto quartos sala salas raum raume raeume raums',
  ),
  counter: w('counter counters contador contadores compteur compteurs zahler zaehler contatore contatori'),
  link: w('link links url urls enlace enlaces lien liens shortlink shortlinks'),
  comment: w('comment comments comentario comentarios commentaire commentaires kommentar kommentare'),
  article: w('article articles articulo articulos artikel artigo artigos'),
  contact: w('contact contacts contacto contactos kontakt kontakte contato contatos contatto contatti'),
  appointment: w('appointment appointments cita citas rendezvous termin termine'),
  employee: w(
    'employee employees empleado empleados employe employes mitarbeiter funcionario funcionarios dipendente dipendenti',
  ),
  inventory: w('inventory inventories inventario inventarios inventaire inventar'),
  recipe: w('recipe recipes receta recetas recette recettes rezept rezepte receita receitas ricetta ricette'),
  expense: w('expense expenses gasto gastos depense depenses ausgabe ausgaben despesa despesas spesa spese'),
  person: w('person persons people persona personas personne personnes pessoa pessoas'),
  ticket: w('ticket tickets biglietto biglietti'),
  member: w('member members mitglied mitglieder miembro miembros socio socios membre membres membro membri'),
  visitor: w('visitor visitors visitante visitantes besucher visiteur visiteurs visitatore visitatori'),
  guest: w('guest guests gast gaste gaeste invitado invitados huesped invite invites ospite ospiti'),
  tool: w(
    'werkzeug werkzeuge herramienta herramientas outil outils ferramenta ferramentas attrezzo attrezzi',
  ),
  bookmark: w('bookmark bookmarks lesezeichen marcador marcadores signet signets segnalibro segnalibri'),
  review: w('review reviews resena resenas avis bewertung bewertungen recensione recensioni'),
  subscriber: w('subscriber subscribers abonnent abonnenten suscriptor suscriptores abonne abonnes'),
  post: w('post posts'),
  flag: w('flag flags'),
};

const NOUN_INDEX = new Map<string, string>(
  Object.entries(NOUNS).flatMap(([canonical, forms]) => forms.map((f): [string, string] => [f, canonical])),
);

/** Child resources and the parent they belong to (a refund is always of a payment). */
export const PARENT_OF: Readonly<Record<string, string>> = { refund: 'payment' };

/** What a child's numeric field may add up to on its parent: refunds never exceed what was paid. */
export const PARENT_LIMIT: Readonly<Record<string, { field: string; parent_field: string }>> = {
  refund: { field: 'amount', parent_field: 'amount' },
};

/** Field names after "by"/"por"/"par"/"nach" in the five languages. */
const FIELD_NAMES: Record<string, string[]> = {
  title: w('title titulo titre titel'),
  name: w('name nombre nom nome'),
  status: w('status estado statut zustand'),
  date: w('date fecha datum'),
  category: w('category categoria categorie kategorie'),
  tag: w('tag tags etiqueta etiquette schlagwort'),
  email: w('email mail correo courriel'),
  author: w('author autor auteur'),
  text: w('text texto texte'),
  description: w('description descripcion beschreibung descricao'),
};
const FIELD_INDEX = new Map<string, string>(
  Object.entries(FIELD_NAMES).flatMap(([canonical, forms]) =>
    forms.map((f): [string, string] => [f, canonical]),
  ),
);

/** Articles, prepositions and pronouns of the five languages: never a noun. */
const STOP_WORDS = new Set(
  w(`
  a an the of to for in on at with via from into is are be can should must will each every some any
  their his her its our your my this that these those using based between per also then so it them
  when if we you they i me us do does not no yes up out about over el la los las un una unos unas de
  del para con en al su sus que entre le les une des du pour avec au aux sur dans son sa ses leur
  leurs d l der die das den dem des ein eine einen einem einer fur fuer von mit im zu zum zur auf ihre
  sein seine zwischen o os um uma do da dos das em no na nos nas seu sua werden wird kann nicht erneut
  wieder ist sind il lo gli i di con per
  dafur dazu damit davon darauf daran darin dabei dadurch dagegen hierfur wofur cela ceci ello esto eso
  isso isto questo quello durfen darf mussen muss sollen soll sollte sollten konnen konnte mochte mochten
`),
);

/** Words that join two actions ("create and list"). */
export const CONJUNCTIONS = new Set(['and', 'or', 'y', 'et', 'ou', 'und', 'oder', 'e', 'ed', 'plus']);
/** Words before the field a search filters by. */
export const BY_WORDS = new Set(['by', 'por', 'par', 'nach', 'pelo', 'pela']);
/** Words before the state a toggle sets ("mark as done"). */
export const AS_WORDS = new Set(['as', 'como', 'comme', 'als']);
/** Words that make a view/get feature a list ("show all todos"). */
export const ALL_WORDS = new Set(['all', 'every', 'tous', 'toutes', 'todas', 'alle', 'allen']);

/**
 * Words that carry no resource meaning: product words, adjectives, generic nouns, and the adverbs that make a
 * list option optional ("list devices, optionally only those in one room" keeps devices, not "optionallies").
 */
const GENERIC_WORDS = new Set(
  w(`
  service services api apis app application system platform microservice tool endpoint endpoints route
  routes feature features functionality simple basic small tiny quick easy existing single multiple
  own custom testing test tests pipeline long short full online http https json rest restful server
  backend module capability capabilities able allow allows lets let via status state servicio
  sistema aplicacion dienst systeme servico
  optionally optional optionnellement eventuellement wahlweise gegebenenfalls ggf opcionalmente opcional
  facoltativamente opzionalmente facoltativo
`),
);

/** Nouns that only pad another noun ("todo items"). */
const FILLER_NOUNS = new Set(
  w(`
  item items entry entries record records element elements object objects thing things data info
  information elemento elementos eintrag eintrage eintraege objet objets objeto objetos registro
  registros
`),
);

/** Third-party products: never a resource of their own. */
export const VENDORS = w(`
  stripe paypal github gitlab bitbucket slack twilio sendgrid shopify mailgun braintree square adyen plaid
  discord telegram google aws salesforce hubspot zendesk jira auth0 okta firebase openai anthropic mollie
  razorpay paddle
`);
const VENDOR_SET = new Set(VENDORS);

/** Words that make an aggregation an average, minimum or maximum instead of a sum. */
export const AGGREGATE_OPS: [Set<string>, 'average' | 'min' | 'max'][] = [
  [
    new Set(['average', 'averages', 'mean', 'avg', 'promedio', 'media', 'moyenne', 'durchschnitt']),
    'average',
  ],
  [new Set(['min', 'minimum', 'lowest', 'smallest', 'minimo']), 'min'],
  [new Set(['max', 'maximum', 'highest', 'largest', 'maximo']), 'max'],
];

/** Words that make a conversion one of lengths rather than of currencies. */
export const LENGTH_WORDS = new Set(
  w(`
  length lengths distance distances km kilometer kilometers kilometre kilometres mile miles meter
  meters metre metres feet foot distancia longueur entfernung lange distancia
`),
);

/** Path segments a literal `GET` answers with a fixed document rather than a collection. */
export const STATIC_SEGMENTS = new Set(
  w(`
  hello hi greeting greet welcome hola bonjour hallo ola ping status version info about stats time
  news config settings docs index home root me
`),
);

/** Lower case, accents and ligatures removed, so "Créer" and "creer" compare equal. */
export function fold(text: string): string {
  return (
    text
      .replace(/ß/g, 'ss')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[œŒ]/g, 'oe')
      .replace(/[øØ]/g, 'o')
      .replace(/[łŁ]/g, 'l')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "check a visitor in and out" is both check verbs on the visitor.
      .replace(/\bcheck(?:s|ing)? (an?|the) (\w+) in and out\b/g, 'checkin and checkout $1 $2')
      // "look up one book by its id" reads one record.
      .replace(/\blook(?:s|ing)? up\b/g, 'lookup')
      // "look one up by its id", "look them up": the same verb around its object.
      .replace(/\blook(?:s|ing)? (one|it|them|each) up\b/g, 'lookup $1')
      // "look a guest up by its id": the verb around a noun with its article.
      .replace(/\blook(?:s|ing)? (an?|the) (\w+) up\b/g, 'lookup $1 $2')
      .replace(/\bcheck(?:s|ing)? (an?|the) (\w+) (in|out)\b/g, 'check$3 $1 $2')
      .replace(/\bcheck(?:s|ing|ed)?[\s-]?(in|out)\b/g, 'check$1')
      .replace(/\bsign(?:s|ing)?[\s-]up\b/g, 'signup')
      // "dar de alta un producto": Spanish for registering it.
      .replace(/\bdar(?:se)? de alta\b/g, 'registrar')
      .replace(/\bto-?dos?\b/g, (m) => m.replace('-', ''))
  );
}

/** The ASCII words of a text, after {@link fold}. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function matchesEntry(word: string, entry: string): boolean {
  return entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : word === entry;
}

/** The action a word names, if any (the first table that lists it wins). */
export const actionOf = wordMemo(actionOfOnce);

function actionOfOnce(word: string): Action | null {
  for (const [action, entries] of Object.entries(ACTION_WORDS) as [Action, string[]][]) {
    if (entries.some((e) => matchesEntry(word, e))) return action;
  }
  return null;
}

/** Canonical field name for a word after "by". */
export function fieldName(word: string): string {
  return FIELD_INDEX.get(word) ?? word;
}

/** Canonical noun for a word, or null when the table does not know it. */
export function knownNoun(word: string): string | null {
  const found = NOUN_INDEX.get(word);
  if (found !== undefined) return found;
  // Case and plural endings the table does not list: German dative plurals ("von Büchern", "den Nutzern",
  // "mit Aufgaben"), Spanish and French plurals ("tareas", "réservations", "bijoux"). Only a form of a noun
  // the table knows is read this way, so a word is never cut into another noun.
  for (const ending of LEMMA_ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const lemma = NOUN_INDEX.get(word.slice(0, -ending.length));
    if (lemma !== undefined) return lemma;
  }
  return null;
}

/** Endings of case and number (de, es, fr, it, pt) dropped to find a noun's form in the table, longest first. */
const LEMMA_ENDINGS = ['ern', 'en', 'es', 'n', 's', 'x', 'e'];

/** True for articles, prepositions, conjunctions and other words that are never nouns. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || CONJUNCTIONS.has(word) || BY_WORDS.has(word) || AS_WORDS.has(word);
}

/** True for words that name no resource of their own (generic nouns, adjectives, vendors, "all"). */
export function isNonResourceWord(word: string): boolean {
  return (
    GENERIC_WORDS.has(word) || VENDOR_SET.has(word) || ALL_WORDS.has(word) || !/^[a-z][a-z0-9]+$/.test(word)
  );
}

/** True for nouns that only pad another noun ("items" in "todo items"). */
export function isFillerNoun(word: string): boolean {
  return FILLER_NOUNS.has(word);
}

/** Plurals in -ies whose singular ends in -ie ("movies", not "movy"). */
const IE_PLURALS = new Set(
  w('movies cookies calories zombies rookies selfies pies ties lies hoodies genies'),
);

/** English singular of a folded word (other languages pass through mostly unchanged). */
export function singular(word: string): string {
  if (IE_PLURALS.has(word)) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** English plural of a singular noun. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * Words for where records are kept ("a registry of vehicles", "un catálogo de productos", "ein Verzeichnis der
 * Kunden"): followed by "of", the records are the things kept, so the container word and its "of" are no part
 * of the record's name. Container words that are also verbs (list, log, register, archive) are read as verbs.
 */
const CONTAINER_WORDS = new Set(
  w(
    'catalogue catalog katalog catalogo collection sammlung coleccion colecao collezione registry registre verzeichnis directory inventory inventar inventario inventaire elenco archiv archivio archivo repertoire repertorio',
  ),
);
const CONTAINER_OF = new Set(w('of von der des de du di dei degli delle del do dos das da'));

/**
 * Words for "all" that are also nouns of the table ("todos" is a to-do in English, "all" in Spanish and
 * Portuguese): read as "all" where a plural article or possessive of their language follows them ("listar todos
 * os contatos", "ver todos los pedidos", "elencare tutti i libri", "lister tous les clients"), as a noun elsewhere
 * ("list all todos", "mark a todo as done", "show todos as a list").
 */
const ALL_BEFORE_ARTICLE: Record<string, Set<string>> = {
  todos: new Set(w('os los mis meus seus sus nuestros nossos estos estes tus teus vuestros')),
  todas: new Set(w('as las mis minhas suas sus nuestras nossas estas tus tuas vuestras')),
  tutti: new Set(w('i gli miei nostri questi suoi tuoi')),
  tutte: new Set(w('le mie nostre queste sue tue')),
  tous: new Set(w('les mes nos ces ses tes vos leurs')),
  toutes: new Set(w('les mes nos ces ses tes vos leurs')),
};

/** The words of a feature with each word for "all" written before an article read as "all" (see above). */
export function withAllWords(tokens: string[]): string[] {
  return tokens.map((t, i) => (ALL_BEFORE_ARTICLE[t]?.has(tokens[i + 1] ?? '') ? 'all' : t));
}

/** The words of a feature without a container word and the "of" after it. */
export function withoutContainers(tokens: string[]): string[] {
  return tokens.filter(
    (t, i) =>
      !(CONTAINER_WORDS.has(t) && CONTAINER_OF.has(tokens[i + 1] ?? '')) &&
      !(CONTAINER_OF.has(t) && CONTAINER_WORDS.has(tokens[i - 1] ?? '')),
  );
}
