import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type WebhookEventsBehavior,
  type WebhookReceiveBehavior,
  type WebhookReplayBehavior,
} from '@sf/service-spec';
import { prop, str } from './code-text';

/** Names the webhook receiver needs from the handler writer (each call records its import). */
export interface WebhookHandlerNames {
  kit(name: string): string;
  check(name: string): string;
  crypto(name: 'createHmac' | 'timingSafeEqual'): string;
}

/**
 * The body of a `webhook_receive` handler: the signature checked over the exact bytes received (prefix + hex
 * or base64 HMAC, or Stripe's `t=…,v1=…` with its tolerance) before anything is parsed, then the event stored in `store`
 * by id, a repeat flagged as a duplicate.
 */
export function receiveHandlerLines(
  b: WebhookReceiveBehavior,
  store: string,
  names: WebhookHandlerNames,
): string[] {
  const hmac = names.crypto('createHmac');
  const equal = names.crypto('timingSafeEqual');
  const invalid = names.kit('validationFailed');
  const typed = b.type_required !== false;
  const ids = typed ? `${b.id_field} and ${b.type_field} must be strings` : `${b.id_field} must be a string`;
  const refuse = (why: string) => `throw new ${names.kit('HttpError')}(401, 'INVALID_SIGNATURE', ${why});`;
  const notSigned = str(`header ${b.signature_header} does not sign this body`);
  const secret = `ctx.settings${prop(b.secret_config)}`;
  const given = `${names.kit('headerText')}(ctx.headers, ${str(b.signature_header)})`;
  const verify =
    b.scheme === 'stripe'
      ? [
          `// Stripe's layout: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">[,v1=…]; a stale t is refused.`,
          `const parts = ${given}.split(',').map((part) => part.trim());`,
          `const stamp = parts.find((part) => part.startsWith('t='))?.slice(2) ?? '';`,
          `const expected = Buffer.from(${hmac}('sha256', ${secret}).update(stamp + '.').update(ctx.rawBody).digest('hex'), 'utf8');`,
          `const signed = parts.filter((part) => part.startsWith('v1=')).map((part) => Buffer.from(part.slice(3), 'utf8'));`,
          `if (!/^[0-9]{1,12}$/.test(stamp) || !signed.some((given) => given.length === expected.length && ${equal}(given, expected))) {`,
          `  ${refuse(notSigned)}`,
          '}',
          `if (Math.abs(Date.now() / 1000 - Number(stamp)) > ${b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS}) {`,
          `  ${refuse(str(`the timestamp of header ${b.signature_header} is more than ${b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS} seconds from now`))}`,
          '}',
        ]
      : [
          `const expected = Buffer.from(${str(b.signature_prefix)} + ${hmac}('sha256', ${secret}).update(ctx.rawBody).digest(${str(b.encoding ?? 'hex')}), 'utf8');`,
          `const given = Buffer.from(${given}, 'utf8');`,
          `if (given.length !== expected.length || !${equal}(given, expected)) {`,
          `  ${refuse(notSigned)}`,
          '}',
        ];
  return [
    '// The signature covers the exact bytes received, so it is checked before anything is parsed.',
    ...verify,
    `const event = ${names.kit('parseJson')}(ctx.rawBody);`,
    `if (!${names.check('isJsonObject')}(event)) throw ${invalid}(['the body must be a JSON object']);`,
    `const id = ${names.check('fieldOf')}(event, ${str(b.id_field)});`,
    `const type = ${names.check('fieldOf')}(event, ${str(b.type_field)});`,
    typed
      ? `if (typeof id !== 'string' || typeof type !== 'string') throw ${invalid}([${str(ids)}]);`
      : `if (typeof id !== 'string') throw ${invalid}([${str(ids)}]);`,
    `const duplicate = ${store}.has(id);`,
    typed
      ? `if (!duplicate) ${store}.set(id, { type, event, replays: 0 });`
      : `if (!duplicate) ${store}.set(id, { type: typeof type === 'string' ? type : null, event, replays: 0 });`,
    `return { status: ${b.status ?? 200}, body: ${answerText(b)} };`,
  ];
}

/** The answer to an accepted event as code: the contract's default, or the literal values and id a feature writes. */
function answerText(b: WebhookReceiveBehavior): string {
  if (!b.answer) return '{ received: true, id, duplicate }';
  const parts = Object.entries(b.answer.values).map(([k, v]) => `${str(k)}: ${JSON.stringify(v)}`);
  if (b.answer.id_as) parts.push(`${str(b.answer.id_as)}: id`);
  return `{ ${parts.join(', ')} }`;
}

/**
 * The body of a `webhook_events` handler over the receiver's event map `store`: every event in arrival order,
 * or the one named by the path parameter (404 when none was received).
 */
export function eventLines(b: WebhookEventsBehavior, store: string, kit: (name: string) => string): string[] {
  const view = '({ id, type: stored.type, event: stored.event, replay_count: stored.replays })';
  if (b.param === undefined) {
    const all = `[...${store}].map(([id, stored]) => ${view})`;
    return [`return { status: 200, body: ${b.order === 'newest_first' ? `${all}.reverse()` : all} };`];
  }
  return [
    `const id = ctx.params[${str(b.param)}];`,
    `const stored = ${store}.get(id);`,
    `if (stored === undefined) throw ${kit('notFound')}('no event with id ' + JSON.stringify(id) + ' was received');`,
    `return { status: 200, body: ${view} };`,
  ];
}

/** The body of a `webhook_replay` handler: the stored event re-processed, its replays counted; 404 when unknown. */
export function replayLines(
  b: WebhookReplayBehavior,
  store: string,
  kit: (name: string) => string,
): string[] {
  return [
    `const id = ctx.params[${str(b.param)}];`,
    `const stored = ${store}.get(id);`,
    `if (stored === undefined) throw ${kit('notFound')}('no event with id ' + JSON.stringify(id) + ' was received');`,
    'stored.replays += 1;',
    'return { status: 200, body: { id, type: stored.type, replayed: true, replay_count: stored.replays } };',
  ];
}
