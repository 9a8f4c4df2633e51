import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of the "reaching other services" family: how the designer reads a health aggregator and a
 * signed webhook receiver across phrasings and languages, and what it does not read as either.
 */

function endpointsFor(feature: string): EndpointSpec[] {
  const { contract } = designSpec(familyIntent('reach-service', 'reach other services', [feature]));
  return contract.endpoints.filter((e) => e.features.includes(feature));
}

/** The health check an aggregator feature designs: its timeout, and whether targets can be added and removed. */
function healthReading(feature: string) {
  const endpoints = endpointsFor(feature);
  const check = endpoints.find((e) => e.behavior.kind === 'health_check');
  if (!check || check.behavior.kind !== 'health_check') return null;
  const { resource } = check.behavior;
  const kinds = endpoints
    .filter((e) => 'resource' in e.behavior && e.behavior.resource === resource)
    .map((e) => e.behavior.kind)
    .sort();
  return { timeout_ms: check.behavior.timeout_ms, kinds };
}

const WATCH = ['create', 'delete', 'health_check', 'list'];

const HEALTH_PHRASINGS: [string, number][] = [
  [
    'Register URLs to watch and check them all: each is reported up or down with its latency, 2 second timeout',
    2000,
  ],
  ['Health aggregator: ping every registered service URL and report which ones are down', 2000],
  [
    'Monitor a list of endpoints and report the overall status (all up or degraded); each call times out after 3 seconds',
    3000,
  ],
  ['Uptime checks: call each monitored URL and report its status code and response time', 2000],
  ['Let users add websites to a watch list and remove them again', 2000],
  [
    'Überwacht registrierte URLs: prüft jede Adresse mit einem Timeout von 5 Sekunden und meldet, ob sie erreichbar ist',
    5000,
  ],
  [
    'Comprobar el estado de las URLs registradas (activa o caída) con un tiempo de espera de 2 segundos',
    2000,
  ],
  [
    "Surveiller des URL enregistrées : vérifier si chaque service est disponible ou en panne, délai d'attente de 1500 ms",
    1500,
  ],
];

const HEALTH_NEAR_MISSES = [
  'Check whether a URL is valid',
  'Shorten long URLs into short codes',
  'Store bookmarks with a title and a URL',
  'Track the health of patients: record blood pressure readings',
  'Check an IBAN for validity',
  'Send a webhook to a URL when an order ships',
  'Report how many requests each endpoint served',
  'Keep a watch list of films to see later',
];

describe('health aggregator phrasings', () => {
  it.each(HEALTH_PHRASINGS)('reads %j as a health aggregator (timeout %d ms)', (feature, timeout) => {
    expect(healthReading(feature)).toEqual({ timeout_ms: timeout, kinds: WATCH });
  });

  it.each(HEALTH_NEAR_MISSES)('does not read %j as a health aggregator', (feature) => {
    expect(healthReading(feature)).toBeNull();
  });
});

/** The receiver a webhook feature designs: header, encoding, scheme, tolerance, and what else serves its events. */
interface WebhookReading {
  header: string;
  encoding: string;
  scheme: string;
  tolerance: number | null;
  also: string[];
}

function webhookReading(feature: string): WebhookReading | null {
  const endpoints = endpointsFor(feature);
  const receiver = endpoints.find((e) => e.behavior.kind === 'webhook_receive');
  if (!receiver || receiver.behavior.kind !== 'webhook_receive') return null;
  const b = receiver.behavior;
  return {
    header: b.signature_header,
    encoding: b.encoding ?? 'hex',
    scheme: b.scheme ?? 'hmac',
    tolerance: b.scheme === 'stripe' ? (b.tolerance_seconds ?? 300) : null,
    also: endpoints
      .filter((e) => e !== receiver)
      .map((e) =>
        e.behavior.kind === 'webhook_events'
          ? e.behavior.param
            ? 'webhook_get'
            : 'webhook_list'
          : e.behavior.kind,
      )
      .sort(),
  };
}

/** Every webhook feature's receiver keeps its events: listed, read by id, replayed. */
const STORED: string[] = ['webhook_get', 'webhook_list', 'webhook_replay'];

