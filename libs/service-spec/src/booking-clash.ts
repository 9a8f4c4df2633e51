import { bufferHeld, mentionsBuffer, readBuffer } from './booking-buffer';
import { OVERLAP_STEMS } from './record-rules';
import type { EndpointSpec, SpecContract } from './spec-contract';

/*
 * A booking refused because its place is taken for that time, said without a word of overlapping: "No se puede
 * reservar una sala ya ocupada en ese horario (conflicto)", "si la mesa ya está reservada en ese horario devuelve
 * 409", "impossible de réserver une salle déjà prise sur ce créneau", "un'aula già occupata in quell'orario". It
 * is the overlap rule of the bookings' interval (`interval.no_overlap`), read alike by the designer and the gate.
 */

const ALREADY = /\b(?:already|ya|deja|gia|bereits|schon|ja)\b/;
const PARTLY = /\b(?:in part|partly|partially|en parte|en partie|in parte|em parte|teilweise)\b/;
const TAKEN =
  /\b(?:occupied|taken|booked|reserved|busy|ocupad[oa]s?|reservad[oa]s?|pris|prise|prises|occupee?s?|reservee?s?|occupat[oaie]|prenotat[oaie]|belegt|gebucht|reserviert|vergeben)\b/;
/** Words of the time it is taken for: "that time", "ese horario", "ce créneau", "quell'orario", "diesem Zeitraum". */
const SPAN =
  /\b(?:time|times|slot|slots|period|hours?|horario|horarios|horas?|franja|franjas|creneau|creneaux|horaire|horaires|heures?|orario|orari|fascia|fasce|ore|zeit|zeitraum|zeitfenster|uhrzeit|periodo)\b/;
/** A refusal other than a conflict ("… is refused with 400"): not the overlap rule's 409. */
const OTHER_STATUS = /\b4(?:0[0-8]|1\d|2\d|[3-9]\d)\b/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, ' ');
}

/** Whether a feature refuses a booking whose place is already taken for that time (an overlap said otherwise). */
export function readsTakenSlot(feature: string): boolean {
  const text = fold(feature);
  return (
    TAKEN.test(text) &&
    SPAN.test(text) &&
    (ALREADY.test(text) || PARTLY.test(text)) &&
    !OTHER_STATUS.test(text)
  );
}

/**
 * How many may overlap at most ("up to two of its bookings may overlap", "höchstens 3 gleichzeitig", "fino a due
 * prenotazioni sovrapposte"): a capacity of the place, which a rule refusing every overlap does not keep (folded).
 */
const SOME_MAY_OVERLAP =
  /\b(?:up to|at most|no more than|not more than|a maximum of|maximum of|bis zu|hochstens|maximal|hasta|como maximo|a lo sumo|no mas de|jusqu a|au plus|au maximum|pas plus de|fino a|al massimo|non piu di|ate|no maximo|nao mais de)\s+(?:\d+|two|three|four|five|zwei|drei|vier|funf|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|due|tre|quattro|cinque|duas|dois|quatro)\b/;

/**
 * Whether a feature forbids overlapping intervals: a word of overlapping, a place already taken then, or a buffer
 * kept between two bookings (which forbids overlaps and more).
 */
export function forbidsOverlap(feature: string): boolean {
  if (SOME_MAY_OVERLAP.test(fold(feature))) return false;
  const words = fold(feature)
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9-]+/)
    .filter((w) => w !== '');
  return (
    words.some((w) => OVERLAP_STEMS.some((stem) => w.startsWith(stem))) ||
    readsTakenSlot(feature) ||
    readBuffer(feature) !== null
  );
}

/**
 * A feature about overlapping intervals ("a booking that overlaps another of the same room returns 409") is a
 * rule on keeping records: realised by a create or update of a resource whose interval rule forbids overlaps.
 */
export function overlapRuleHeld(
  feature: string,
  words: string[],
  endpoints: EndpointSpec[],
  contract: SpecContract,
): boolean {
  if (SOME_MAY_OVERLAP.test(fold(feature))) return false;
  // "at least 15 minutes between two bookings of the same room": held only by an interval keeping that buffer; a
  // buffer it cannot hold ("large rooms 30 minutes, small rooms 10") is not held by the overlap rule either.
  const gap = readBuffer(feature);
  if (gap !== null) return bufferHeld(gap, endpoints, contract);
  if (mentionsBuffer(feature)) return false;
  // "No se puede reservar una sala ya ocupada en ese horario" says it without a word of overlapping.
  if (!words.some((w) => OVERLAP_STEMS.some((stem) => w.startsWith(stem))) && !readsTakenSlot(feature))
    return false;
  return endpoints.some((e) => {
    const b = e.behavior;
    if (b?.kind !== 'create' && b?.kind !== 'update') return false;
    return contract.resources.find((r) => r.name === b.resource)?.interval?.no_overlap !== undefined;
  });
}
