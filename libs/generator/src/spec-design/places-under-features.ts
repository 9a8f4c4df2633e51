import { saysFull, type FieldSpec, type ResourceSpec } from '@sf/service-spec';
import { capacityField } from './capacity-features';
import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';
import { listedEmail } from './signup-fields';

/*
 * Places under a parent record said in free text: "a member reserves a place in a session with their name; once a
 * session has no places left, reservations are refused with 409", "people book a spot in a class by giving their
 * name; when no spots are left the booking is refused with 409", "Teilnehmer melden sich mit ihrem Namen zu einem
 * Kurs an; sind keine Plätze mehr frei, wird die Anmeldung mit 409 abgelehnt". The parent is a record another
 * feature keeps with an integer field of places (capacityField); the sign-up is a record created under it
 * (`POST /sessions/{id}/reservations`) that takes one place, 409 FULL once they are all taken. A feature naming no
 * such parent, or no sign-up, is left to the other readers (and unrealised when none reads it).
 */

/** A sign-up as a feature says it (verb or noun, folded), and the record it makes with its plural. */
const SIGN_UPS: [RegExp, string, string][] = [
  [/\b(?:reservations?|reserves?|reserving|reserve)\b/, 'reservation', 'reservations'],
  [/\b(?:bookings?|books?|booked)\b/, 'booking', 'bookings'],
  [/\b(?:enrol?lments?|enrol?ls?|enrol?led)\b/, 'enrolment', 'enrolments'],
  [/\b(?:registrations?|registers?|registered)\b/, 'registration', 'registrations'],
  [/\b(?:sign[- ]?ups?|signs? up|signed up)\b/, 'signup', 'signups'],
  [/\b(?:anmeldung(?:en)?|melde\w* sich|meldet sich)\b/, 'anmeldung', 'anmeldungen'],
  [/\b(?:buchung(?:en)?|bucht|buchen)\b/, 'buchung', 'buchungen'],
  [/\b(?:reservierung(?:en)?|reserviert|reservieren)\b/, 'reservierung', 'reservierungen'],
  [/\b(?:reservas?|reserva|reservan)\b/, 'reserva', 'reservas'],
  [/\b(?:inscripcion(?:es)?|inscribe\w*|inscrib\w*)\b/, 'inscripcion', 'inscripciones'],
  [/\b(?:reserver|reservee?s?)\b/, 'reservation', 'reservations'],
  [/\b(?:inscriptions?|inscrit\w*)\b/, 'inscription', 'inscriptions'],
  [/\b(?:prenotazion[ei]|prenota\w*)\b/, 'prenotazione', 'prenotazioni'],
  [/\b(?:iscrizion[ei]|iscrive\w*|iscriv\w*)\b/, 'iscrizione', 'iscrizioni'],
  [/\b(?:inscricao|inscricoes|inscreve\w*)\b/, 'inscricao', 'inscricoes'],
];

/** The record a sign-up makes: the first sign-up word of the feature, or null. */
function signUpOf(text: string): { name: string; plural: string; written: string } | null {
  let best: { at: number; name: string; plural: string; written: string } | null = null;
  for (const [re, name, pluralName] of SIGN_UPS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at))
      best = { at: m.index, name, plural: pluralName, written: m[0] };
  }
  return best && { name: best.name, plural: best.plural, written: best.written };
}

/** "with their name", "by giving their name", "mit ihrem Namen", "con su nombre", "avec son nom", "col suo nome". */
const BY_NAME =
  /\b(?:with|giving|by|under|mit|con|dando|avec|en donnant|col|com|dando o)\s+(?:their|his|her|its|a|ihrem|seinem|einem|su|sus|un|son|sa|leur|il suo|suo|il loro|seu|sua|o seu|a sua)\s+(name|namen|nombre|nom|nome)\b/;

/** A verb of turning a sign-up away, as the feature writes it. */
const REFUSED =
  /\b(?:refus\w*|reject\w*|turned away|rechaz\w*|abgelehnt|abgewiesen|rifiut\w*|recusad\w*|rejeitad\w*|409)\b/;

/** Words saying the places run out ("no places left", "keine Plätze mehr frei", "ne reste plus de places"). */
function placesWords(text: string): string[] {
  const said =
    /\b(?:places?|spots?|seats?|plazas?|cupos?|platze|posti|vagas?|left|full|lleno|llena|voll|complet\w*|pieno|frei|quedan|reste)\b/g;
  return [...new Set([...text.matchAll(said)].map((m) => m[0]))];
}

/** The parent a feature signs up under: a kept resource with places whose name (or plural) it writes. */
function parentOf(
  b: ContractBuilder,
  text: string,
): { parent: ResourceSpec; places: string; written: string } | null {
  const padded = ` ${text} `;
  const named = b.contract.resources.flatMap((r) => {
    // "Kurs" is kept as a course: the words the intent wrote for a resource name it too.
    const own = (r.description.split(' Written in the intent as: ')[1] ?? '').replace(/\.$/, '').split(', ');
    const written = [r.name, r.plural, ...own]
      .filter((n) => n !== '')
      .map((n) => fold(n).replace(/-/g, ' '))
      .find((n) => padded.includes(` ${n} `));
    const places = capacityField(r);
    return written !== undefined && places !== null ? [{ parent: r, places, written }] : [];
  });
  return named.length === 1 ? named[0] : null;
}

/**
 * Realises a free-text sign-up under a parent with places; false when the feature is not one (it says nothing of
 * a parent being full, names no kept parent with places, or no sign-up).
 */
export function realisePlacesUnder(b: ContractBuilder, feature: string): boolean {
  if (!saysFull(feature)) return false;
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const found = parentOf(b, text);
  const signUp = signUpOf(text);
  if (found === null || signUp === null || signUp.name === found.parent.name) return false;
  const { parent, places } = found;
  const child = b.resource(
    signUp.name,
    signUp.plural,
    `A ${signUp.name} taking one of a ${parent.name.replace(/-/g, ' ')}'s ${places.replace(/_/g, ' ')}.`,
  );
  const byName = BY_NAME.exec(text);
  if (byName) {
    const name = byName[1] === 'namen' ? 'name' : byName[1];
    const field: FieldSpec = {
      name,
      type: 'string',
      required: true,
      description: `Who takes the place (${byName[0]})`,
      example: 'Ada',
    };
    child.fields = [field];
  }
  // "… avec son nom et son e-mail ; quand l'atelier est complet …": the e-mail is a field of the sign-up too.
  child.fields.push(...listedEmail(feature).filter((f) => !child.fields.some((x) => x.name === f.name)));
  const param = 'id';
  b.endpoint(
    'POST',
    `${b.collectionPath(parent.name)}/{${param}}/${signUp.plural}`,
    {
      kind: 'create',
      resource: child.name,
      parent: {
        resource: parent.name,
        param,
        field: `${parent.name.replace(/-/g, '_')}_id`,
        capacity: { parent_field: places },
      },
    },
    feature,
  );
  // The feature's words this reading stands on: the sign-up, the parent, its places running out, the refusal.
  const said = [signUp.written, found.written, ...placesWords(text), byName?.[1], REFUSED.exec(text)?.[0]];
  b.writtenAs(child.name, [...new Set(said.filter((w): w is string => w !== undefined))]);
  return true;
}
