import type { FieldSpec } from '@sf/service-spec';
import { languageOf } from '../catalog/calc-language';
import { featureWords } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { storeNoun, type DesignContext } from './design-context';
import type { FeatureReading } from './feature-reader';
import { ARTICLES } from './field-words';
import { actionOf, fold, knownNoun, singular, words, type Action } from './lexicon';
import { namedFields } from './named-fields';
import { actOn } from './resource-actions';
import { defaultFields } from './samples';

/*
 * Booking a place or a thing for a span of time, as people write it: "Reservar una pista indicando la pista, la
 * hora de inicio y la de fin", "Book a meeting room with a start and an end time", "Ein Boot für eine Zeitspanne
 * buchen: Boot, Name, Beginn und Ende", "Prenotare un'aula indicando l'aula, l'ora di inizio e quella di fine".
 * The record such a feature makes is the booking (the noun of its verb: a reserva, a booking, a prenotazione),
 * never the thing booked: that is a field of the booking, as are the start and the end, which make its interval
 * (record-rules-settle.ts). Without both a start and an end the verb is a hold on the thing (hold-flags.ts).
 */

/** Verbs of booking (folded), each with the noun of the record it makes. */
const BOOKING_VERBS = new Map<string, string>([
  ['book', 'booking'],
  ['books', 'booking'],
  ['reserve', 'reservation'],
  ['reserves', 'reservation'],
  ['reservar', 'reserva'],
  ['reserver', 'reservation'],
  ['reservez', 'reservation'],
  ['buchen', 'buchung'],
  ['bucht', 'buchung'],
  ['reservieren', 'reservierung'],
  ['reserviert', 'reservierung'],
  ['prenotare', 'prenotazione'],
  ['prenota', 'prenotazione'],
  ['prenotano', 'prenotazione'],
]);

/** Bookings named as nouns ("make a booking of a court", "hacer una reserva de pista"). */
const BOOKING_NOUNS =
  /^(?:bookings?|reservations?|reservas?|reservierung(?:en)?|buchung(?:en)?|prenotazion[ei])$/;

/** Verbs that make the booking named after them. */
const MAKE = new Set(
  'make makes hacer haz hace faire fais fare fa fate machen mach fazer faz create crear creer creare criar'.split(
    ' ',
  ),
);

/** Words naming the start and the end of the span (folded), as the fields they become. */
const START = /^(?:start|starts|begin|beginning|inicio|comienzo|debut|inizio|beginn|anfang|from)$/;
const END = /^(?:end|ends|ending|until|till|fin|final|fine|fim|ende|termino)$/;

