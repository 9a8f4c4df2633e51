import { classRowProblem, type ClassRow, type Verdict } from '../testing/class-rows';

/*
 * The class-wide phrasing table of small web utilities (issue 13): short links and go links, one-time notes,
 * health fan-out / status pages and signed webhook receivers, as whole intents — an intent is faithful only when
 * every feature is realised, so each row holds all the features a user writes for one such service, in English,
 * German, Spanish, French, Italian and Portuguese, spelled out (METHOD /path, JSON shapes) and free text. The
 * finer tables of each family (short-links, read-limit, webhook-class …) check the shapes; this one checks that
 * no feature of the class is left behind in a language or an order of words. Near misses keep a feature no
 * behaviour realises unrealised (a check on a schedule, sending webhooks). Rows not read yet are in NOT_YET_READ:
 * each must really fail, so the set can only shrink.
 */

const R: Verdict = 'realised';
const N: Verdict = 'refused';

const ROWS: ClassRow[] = [
  // 0 Italian, free text: the services to watch and the fan-out check.
  {
    purpose: 'Sapere quali servizi interni rispondono',
    features: [
      'Tenere un elenco di servizi da monitorare: aggiungere un servizio con un nome e un URL http o https, e rimuoverlo',
      'Controllare tutti i servizi registrati con un timeout di 2 secondi e indicare per ciascuno se è raggiungibile (up) o irraggiungibile (down)',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 1 Portuguese, free text.
  {
    purpose: 'Um painel de status das dependências',
    features: [
      'Cadastrar as URLs dos serviços a monitorar, com nome e endereço http ou https',
      'Verificar todas as URLs cadastradas com timeout de 3 segundos e dizer se cada uma está no ar (up) ou fora do ar (down)',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 2 English, spelled out: a status page over registered dependencies.
  {
    purpose: 'A status page for our dependencies',
    features: [
      'POST /dependencies with {"name": string, "url": string} registers a dependency to watch; a url that is not http or https returns 400',
      'GET /status calls every registered url with a 2 s timeout and returns {"status": "ok" | "degraded", "results": [{"name": string, "up": boolean, "latency_ms": integer}]}',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 3 German, spelled out.
  {
    purpose: 'Eine Statusseite für unsere Dienste',
    features: [
      'POST /dienste mit {"name": string, "url": string} registriert einen Dienst zur Überwachung',
      'GET /dienste/check ruft jede registrierte URL mit 2 Sekunden Timeout auf und meldet je Dienst, ob er erreichbar (up) oder nicht erreichbar (down) ist',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 4 Spanish, free text: the dependencies and one overall state.
  {
    purpose: 'Saber si las dependencias de la aplicación responden',
    features: [
      'registrar las dependencias a vigilar con un nombre y una URL',
      'consultar el estado de todas las dependencias: llamar a cada URL con un tiempo de espera de 2 segundos y decir si está activa o caída, con un estado general',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 5 French, free text.
  {
    purpose: 'Surveiller nos services internes',
    features: [
      'enregistrer les services à surveiller avec un nom et une URL http ou https',
      "vérifier tous les services en même temps (délai de 2 secondes) et dire pour chacun s'il est disponible ou en panne",
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 6 Near miss: a check on a schedule that marks records is more than an on-demand check.
  {
    purpose: 'Keep bookmarks fresh',
    features: [
      'store bookmarks with a title and a URL',
      'every night, check each bookmark URL and mark the ones that no longer answer',
    ],
    verdicts: [R, N],
  },
  // 7 English, free text: a note opened a single time.
  {
    purpose: 'Share a secret note that disappears',
    features: [
      'keep a secret note and hand back an id',
      'a secret note can be opened a single time; after that it is gone for good',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 8 English, free text: burn after reading.
  {
    purpose: 'Burn-after-reading notes',
    features: [
      'write a note with a text and get its id back',
      'a note burns after reading: the second read returns 404',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 9 Spanish, free text.
  {
    purpose: 'Notas que se autodestruyen',
    features: [
      'guardar una nota secreta con un texto y devolver su id',
      'la nota se autodestruye después de leerla',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 10 French, free text.
  {
    purpose: 'Des notes confidentielles',
    features: [
      'créer une note confidentielle avec un texte et recevoir son identifiant',
      'la note ne peut être lue qu’une seule fois ; ensuite elle renvoie 404',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 11 Italian, free text.
  {
    purpose: 'Note che si cancellano da sole',
    features: ['salvare una nota con un testo', 'la nota si autodistrugge dopo la prima lettura'],
    verdicts: [R, R],
    once: true,
  },
  // 12 Portuguese, free text.
  {
    purpose: 'Notas secretas de leitura única',
    features: [
      'criar uma nota secreta com um texto',
      'a nota só pode ser lida uma vez; depois disso ela desaparece',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 13 German, free text: deleted on the first fetch.
  {
    purpose: 'Einmal-Notizen',
    features: [
      'Eine Einmal-Notiz mit einem Text anlegen und ihre id zurückgeben',
      'Die Notiz wird beim ersten Abruf gelöscht; danach gibt es 404',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 14 English, spelled out.
  {
    purpose: 'One-time notes',
    features: [
      'POST /notes with {"text": string} returns 201 {"id": string}',
      'GET /notes/{id} returns {"text": string} once and deletes the note; a second GET returns 404',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 15 Italian, free text: a shortener that says what it accepts.
  {
    purpose: 'Accorciare i link',
    features: [
      'creare un codice breve per un link lungo',
      'aprire il codice porta al link lungo',
      'accettiamo solo link http o https',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect'],
  },
  // 16 Portuguese, free text: clicks counted and listed.
  {
    purpose: 'Encurtador de links',
    features: [
      'encurtar um link longo em um código curto',
      'abrir o código redireciona para o link e conta o clique',
      'listar os links com os cliques',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect', 'list'],
  },
  // 17 French, spelled out: go links by name.
  {
    purpose: 'Des liens go pour l’équipe',
    features: [
      'POST /liens avec {"nom": string, "url": string} crée un lien ; un nom déjà pris renvoie 409',
      'GET /go/{nom} redirige (302) vers l’url ; un nom inconnu renvoie 404',
    ],
    verdicts: [R, R],
    kinds: ['redirect'],
  },
  // 18 Spanish, spelled out: a CI receiver accepting the event types it lists.
  {
    purpose: 'Recibir los eventos de la CI',
    features: [
      'POST /webhooks/ci recibe eventos {"id": string, "type": string} firmados con HMAC-SHA256 del cuerpo (hex) en la cabecera X-CI-Firma, secreto "ci_tabla_1"; firma incorrecta o ausente → 401',
      'El tipo del evento debe ser push, pull_request o workflow_run; cualquier otro tipo → 400',
    ],
    verdicts: [R, R],
    kinds: ['webhook_receive'],
  },
  // 19 Italian, spelled out: idempotent by event id, and the list.
  {
    purpose: 'Ricevere i webhook dei pagamenti',
    features: [
      'POST /webhooks riceve eventi firmati con HMAC-SHA256 del corpo (hex) nell\'header X-Signature, segreto "it_tabella_1"; firma errata → 401',
      'Un evento con un id già ricevuto → 200 senza salvarlo di nuovo',
      'GET /webhooks/eventi elenca gli eventi ricevuti',
    ],
    verdicts: [R, R, R],
    kinds: ['webhook_receive', 'webhook_events'],
  },
  // 20 Portuguese, spelled out: a payment receiver, duplicates and the list.
  {
    purpose: 'Receber os webhooks de pagamento',
    features: [
      'POST /webhooks/pagamentos recebe eventos {"id": string, "type": string} assinados com HMAC-SHA256 do corpo (hex) no cabeçalho X-Assinatura, segredo "pt_tabela_1"; assinatura inválida → 401',
      'um evento com um id já recebido é ignorado (200) e não é salvo de novo',
      'GET /webhooks/pagamentos/eventos lista os eventos recebidos',
    ],
    verdicts: [R, R, R],
    kinds: ['webhook_receive', 'webhook_events'],
  },
  // 21 Near miss: sending webhooks is not receiving them.
  {
    purpose: 'Notify our partners',
    features: [
      'store orders with an amount',
      'when an order is created, send a webhook to every subscriber URL, signed with HMAC-SHA256',
    ],
    verdicts: [R, N],
  },
  // 26 German, free text: the registration refuses other addresses with 400.
  {
    purpose: 'Wissen, welche Dienste antworten',
    features: [
      'Dienste zur Überwachung mit einem Namen und einer http- oder https-URL registrieren; andere Adressen werden mit 400 abgelehnt',
      'Alle registrierten Dienste auf einmal prüfen, jeden mit 2 Sekunden Timeout, und je Dienst melden, ob er erreichbar (up) oder nicht erreichbar (down) ist',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 22 Near miss: a repeat answered 200 by a receiver that answers 202 would answer it 202; not realised.
  {
    purpose: 'Receive signed events',
    features: [
      'POST /webhooks receives events signed with HMAC-SHA256 of the body (hex) in X-Signature, secret "s_22"; a valid event returns 202',
      'An event with an id already received → 200 without storing it again',
    ],
    verdicts: [R, N],
    kinds: ['webhook_receive'],
  },
  // 23 English, free text: the code "takes you to" the address, no verb of redirecting.
  {
    purpose: 'Short links for the support team',
    features: [
      'shorten a long URL into a short code',
      'opening the short code takes you to the long URL; an unknown code gives 404',
    ],
    verdicts: [R, R],
    kinds: ['redirect'],
  },
  // 24 Spanish, free text.
  {
    purpose: 'Acortar enlaces',
    features: ['acortar una URL larga en un código corto', 'abrir el código lleva a la URL original'],
    verdicts: [R, R],
    kinds: ['redirect'],
  },
  // 25 Near miss: a page that "takes you to" a link is no short code.
  {
    purpose: 'A small shop',
    features: ['store pages with a title and a path', 'opening a page takes you to the checkout link'],
    verdicts: [R, N],
  },
];

/** Rows the designer does not read (or the gate does not find realised) yet; the set can only shrink. */
const NOT_YET_READ = new Set<number>([2, 18]);

describe('links, one-time notes, health checks and webhooks: every feature of the class', () => {
  it('has at least 12 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(ROWS.map((row, i) => [i, row] as const).filter(([i]) => !NOT_YET_READ.has(i)))(
    'row %i reads as written',
    (_, row) => {
      expect(classRowProblem(row)).toBe('');
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = [...NOT_YET_READ].filter((i) => classRowProblem(ROWS[i]) === '');
    expect(read).toEqual([]);
  });
});
