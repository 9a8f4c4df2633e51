import type { IntervalRule } from './record-rule-contract';
import type { EndpointSpec, SpecContract } from './spec-contract';

/*
 * A buffer between two bookings of the same place: "leave at least 15 minutes between two bookings of the same
 * room", "a 10-minute buffer between bookings", "Zwischen zwei Buchungen desselben Raums müssen mindestens 15
 * Minuten liegen", "entre dos reservas de la misma pista debe haber al menos 10 minutos", "il faut au moins 30
 * minutes entre deux réservations", "tra due prenotazioni devono passare almeno 15 minuti", "pelo menos 20
 * minutos entre duas reservas". It is the interval rule's `gap_minutes`, read alike by the designer and the gate.
 * A buffer that depends on something ("large rooms 30 minutes, small rooms 10"), one refused with another status
 * than 409, or one stated beside other numbers is not read (it stays unrealised).
 */

/** The minutes a duration stands for, per unit word (folded). */
const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:minutes?|mins?|minuten?|minutos?|minuti|minuto)$/, 1],
  [/^(?:hours?|hrs?|stunden?|horas?|heures?|ore|ora|h)$/, 60],
];

/** "15 minutes", "a 10-minute buffer", "30 min", "1 hour", "una hora", "eine Stunde": the number and its unit. */
const DURATION =
  /\b(\d+|one|an?|eine|einer|una|uma|une|un)\s*-?\s*(minutes?|mins?|minuten?|minutos?|minuti|minuto|hours?|hrs?|stunden?|horas?|heures?|ore|ora)\b/g;

/** Words of a buffer itself. */
const BUFFER =
  /\b(?:buffer|gap|puffer|pufferzeit|abstand|pause|pausa|margen|marge|intervalle|intervallo|intervalo|folga|descanso|battement)\b/;
/** "between two bookings", "zwischen zwei Buchungen", "entre deux réservations", "tra due prenotazioni". */
const BETWEEN_TWO =
  /\b(?:between|zwischen|entre|tra|fra)\s+(?:(?:two|zwei|dos|deux|due|duas|dois|consecutive|successive|aufeinanderfolgenden|consecutivas|consecutives|consecutive|consecutivi)\s+|(?:the|den|las|los|les|le|as|os)\s+)?\w+/;
/** A lower bound on the buffer: "at least", "mindestens", "al menos", "au moins", "almeno", "pelo menos". */
const AT_LEAST =
  /\b(?:at least|minimum|min of|mindestens|wenigstens|al menos|como minimo|por lo menos|au moins|au minimum|almeno|come minimo|pelo menos|no minimo|ao menos)\b|\b\d+\s*-?\s*(?:minutes?|mins?|minuten?|minutos?|minuti)\s+(?:buffer|gap|puffer|pausa|margen|marge|de battement)\b|\b(?:buffer|gap|puffer|pause|pausa|margen|marge|intervalle|intervallo|intervalo|folga) (?:of|von|de|di|da)\b/;
/** A buffer that depends on something: no one number of minutes holds it. */
const DEPENDS =
  /\b(?:depend\w*|je nach|abhangig|segun|selon|suivant|a seconda|secondo|conforme|large|small|big|grosse?n?|kleine?n?|grandes?|pequen[oa]s?|petite?s?|grand|grandi|piccol[oi]|per (?:size|type)|weekdays?|weekends?)\b/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, ' ');
}

function unitMinutes(unit: string): number {
  return UNIT_MINUTES.find(([pattern]) => pattern.test(unit))?.[1] ?? 0;
}

/**
 * The minutes a feature keeps between two bookings of one place ("at least 15 minutes between two bookings"), or
 * null when it states no such buffer (or one this rule cannot hold: depending on something, another status, more
 * than one number).
 */
export function readBuffer(feature: string): number | null {
  const text = fold(feature);
  if (!BUFFER.test(text) && !BETWEEN_TWO.test(text)) return null;
  if (!AT_LEAST.test(text) && !BUFFER.test(text)) return null;
  if (DEPENDS.test(text)) return null;
  const durations = [...text.matchAll(DURATION)].map(([whole, count, unit]) => ({
    whole,
    minutes: (/^\d+$/.test(count) ? Number(count) : 1) * unitMinutes(unit),
  }));
  // "a 10-minute buffer: one starting less than 10 minutes after another ends" says one buffer twice.
  const minutes = durations[0]?.minutes ?? 0;
  if (durations.some((d) => d.minutes !== minutes)) return null;
  // No other number besides the conflict status: "… 10 minutes, 30 for the hall" is no single buffer.
  const rest = durations.reduce((t, d) => t.replace(d.whole, ' '), text);
  if ((rest.match(/\b\d+\b/g) ?? []).some((d) => d !== '409')) return null;
  return minutes > 0 && minutes <= 720 ? minutes : null;
}

/** Whether a feature speaks of time kept between bookings at all (a duration beside a buffer or "between two"). */
export function mentionsBuffer(feature: string): boolean {
  const text = fold(feature);
  return (BUFFER.test(text) || BETWEEN_TWO.test(text)) && [...text.matchAll(DURATION)].length > 0;
}

/**
 * Whether a buffer feature is held: a create or update of a resource whose interval refuses overlaps per place
 * keeps exactly the minutes the feature states between two of its records.
 */
export function bufferHeld(minutes: number, endpoints: EndpointSpec[], contract: SpecContract): boolean {
  return endpoints.some((e) => {
    const b = e.behavior;
    if (b?.kind !== 'create' && b?.kind !== 'update') return false;
    const iv = contract.resources.find((r) => r.name === b.resource)?.interval;
    return iv?.no_overlap !== undefined && iv.gap_minutes === minutes;
  });
}

/** The SPEC's line of an interval refusing overlaps `per` its scope, with its buffer when it keeps one. */
export function gapRuleLine(iv: IntervalRule, per: string): string {
  const span = `A record whose [\`${iv.start}\`, \`${iv.end}\`) overlaps an existing record${per}`;
  return iv.gap_minutes === undefined
    ? `${span} is 409 CONFLICT; records that only touch (one ends when the next starts) are allowed.`
    : `${span}, or lies less than ${iv.gap_minutes} minutes before or after it, is 409 CONFLICT; records exactly ${iv.gap_minutes} minutes apart are allowed.`;
}
