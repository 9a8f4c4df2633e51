import { speaksOfRepeatedEvents, speaksOfSignedEvents } from '@sf/service-spec';
import { featureWords } from '../catalog/feature-words';
import { anyReceiver, eventEndpoints, replayEndpoint, webhookReceiver } from './behavior-endpoints';
import { summarize, type ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import type { FeatureReading } from './feature-reader';
import { actionOf } from './lexicon';
import { readWebhookDuplicates, readWebhookSignature } from './webhook-features';

/**
 * A webhook feature without a route: a receiver (unless it only reads or replays what one receives), its events
 * listed and read by id, and their replay.
 */
export function realiseWebhooks(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  r: FeatureReading,
): void {
  const words = featureWords(feature);
  // "List the received webhook events" beside a receiver another feature made reads that receiver's events; a
  // feature saying how events are signed makes (or restates) a receiver of its own.
  const made = b.contract.endpoints.find((e) => e.behavior.kind === 'webhook_receive');
  const signs = speaksOfSignedEvents(feature) || readWebhookSignature(feature).header !== undefined;
  const hooks = words.some((w) => actionOf(w) === 'webhook');
  // "The same event id received a second time is refused with 409" beside a receiver: a rule of that receiver.
  if (made && !signs && made.behavior.kind === 'webhook_receive' && readWebhookDuplicates(feature)) {
    const before = summarize(made.behavior, made.path);
    made.behavior.duplicates = 'conflict';
    if (made.summary.startsWith(before))
      made.summary = summarize(made.behavior, made.path) + made.summary.slice(before.length);
    if (!made.features.includes(feature)) made.features.push(feature);
    return;
  }
  // "Un evento con un id già ricevuto → 200 senza salvarlo di nuovo" beside a receiver: the receiver keeps each id
  // once and answers a repeat as it answers the first delivery. A repeat answered with another status or a shape
  // of its own is not that: the feature stays unrealised.
  if (made && !signs && made.behavior.kind === 'webhook_receive' && speaksOfRepeatedEvents(feature)) {
    const status = made.behavior.status ?? 200;
    const statuses = [...feature.matchAll(/\b([1-5]\d\d)\b/g)].map((m) => Number(m[1]));
    if (feature.includes('{') || statuses.some((x) => x !== status)) return;
    if (!made.features.includes(feature)) made.features.push(feature);
    const said = ` Written in the intent as: "${feature}".`;
    if (!made.summary.includes(said)) made.summary += said;
    return;
  }
  const receives = (hooks || !words.some((w) => actionOf(w) === 'replay')) && (!made || signs);
  const receiver = receives
    ? webhookReceiver(b, r.vendor ?? ctx.vendor, feature)
    : anyReceiver(b, ctx, feature);
  // "Webhooks" beside "Stripe integration" names the receiver the integration made.
  if (made && hooks && !receiver.features.includes(feature)) receiver.features.push(feature);
  eventEndpoints(b, receiver, feature);
  replayEndpoint(b, receiver, feature);
}
