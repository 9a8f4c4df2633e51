import { createHmac } from 'node:crypto';
import {
  configDefault,
  withIntervalEnds,
  type AcceptanceRequest,
  type AcceptanceCheck,
  type AcceptanceStep,
  type EndpointSpec,
  type ResourceSpec,
  type SpecContract,
  type WebhookReceiveBehavior,
} from '@sf/service-spec';
import { styleForHeader } from './contract-builder';
import { snakeName } from './naming';
import { sampleBody } from './samples';

/* The building blocks of acceptance checks: record set-up steps, signed webhook events, paths and error bodies. */

/** A check before it is numbered. */
export type DraftCheck = Omit<AcceptanceCheck, 'id'>;

/** An id no record has: error checks ask for it to provoke 404. */
export const MISSING_ID = 'does-not-exist';

/** Steps that create a record, the variable its id is saved in, and the body it was created with. */
export interface Setup {
  steps: AcceptanceStep[];
  variable: string;
  body: Record<string, unknown>;
}

/** The contract's resource called `name`. */
export function resourceOf(c: SpecContract, name: string): ResourceSpec | undefined {
  return c.resources.find((r) => r.name === name);
}

/** The endpoint's documented success status, else `fallback`. */
export function successStatus(e: EndpointSpec, fallback: number): number {
  return e.responses.find((r) => r.status < 400)?.status ?? fallback;
}

/** `path` with each `{param}` replaced: by `{variable}` where mapped, else by a literal value. */
export function fill(path: string, values: Record<string, string>, other = 'sample'): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? other);
}

/** The part of an error answer a check expects: its code. */
export function errorBody(code: string): { error: { code: string } } {
  return { error: { code } };
}

/**
 * Steps that create a fresh record of `resourceName` (and its parent first, for child resources) and save its
 * id into a variable. `tag` makes unique field values differ between checks.
 */
export function setup(
  c: SpecContract,
  resourceName: string,
  tag: string,
  overrides: Record<string, unknown> = {},
  depth = 0,
): Setup | null {
  const resource = resourceOf(c, resourceName);
  const creates = c.endpoints.filter(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === resourceName,
  );
  const create = creates.find((e) => e.behavior.kind === 'create' && !e.behavior.parent) ?? creates[0];
  if (!resource || !create || create.behavior.kind !== 'create' || depth > 3) return null;
  // A check choosing one end of an interval (to sort or filter by) gets the other end after it.
  const body = { ...sampleBody(resource, tag), ...withIntervalEnds(resource.interval, overrides) };
  const steps: AcceptanceStep[] = [];
  const values: Record<string, string> = {};
  const parent = create.behavior.parent;
  if (parent) {
    const made = setup(c, parent.resource, tag, {}, depth + 1);
    if (!made) return null;
    steps.push(...made.steps);
    values[parent.param] = `{${made.variable}}`;
  }
  const variable = `${snakeName(resourceName, 'record')}_id`;
  steps.push({
    request: { method: create.method, path: fill(create.path, values), body },
    expect: { status: successStatus(create, 201), body_contains: body },
    save: { [variable]: resource.key ?? 'id' },
  });
  return { steps, variable, body };
}

/**
 * How a step signs `body` as receiver `b` expects it (HMAC-SHA256 with the configured secret): a fixed header,
 * or for a scheme that signs a timestamp, a signature made when the step runs, `offset` seconds off the clock.
 */
export function signed(
  b: WebhookReceiveBehavior,
  c: SpecContract,
  body: string,
  offset = 0,
): Pick<AcceptanceRequest, 'headers' | 'sign' | 'body_text'> {
  if (b.scheme === 'stripe') {
    const sign = { scheme: 'stripe' as const, header: b.signature_header, secret_config: b.secret_config };
    return { sign: offset === 0 ? sign : { ...sign, offset_seconds: offset }, body_text: body };
  }
  const digest = hmacDigest(devSecret(c, b.secret_config), body, b.encoding);
  return { headers: { [b.signature_header]: `${b.signature_prefix}${digest}` }, body_text: body };
}

/** The development secret in config setting `name` (its default): what examples and checks sign with. */
export function devSecret(c: SpecContract, name: string): string {
  return configDefault(c, name);
}

/** Lower-case hex HMAC-SHA256 of `text` (UTF-8) keyed with `secret`. */
export function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/** HMAC-SHA256 of `text` (UTF-8) keyed with `secret`, in lower-case hex or standard base64. */
export function hmacDigest(secret: string, text: string, encoding: 'hex' | 'base64' = 'hex'): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest(encoding);
}

/** Stripe's digest: the hex HMAC of `<t>.<body>`, `t` in unix seconds. */
export function stripeDigest(secret: string, body: string, t: number | string): string {
  return hmacHex(secret, `${t}.${body}`);
}

/** A Stripe signature header value made at unix second `t`: `t=<t>,v1=<digest>`. */
export function stripeSignature(secret: string, body: string, t: number): string {
  return `t=${t},v1=${stripeDigest(secret, body, t)}`;
}

/** A webhook event body for receiver `b` with id `id` (and a type unless `withType` is false). */
export function webhookEvent(b: WebhookReceiveBehavior, id: string, withType = true): string {
  const event: Record<string, unknown> = { [b.id_field]: id };
  if (withType) event[b.type_field] = styleForHeader(b.signature_header).eventType;
  event.data = { object: { id: `obj_${id}` } };
  return JSON.stringify(event);
}

/** A stable event id for one check of endpoint `e`. */
export function eventId(e: EndpointSpec, variant: string): string {
  return `evt_${snakeName(`${e.id}_${variant}`, 'event')}`;
}

/** A draft check of endpoint `e`. */
export function check(
  e: EndpointSpec,
  kind: 'happy' | 'error',
  description: string,
  steps: AcceptanceStep[],
): DraftCheck {
  return { endpoint_id: e.id, description, kind, steps };
}