/** Where the list of what a booking holds begins. */
const LIST_MARKER =
  /\b(?:with|having|giving|stating|indicating|specifying|con|com|avec|mit|indicando|dando|especificando|informando|donnant|indiquant|precisant|specificando)\b|:|\(/;

/** "Its name" written after the thing booked: the thing's own name, no other field. */
const OWN_NAME =
  /^(?:its|su|sus|son|sa|il suo|la sua|suo|sua|seu|sein|seinen|seinem|ihr|ihren)\s+(?:name|nombre|nom|nome|namen)$/;

/** Words that end the name of the thing booked ("a room for a member", "una pista de pádel con …"). */
const PREPOSITIONS = new Set(
  'for by from at on in to with of de del di da per para pour fur von mit con com avec'.split(' '),
);

/** "who books it", "wer bucht", "quien reserva", "qui reserve", "chi prenota", "quem reserva" (folded). */
const WHO_BOOKS = /^(?:who|wer|quien|qui|chi|quem)\s+\p{L}+(?:\s+(?:it|es|la|lo|le|a|o))?$/u;

/** Appointments booked (folded): the booking itself, named so ("book an appointment", "marcar uma consulta"). */
const APPOINTMENTS = /^(?:appointments?|consultas?|citas?|termine?n?|rendez|rendezvous|appuntament[oi])$/;

/** Words naming a span of time, never the thing booked ("für eine Zeitspanne"). */
const SPAN = /^(?:time|span|period|slot|zeitspanne|zeitraum|franja|periodo|creneau|periode|fascia|horario)$/;

/** What a booking feature makes: the booking noun, the fields it lists (the thing booked first), the words read. */
export interface BookingReading {
  noun: string;
  fields: FieldSpec[];
  written: string[];
  /** What else the feature does to the bookings ("…, and list the bookings"). */
  actions: Action[];
}

/**
 * The booking a feature makes, or null when it books nothing for a span: a verb of booking (or a booking made,
 * "hacer una reserva de pista") whose feature names both a start and an end.
 */
export function readBooking(feature: string): BookingReading | null {
  const text = fold(feature).replace(/['’‘`]/g, ' ');
  const tokens = words(text);
  const at = tokens.findIndex(
    (t, i) =>
      BOOKING_VERBS.has(t) || (MAKE.has(t) && tokens.slice(i + 1, i + 3).some((n) => BOOKING_NOUNS.test(n))),
  );
  if (at < 0) return null;
  const verb = tokens[at];
  const madeNoun = BOOKING_VERBS.has(verb)
    ? null
    : (tokens.slice(at + 1, at + 3).find((n) => BOOKING_NOUNS.test(n)) ?? null);
  const marker = LIST_MARKER.exec(text.slice(text.indexOf(madeNoun ?? verb)));
  const listStart = marker ? text.indexOf(madeNoun ?? verb) + marker.index : -1;
  const head = listStart < 0 ? text : text.slice(0, listStart);
  const booked = thingBooked(head, madeNoun ?? verb, feature);
  // "Reservar uma consulta com o fisioterapeuta, …", "Einen Termin buchen mit …": the appointment booked is the
  // booking itself, never a field the client sends (it would be refused as missing from every request).
  const appointment = booked !== null && APPOINTMENTS.test(booked) ? booked : null;
  const object = appointment === null ? booked : null;
  const noun = appointment !== null ? 'appointment' : (BOOKING_VERBS.get(verb) ?? madeNoun ?? 'booking');
  const listed = listStart < 0 ? [] : listedParts(text.slice(listStart), marker?.[0] === '(');
  // "…, and list the bookings": the parts from one that opens with a verb say what to do with the bookings.
  const verbAt = listed.findIndex((p) => actionOf(p.split(' ')[0] ?? '') !== null);
  const parts = verbAt < 0 ? listed : listed.slice(0, verbAt);
  const actions = (verbAt < 0 ? [] : listed.slice(verbAt)).flatMap((p) => {
    const action = actionOf(p.split(' ')[0] ?? '');
    return action === null ? [] : [action];
  });
  // "from" and "to" are the span's ends only as items of the list ("(court, member, from, to)"): "reserve stock from
  // the shelf to an order" books nothing for a span.
  const isEnd = (w: string) => END.test(w) || (w === 'to' && parts.includes('from'));
  const isStart = (w: string) => START.test(w) && (w !== 'from' || parts.includes('from'));
  if (!tokens.some(isStart) || !tokens.some(isEnd)) return null;
  const named = parts.flatMap((p) => {
    if (OWN_NAME.test(p)) return [];
    // "who books it", "wer bucht", "quien reserva": the one booking, a field of who booked.
    if (WHO_BOOKS.test(p) && BOOKING_VERBS.has(words(p)[1] ?? '')) return ['booked by'];
    const said = words(p);
    const start = said.find(isStart);
    const end = said.find(isEnd);
    return [start ?? end ?? p];
  });
  const starts = named.filter(isStart);
  const ends = named.filter(isEnd);
  // The span, when the list leaves it out ("Book a meeting room for a time span: room, member"): its words.
  if (starts.length === 0) named.push(tokens.find(isStart) ?? 'start');
  if (ends.length === 0) named.push(tokens.find(isEnd) ?? 'end');
  if (starts.length > 1 || ends.length > 1) return null;
  const listsObject =
    object !== null &&
    named.some((p) => words(p).some((w) => w === object || (w.length >= 4 && object.endsWith(w))));
  const all = object !== null && !listsObject ? [object, ...named] : named;
  const fields = namedFields(`add a ${noun} with ${all.join(', ')}`);
  if (fields === null) return null;
  const [start, end] = [fields.find((f) => isStart(f.name)), fields.find((f) => isEnd(f.name))];
  if (!start || !end) return null;
  for (const f of [start, end]) {
    f.type = 'string';
    f.format = 'date-time';
    f.required = true;
    f.description = `${f.description}; ISO 8601 date-time`;
  }
  const written = [verb, ...(madeNoun ? [madeNoun] : []), ...(appointment ? [appointment] : [])];
  return { noun, fields, written, actions };
}

/**
 * The thing booked, as written: the noun after the verb (the last of an English compound, "a meeting room"; the
 * first elsewhere, "una sala de reuniones"), or before a German verb that closes its phrase ("Ein Boot für eine
 * Zeitspanne buchen"); null when only a span is named.
 */
function thingBooked(head: string, verb: string, feature: string): string | null {
  const tokens = words(head);
  const at = tokens.indexOf(verb);
  const english = languageOf(featureWords(feature)) === 'en';
  const run = (from: string[]) => {
    let i = 0;
    while (i < from.length && (ARTICLES.has(from[i]) || from[i] === 'l' || PREPOSITIONS.has(from[i]))) i += 1;
    const named: string[] = [];
    for (; i < from.length && !PREPOSITIONS.has(from[i]); i += 1) named.push(from[i]);
    return named.filter((t) => !ARTICLES.has(t) && !SPAN.test(t) && !BOOKING_NOUNS.test(t));
  };
  const after = run(tokens.slice(at + 1));
  if (after.length > 0) return english ? after[after.length - 1] : after[0];
  const before = run(tokens.slice(0, at));
  return before[0] ?? null;
}

/** The parts of the list after its marker, up to the end of its clause (or parentheses). */
function listedParts(list: string, parenthesised: boolean): string[] {
  const body = list.replace(/^\s*(?:\(|:|\p{L}+)\s*/u, '');
  const clause = (parenthesised ? body.split(')')[0] : body.split(/[;.)]/)[0]).replace(/\([^)]*\)?/g, ' ');
  const parts = clause
    .split(/,|\band\b|\bet\b|\by\b|\bund\b|\be\b|\bed\b/)
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .filter((w, i, all) => !(ARTICLES.has(w) || w === 'l') || i === all.length - 1)
        .join(' '),
    )
    .filter((p) => p !== '');
  return parts;
}

/**
 * Designs the booking a feature makes: a store named after the booking (one store with the other features that
 * name bookings), holding the fields it lists beside those already designed, created by a POST that claims it.
 */
export function realiseBooking(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  booking: BookingReading,
  r: FeatureReading,
): void {
  const resource = storeNoun(ctx, knownNoun(booking.noun) ?? singular(booking.noun));
  const store = b.resource(resource);
  b.writtenAs(resource, [...booking.written, ...(resource === booking.noun ? [] : [booking.noun])]);
  // The fields another feature named stay; the defaults a store starts with give way to the booking's own.
  const defaults = new Set(defaultFields(resource).map((f) => f.name));
  const kept = store.fields.filter(
    (f) => !booking.fields.some((x) => x.name === f.name) && !defaults.has(f.name),
  );
  store.fields = [...booking.fields, ...kept];
  actOn(b, resource, 'create', { ...r, actions: ['create'] }, feature);
  // "…, and list the bookings": the other operations it names, on the bookings.
  const more = [...r.actions, ...booking.actions].filter((x) =>
    ['list', 'get', 'update', 'delete'].includes(x),
  );
  for (const action of new Set(more)) actOn(b, resource, action, r, feature);
}
