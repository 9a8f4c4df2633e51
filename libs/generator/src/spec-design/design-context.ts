import type { IntentInput } from '@sf/contracts';
import type { SpecSection } from '@sf/service-spec';
import { readFeature } from './feature-reader';
import { VENDORS, knownNoun, singular, words } from './lexicon';

/** Designer notes per SPEC section, rendered as quoted notes. */
export type DesignNotes = Partial<Record<SpecSection, string[]>>;

/** What the designer needs besides the builder: the intent's main resource and default webhook sender. */
export interface DesignContext {
  main: string;
  vendor: string | null;
  serviceName: string;
  notes: DesignNotes;
}

/** Words a service name ends with that say nothing about its resource ("payment-processor" → payment). */
const SERVICE_SUFFIXES = new Set(
  [
    'service api processor manager engine server app svc backend system gateway',
    'hub worker handler bot tool',
  ]
    .join(' ')
    .split(' '),
);

/** Adds a designer note to `section` of the SPEC. */
export function note(ctx: DesignContext, section: SpecSection, text: string): void {
  (ctx.notes[section] ??= []).push(text);
}

/** The resource a vague feature is about: the purpose's noun, else the service name's. */
function mainResource(intent: IntentInput): string {
  const fromPurpose = readFeature(intent.purpose).noun;
  if (fromPurpose) return fromPurpose;
  const parts = intent.service_name.split('-').filter((p) => !SERVICE_SUFFIXES.has(p) && /^[a-z]/.test(p));
  const last = parts[parts.length - 1];
  return last ? (knownNoun(last) ?? singular(last)) : 'item';
}

/** Context for designing (or repairing) a contract for `intent`. */
export function designContext(intent: IntentInput): DesignContext {
  const text = [intent.purpose, ...intent.key_features, intent.service_name.replace(/-/g, ' ')].join(' ');
  const tokens = words(text);
  return {
    main: mainResource(intent),
    vendor: VENDORS.find((v) => tokens.includes(v)) ?? null,
    serviceName: intent.service_name,
    notes: {},
  };
}
