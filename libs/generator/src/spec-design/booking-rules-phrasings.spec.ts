import type { ResourceSpec } from '@sf/service-spec';
import { judgedOffline, familyIntent } from '../testing/offline-spec';

/*
 * The phrasing table of the rules users write beside a booking of a resource (booking-phrasings.spec.ts reads
 * the booking itself: a start and an end, overlaps per place refused with 409): a buffer between two bookings of
 * the same place ("leave at least 15 minutes between two bookings of the same room", "zwischen zwei Buchungen
 * desselben Raums müssen mindestens 15 Minuten liegen"), a party size within bounds ("personas entre 1 y 12",
 * "le nombre de couverts doit être compris entre 1 et 10"), the bookings of one day listed, a date and a slot
 * ("turno", "Schicht", "créneau") instead of a start and an end. In English, German, Spanish, French, Italian
 * and Portuguese, free text and spelled out, one-line and several-line features.
 *
 * A row is read when every feature but those it lists as unrealised is realised, the booking store refuses
 * overlaps per the place the row names, and the row's own rule is on that store (the buffer in minutes, the
 * bounds of the party field). Near misses (a buffer that depends on the room, a weekly quota per member) must
 * stay unrealised. Rows the designer does not read yet are in NOT_YET_READ: such a row fails the suite as soon as
 * it is read, so the set only shrinks.
 */

interface Row {
  name: string;
  features: string[];
  /** The field whose equal values make two bookings clash. */
  per: string;
  /** Minutes that must separate two bookings of the same place (the buffer rule), when the row states one. */
  gap?: number;
  /** A field of the booking held within bounds (inclusive), when the row states one. */
  bounds?: { field: string; min: number; max: number };
  /** Indices of features that must stay unrealised. */
  unrealised?: number[];
}

