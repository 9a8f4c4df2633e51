import { unrealisedFeatures, verifySpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of interval bookings as ordinary intents write them: a room, court, table or desk booked
 * from a start to an end; an overlap with another booking of the same room refused with 409, touching bookings
 * allowed; an end not after the start (and whatever else the same sentence lists) refused with 400; a room's
 * bookings listed; a booking cancelled. In English, German, Spanish, French, Italian and Portuguese, free text
 * and spelled out.
 *
 * A row is read when the designer keeps the bookings in one store named after the booking (the noun of the
 * booking verb: "reservar una pista" keeps reservas, never pistas), with an interval whose overlaps are refused
 * per the field the row names, and the gate finds every feature realised except those the row lists as
 * unrealised (a slot made of a date and a "turno": a rule no store realises, which must stay refused). Rows the designer does not read yet are in NOT_YET_READ: such a row fails the suite as
 * soon as it is read, so the set only shrinks.
 */

interface Row {
  /** Short name of the row (language, free text or spelled out, what it tries). */
  name: string;
  features: string[];
  /** Names the booking store may have (the booking noun in the row's language). */
  store: string[];
  /** The fields whose equal values make two bookings clash ("of the same room"). */
  per: string[];
  /** Indices of features that must stay unrealised (a rule no store realises). */
  unrealised?: number[];
  /** The required fields of the booking store, when the row says which (nothing the client is not asked for). */
  required?: string[];
}

/** The booking nouns a store may be named by, per language (the lexicon puts some into English). */
const EN = ['booking', 'reservation'];
const ES_PT = ['reserva', 'reservation'];
const FR = ['reservation'];
const IT = ['prenotazione', 'reservation'];
const DE = ['buchung', 'reservation', 'booking'];

const ROWS: Row[] = [
  {
    name: 'en free: book a meeting room, same room overlaps 409',
    features: [
      'Book a meeting room with a start and an end time',
      'a booking that overlaps another booking of the same room is refused with 409; back-to-back bookings are allowed',
      "list a room's bookings ordered by start",
      'cancel a booking',
    ],
    store: EN,
    per: ['room'],
  },
  {
    name: 'en free: reserve a court, clash said as "already taken"',
    features: [
      'Members reserve a tennis court for a time span (court, member, from, to)',
      'two reservations of the same court may not overlap: the second one gets 409, but one may start exactly when the other ends',
      'see the reservations of one court',
    ],
    store: EN,
    per: ['court'],
  },
  {
    name: 'en spelled: refusal list beside the interval rule',
    features: [
      'POST /bookings with {"room": string, "start": ISO datetime, "end": ISO datetime} creates a booking and returns 201 with its id',
      'end not after start, or a missing field, returns 400',
      'a booking overlapping another booking of the same room returns 409; touching bookings are allowed',
      'GET /bookings?room=X lists the bookings of room X sorted by start',
      'DELETE /bookings/{id} cancels a booking (204), 404 if unknown',
    ],
    store: EN,
    per: ['room'],
  },
  {
    name: 'en spelled: desks with from/until and a missing desk listed',
    features: [
      'POST /desk-bookings {"desk": string, "person": string, "from": date-time, "until": date-time} returns 201 and the booking',
      'until not after from, or no desk, is refused with 400',
      'no two bookings of the same desk may overlap (409); back-to-back is fine',
    ],
    store: [...EN, 'desk-booking'],
    per: ['desk'],
  },
  {
    name: 'es free: reservar una sala, solapes de la misma sala 409',
    features: [
      'Reservar una sala de reuniones dando la sala, el inicio y el fin',
      'si una reserva se solapa con otra de la misma sala, 409; las reservas una detrás de otra sí se aceptan',
      'consultar las reservas de una sala',
      'anular una reserva',
    ],
    store: ES_PT,
    per: ['sala'],
  },
  {
    name: 'es free: fin no posterior al inicio, 400',
    features: [
      'Reservar un aula con el aula, el profesor, la hora de inicio y la de fin',
      'si el fin no es posterior al inicio, error 400',
      'dos reservas de la misma aula no pueden solaparse (409); si una termina justo cuando empieza la otra no hay conflicto',
      'ver todas las reservas de un aula',
    ],
    store: ES_PT,
    per: ['aula'],
  },
  {
    name: 'es spelled: rutas escritas',
    features: [
      'POST /reservas con {"mesa": string, "inicio": fecha-hora ISO, "fin": fecha-hora ISO} crea la reserva (201)',
      'un fin que no es posterior al inicio, o una mesa que falta, devuelve 400',
      'una reserva que se solapa con otra de la misma mesa devuelve 409; las que se tocan están permitidas',
      'GET /reservas?mesa=M1 lista las reservas de esa mesa',
    ],
    store: ES_PT,
    per: ['mesa'],
  },
  {
    name: 'it free: prenotare un campo',
    features: [
      'Prenotare un campo da calcetto con campo, inizio e fine',
      "una prenotazione che si sovrappone a un'altra dello stesso campo è rifiutata con 409; quelle consecutive sono ammesse",
      'elencare le prenotazioni di un campo',
      'annullare una prenotazione',
    ],
    store: IT,
    per: ['campo'],
  },
  {
    name: 'it spelled: rotte scritte',
    features: [
      'POST /prenotazioni con {"sala": string, "inizio": data-ora ISO, "fine": data-ora ISO} crea la prenotazione (201)',
      "se la fine non è dopo l'inizio, o manca la sala, 400",
      'due prenotazioni della stessa sala non possono sovrapporsi: 409; quelle che si toccano vanno bene',
    ],
    store: IT,
    per: ['sala'],
  },
  {
    name: 'fr free: réserver une salle',
    features: [
      'Réserver une salle avec la salle, le début et la fin',
      'une réservation qui chevauche une autre réservation de la même salle est refusée (409) ; des réservations qui se suivent sont acceptées',
      "lister les réservations d'une salle",
      'annuler une réservation',
    ],
    store: FR,
    per: ['salle'],
  },
  {
    name: 'fr spelled: routes écrites',
    features: [
      'POST /reservations avec {"terrain": string, "debut": date-heure ISO, "fin": date-heure ISO} crée une réservation (201)',
      'deux réservations du même terrain ne peuvent pas se chevaucher : 409 ; celles qui se touchent sont permises',
      'GET /reservations?terrain=T1 liste les réservations de ce terrain',
    ],
    store: FR,
    per: ['terrain'],
  },
  {
    name: 'de free: einen Raum buchen',
    features: [
      'Einen Besprechungsraum buchen mit Raum, Beginn und Ende',
      'Buchungen desselben Raums dürfen sich nicht überschneiden (409); direkt aufeinanderfolgende Buchungen sind erlaubt',
      'die Buchungen eines Raums auflisten',
      'eine Buchung stornieren',
    ],
    store: DE,
    per: ['raum'],
  },
  {
    name: 'de spelled: Routen geschrieben',
    features: [
      'POST /buchungen mit {"platz": string, "beginn": ISO-Datum-Uhrzeit, "ende": ISO-Datum-Uhrzeit} legt eine Buchung an (201)',
      'Ende nicht nach Beginn oder fehlender Platz ergibt 400',
      'eine Buchung, die sich mit einer anderen Buchung desselben Platzes überschneidet, ergibt 409; aneinandergrenzende sind erlaubt',
    ],
    store: DE,
    per: ['platz'],
  },
  {
    name: 'pt free: reservar uma quadra',
    features: [
      'Reservar uma quadra com a quadra, o início e o fim',
      'uma reserva que se sobrepõe a outra da mesma quadra é recusada com 409; reservas seguidas são permitidas',
      'listar as reservas de uma quadra',
      'cancelar uma reserva',
    ],
    store: ES_PT,
    per: ['quadra'],
  },
  {
    name: 'pt spelled: rotas escritas',
    features: [
      'POST /reservas com {"sala": string, "inicio": data-hora ISO, "fim": data-hora ISO} cria uma reserva (201)',
      'um fim que não vem depois do início, ou uma sala em falta, é recusado com 400',
      'uma reserva que se sobrepõe a outra da mesma sala devolve 409',
    ],
    store: ES_PT,
    per: ['sala'],
  },
  {
    // The buffer is read since booking-rules-phrasings.spec.ts (interval.gap_minutes); one depending on the
    // room's size stays unrealised there.
    name: 'en free: a buffer between bookings is read',
    features: [
      'Book a meeting room with a start and an end time',
      'two bookings of the same room may not overlap (409)',
      'leave at least 15 minutes between two bookings of the same room',
    ],
    store: EN,
    per: ['room'],
  },
  {
    name: 'es free: una franja hecha de fecha y turno queda sin realizar',
    features: [
      'Reservar una sala con la sala, el inicio y el fin',
      'una reserva que se solapa con otra de la misma sala devuelve 409',
      'cada reserva ocupa un turno (mañana o tarde) de una fecha; un turno ya reservado devuelve 409',
    ],
    store: ES_PT,
    per: ['sala'],
    unrealised: [2],
  },
  // The overlap scope written other ways ("of the same van", "in the same room", "per desk", "for each bike",
  // "o mesmo fisioterapeuta"), the touching rule and other places said beside it, and the refusal lines.
  {
    name: 'en free: vans, different vans never clash',
    features: [
      'Book a van for a trip with the van, the driver, the start and the end',
      'A booking overlapping another booking of the same van is 409; back-to-back is fine (one ends exactly when the next starts); different vans never clash',
      'list the bookings of a van',
    ],
    store: EN,
    per: ['van'],
    required: ['van', 'driver', 'start', 'end'],
  },
  {
    name: 'en free: "in the same room"',
    features: [
      'Reserve a room from a start time to an end time, giving the room and the guest',
      'no two reservations in the same room may overlap (409)',
      'end not after start, or a missing field, returns 400',
    ],
    store: EN,
    per: ['room'],
    required: ['room', 'guest', 'start', 'end'],
  },
  {
    name: 'en free: overlaps refused per desk',
    features: [
      'Book a desk (desk, person, start, end)',
      'overlapping bookings are refused per desk with 409; touching bookings are fine',
    ],
    store: EN,
    per: ['desk'],
    required: ['desk', 'person', 'start', 'end'],
  },
  {
    name: 'pt free: o mesmo fisioterapeuta, consultas',
    features: [
      'Reservar uma consulta com o fisioterapeuta, o paciente, o início e o fim',
      'o mesmo fisioterapeuta não pode ter consultas que se sobreponham, mas fisioterapeutas diferentes podem (409)',
      'fim não posterior ao início → 400',
    ],
    store: ['appointment'],
    per: ['fisioterapeuta'],
    required: ['fisioterapeuta', 'paciente', 'inicio', 'fim'],
  },
  {
    name: 'it spelled: un campo fuori da 1-4',
    features: [
      'POST /prenotazioni con {"campo": integer, "giocatore": string, "inizio": data-ora ISO, "fine": data-ora ISO} crea una prenotazione (201)',
      'fine prima di inizio, oppure un campo fuori da 1-4 → 400',
      'due prenotazioni dello stesso campo che si sovrappongono → 409; campi diversi non si scontrano mai',
    ],
    store: IT,
    per: ['campo'],
    required: ['campo', 'giocatore', 'inizio', 'fine'],
  },
  {
    name: 'de free: Termine desselben Therapeuten',
    features: [
      'Einen Termin buchen mit Therapeut, Patient, Beginn und Ende',
      'Termine desselben Therapeuten dürfen sich nicht überschneiden (409), verschiedene Therapeuten schon',
    ],
    store: ['appointment'],
    per: ['therapeut'],
    required: ['therapeut', 'patient', 'beginn', 'ende'],
  },
  {
    name: 'es free: una mesa no puede tener dos reservas que se solapen',
    features: [
      'Reservar una mesa con la mesa, el nombre, el inicio y el fin',
      'una mesa no puede tener dos reservas que se solapen (409); mesas distintas sí',
      'un fin anterior al inicio o un campo que falta devuelve 400',
    ],
    store: ES_PT,
    per: ['mesa'],
    required: ['mesa', 'nombre', 'inicio', 'fin'],
  },
  {
    name: 'fr free: pour chaque vélo',
    features: [
      'Réserver un vélo avec le vélo, le client, le début et la fin',
      'pour chaque vélo, les réservations ne peuvent pas se chevaucher (409) ; des vélos différents ne se gênent jamais',
    ],
    store: FR,
    per: ['velo'],
    required: ['velo', 'client', 'debut', 'fin'],
  },
  {
    name: 'en free: a van booked for at most 3 days stays unrealised',
    features: [
      'Book a van with the van, the driver, the start and the end',
      'a booking overlapping another booking of the same van is 409',
      'a van can be booked for at most 3 days at a time',
    ],
    store: EN,
    per: ['van'],
    unrealised: [2],
  },
  {
    name: 'en free: two overlapping bookings of a room allowed stays unrealised',
    features: [
      'Book a meeting room with a start and an end time',
      'bookings of the same room may not overlap (409)',
      'the big hall holds two events at once: up to two of its bookings may overlap',
    ],
    store: EN,
    per: ['room'],
    unrealised: [2],
  },
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([]);

/** The stores refusing overlaps (`name per field+field`) and the indices of the unrealised features. */
function reading(features: string[]): { stores: string[]; unrealised: number[]; required: string[] } {
  const intent = familyIntent('bookings-service', 'bookings of shared places', features);
  const { contract } = designSpec(intent);
  const clashing = contract.resources.filter((r) => r.interval?.no_overlap);
  const stores = clashing.map((r) => `${r.name} per ${[...(r.interval?.no_overlap ?? [])].sort().join('+')}`);
  const required = (clashing[0]?.fields ?? []).filter((f) => f.required).map((f) => f.name);
  const verdict = verifySpec(offlineSpec(intent), intent);
  const unrealised = unrealisedFeatures(verdict).map((f) => features.indexOf(f.feature));
  return { stores, unrealised: unrealised.sort((a, b) => a - b), required: required.sort() };
}

/** Whether a row is read as it says. */
function readAsWritten(row: Row): boolean {
  const read = reading(row.features);
  const per = [...row.per].sort().join('+');
  return (
    read.stores.length === 1 &&
    row.store.some((name) => read.stores[0] === `${name} per ${per}`) &&
    JSON.stringify(read.unrealised) === JSON.stringify(row.unrealised ?? []) &&
    (row.required === undefined || JSON.stringify(read.required) === JSON.stringify([...row.required].sort()))
  );
}

describe('interval bookings as ordinary intents write them', () => {
  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const))(
    'reads %s',
    (_name, row) => {
      const read = reading(row.features);
      expect(read.stores).toHaveLength(1);
      expect(row.store.map((name) => `${name} per ${[...row.per].sort().join('+')}`)).toContain(
        read.stores[0],
      );
      expect(read.unrealised).toEqual(row.unrealised ?? []);
      if (row.required) expect(read.required).toEqual([...row.required].sort());
    },
  );

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.name) && readAsWritten(r));
    expect(read.map((r) => r.name)).toEqual([]);
  });
});
