import {
  asksNewestFirst,
  type ConvertBehavior,
  type EndpointSpec,
  type HttpMethod,
  type RedirectBehavior,
  type WebhookReceiveBehavior,
  type WebhookReplayBehavior,
} from '@sf/service-spec';
import { summarize, webhookStyle, type ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import type { FeatureReading } from './feature-reader';
import { byFieldName } from './naming';
import { textField } from './samples';
import {
  readReplayTarget,
  readWebhookAnswer,
  readWebhookDuplicates,
  readWebhookSecret,
  readWebhookSignature,
  signatureStatusOf,
} from './webhook-features';
import { featureWords, glossIn, languagesOf, type Language } from '../catalog/feature-words';
import { mentionsIn, tokensOf } from '../catalog/units-read';

/*
 * Endpoints whose behaviour needs more than a resource and an action: signed webhook receivers and event replay,
 * redirects, unit conversion and aggregates, and the fields a search looks in.
 */

/**
 * Factors of the physical units a plain "convert" may mean. Currencies have no such table: their rates are the
 * intent's to declare (the catalog's `rates` family reads them), never invented here.
 */
const UNIT_FACTORS = { rates: { km: 1, mi: 0.621371, m: 1000, ft: 3280.84 }, decimals: 3 };

/** A signed webhook receiver for `provider` (its signature style and secret setting). */
export function webhookReceiver(
  b: ContractBuilder,
  provider: string | null,
  feature: string,
  path?: string,
): EndpointSpec {
  const read = readWebhookSignature(feature);
  const answer = readWebhookAnswer(feature);
  const written = readWebhookSecret(feature);
  const vendor = read.stripe ? 'stripe' : provider;
  const style = webhookStyle(vendor);
  const secret =
    written.setting ??
    (vendor ? `${vendor.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_WEBHOOK_SECRET` : 'WEBHOOK_SECRET');
  // A secret the feature writes is the setting's default, so its worked examples sign with it.
  if (written.value !== undefined) {
    b.ensureConfig({
      name: secret,
      default: written.value,
      description: 'Shared secret that signs the webhooks received (HMAC-SHA256), as the feature writes it',
      secret: true,
    });
  }
  const header = read.header ?? style.header;
  // A header the feature names carries the digest as written: no vendor's prefix unless it is that vendor's,
  // or the feature writes one (`sha256=<hex>`).
  const prefix = read.prefix ?? (header === style.header ? style.prefix : '');
  const encoding = read.encoding ?? style.encoding;
  const behavior: WebhookReceiveBehavior = {
    kind: 'webhook_receive',
    signature_header: header,
    signature_prefix: prefix,
    algorithm: 'hmac-sha256',
    ...(style.scheme ? { scheme: style.scheme } : {}),
    ...(style.scheme !== 'stripe' && encoding === 'base64' ? { encoding } : {}),
    ...(style.scheme === 'stripe' && read.tolerance_seconds !== undefined
      ? { tolerance_seconds: read.tolerance_seconds }
      : {}),
    secret_config: secret,
    id_field: 'id',
    type_field: 'type',
    ...(answer.type_required === false ? { type_required: false } : {}),
    ...(answer.status !== undefined && answer.status !== 200 ? { status: answer.status } : {}),
    ...(answer.answer ? { answer: answer.answer } : {}),
    ...(readWebhookDuplicates(feature) ? { duplicates: 'conflict' as const } : {}),
    ...signatureStatusOf(feature),
  };
  const e = b.endpoint('POST', path ?? `/webhooks/${vendor ?? 'events'}`, behavior, feature);
  // A receiver a replay feature made first took the defaults; what this feature writes about the signature wins.
  const stated =
    read.header !== undefined ||
    read.prefix !== undefined ||
    read.encoding !== undefined ||
    read.tolerance_seconds !== undefined ||
    answer.status !== undefined ||
    answer.answer !== undefined ||
    behavior.duplicates !== undefined ||
    behavior.signature_status !== undefined;
  if (stated && e.behavior !== behavior && e.behavior.kind === 'webhook_receive') {
    const before = summarize(e.behavior, e.path);
    e.behavior = behavior;
    if (e.summary.startsWith(before))
      e.summary = summarize(behavior, e.path) + e.summary.slice(before.length);
  }
  const gloss = glossIn(WEBHOOK_GLOSS, languagesOf(featureWords(feature)));
  if (!e.summary.includes(gloss)) e.summary += gloss;
  return e;
}

/** What a receiver does, in the feature's language (the summary stays English for the rest). */
const WEBHOOK_GLOSS: Partial<Record<Language, string>> = {
  en: ' Incoming callbacks a provider delivers are verified with the shared secret (the key from config): an invalid or missing signature is refused and the event is not stored.',
  de: ' Eingehende Webhooks empfangen: die HMAC-SHA256-Signatur im Header mit dem geheimen Schlüssel aus der Konfiguration prüfen (Base64 oder hexadezimal), ungültige Signaturen ablehnen, die Ereignisse speichern, auflisten, lesen und erneut zustellen.',
  es: ' Recibir webhooks entrantes firmados: comprobar la firma HMAC-SHA256 de la cabecera con la clave secreta de la configuración (codificada en base64 o hexadecimal), rechazar una firma no válida y guardar los eventos para listarlos, leerlos y reenviarlos.',
  fr: " Recevoir des webhooks entrants signés : vérifier la signature HMAC-SHA256 de l'en-tête avec le secret partagé de la configuration (en base64 ou hexadécimal), refuser une signature invalide et garder les événements pour les lister, les lire et les rejouer.",
  it: " Ricevere webhook firmati: verificare la firma HMAC-SHA256 nell'header con il segreto della configurazione (base64 o esadecimale), rifiutare una firma errata e conservare gli eventi ricevuti per elencarli, leggerli e riprodurli.",
  pt: ' Receber webhooks assinados: verificar a assinatura HMAC-SHA256 no cabeçalho com o segredo da configuração (base64 ou hexadecimal), recusar uma assinatura inválida e guardar os eventos recebidos para listá-los, lê-los e reenviá-los.',
};

/** What the stored events' endpoints do, in the feature's language. */
const EVENTS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Empfangene Ereignisse behalten, auflisten, einzeln abrufen und ihre Zustellung wiederholen.',
  es: ' Guardar los eventos recibidos, listarlos, consultar cada uno por su id y repetir su entrega.',
  fr: ' Garder les événements reçus, les lister, consulter chacun par son id et rejouer sa livraison.',
  it: ' Conservare gli eventi ricevuti, elencarli, leggerli per id e riprodurne la consegna.',
  pt: ' Guardar os eventos recebidos, listá-los, lê-los por id e repetir a sua entrega.',
};