const WEBHOOK_PHRASINGS: [string, WebhookReading][] = [
  [
    'Receive webhooks signed with HMAC-SHA256 in the X-Signature header (hex)',
    { header: 'x-signature', encoding: 'hex', scheme: 'hmac', tolerance: null, also: STORED },
  ],
  [
    'Verify Shopify webhooks: X-Shopify-Hmac-Sha256 carries the base64 HMAC of the body',
    { header: 'x-shopify-hmac-sha256', encoding: 'base64', scheme: 'hmac', tolerance: null, also: STORED },
  ],
  [
    'Stripe webhooks verified with the Stripe-Signature header (t=…,v1=…) and a tolerance of 600 seconds',
    { header: 'stripe-signature', encoding: 'hex', scheme: 'stripe', tolerance: 600, also: STORED },
  ],
  [
    'Store incoming webhook events, list them, fetch one by id and replay it',
    {
      header: 'x-webhook-signature',
      encoding: 'hex',
      scheme: 'hmac',
      tolerance: null,
      also: STORED,
    },
  ],
  [
    'Webhooks empfangen, die HMAC-SHA256-Signatur im Header X-Signature prüfen (Base64) und alle Ereignisse auflisten',
    { header: 'x-signature', encoding: 'base64', scheme: 'hmac', tolerance: null, also: STORED },
  ],
  [
    'Recibir webhooks firmados con HMAC-SHA256 en la cabecera X-Firma, codificada en base64',
    { header: 'x-firma', encoding: 'base64', scheme: 'hmac', tolerance: null, also: STORED },
  ],
  [
    "Recevoir des webhooks signés (HMAC-SHA256 en hexadécimal dans l'en-tête X-Signature) et rejouer un événement",
    { header: 'x-signature', encoding: 'hex', scheme: 'hmac', tolerance: null, also: STORED },
  ],
];

const WEBHOOK_NEAR_MISSES = [
  'Compute the HMAC-SHA256 of a text with a key',
  'Hash passwords with SHA-256',
  'Encode text as base64',
  'Store calendar events with a title and a date',
  'Replay a chess game move by move',
  'Sign documents with a drawn signature',
];

describe('webhook receiver phrasings', () => {
  it.each(WEBHOOK_PHRASINGS)('reads %j', (feature, expected) => {
    expect(webhookReading(feature)).toEqual(expected);
  });

  it.each(WEBHOOK_NEAR_MISSES)('does not read %j as a webhook receiver', (feature) => {
    expect(webhookReading(feature)).toBeNull();
  });
});

describe('the fidelity gate on the phrasing table', () => {
  it.each([...HEALTH_PHRASINGS.map(([f]) => f), ...WEBHOOK_PHRASINGS.map(([f]) => f)])(
    'finds %j realised by the SPEC the offline line writes',
    (feature) => {
      const contract = extractContract(
        offlineSpec(familyIntent('reach-service', 'reach other services', [feature])),
      );
      expect(featureFidelity(contract, [feature])[0].problems).toEqual([]);
    },
  );
});

describe('webhook features together', () => {
  it('keeps the header a feature names when a replay feature made the receiver first, which it does not claim', () => {
    const features = [
      'Webhooks empfangen: die HMAC-SHA256-Signatur steht Base64-kodiert im Header X-Shop-Signature; ungültige Signaturen ablehnen',
      'Empfangene Ereignisse auflisten, einzeln abrufen und die Zustellung eines Ereignisses wiederholen',
    ];
    const { contract } = designSpec(familyIntent('hook-inbox', 'webhooks', features));
    const receivers = contract.endpoints.filter((e) => e.behavior.kind === 'webhook_receive');

    expect(receivers.map((e) => [e.path, e.behavior])).toEqual([
      [
        '/webhooks/events',
        expect.objectContaining({ signature_header: 'x-shop-signature', encoding: 'base64' }),
      ],
    ]);
    expect(
      contract.endpoints.filter((e) => e.features.includes(features[1])).map((e) => e.behavior.kind),
    ).toEqual(['webhook_events', 'webhook_events', 'webhook_replay']);
  });
});
