import { DEFAULT_HEALTH_TIMEOUT_MS, type FieldSpec, type HealthCheckBehavior } from '@sf/service-spec';
import { featureWords, glossIn, hasAny, languagesOf, type Language } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { readFeature } from './feature-reader';
import { checksSentUrls, placeCheck, spelledHealthRoutes } from './health-routes';

/*
 * A health aggregator: a list of URLs to watch (registered with a name and an http(s) URL, listed, removed) and a
 * check that really calls each of them with a timeout and reports each up or down. Read in English, German,
 * Spanish, French, Italian and Portuguese from what is watched (URLs, endpoints, services, dependencies) with
 * watching it (monitor, ping, überwachen, vigilar, surveiller, monitorare, monitorar), or with checking it (check,
 * prüfen, comprobar, vérifier, controllare, verificar) and what a check reports (up/down, reachable, latency,
 * timeout, caída, en panne, raggiungibile, fora do ar). A URL validator, a shortener or a bookmark list names URLs without
 * watching them; the patients' health names no URL.
 */

/** Words for what an aggregator watches. */
const TARGETS = `url urls endpoint endpoints service services site sites website websites address addresses
  dependency dependencies adresse adressen direccion direcciones servicio servicios dienst dienste webseite webseiten
  abhangigkeit abhangigkeiten dependencia dependencias dependance dependances servizio servizi indirizzo indirizzi
  dipendenza dipendenze servico servicos endereco enderecos`.split(/\s+/);

/** Words for watching a target: with a target, enough on their own ("a list of service URLs to watch"). */
const WATCHING =
  `monitor monitors monitored monitoring watch watches watched watching ping pings pinged pinging
  uptime uberwacht uberwachen uberwache uberwachung vigilar vigila vigilados monitorizar monitorear supervisar
  surveiller surveille surveilles surveillance monitorare monitora monitorati monitoraggio sorvegliare monitorar
  monitorados monitoramento vigiar`.split(/\s+/);

/** Words for checking a target: with a target, only together with what a check reports. */
const CHECKING = `check checks checked checking probe probes probed health aggregator aggregate call calls
  pruft prufen prufe abfragen aufrufen ruft comprobar comprueba comprobacion consultar llamar llama verifier verifie
  sonder appeler appelle controllare controlla verificare verifica chiamare chiama verificar checar chamar chama`.split(
  /\s+/,
);

/** Words for what a check reports about a target. */
const REPORTS = `up down degraded reachable unreachable latency timeout timeouts uptime alive
  erreichbar unerreichbar ausgefallen antwortzeit
  activa activo caida caido caidas disponible estado latencia
  panne indisponible latence online offline raggiungibile irraggiungibile giu latenza
  disponivel indisponivel latencia`.split(/\s+/);

/** Words that make a URL feature something else: checking a URL's syntax, shortening or keeping links. */
const OTHER = `valid validate validation syntax shorten shortener bookmark bookmarks
  webhook webhooks gultig valida valido valide raccourcir`.split(/\s+/);

/** Words of a check run on a schedule or marking records (folded), in six languages. */
const SCHEDULED =
  `hourly daily nightly weekly periodically periodic regularly schedule scheduled cron mark marks
  marked flag flags flagged stundlich taglich nachtlich wochentlich regelmassig periodisch markieren markiert
  diario diariamente periodicamente marcar marca marcados quotidien quotidiennement periodiquement marquer
  marque quotidiano quotidianamente periodicamente segnare segna contrassegnare`.split(/\s+/);

/** A duration written in the feature, in milliseconds (seconds and milliseconds in four languages). */
const DURATION =
  /(\d+(?:[.,]\d+)?)\s*-?\s*(ms|milli(?:second)?s?|millisekunden|milisegundos|millisecondes|millisecondi|s|secs?|seconds?|sekunden?|segundos?|secondes?|second[oi])(?![\p{L}])/giu;

