import { classRowContract, classRowProblem, type ClassRow, type Verdict } from '../testing/class-rows';

/*
 * The third phrasing table of the links / one-time notes / health fan-out / webhook class (issue 13), for the
 * features the earlier table (links-notes-health-phrasings.spec.ts) left unread or read wrongly: health checks at
 * the routes a user writes, with the overall and per-dependency answer the generated check gives; a list of URLs
 * sent in the request; webhook event types (stored events filtered by type, the list of types); the http(s)-only
 * rule and the unknown-code 404 in one sentence; one-time notes 'kept' as secrets. Six languages, spelled out and
 * free text. Near misses must stay refused: an overall status the check does not give, the list of event types
 * (no behaviour lists types), a note mailed to someone. Rows not read yet are in NOT_YET_READ: each must really
 * fail, so the set can only shrink.
 */

const R: Verdict = 'realised';
const N: Verdict = 'refused';

const ROWS: ClassRow[] = [
  // 0 English, spelled: the registration at the route written; a fan-out spelled at GET /health, which the UDC
  // runtime answers itself, stays refused (a client calling it would get the runtime's own health).
  {
    purpose: 'A status page for our services',
    features: [
      'POST /services with {"name": string, "url": string} registers a service to watch; a url that is not http or https returns 400',
      'GET /health calls every registered url with a 2 s timeout and returns the overall status (up or degraded) and, for each service, its status up or down and its latency_ms',
    ],
    verdicts: [R, N],
    routes: ['POST /services create', 'GET /api/health health_check'],
  },
  // 1 German, spelled.
  {
    purpose: 'Statusseite der Abhängigkeiten',
    features: [
      'POST /abhaengigkeiten mit {"name": string, "url": string} registriert eine Abhängigkeit zur Überwachung',
      'GET /status prüft alle registrierten URLs mit 3 Sekunden Timeout und meldet den Gesamtstatus sowie je Abhängigkeit up oder down mit Latenz in ms',
    ],
    verdicts: [R, R],
    routes: ['POST /abhaengigkeiten create', 'GET /status health_check'],
  },
  // 2 French, free text: the overall status and each service's status and latency.
  {
    purpose: 'Page de statut',
    features: [
      'enregistrer les services à surveiller avec un nom et une URL',
      'vérifier tous les services enregistrés et renvoyer un statut global (up ou degraded) avec, pour chacun, son statut (up ou down) et sa latence',
    ],
    verdicts: [R, R],
    kinds: ['health_check'],
  },
  // 3 Near miss: an overall 'down' when all are down is not the check's answer (it says degraded).
  {
    purpose: 'Dependency status',
    features: [
      'register dependencies with a name and a URL',
      'check every dependency with a 2 second timeout; the overall status is down when every dependency is down and degraded when only some are',
    ],
    verdicts: [R, N],
  },
  // 4 English, spelled: the URLs sent in the request, checked at once.
  {
    purpose: 'Check a batch of URLs',
    features: [
      'POST /check with {"urls": [string]} calls each URL with a 3 s timeout and returns for each its status up or down and its latency',
    ],
    verdicts: [R],
    routes: ['POST /check health_check'],
  },
  // 5 Portuguese, free text: a list of URLs sent to be checked (not registered first).
  {
    purpose: 'Verificar links',
    features: [
      'enviar uma lista de URLs e verificar cada uma com timeout de 2 segundos, dizendo se está no ar ou fora do ar',
    ],
    verdicts: [R],
    routes: ['POST /check health_check'],
  },
  // 6 English, spelled: events filtered by type, and a list of the types (no behaviour lists types: refused).
  {
    purpose: 'Receive CI events',
    features: [
      'POST /webhooks/ci receives events {"id": string, "type": string} signed with HMAC-SHA256 of the body (hex) in X-Signature, secret "ci_l3"; bad signature → 401',
      'GET /webhooks/ci/events?type=push lists the stored events of that type',
      'GET /webhooks/ci/types lists the event types received with their counts',
    ],
    verdicts: [R, R, N],
    kinds: ['webhook_receive', 'webhook_events'],
  },
  // 7 German, free text.
  {
    purpose: 'Ereignisse empfangen',
    features: [
      'POST /webhooks empfängt Ereignisse {"id": string, "type": string}, signiert mit HMAC-SHA256 des Bodys (hex) im Header X-Signatur, Secret "de_l3"; falsche Signatur → 401',
      'die gespeicherten Ereignisse auflisten, nach Typ gefiltert',
      'eine Liste aller bisher empfangenen Ereignistypen abrufen',
    ],
    verdicts: [R, R, N],
    kinds: ['webhook_receive', 'webhook_events'],
  },
  // 8 Spanish, spelled: ?tipo=.
  {
    purpose: 'Recibir eventos de facturación',
    features: [
      'POST /webhooks/facturacion recibe eventos {"id": string, "type": string} firmados con HMAC-SHA256 del cuerpo (hex) en la cabecera X-Firma, secreto "es_l3"; firma incorrecta → 401',
      'GET /webhooks/facturacion/eventos?tipo=invoice.paid lista los eventos guardados de ese tipo',
    ],
    verdicts: [R, R],
    kinds: ['webhook_receive', 'webhook_events'],
  },
  // 9 English: the http(s) rule and the unknown code in one sentence.
  {
    purpose: 'Short links',
    features: [
      'POST /links with {"url": string} creates a short link and returns its code',
      'GET /{code} redirects with 302 to the url',
      'only http(s) targets are accepted and an unknown code returns 404',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect'],
  },
  // 10 German.
  {
    purpose: 'Kurzlinks',
    features: [
      'einen langen Link zu einem Kurzcode kürzen',
      'der Kurzcode leitet auf den Link weiter',
      'nur http- und https-Ziele sind erlaubt, ein unbekannter Code gibt 404',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect'],
  },
  // 11 French.
  {
    purpose: 'Liens courts',
    features: [
      'raccourcir une URL longue en un code court',
      "ouvrir le code redirige vers l'URL",
      'seules les URL http et https sont acceptées et un code inconnu renvoie 404',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect'],
  },
  // 12 Spanish.
  {
    purpose: 'Enlaces cortos',
    features: [
      'acortar una URL larga en un código corto',
      'abrir el código redirige a la URL',
      'solo se aceptan destinos http o https; un código desconocido devuelve 404',
    ],
    verdicts: [R, R, R],
    kinds: ['redirect'],
  },
  // 13 English: a secret note kept, opened a single time.
  {
    purpose: 'Share a secret note that disappears',
    features: [
      'keep a secret note and hand back an id',
      'a secret note can be opened a single time; after that it is gone for good',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 14 Italian.
  {
    purpose: 'Note segrete',
    features: [
      'conservare una nota segreta e restituire il suo id',
      'la nota si può leggere una sola volta, poi sparisce',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 15 French.
  {
    purpose: 'Notes secrètes',
    features: [
      'garder une note secrète et rendre son identifiant',
      "la note s'efface après la première lecture",
    ],
    verdicts: [R, R],
    once: true,
    routes: ['POST /notes create'],
  },
  // 16 Portuguese.
  {
    purpose: 'Notas secretas',
    features: ['guardar uma nota secreta e devolver o id', 'a nota some depois de lida'],
    verdicts: [R, R],
    once: true,
  },
  // 17 German.
  {
    purpose: 'Geheime Notizen',
    features: [
      'eine geheime Notiz hinterlegen und ihre id zurückgeben',
      'nach dem ersten Lesen wird die Notiz gelöscht',
    ],
    verdicts: [R, R],
    once: true,
  },
  // 18 Near miss: a note mailed to someone is work outside the service.
  {
    purpose: 'Secret notes by mail',
    features: ['keep a secret note with a text', 'the secret note is e-mailed to its recipient'],
    verdicts: [R, N],
  },
];

/** Rows the designer does not read (or the gate does not find realised) yet; the set can only shrink. */
const NOT_YET_READ = new Set<number>([4, 5]);

describe('links, notes, health and webhooks (third table): the features the earlier tables left', () => {
  it('has at least 12 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(ROWS.map((row, i) => [i, row] as const).filter(([i]) => !NOT_YET_READ.has(i)))(
    'row %i reads as written',
    (_, row) => {
      expect(classRowProblem(row)).toBe('');
    },
  );

  it('keeps a secret note kept with nothing named as its text, not a title a client never sends', () => {
    const note = classRowContract(ROWS[13]).resources.find((r) => r.name === 'note');
    expect(note?.fields.map((f) => f.name)).toEqual(['text']);
  });

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = [...NOT_YET_READ].filter((i) => classRowProblem(ROWS[i]) === '');
    expect(read).toEqual([]);
  });
});
