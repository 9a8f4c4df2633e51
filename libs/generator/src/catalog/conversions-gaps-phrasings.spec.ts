import { judgedOffline, familyIntent } from '../testing/offline-spec';
import { readsRow, type Probe, type Row } from './testing/unit-rows';

/*
 * Third phrasing table of conversion services (after conversions-phrasings and conversions-usual-phrasings): the
 * gaps a held-out after-check still found — file sizes written with the French byte symbols (o, Ko, Mo, Go, To and
 * Kio, Mio, Gio), speed conversions over GET whose answer field is named by the user, one meeting time shown in
 * several time zones at once, and shoe sizes asked without a table (no single published table maps EU, UK and
 * US sizes, so those stay refused). English, German, Spanish, French, Italian and Portuguese; spelled out and free
 * text; near misses that must stay refused. Probes `[value, from, to, answer]` are computed by hand from the
 * exact definitions (1 Ko = 1000 o, 1 Kio = 1024 o, 1 kn = 1852 m/h, 1 mph = 1609.344 m/h, 1 km/h = 1/3.6 m/s).
 * Rows whose behaviour one probe of a single conversion cannot check are REALISED rows: every feature must be
 * realised (or, for a near miss, not). Rows not read yet are in NOT_YET_READ; each must really fail.
 */

const fn = (name: string, probes: Probe[], path?: string) => ({
  fn: name,
  probes,
  ...(path ? { path } : {}),
});

const ROWS: Row[] = [
  {
    name: 'fr free: tailles de fichiers en o, Ko, Mo, Go et To',
    features: ['Convertir des tailles de fichiers entre o, Ko, Mo, Go et To'],
    expect: fn('units.data_size', [
      [1, 'Mo', 'Ko', 1000],
      [2, 'Go', 'o', 2000000000],
    ]),
  },
  {
    name: 'fr free: tailles binaires en Kio, Mio et Gio',
    features: ['Convertir des tailles entre octets, Kio, Mio et Gio (puissances de 1024)'],
    expect: fn('units.data_size', [
      [1, 'Gio', 'Mio', 1024],
      [3, 'Kio', 'octets', 3072],
    ]),
  },
  {
    name: 'fr spelled: POST /tailles avec les symboles français',
    features: [
      'POST /tailles avec {"valeur": number, "de": "o"|"Ko"|"Mo"|"Go"|"Kio"|"Mio", "vers": "o"|"Ko"|"Mo"|"Go"|"Kio"|"Mio"} renvoie {"valeur": number}',
    ],
    expect: fn(
      'units.data_size',
      [
        [1, 'Mio', 'Kio', 1024],
        [1500, 'Ko', 'Mo', 1.5],
        [1, 'Mio', 'o', 1048576],
      ],
      '/tailles',
    ),
  },
  {
    name: 'pt free: tamanhos de arquivos em bytes, KB, MB e GB',
    features: ['Converter tamanhos de arquivos entre bytes, KB, MB e GB'],
    expect: fn('units.data_size', [[1, 'GB', 'MB', 1000]]),
  },
  {
    name: 'de spelled: GET mit Abfrageparametern, Geschwindigkeit, benanntes Ergebnis',
    features: [
      'GET /geschwindigkeit?wert=<zahl>&von=<einheit>&nach=<einheit> rechnet Geschwindigkeiten zwischen km/h, m/s, mph und Knoten um und gibt {"ergebnis": number} zurück',
    ],
    expect: fn(
      'units.speed',
      [
        [36, 'km/h', 'm/s', 10],
        [10, 'Knoten', 'km/h', 18.52],
      ],
      '/geschwindigkeit',
    ),
  },
  {
    name: 'es spelled: GET con marcadores en la ruta, velocidad',
    features: [
      'GET /velocidad/{origen}/{destino}/{valor} convierte velocidades entre km/h, m/s y mph y devuelve {"resultado": number}',
    ],
    expect: fn('units.speed', [[10, 'm/s', 'km/h', 36]], '/velocidad/{origen}/{destino}/{valor}'),
  },
  {
    name: 'en spelled: a GET route beside the line of its units',
    features: [
      'GET /convert?value=<number>&from=<unit>&to=<unit> returns {"value": number} rounded to 3 decimals',
      'Units: B, KB, MB, GB, KiB, MiB and GiB',
    ],
    expect: fn(
      'units.data_size',
      [
        [1, 'GiB', 'MiB', 1024],
        [1500, 'KB', 'MB', 1.5],
        [1, 'TB', 'GB', 'refused'],
      ],
      '/convert',
    ),
  },
  {
    name: 'de spelled: GET-Route neben der Zeile ihrer Einheiten',
    features: [
      'GET /umrechnen?wert=<zahl>&von=<einheit>&nach=<einheit> liefert {"wert": number}',
      'Einheiten: m, km, ft und mi',
    ],
    expect: fn(
      'units.length',
      [
        [1, 'mi', 'km', 1.609344],
        [1, 'yd', 'm', 'refused'],
      ],
      '/umrechnen',
    ),
  },
  {
    name: 'es spelled: ruta GET junto a la línea de sus unidades',
    features: [
      'GET /convertir?valor=<número>&de=<unidad>&a=<unidad> devuelve {"valor": number}',
      'Unidades: kg, g, lb y oz',
    ],
    expect: fn('units.mass', [[1, 'lb', 'oz', 16]], '/convertir'),
  },
  {
    name: 'refused: a route beside decimal and binary units the converter would not all take',
    features: [
      'GET /size?value=<number>&from=<unit>&to=<unit> returns {"value": number}',
      'Units: B, KB, MB and GB are powers of 1000; KiB, MiB and GiB are powers of 1024',
    ],
    expect: 'refused',
  },
  {
    name: 'refused: a GET route beside a line of another domain',
    features: [
      'GET /convert?value=<number>&from=<unit>&to=<unit> returns {"value": number}',
      'Users register with their email and a password',
    ],
    expect: 'refused',
  },
  {
    name: 'refused: a GET route beside units of three quantities',
    features: [
      'GET /convert?value=<number>&from=<unit>&to=<unit> returns {"value": number}',
      'Units: kg, m, and GB',
    ],
    expect: 'refused',
  },
  {
    name: 'refused: megabits are no bytes (en)',
    features: ['Convert network speeds between Mbit/s and MB/s'],
    expect: 'refused',
  },
];

