import { unitTableTests, type Probe, type RealisedRow, type Row } from './testing/unit-rows';

/*
 * Second phrasing table of conversion services (after conversions-phrasings.spec.ts): the lines users add around
 * the conversion itself — the unit list written in words of their language, the limit of the domain (absolute
 * zero, negative sizes, unknown units or zones), the rounding, the listing of what is supported — for
 * temperatures, lengths, parcel masses, kitchen volumes, data sizes, shoe sizes, currencies with a declared rate
 * table and meeting times across time zones, spelled out and in free text, in English, German, Spanish, French,
 * Italian and Portuguese, with near misses that must stay refused. Probes `[value, from, to, answer]` are
 * computed by hand from the exact definitions (°F = °C × 9/5 + 32, K = °C + 273.15, 1 in = 2.54 cm,
 * 1 ft = 0.3048 m, 1 mi = 1609.344 m, 1 lb = 0.45359237 kg, 1 oz = 28.349523125 g, KB = 1000 B, KiB = 1024 B).
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
    name: 'it free: temperature tra Celsius, Fahrenheit e Kelvin',
    features: ['Convertire temperature tra Celsius, Fahrenheit e Kelvin, arrotondate a 1 decimale'],
    expect: fn('temperature.convert', [
      [100, 'C', 'F', 212],
      [0, 'C', 'K', 273.2],
    ]),
  },
  {
    name: 'pt free: temperaturas abaixo do zero absoluto recusadas',
    features: [
      'Converter temperaturas entre Celsius, Fahrenheit e Kelvin',
      'Temperaturas abaixo do zero absoluto são recusadas com 400',
    ],
    expect: fn('temperature.convert', [
      [212, 'F', 'C', 100],
      [-1, 'K', 'C', 'refused'],
    ]),
  },
  {
    name: 'es free: temperaturas del laboratorio, bajo el cero absoluto error',
    features: [
      'Convertir lecturas de temperatura del laboratorio entre °C, °F y K',
      'Un valor por debajo del cero absoluto devuelve un error 400',
    ],
    expect: fn('temperature.convert', [
      [-40, 'C', 'F', -40],
      [-500, 'F', 'C', 'refused'],
    ]),
  },
  {
    name: 'en spelled: GET temperature with query, below absolute zero 400',
    features: [
      'GET /temperature?value=100&from=C&to=F returns {"value": 212}; units C, F and K',
      'A value below absolute zero (-273.15 °C, -459.67 °F, 0 K) returns 400',
    ],
    expect: fn(
      'temperature.convert',
      [
        [100, 'C', 'F', 212],
        [-460, 'F', 'K', 'refused'],
      ],
      '/temperature',
    ),
  },
  {
    name: 'de free: Längen zwischen Metern, Kilometern, Fuß, Zoll und Meilen',
    features: [
      'Längen zwischen Metern, Kilometern, Fuß, Zoll und Meilen umrechnen, auf 3 Nachkommastellen gerundet',
    ],
    expect: fn('units.length', [
      [1, 'Meilen', 'Kilometern', 1.609],
      [1, 'Fuß', 'Zoll', 12],
    ]),
  },
  {
    name: 'fr free: longueurs entre mètres, pieds et pouces',
    features: ['Convertir des longueurs entre mètres, centimètres, pieds et pouces'],
    expect: fn('units.length', [[1, 'pieds', 'pouces', 12]]),
  },
  {
    name: 'en free: lengths, negative lengths refused',
    features: ['Convert lengths between metres, feet, inches and miles', 'Negative lengths return 400'],
    expect: fn('units.length', [
      [1, 'inches', 'metres', 0.0254],
      [-1, 'metres', 'feet', 'refused'],
    ]),
  },
  {
    name: 'de free: Paketgewichte zwischen kg, g, lb und oz',
    features: ['Paketgewichte zwischen kg, g, lb und oz umrechnen, 2 Nachkommastellen'],
    expect: fn('units.mass', [[10, 'lb', 'kg', 4.54]]),
  },
  {
    name: 'es free: peso de paquetes entre kilos y libras',
    features: ['Convertir el peso de los paquetes entre kilogramos, gramos, libras y onzas'],
    expect: fn('units.mass', [[1, 'libras', 'onzas', 16]]),
  },
  {
    name: 'it free: peso dei pacchi, negativo rifiutato',
    features: ['Convertire il peso dei pacchi tra kg e libbre', 'Un peso negativo restituisce 400'],
    expect: fn('units.mass', [[-2, 'kg', 'lb', 'refused']]),
  },
  {
    name: 'en spelled: parcel mass route, 3 decimals',
    features: [
      'POST /parcels/weight with body {"weight": number, "from": "kg"|"g"|"lb"|"oz", "to": "kg"|"g"|"lb"|"oz"} returns {"weight": number} rounded to 3 decimals',
    ],
    expect: fn('units.mass', [[1, 'lb', 'g', 453.592]], '/parcels/weight'),
  },
  {
    name: 'de free: Küchenmaße zwischen Tassen, Esslöffeln, Teelöffeln und Millilitern',
    features: ['Küchenmaße zwischen Tassen, Esslöffeln, Teelöffeln und Millilitern umrechnen'],
    expect: fn('units.volume', [[1, 'Tassen', 'Millilitern', 236.588237]]),
  },
  {
    name: 'es free: medidas de cocina entre tazas, cucharadas, cucharaditas y mililitros',
    features: ['Convertir medidas de cocina entre tazas, cucharadas, cucharaditas y mililitros'],
    expect: fn('units.volume', [[1, 'cucharadas', 'cucharaditas', 3]]),
  },
  {
    name: 'en spelled: volume with litres and gallons',
    features: [
      'POST /volume with body {"value": number, "from": "ml"|"l"|"cup"|"gal", "to": "ml"|"l"|"cup"|"gal"} returns {"value": number}',
    ],
    // 1 US gal = 3.785411784 l = 16 cups (6 decimals when the feature says nothing)
    expect: fn(
      'units.volume',
      [
        [1, 'gal', 'l', 3.785412],
        [1, 'gal', 'cup', 16],
      ],
      '/volume',
    ),
  },
  {
    name: 'en free: data sizes in bytes, KB and KiB',
    features: ['Convert data sizes between bytes, KB, MB, GB, KiB, MiB and GiB'],
    expect: fn('units.data_size', [
      [1, 'KiB', 'B', 1024],
      [1, 'MB', 'KB', 1000],
    ]),
  },
  {
    name: 'es free: tamaños de datos decimales y binarios',
    features: ['Convertir tamaños de datos entre KB, MB, GB (base 1000) y KiB, MiB, GiB (base 1024)'],
    expect: fn('units.data_size', [[1, 'GiB', 'MiB', 1024]]),
  },
  {
    name: 'fr free: tailles de fichiers en octets',
    features: ['Convertir des tailles de fichiers entre octets, Ko, Mo, Go et Kio, Mio, Gio'],
    expect: fn('units.data_size', [
      [1, 'Mo', 'Ko', 1000],
      [1, 'Mio', 'Kio', 1024],
    ]),
  },
  {
    name: 'refused: cups of sugar to grams needs a density (en)',
    features: ['Convert cups of sugar to grams'],
    expect: 'refused',
  },
];

/** A row whose every feature must be realised (`true`) or whose intent must stay unrealised (`false`). */