/** What a health-aggregator feature asks for: its timeout, or 'unreadable' when it writes several. */
export function readHealthAggregator(feature: string): { timeout_ms: number } | 'unreadable' | null {
  const words = featureWords(feature);
  const named = hasAny(words, TARGETS) || words.some((w) => /^https?$/.test(w));
  const watched = hasAny(words, WATCHING) || (hasAny(words, CHECKING) && hasAny(words, REPORTS));
  if (!named || !watched || hasAny(words, OTHER)) return null;
  // A check on a schedule ("every hour", "stündlich") or one that marks records ("mark the dead links") is more
  // than a check called on demand: the feature stays unrealised rather than realised as an on-demand report.
  if (hasAny(words, SCHEDULED) || /\bevery\s+(?:\d+\s+)?(?:minute|hour|day|night|week)s?\b/i.test(feature))
    return 'unreadable';
  const durations = [...feature.matchAll(DURATION)].map((m) => {
    const value = Number(m[1].replace(',', '.'));
    return /^m/i.test(m[2]) ? value : value * 1000;
  });
  // Two durations ("every 30 s, timeout 2 s") cannot be told apart here: the feature stays unrealised.
  if (durations.length > 1) return 'unreadable';
  const timeout = durations[0] ?? DEFAULT_HEALTH_TIMEOUT_MS;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 60000) return 'unreadable';
  return { timeout_ms: timeout };
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Überwacht registrierte URLs (Adressen): prüft jede mit einem Timeout und meldet, ob sie erreichbar (up) oder nicht erreichbar (down) ist, mit Statuscode und Antwortzeit.',
  es: ' Comprueba el estado de las URLs registradas: llama a cada una con un tiempo de espera y indica si está activa (up) o caída (down), con código de estado y latencia.',
  fr: " Surveille les URL enregistrées : vérifie chaque service avec un délai d'attente et indique s'il est disponible (up) ou en panne (down), avec le code de statut et la latence.",
  it: ' Monitora gli URL registrati: controlla ogni servizio con un timeout e indica se è raggiungibile (up) o irraggiungibile (down), con codice di stato e latenza.',
  pt: ' Monitora as URLs cadastradas: verifica cada serviço com um tempo limite e indica se está no ar (up) ou fora do ar (down), com código de status e latência.',
};

const URL_FIELD: FieldSpec = {
  name: 'url',
  type: 'string',
  required: true,
  format: 'url',
  description: 'The http or https URL the health check calls with a GET',
  example: 'https://status.example.com/health',
};

const NAME_FIELD: FieldSpec = {
  name: 'name',
  type: 'string',
  required: true,
  description: 'A name for the watched service, shown in every check report',
  example: 'billing-api',
};

/** The resource of watched URLs: a name and an http(s) URL each. */
const RESOURCE = 'watched-url';

/** Realises a health-aggregator feature: register / list / delete watched URLs and check them all. */
export function realiseHealthAggregator(b: ContractBuilder, feature: string): boolean {
  const read = readHealthAggregator(feature);
  if (read === null) return false;
  // A timeout the designer cannot pin down is not guessed, nor URLs sent in the request checked as registered
  // ones: the feature stays unrealised (the gate says so).
  const routes = spelledHealthRoutes(feature);
  if (read === 'unreadable' || routes === 'unreadable' || checksSentUrls(feature)) return true;
  const r = b.resource(
    RESOURCE,
    'watched-urls',
    'URLs registered to watch: the health check calls each one and reports it up or down with its latency.',
  );
  r.fields = [NAME_FIELD, URL_FIELD];
  // "POST /services … registers a service to watch": the watched URLs are kept at the collection written.
  if (routes.register !== undefined) b.moveCollection(RESOURCE, routes.register);
  // "register services to watch; other addresses are refused with 400" is the create's as much as the check's.
  const create = b.ensureCreate(RESOURCE, feature);
  if (readFeature(feature).actions.includes('create') && !create.features.includes(feature))
    create.features.push(feature);
  const items = b.collectionPath(RESOURCE);
  const check: HealthCheckBehavior = {
    kind: 'health_check',
    resource: RESOURCE,
    url_field: 'url',
    name_field: 'name',
    timeout_ms: read.timeout_ms,
    timeout_config: 'HEALTH_CHECK_TIMEOUT_MS',
  };
  // The check comes before the list: a feature's GET is its check, the list only shows what is watched.
  const e = placeCheck(b, check, routes.check, `${items}/check`, feature);
  const gloss = glossIn(GLOSS, languagesOf(featureWords(feature)));
  if (!e.summary.includes(gloss)) e.summary += gloss;
  // The user's own words (each language says 'all at once', 'for each', 'overall' its own way) stay on the check.
  const said = ` Written in the intent as: "${feature}".`;
  if (!e.summary.includes(said)) e.summary += said;
  b.endpoint('GET', b.safePath(items), { kind: 'list', resource: RESOURCE }, feature);
  b.endpoint('DELETE', `${items}/{id}`, { kind: 'delete', resource: RESOURCE, param: 'id' }, feature);
  return true;
}
