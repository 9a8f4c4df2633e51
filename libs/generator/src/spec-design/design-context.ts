import type { IntentInput } from '@sf/contracts';
import { pluralPair, type SpecSection } from '@sf/service-spec';
import { readFeature } from './feature-reader';
import { VENDORS, isNonResourceWord, isStopWord, knownNoun, singular, words } from './lexicon';

/** Designer notes per SPEC section, rendered as quoted notes. */
export type DesignNotes = Partial<Record<SpecSection, string[]>>;

/** What the designer needs besides the builder: the intent's main resource and default webhook sender. */
export interface DesignContext {
  main: string;
  vendor: string | null;
  serviceName: string;
  notes: DesignNotes;
  /** One noun written in the singular and a plural of its language (see {@link nounForms}). */
  nouns: NounForms;
}

/**
 * The intent's nouns written both in the singular and in a plural the English reading does not undo
 * ("registrare una lettura", "elencare tutte le letture"; Messung/Messungen; locação/locações): `store` maps each
 * reading of either form to the singular, so both features work on one store, and `plural` gives the store the
 * plural the intent writes (`/letture`, not `/letturas`).
 */
export interface NounForms {
  store: Map<string, string>;
  plural: Map<string, string>;
}

/**
 * The singular and plural pairs among the words of the intent's texts. A plural's reading may have dropped its
 * -s ("locações" reads as `locacoe`), so that reading names the store too. A store takes the written plural as
 * its path only when some text reads it as the noun of its records, and never for a noun the lexicon knows (it
 * has its English name and plural).
 */
export function nounForms(texts: string[]): NounForms {
  const written = [...new Set(texts.flatMap((t) => words(t)))];
  const read = new Set(texts.map((t) => readFeature(t).noun).filter((n): n is string => n !== null));
  const found: NounForms = { store: new Map(), plural: new Map() };
  const named = (w: string) => read.has(w) || read.has(singular(w));
  // A singular and its plural share a stem of at least 3 letters: only words with the same first 3 are compared.
  const byStart = new Map<string, string[]>();
  for (const w of written) byStart.set(w.slice(0, 3), [...(byStart.get(w.slice(0, 3)) ?? []), w]);
  for (const one of written) {
    // "things that do not last" beside notes: a short word or a word that is never a noun names no record.
    if (one.length < 4 || isStopWord(one) || isNonResourceWord(one)) continue;
    for (const many of byStart.get(one.slice(0, 3)) ?? []) {
      if (pluralPair(one, many) !== one || !(named(one) || named(many))) continue;
      const store = knownNoun(one) ?? one;
      found.store.set(many, store);
      found.store.set(singular(many), store);
      if (knownNoun(one) === null && (read.has(many) || read.has(singular(many))))
        found.plural.set(one, many);
    }
  }
  found.store.forEach((store, form) => {
    if (form === store) found.store.delete(form);
  });
  return found;
}

/** The store a read noun names: the singular when the intent also writes it in a plural of its language. */
export function storeNoun(ctx: DesignContext, noun: string): string {
  return ctx.nouns.store.get(noun) ?? noun;
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
  const nouns = nounForms([intent.purpose, ...intent.key_features]);
  const main = mainResource(intent);
  return {
    main: nouns.store.get(main) ?? main,
    nouns,
    vendor: VENDORS.find((v) => tokens.includes(v)) ?? null,
    serviceName: intent.service_name,
    notes: {},
  };
}