/** The order of a list newest first, in the feature's language. */
const NEWEST_GLOSS: Partial<Record<Language, string>> = {
  en: ' Newest first: the most recent event is listed first.',
  de: ' Die neuesten zuerst: vom neuesten zum ältesten.',
  es: ' El más reciente primero: del más reciente al más antiguo.',
  fr: ' Le plus récent en premier : du plus récent au plus ancien.',
  it: ' Il più recente per primo: dal più recente al più vecchio.',
  pt: ' O mais recente primeiro: do mais recente ao mais antigo.',
};

/** Where a receiver's stored events live: under its path, which may already end in `/events`. */
function eventsPath(receiver: EndpointSpec): string {
  return receiver.path.endsWith('/events') ? receiver.path : `${receiver.path}/events`;
}

/** The stored events of `receiver`: all of them in arrival order, and one by its id. */
export function eventEndpoints(b: ContractBuilder, receiver: EndpointSpec, feature: string): void {
  const base = eventsPath(receiver);
  const order = asksNewestFirst(feature) ? ({ order: 'newest_first' } as const) : {};
  const list = b.endpoint('GET', base, { kind: 'webhook_events', receiver: receiver.id, ...order }, feature);
  if (list.behavior.kind === 'webhook_events' && 'order' in order) list.behavior.order = order.order;
  const languages = languagesOf(featureWords(feature));
  const gloss = glossIn(EVENTS_GLOSS, languages) + ('order' in order ? glossIn(NEWEST_GLOSS, languages) : '');
  if (!list.summary.includes(gloss)) list.summary += gloss;
  b.endpoint('GET', `${base}/{id}`, { kind: 'webhook_events', receiver: receiver.id, param: 'id' }, feature);
}

/**
 * Replays events `receiver` received: re-processed, or re-delivered to the URL the feature names (a setting
 * whose default is the URL it writes).
 */
export function replayEndpoint(
  b: ContractBuilder,
  receiver: EndpointSpec,
  feature: string,
  path?: string,
): EndpointSpec {
  const param = path
    ? (path
        .match(/\{([^}]+)\}/g)
        ?.pop()
        ?.slice(1, -1) ?? 'id')
    : 'id';
  const target = readReplayTarget(feature);
  if (target?.url !== undefined) {
    b.ensureConfig({
      name: target.setting,
      default: target.url,
      description: 'URL a replay sends a stored event to again, as the feature writes it',
    });
  }
  const behavior: WebhookReplayBehavior = {
    kind: 'webhook_replay',
    receiver: receiver.id,
    param,
    ...(target ? { target_config: target.setting } : {}),
  };
  const e = b.endpoint('POST', path ?? `${eventsPath(receiver)}/{id}/replay`, behavior, feature);
  // A replay another feature made re-processed; this one says where the event goes.
  if (target && e.behavior !== behavior && e.behavior.kind === 'webhook_replay') {
    const before = summarize(e.behavior, e.path);
    e.behavior.target_config = target.setting;
    if (e.summary.startsWith(before))
      e.summary = summarize(e.behavior, e.path) + e.summary.slice(before.length);
  }
  // The URL the feature writes is where replays go until the setting says otherwise.
  const by = target?.url !== undefined ? ` The URL defaults to ${target.url}.` : '';
  if (!e.summary.includes(by)) e.summary += by;
  return e;
}

