import {
  DEFAULT_REPLAY_TIMEOUT_MS,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  DUPLICATE_EVENT_CODE,
  REPLAY_FAILED_CODE,
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
  const refuse = (why: string) =>
    `throw new ${names.kit('HttpError')}(${b.signature_status ?? 401}, 'INVALID_SIGNATURE', ${why});`;
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
    ...(b.duplicates === 'conflict'
      ? [
          '// A repeated id is refused; the first delivery stays as it was received.',
          `if (duplicate) throw new ${names.kit('HttpError')}(409, ${str(DUPLICATE_EVENT_CODE)}, 'an event with id ' + JSON.stringify(id) + ' was already received');`,
        ]
      : []),
    typed
      ? `if (!duplicate) ${store}.set(id, { type, event, raw: ctx.rawBody, replays: 0, last_replay: null });`
      : `if (!duplicate) ${store}.set(id, { type: typeof type === 'string' ? type : null, event, raw: ctx.rawBody, replays: 0, last_replay: null });`,
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
export function eventLines(
  b: WebhookEventsBehavior,
  store: string,
  kit: (name: string) => string,
  delivering = false,
): string[] {
  // Where replays deliver, each event shows its last attempt too.
  const view = delivering
    ? '({ id, type: stored.type, event: stored.event, replay_count: stored.replays, last_replay: stored.last_replay })'
    : '({ id, type: stored.type, event: stored.event, replay_count: stored.replays })';
  if (b.param === undefined) {
    // "a JSON array of the verified event bodies": each event's body as received, not the record around it.
    const item = b.items === 'bodies' ? 'stored.event' : view;
    // "GET /events?type=invoice.paid": only the events of that type, when the query names one.
    const kept =
      b.type_filter === undefined
        ? `[...${store}]`
        : `[...${store}].filter(([, stored]) => !typeOf || stored.type === typeOf)`;
    const all = `${kept}.map(([id, stored]) => ${item})`;
    const listed = b.order === 'newest_first' ? `${all}.reverse()` : all;
    // The key the feature writes for the list, when it writes one.
    const body = b.envelope === undefined ? listed : `{ ${str(b.envelope)}: ${listed} }`;
    const read = b.type_filter === undefined ? [] : [`const typeOf = ctx.query.get(${str(b.type_filter)});`];
    return [...read, `return { status: 200, body: ${body} };`];
  }
  return [
    `const id = ctx.params[${str(b.param)}];`,
    `const stored = ${store}.get(id);`,
    `if (stored === undefined) throw ${kit('notFound')}('no event with id ' + JSON.stringify(id) + ' was received');`,
    `return { status: 200, body: ${view} };`,
  ];
}

/**
 * The body of a `webhook_replay` handler: the stored event re-processed, its replays counted; 404 when unknown.
 * With a target, the event's bytes as received are POSTed to the URL in the setting (within the timeout) and the
 * attempt recorded: a 2xx is 200, anything else (an error status, a timeout, a refused or unreachable target,
 * no URL set) 502 REPLAY_FAILED. Nothing the target does makes the handler throw anything else.
 */
export function replayLines(
  b: WebhookReplayBehavior,
  store: string,
  kit: (name: string) => string,
): string[] {
  const found = [
    `const id = ctx.params[${str(b.param)}];`,
    `const stored = ${store}.get(id);`,
    `if (stored === undefined) throw ${kit('notFound')}('no event with id ' + JSON.stringify(id) + ' was received');`,
    'stored.replays += 1;',
  ];
  if (b.target_config === undefined) {
    return [
      ...found,
      'return { status: 200, body: { id, type: stored.type, replayed: true, replay_count: stored.replays } };',
    ];
  }
  const failed = `throw new ${kit('HttpError')}(502, ${str(REPLAY_FAILED_CODE)}, 'the replay of event ' + JSON.stringify(id) + ' to ' + (target === '' ? 'no target (${b.target_config} is not set)' : target) + ' failed: ' + String(attempt.error));`;
  return [
    ...found,
    `const target = String(ctx.settings${prop(b.target_config)} ?? '').trim();`,
    'const attempt = await (async () => {',
    "  if (!/^https?:\\/\\/\\S+$/i.test(target)) return { ok: false, status_code: null, error: 'no_target' };",
    '  try {',
    `    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', 'x-replayed-event': id }, body: new Uint8Array(stored.raw), redirect: 'manual', signal: AbortSignal.timeout(${b.timeout_ms ?? DEFAULT_REPLAY_TIMEOUT_MS}) });`,
    '    // Only the status matters: the body is dropped so a large or endless one costs nothing.',
    '    await res.body?.cancel();',
    '    const ok = res.status >= 200 && res.status < 300;',
    "    return { ok, status_code: res.status, error: ok ? null : 'http_' + String(res.status) };",
    '  } catch (error) {',
    '    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;',
    "    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { ok: false, status_code: null, error: 'timeout' };",
    "    return { ok: false, status_code: null, error: cause?.code === 'ECONNREFUSED' ? 'refused' : 'unreachable' };",
    '  }',
    '})();',
    'stored.last_replay = attempt;',
    `if (!attempt.ok) ${failed}`,
    'return { status: 200, body: { id, type: stored.type, replayed: true, replay_count: stored.replays, delivered: true, status_code: attempt.status_code } };',
  ];
}