const ROWS: Row[] = [
  {
    name: 'en free: a buffer of 15 minutes between bookings of the same room',
    features: [
      'Book a meeting room with a start and an end time',
      'two bookings of the same room may not overlap (409)',
      'leave at least 15 minutes between two bookings of the same room, otherwise 409',
    ],
    per: 'room',
    gap: 15,
  },
  {
    name: 'en spelled: buffer said as "a 10-minute buffer"',
    features: [
      'POST /bookings with {"room": string, "start": ISO datetime, "end": ISO datetime} creates a booking (201)',
      'a booking overlapping another booking of the same room returns 409',
      'bookings of the same room need a 10-minute buffer between them: one starting less than 10 minutes after another ends returns 409',
    ],
    per: 'room',
    gap: 10,
  },
  {
    name: 'de free: mindestens 15 Minuten zwischen zwei Buchungen',
    features: [
      'Einen Besprechungsraum buchen mit Raum, Beginn und Ende',
      'Buchungen desselben Raums dürfen sich nicht überschneiden (409)',
      'Zwischen zwei Buchungen desselben Raums müssen mindestens 15 Minuten liegen, sonst 409',
    ],
    per: 'raum',
    gap: 15,
  },
  {
    name: 'es free: al menos 10 minutos entre dos reservas de la misma pista',
    features: [
      'Reservar una pista con la pista, el socio, el inicio y el fin',
      'dos reservas de la misma pista no pueden solaparse (409)',
      'entre dos reservas de la misma pista debe haber al menos 10 minutos; si no, 409',
    ],
    per: 'pista',
    gap: 10,
  },
  {
    name: 'fr free: au moins 30 minutes entre deux réservations de la même salle',
    features: [
      'Réserver une salle avec la salle, le début et la fin',
      'une réservation qui chevauche une autre réservation de la même salle est refusée (409)',
      'il faut au moins 30 minutes entre deux réservations de la même salle, sinon 409',
    ],
    per: 'salle',
    gap: 30,
  },
  {
    name: 'it free: almeno 15 minuti tra due prenotazioni dello stesso campo',
    features: [
      'Prenotare un campo da tennis con campo, socio, inizio e fine',
      "una prenotazione che si sovrappone a un'altra dello stesso campo è rifiutata con 409",
      'tra due prenotazioni dello stesso campo devono passare almeno 15 minuti, altrimenti 409',
    ],
    per: 'campo',
    gap: 15,
  },
  {
    name: 'pt free: pelo menos 20 minutos entre duas reservas da mesma sala',
    features: [
      'Reservar uma sala com a sala, o início e o fim',
      'uma reserva que se sobrepõe a outra da mesma sala é recusada com 409',
      'deve haver pelo menos 20 minutos entre duas reservas da mesma sala; caso contrário 409',
    ],
    per: 'sala',
    gap: 20,
  },
  {
    name: 'en free: the room, who books it, a start and an end',
    features: [
      'Book a meeting room with the room, who books it, a start and an end time',
      'two bookings of the same room may not overlap (409)',
      'leave at least 15 minutes between two bookings of the same room, otherwise 409; other rooms are not affected',
      'end not after start returns 400',
    ],
    per: 'room',
    gap: 15,
  },
  {
    name: 'de free: Raum, wer bucht, Beginn und Ende',
    features: [
      'Einen Raum buchen mit Raum, wer bucht, Beginn und Ende',
      'Buchungen desselben Raums dürfen sich nicht überschneiden (409)',
    ],
    per: 'raum',
  },
  {
    name: 'es free: personas entre 1 y 12',
    features: [
      'Reservar una mesa con la mesa, el nombre, el número de personas, el inicio y el fin',
      'el número de personas debe estar entre 1 y 12; si no, 400',
      'una mesa no puede tener dos reservas que se solapen (409)',
    ],
    per: 'mesa',
    bounds: { field: 'personas', min: 1, max: 12 },
  },
  {
    name: 'en free: a party of 1 to 8 guests',
    features: [
      'Book a table with the table, the guest name, the party size, the start and the end',
      'party size must be between 1 and 8, otherwise 400',
      'two bookings of the same table may not overlap (409); back-to-back is fine',
    ],
    per: 'table',
    bounds: { field: 'party_size', min: 1, max: 8 },
  },
  {
    name: 'fr free: entre 1 et 10 couverts',
    features: [
      'Réserver une table avec la table, le nom, le nombre de couverts, le début et la fin',
      'le nombre de couverts doit être compris entre 1 et 10, sinon 400',
      'deux réservations de la même table ne peuvent pas se chevaucher (409)',
    ],
    per: 'table',
    bounds: { field: 'couverts', min: 1, max: 10 },
  },
  {
    name: 'it spelled: giocatori da 2 a 4',
    features: [
      'POST /prenotazioni con {"campo": string, "giocatori": integer, "inizio": data-ora ISO, "fine": data-ora ISO} crea una prenotazione (201)',
      'giocatori deve essere tra 2 e 4, altrimenti 400',
      'due prenotazioni dello stesso campo che si sovrappongono → 409',
    ],
    per: 'campo',
    bounds: { field: 'giocatori', min: 2, max: 4 },
  },
  {
    name: 'de free: Personenzahl zwischen 1 und 8',
    features: [
      'Einen Tisch reservieren mit Tisch, Name, Personenzahl, Beginn und Ende',
      'die Personenzahl muss zwischen 1 und 8 liegen, sonst 400',
      'Reservierungen desselben Tisches dürfen sich nicht überschneiden (409)',
    ],
    per: 'tisch',
    bounds: { field: 'personenzahl', min: 1, max: 8 },
  },
  {
    name: 'pt free: pessoas entre 1 e 6',
    features: [
      'Reservar uma mesa com a mesa, o nome, o número de pessoas, o início e o fim',
      'o número de pessoas tem de estar entre 1 e 6; caso contrário 400',
      'duas reservas da mesma mesa não podem sobrepor-se (409)',
    ],
    per: 'mesa',
    bounds: { field: 'pessoas', min: 1, max: 6 },
  },
  {
    name: 'en spelled: the bookings of one day, sorted by start',
    features: [
      'POST /bookings with {"room": string, "start": ISO datetime, "end": ISO datetime} creates a booking (201)',
      'a booking overlapping another booking of the same room returns 409',
      'GET /bookings?date=2026-05-04 lists the bookings of that day sorted by start',
    ],
    per: 'room',
  },
  {
    name: 'es free: una fecha y un turno en lugar de inicio y fin',
    features: [
      'Reservar una pista para una fecha y un turno (mañana, tarde o noche) con la pista y el socio',
      'una pista ya reservada en ese turno de esa fecha devuelve 409',
      'listar las reservas de una fecha',
    ],
    per: 'pista',
  },
  {
    name: 'en free near miss: a buffer that depends on the room stays unrealised',
    features: [
      'Book a meeting room with a start and an end time',
      'two bookings of the same room may not overlap (409)',
      'large rooms need 30 minutes of cleaning between bookings, small rooms only 10',
    ],
    per: 'room',
    unrealised: [2],
  },
  {
    name: 'de free near miss: höchstens drei Buchungen pro Woche und Mitglied stays unrealised',
    features: [
      'Einen Platz buchen mit Platz, Mitglied, Beginn und Ende',
      'Buchungen desselben Platzes dürfen sich nicht überschneiden (409)',
      'jedes Mitglied darf höchstens drei Buchungen pro Woche haben',
    ],
    per: 'platz',
    unrealised: [2],
  },
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'en spelled: the bookings of one day, sorted by start',
  'es free: una fecha y un turno en lugar de inicio y fin',
]);

/** The minutes a resource's interval keeps between two records of one place (none when it keeps no buffer). */
function gapOf(r: ResourceSpec): number | undefined {
  return (r.interval as { gap_minutes?: number } | undefined)?.gap_minutes;
}

/** Whether a row is read as it says. */
function readsRow(row: Row): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent('bookings-service', 'bookings', row.features));
  const unrealised = fidelity.filter((f) => !f.realised).map((f) => row.features.indexOf(f.feature));
  if (JSON.stringify(unrealised.sort((a, b) => a - b)) !== JSON.stringify(row.unrealised ?? [])) return false;
  const clashing = contract.resources.filter((r) => r.interval?.no_overlap);
  if (clashing.length !== 1 || clashing[0].interval?.no_overlap?.join('+') !== row.per) return false;
  const store = clashing[0];
  if (gapOf(store) !== row.gap) return false;
  if (!row.bounds) return true;
  const { field, min, max } = row.bounds;
  const held = store.fields.find((f) => f.name === field);
  return held?.type === 'integer' && held.minimum === min && held.maximum === max;
}

describe('rules beside a booking as ordinary intents write them', () => {
  it('has rows in six languages with distinct names', () => {
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect(new Set(ROWS.map((r) => r.name.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
    );
  });

  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const))(
    'reads %s',
    (_name, row) => {
      expect(readsRow(row)).toBe(true);
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.name) && readsRow(r));
    expect(read.map((r) => r.name)).toEqual([]);
  });
});