/** The contract's webhook receiver, added for the intent's vendor when there is none yet. */
export function anyReceiver(b: ContractBuilder, ctx: DesignContext, feature: string): EndpointSpec {
  const found = b.contract.endpoints.find((e) => e.behavior.kind === 'webhook_receive');
  if (found) return found;
  // The receiver serves the replay but does not realise it: a feature that names webhooks claims it.
  const made = webhookReceiver(b, ctx.vendor, feature);
  made.features = made.features.filter((f) => f !== feature);
  return made;
}

/** Names of fields that hold where a link leads. */
const TARGET_NAMES = /^(url|long_url|target|target_url|destination|destination_url|href|link|address)$/;

/** The resource a redirect leads from and the field holding its target: a kept link's, else a new `link`'s. */
function redirectResource(b: ContractBuilder, ctx: DesignContext): { resource: string; target: string } {
  if (b.findResource('link')) {
    const own = b.findResource('link')?.fields.find((f) => f.type === 'string' && TARGET_NAMES.test(f.name));
    return { resource: 'link', target: own?.name ?? 'url' };
  }
  for (const r of b.contract.resources) {
    const target = r.fields.find((f) => f.type === 'string' && TARGET_NAMES.test(f.name));
    if (target) return { resource: r.name, target: target.name };
  }
  return { resource: ctx.main === 'link' ? ctx.main : 'link', target: 'url' };
}

/** `GET path` redirecting to the URL of the record whose `param` field matches (a creatable resource). */
export function redirectEndpoint(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  path: string,
  param: string,
  status: RedirectBehavior['status'] = 302,
): void {
  const { resource, target } = redirectResource(b, ctx);
  b.resource(resource);
  const key = param;
  if (key !== 'id') {
    // The lookup key must identify one record, even when the resource already had such a field.
    const field = b.ensureField(resource, { ...textField(key, true), unique: true });
    field.unique = true;
    field.required = true;
  }
  b.ensureField(resource, {
    name: target,
    type: 'string',
    required: true,
    description: 'Target URL (absolute http or https)',
    example: 'https://example.com/docs',
  });
  b.ensureCreate(resource, feature);
  b.endpoint(
    'GET',
    path,
    { kind: 'redirect', resource, param, key_field: key, target_field: target, status },
    feature,
  );
}

/**
 * Converts an amount between lengths. A conversion of money without a declared rate table designs nothing: the
 * feature stays unrealised and the gate says so, rather than a converter at rates nobody gave.
 */
export function convertEndpoint(
  b: ContractBuilder,
  feature: string,
  method: HttpMethod,
  path: string,
  units: FeatureReading['units'],
): void {
  if (units !== 'length') return;
  // A unit other than a length ("MB/s to km/h") is no conversion of this table: nothing is designed.
  const named = mentionsIn(tokensOf(feature));
  if (named.some((m) => m.quantity !== 'length' || !m.unit || !(m.unit in UNIT_FACTORS.rates))) return;
  const table = UNIT_FACTORS;
  const behavior: ConvertBehavior = {
    kind: 'compute',
    operation: 'convert',
    inputs: { amount: 'amount', from: 'from', to: 'to' },
    rates: { ...table.rates },
    decimals: table.decimals,
    output: 'result',
  };
  b.endpoint(method, path, behavior, feature);
}

/** Sum, average, minimum or maximum of a list of numbers. */
export function aggregateEndpoint(
  b: ContractBuilder,
  feature: string,
  path: string,
  operation: FeatureReading['aggregate'],
): void {
  b.endpoint(
    'POST',
    path,
    { kind: 'compute', operation, inputs: { values: 'values' }, decimals: 2, output: 'result' },
    feature,
  );
}

/**
 * String fields a search looks in: the wanted ones (added when missing), else the resource's strings. A wanted
 * name is the field the records already have under the feature's own word ("buscar libros por autor" searches
 * `autor`, the field "con título y autor" made, not a new English `author` no record fills).
 */
export function searchFields(b: ContractBuilder, resource: string, written: string[]): string[] {
  const r = b.resource(resource);
  const wanted = written.map(
    (name) =>
      r.fields.find((f) => f.name === name)?.name ??
      r.fields.find((f) => byFieldName(f.name) === name)?.name ??
      name,
  );
  for (const name of wanted) {
    if (!r.fields.some((f) => f.name === name)) b.ensureField(resource, textField(name, false));
  }
  const strings = wanted.filter((name) => r.fields.find((f) => f.name === name)?.type === 'string');
  if (strings.length > 0) return strings;
  const any = r.fields.filter((f) => f.type === 'string').map((f) => f.name);
  if (any.length > 0) return any.slice(0, 2);
  b.ensureField(resource, textField('name', false));
  return ['name'];
}
