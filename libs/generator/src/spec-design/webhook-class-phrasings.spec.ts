import { extractContract, featureFidelity, type EndpointSpec, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The third phrasing table of webhook receivers (issue 13, the whole class): billing and CI receivers as users
 * write them, every feature of each, since an intent is faithful only when all of its features are realised.
 * Besides the signature (webhook-phrasings.spec.ts) and duplicates and replay (webhook-replay-phrasings.spec.ts),
 * this table holds the features those tables leave out: the list of stored events filtered by type, the event
 * types a receiver accepts (a billing or CI enumeration, any other type refused), a bad signature answered with
 * the status the user states, and a secret from the configuration. Rows not read yet are in NOT_YET_READ: each
 * must really fail, so the set can only shrink. Near misses (sending webhooks, filtering something else) must
 * stay refused or not be read as a receiver.
 */

type Verdict = 'realised' | 'refused';

/** What a row requires of the intent's contract; only the keys written are compared. */
interface Want {
  /** The gate's verdict on each key feature, in order. */
  verdicts: Verdict[];
  /** The receiver's path. */
  receiver?: string;
  /** The query parameter the list of events is filtered by, and the event field it compares. */
  filter?: string;
  /** The event types the receiver accepts (any other refused), in the order written. */
  types?: string[];
  /** The status a missing or wrong signature is answered with. */
  badSignature?: number;
}

interface Row {
  purpose: string;
  features: string[];
  want: Want;
}

function contractOf(row: Row): SpecContract {
  return extractContract(offlineSpec(familyIntent('hook-service', row.purpose, row.features)));
}

function listOf(contract: SpecContract): EndpointSpec | undefined {
  return contract.endpoints.find(
    (e) => e.method === 'GET' && e.behavior.kind === 'webhook_events' && !e.behavior.param,
  );
}

function readingOf(row: Row): Want {
  const contract = contractOf(row);
  const verdicts = featureFidelity(contract, row.features).map((v) =>
    v.realised ? 'realised' : 'refused',
  ) as Verdict[];
  const receiver = contract.endpoints.find((e) => e.behavior.kind === 'webhook_receive');
  // Read loosely: the table was written before the contract held a filter or a type list.
  const b = receiver?.behavior as { type_filter?: string; event_types?: string[] } | undefined;
  const list = listOf(contract)?.behavior as { type_filter?: string } | undefined;
  const refusal = receiver?.errors.find((x) => x.code === 'INVALID_SIGNATURE');
  const got: Want = {
    verdicts,
    receiver: receiver?.path,
    filter: list?.type_filter,
    types: b?.event_types,
    badSignature: refusal?.status,
  };
  return Object.fromEntries(Object.keys(row.want).map((k) => [k, got[k as keyof Want]])) as unknown as Want;
}

const R: Verdict = 'realised';
const N: Verdict = 'refused';

const ROWS: Row[] = [
  // 0 English, spelled out: a billing receiver whose list filters by type.
  {
    purpose: 'Receive the billing events our payment provider sends us',
    features: [
      'POST /webhooks/billing receives {"id": string, "type": string} events signed in X-Signature (hex HMAC-SHA256 of the raw body, secret "whsec_bill_1"); else 401',
      'GET /webhooks/billing/events?type=invoice.paid lists the stored events of that type, newest first',
    ],
    want: { verdicts: [R, R], receiver: '/webhooks/billing', filter: 'type' },
  },
  // 1 English, free text: filter by event type.
  {
    purpose: 'Keep the signed events our CI server posts to us',
    features: [
      'Receive CI webhooks signed with HMAC-SHA256 (hex) in the X-Hub-Signature-256 header as sha256=<hex>, secret "ci_secret_2"',
      'List the received events, optionally filtered by event type',
    ],
    want: { verdicts: [R, R], filter: 'type' },
  },
  // 2 English, spelled out: an enumeration of billing event types.
  {
    purpose: 'Receive subscription billing events',
    features: [
      'POST /webhooks receives events signed in X-Signature (hex HMAC-SHA256, secret "whsec_enum_3"); a wrong signature → 401',
      'The event type must be one of invoice.paid, invoice.payment_failed, customer.subscription.deleted; any other type → 400',
    ],
    want: {
      verdicts: [R, R],
      types: ['invoice.paid', 'invoice.payment_failed', 'customer.subscription.deleted'],
    },
  },
  // 3 CI enumeration written in the event's shape.
  {
    purpose: 'Receive build events from our CI',
    features: [
      'POST /ci/events accepts {"id": string, "type": "build.started"|"build.succeeded"|"build.failed"} signed with HMAC-SHA256 (hex) in X-CI-Signature, secret "ci_4"; bad signature → 401',
    ],
    want: { verdicts: [R], types: ['build.started', 'build.succeeded', 'build.failed'] },
  },
  // 4 A bad signature answered 403 as stated.
  {
    purpose: 'Receive payment webhooks',
    features: [
      'POST /webhooks/payments receives events signed with HMAC-SHA256 of the raw body (hex) in the X-Signature header, secret "pay_5"',
      'A missing or wrong signature is answered 403',
    ],
    want: { verdicts: [R, R], badSignature: 403 },
  },
  // 5 German: filter by type.
  {
    purpose: 'Abrechnungsereignisse unseres Zahlungsanbieters empfangen',
    features: [
      'POST /webhooks/abrechnung nimmt Ereignisse an, signiert mit HMAC-SHA256 (hex) im Header X-Signature, Geheimnis "abr_6"; sonst 401',
      'GET /ereignisse?typ=invoice.paid listet die gespeicherten Ereignisse dieses Typs, neueste zuerst',
    ],
    want: { verdicts: [R, R], filter: 'typ' },
  },
  // 6 German: types enumeration, free text.
  {
    purpose: 'CI-Ereignisse empfangen',
    features: [
      'Webhooks unseres CI-Servers empfangen: HMAC-SHA256 hexadezimal im Header X-Signature, Geheimnis "ci_de_7"',
      'Erlaubte Ereignistypen: push, pull_request, workflow_run; andere Typen werden mit 422 abgelehnt',
    ],
    want: { verdicts: [R, R], types: ['push', 'pull_request', 'workflow_run'] },
  },
  // 7 Spanish: filter by type.
  {
    purpose: 'Recibir los eventos de facturación de nuestro proveedor',
    features: [
      'POST /webhooks/facturacion recibe eventos firmados con HMAC-SHA256 (hex) en la cabecera X-Signature, secreto "fac_8"; firma incorrecta → 401',
      'GET /eventos?tipo=invoice.paid devuelve los eventos guardados de ese tipo, el más reciente primero',
    ],
    want: { verdicts: [R, R], filter: 'tipo' },
  },
  // 8 Spanish: enumeration.
  {
    purpose: 'Recibir eventos de pago',
    features: [
      'POST /webhooks recibe eventos firmados con HMAC-SHA256 (hex) en X-Signature, secreto "pago_9"',
      'El tipo del evento debe ser pago.creado, pago.fallido o reembolso.creado; otro tipo → 400',
    ],
    want: { verdicts: [R, R], types: ['pago.creado', 'pago.fallido', 'reembolso.creado'] },
  },
  // 9 French: filter by type, free text.
  {
    purpose: 'Recevoir les événements de facturation',
    features: [
      'Recevoir les webhooks signés (HMAC-SHA256 en hexadécimal dans l\'en-tête X-Signature, secret "fr_10")',
      'Lister les événements reçus, filtrés par type, du plus récent au plus ancien',
    ],
    want: { verdicts: [R, R], filter: 'type' },
  },
  // 10 Italian: spelled out, duplicates and filter.
  {
    purpose: 'Ricevere gli eventi di fatturazione',
    features: [
      'POST /webhooks riceve eventi firmati con HMAC-SHA256 (hex) nell\'header X-Signature, segreto "it_11"; firma errata → 401',
      'Un evento con un id già ricevuto → 200 senza salvarlo di nuovo',
      'GET /eventi?tipo=invoice.paid elenca gli eventi salvati di quel tipo',
    ],
    want: { verdicts: [R, R, R], filter: 'tipo' },
  },
  // 11 Portuguese: enumeration and a list.
  {
    purpose: 'Receber eventos do nosso CI',
    features: [
      'POST /webhooks/ci recebe eventos assinados com HMAC-SHA256 (hex) no cabeçalho X-Signature, segredo "pt_12"',
      'O tipo do evento deve ser build.iniciado, build.concluido ou build.falhou; outro tipo → 400',
      'GET /webhooks/ci/eventos lista os eventos recebidos, o mais recente primeiro',
    ],
    want: { verdicts: [R, R, R], types: ['build.iniciado', 'build.concluido', 'build.falhou'] },
  },
  // 12 Stripe layout with a tolerance, billing, filter.
  {
    purpose: 'Receive Stripe billing events',
    features: [
      'POST /stripe/webhook verifies Stripe-Signature (t=…,v1=…) with a tolerance of 300 seconds, secret "whsec_13"; else 400',
      'GET /stripe/events?type=customer.subscription.deleted lists the received events of that type',
    ],
    want: { verdicts: [R, R], filter: 'type', badSignature: 400 },
  },
  // 13 A secret from the configuration, read from an env setting.
  {
    purpose: 'Receive signed shop events',
    features: [
      'POST /webhooks receives events signed with HMAC-SHA256 (hex) in X-Signature; the secret comes from the WEBHOOK_SECRET environment variable; bad signature → 401',
      'GET /webhooks/events lists the received events newest first',
    ],
    want: { verdicts: [R, R], receiver: '/webhooks' },
  },
  // 14 Near miss: a list of orders filtered by type is no webhook's.
  {
    purpose: 'Keep our orders',
    features: ['GET /orders?type=retail lists the orders of that type'],
    want: { verdicts: [N], receiver: undefined },
  },
  // 15 Near miss: sending webhooks out stays refused.
  {
    purpose: 'Notify partners',
    features: ['Send a webhook signed with HMAC-SHA256 to the partner URL when an invoice is paid'],
    want: { verdicts: [N] },
  },
];

/** Rows the designer does not read (or the gate does not find realised) yet; the set can only shrink. */
const NOT_YET_READ = new Set<number>([2, 3, 6, 8, 11]);

function problemOf(row: Row): string {
  const got = readingOf(row);
  return JSON.stringify(got) === JSON.stringify(row.want) ? '' : `read as ${JSON.stringify(got)}`;
}

describe('billing and CI webhook receivers, every feature of the class', () => {
  it('has at least 12 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(ROWS.map((row, i) => [i, row] as const).filter(([i]) => !NOT_YET_READ.has(i)))(
    'row %i reads as written',
    (_, row) => {
      expect(problemOf(row)).toBe('');
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = [...NOT_YET_READ].filter((i) => problemOf(ROWS[i]) === '');
    expect(read).toEqual([]);
  });
});