const REALISED_ROWS: RealisedRow[] = [
  {
    name: 'en free: a byte count as a human-readable size',
    features: ['Format a byte count as a human-readable size such as 1.5 KiB or 3.2 MB'],
    realised: true,
  },
  {
    name: 'de free: Bytes lesbar ausgeben',
    features: ['Eine Anzahl Bytes in eine lesbare Größe umwandeln (z. B. 1536 → 1.5 KiB)'],
    realised: true,
  },
  {
    name: 'en free: list the supported units',
    features: ['Convert lengths between m, km, ft and mi', 'GET /units lists the supported units'],
    realised: true,
  },
  {
    name: 'en free: list the currencies of the rate table',
    features: [
      'Convert amounts between EUR, USD and GBP with the rates 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP',
      'List the supported currencies',
    ],
    realised: true,
  },
  {
    name: 'de free: die unterstützten Währungen auflisten',
    features: [
      'Beträge zwischen EUR, USD und CHF umrechnen mit festen Kursen: 1 EUR = 1,10 USD, 1 EUR = 0,95 CHF',
      'Die unterstützten Währungen auflisten',
    ],
    realised: true,
  },
  {
    name: 'es free: listar las escalas disponibles',
    features: ['Convertir temperaturas entre Celsius, Fahrenheit y Kelvin', 'Listar las escalas disponibles'],
    realised: true,
  },
  {
    name: 'fr free: lister les unités prises en charge, avant la conversion',
    features: [
      'Lister les unités prises en charge',
      'Convertir des longueurs entre mètres, centimètres, pieds et pouces',
    ],
    realised: true,
  },
  {
    name: 'it free: elencare le valute supportate',
    features: [
      'Convertire importi tra EUR, USD e CHF con i tassi fissi 1 EUR = 1,10 USD e 1 EUR = 0,95 CHF',
      'Elencare le valute supportate',
    ],
    realised: true,
  },
  {
    name: 'pt spelled: GET /moedas devolve as moedas suportadas',
    features: [
      'Converter valores entre EUR, USD e BRL com as taxas 1 EUR = 1,08 USD e 1 EUR = 5,40 BRL',
      'GET /moedas devolve {"moedas": [string]} com as moedas suportadas',
    ],
    realised: true,
  },
  {
    name: 'refused: supported units with no converter to take them from',
    features: ['List the supported units'],
    realised: false,
  },
  {
    name: 'refused: supported units beside two converters (which ones is a guess)',
    features: [
      'Convert lengths between m, km, ft and mi',
      'Convert parcel weights between kg and lb',
      'List the supported units',
    ],
    realised: false,
  },
  {
    name: 'it free: cambio valuta con tabella di tassi fissa',
    features: [
      'Convertire importi tra EUR, USD e CHF con i tassi fissi 1 EUR = 1,10 USD e 1 EUR = 0,95 CHF',
      'Una valuta sconosciuta restituisce 400',
    ],
    realised: true,
  },
  {
    name: 'fr free: devises avec la table de taux, montant négatif refusé',
    features: [
      'Convertir un montant entre EUR, USD et GBP avec les taux fixes 1 EUR = 1,10 USD, 1 EUR = 0,85 GBP',
      'Un montant négatif ou une devise inconnue renvoie 400',
    ],
    realised: true,
  },
  {
    name: 'pt free: câmbio de viagem com a tabela, 2 casas decimais',
    features: [
      'Converter valores para a viagem entre EUR, USD e BRL com as taxas 1 EUR = 1,08 USD e 1 EUR = 5,40 BRL',
      'Arredondar o resultado a 2 casas decimais',
    ],
    realised: true,
  },
  {
    name: 'en free: travel money with rates per currency',
    features: [
      'Convert travel money between EUR, USD, GBP and JPY with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP, 1 EUR = 160 JPY',
      'Results are rounded to 2 decimals',
      'Unknown currencies are rejected with 400',
    ],
    realised: true,
  },
  {
    name: 'de free: Meetingzeit zwischen Zeitzonen',
    features: [
      'Eine Besprechungszeit von einer Zeitzone in eine andere umrechnen (IANA-Namen wie Europe/Berlin)',
      'Eine unbekannte Zeitzone ergibt 400',
    ],
    realised: true,
  },
  {
    name: 'it free: orario di una riunione tra fusi orari',
    features: ["Convertire l'orario di una riunione da un fuso orario a un altro (nomi IANA)"],
    realised: true,
  },
  {
    name: 'pt free: horário entre fusos horários',
    features: ['Converter um horário de um fuso horário para outro, com nomes IANA como America/Sao_Paulo'],
    realised: true,
  },
  {
    name: 'en free: the UTC offset of a zone',
    features: ['Return the UTC offset of an IANA time zone at a given date, daylight saving time included'],
    realised: true,
  },
  {
    name: 'en spelled: meeting time across zones',
    features: [
      'POST /meeting with body {"time": "2026-03-10T15:00", "from": IANA zone, "to": IANA zone} returns {"time": local time in the target zone}',
      'An unknown time zone returns 400',
    ],
    realised: true,
  },
  {
    name: 'en free: one meeting time in several zones',
    features: ['Show a meeting time in several time zones at once, given as IANA names'],
    realised: true,
  },
  {
    name: 'de free: Schuhgrößen nach der angegebenen Tabelle',
    features: [
      'Schuhgrößen umrechnen mit dieser Tabelle: EU 40 = UK 6,5 = US 7,5; EU 41 = UK 7 = US 8; EU 42 = UK 8 = US 9',
    ],
    realised: true,
  },
  {
    name: 'en spelled: shoe sizes from the table',
    features: [
      'GET /shoes?size=41&from=EU&to=US returns {"size": number} using this table: EU 40 = US 7, EU 41 = US 8, EU 42 = US 9',
      'A size not in the table returns 404',
    ],
    realised: true,
  },
  {
    name: 'refused: live rates from a bank',
    features: ['Convertir montants entre devises au cours du jour de la banque centrale'],
    realised: false,
  },
  {
    name: 'refused: a time zone from a city name the service would have to look up',
    features: [
      'Convert a meeting time to the time zone of any city in the world, looked up by its name online',
    ],
    realised: false,
  },
];

const NOT_YET_READ = new Set<string>([
  // 'por debajo del cero absoluto … error 400' is not carried by the converter's realisation yet
  'es free: temperaturas del laboratorio, bajo el cero absoluto error',
  // two examples, one binary and one decimal: which system the size is written in is not said
  'en free: a byte count as a human-readable size',
  // the example time the feature writes is not stated by the realisation
  'en spelled: meeting time across zones',
  'de free: Schuhgrößen nach der angegebenen Tabelle',
  'en spelled: shoe sizes from the table',
]);

unitTableTests({
  title: 'conversion services with the lines around the conversion, six languages (phrasing table)',
  name: 'conversions',
  purpose: 'Conversions.',
  rows: ROWS,
  realised: REALISED_ROWS,
  notYetRead: NOT_YET_READ,
});