/** A row whose every feature must be realised (`true`) or whose intent must stay unrealised (`false`). */
interface RealisedRow {
  name: string;
  features: string[];
  realised: boolean;
  /** The catalog function whose one endpoint must realise every feature (a meeting shown in several zones). */
  fn?: string;
}

/** One local time shown in each zone of a list (timezones-many.ts). */
const MANY_ZONES = 'timezone.many';

const REALISED_ROWS: RealisedRow[] = [
  {
    name: 'en spelled: GET speed with query parameters and two named answer fields',
    features: [
      'GET /speed?value=<number>&from=<unit>&to=<unit> returns {"speed": number, "unit": string}; units km/h, m/s, mph, knots',
    ],
    realised: true,
  },
  {
    name: 'pt spelled: GET velocidade com o resultado nomeado',
    features: [
      'GET /velocidade?valor=<número>&de=<unidade>&para=<unidade> retorna {"velocidade": number}; unidades km/h, m/s e mph',
    ],
    realised: true,
  },
  {
    name: 'en free: one meeting time in several zones',
    features: ['Show a meeting time in several time zones at once, given as IANA names'],
    realised: true,
    fn: MANY_ZONES,
  },
  {
    name: 'en spelled: meeting time with a list of zones in the request',
    features: [
      'POST /meeting/zones with body {"time": "2026-03-10T15:00", "from": IANA zone, "zones": [IANA zone]} returns {"times": [{"zone": string, "time": string}]}',
      'An unknown time zone returns 400',
    ],
    realised: true,
    fn: MANY_ZONES,
  },
  {
    name: 'de free: Besprechungszeit in mehreren Zeitzonen gleichzeitig',
    features: [
      'Eine Besprechungszeit gleichzeitig in mehreren Zeitzonen anzeigen (IANA-Namen wie Europe/Berlin)',
    ],
    realised: true,
    fn: MANY_ZONES,
  },
  {
    name: 'es free: hora de una reunión en varias zonas horarias',
    features: ['Mostrar la hora de una reunión en varias zonas horarias a la vez (nombres IANA)'],
    realised: true,
    fn: MANY_ZONES,
  },
  {
    name: 'fr free: heure de réunion dans plusieurs fuseaux horaires',
    features: ["Afficher l'heure d'une réunion dans plusieurs fuseaux horaires à la fois (noms IANA)"],
    realised: true,
    fn: MANY_ZONES,
  },
  {
    name: 'refused: zones of every attendee looked up in their calendars',
    features: ['Show a meeting time in the time zone of every attendee, looked up in their calendars'],
    realised: false,
  },
  {
    name: 'refused: shoe sizes without a table (en)',
    features: ['Convert shoe sizes between EU, UK and US, for men and women'],
    realised: false,
  },
  {
    name: 'refused: tamanhos de calçado sem tabela (pt)',
    features: ['Converter tamanhos de calçado entre EU e US'],
    realised: false,
  },
  {
    name: 'refused: taglie di scarpe senza tabella (it)',
    features: ['Convertire le taglie di scarpe tra EU, UK e US'],
    realised: false,
  },
];

const NOT_YET_READ = new Set<string>([
  // a bare "o" listed as a unit is not read: it is also the Italian "or" and the Portuguese article
  'fr free: tailles de fichiers en o, Ko, Mo, Go et To',
  // beside the French symbols a byte written as a word ("octets") is sent as B: "octets" itself is refused
  'fr free: tailles binaires en Kio, Mio et Gio',
  // an answer with the unit beside the number, under names of the user's, is not designed yet
  'en spelled: GET speed with query parameters and two named answer fields',
  // the Spanish line of units beside its route is joined, but its word "Unidades" is not carried to the summary
  'es spelled: ruta GET junto a la línea de sus unidades',
  // a spelled route whose parameters are not named from/to/value with a named answer is designed as a record store
  'es spelled: GET con marcadores en la ruta, velocidad',
  'pt spelled: GET velocidade com o resultado nomeado',
]);

const NAME = 'conversions';
const PURPOSE = 'Conversions.';

/** Whether every feature of the row is realised by the offline design, with no records created. */
function allRealised(row: RealisedRow): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent(NAME, PURPOSE, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (!realised || contract.endpoints.some((e) => e.behavior.kind === 'create')) return false;
  const by = contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === row.fn,
  );
  return !row.fn || (by.length === 1 && row.features.every((f) => by[0].features.includes(f)));
}

/** Whether the generator designs the row as it expects. */
function reads(row: Row | RealisedRow): boolean {
  return 'expect' in row ? readsRow(row, NAME, PURPOSE) : allRealised(row) === row.realised;
}

describe('conversion services, the gaps left by the after-check (phrasing table)', () => {
  const all: (Row | RealisedRow)[] = [...ROWS, ...REALISED_ROWS];

  it('has at least 12 rows with distinct names', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
  });

  for (const row of all.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(reads(row)).toBe(true);
    });
  }

  for (const row of all.filter((r) => NOT_YET_READ.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(reads(row)).toBe(false);
    });
  }
});
