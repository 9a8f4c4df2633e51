import { isDeepStrictEqual } from 'node:util';
import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The phrasing table of spelled-out routes bound onto catalog computations: a feature writes its route, its
 * query or path parameters and its response fields in its own words (and languages), and the catalog knows the
 * computation. Each row says which computation it is and which written name carries each of its inputs and
 * results; a row is read when the designer binds exactly that and the gate holds the feature realised. Rows the
 * designer does not read yet are listed in NOT_YET_READ; a row there must really fail, so the set only shrinks.
 */

/** A computation bound onto written names: function id, parameter → written input, result → written field. */
interface Binding {
  fn: string;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

function intentOf(feature: string) {
  return familyIntent('literal-service', 'a small service', [feature]);
}

function functionEndpoints(feature: string): EndpointSpec[] {
  const { contract } = designSpec(intentOf(feature));
  return contract.endpoints.filter((e) => e.features.includes(feature) && e.behavior.kind === 'function');
}

function binding(feature: string): Binding | null {
  const found = functionEndpoints(feature);
  if (found.length !== 1) return null;
  const b = found[0].behavior;
  if (b.kind !== 'function') return null;
  return { fn: b.function, inputs: b.inputs, outputs: b.outputs };
}

function realised(feature: string): boolean {
  const contract = extractContract(offlineSpec(intentOf(feature)));
  return featureFidelity(contract, [feature])[0].problems.length === 0;
}

const conversion = (fn: string, value: string, from: string, to: string, result: string): Binding => ({
  fn,
  inputs: { value, from, to },
  outputs: { value: result },
});

const ROWS: [string, Binding][] = [
  // English
  [
    'GET /length/convert?value=<n>&from=<u>&to=<u> returns {"value": number}; units m, km, mi, ft',
    conversion('units.length', 'value', 'from', 'to', 'value'),
  ],
  [
    'GET /length?amount=<number>&source=<unit>&target=<unit> returns {"result": number}',
    conversion('units.length', 'amount', 'source', 'target', 'result'),
  ],
  [
    'GET /roman/{number} returns {"roman": string}',
    { fn: 'roman.to-roman', inputs: { number: 'number' }, outputs: { roman: 'roman' } },
  ],
  [
    'GET /roman/{numeral}/value returns {"value": integer}',
    { fn: 'roman.from-roman', inputs: { roman: 'numeral' }, outputs: { number: 'value' } },
  ],
  [
    'GET /temperature?degrees=<number>&from=C|F|K&to=C|F|K returns {"degrees": number}',
    conversion('temperature.convert', 'degrees', 'from', 'to', 'degrees'),
  ],
  [
    'GET /speed/convert?value=<n>&from="kph"|"mph"|"m_s"&to="kph"|"mph"|"m_s" returns {"value": number}',
    conversion('units.speed', 'value', 'from', 'to', 'value'),
  ],
  [
    'GET /data-size?value=<n>&from=<unit>&to=<unit> returns {"value": number, "unit": "<to>"}; units B, KB, MB, GB, KiB, MiB, GiB',
    {
      ...conversion('units.data_size', 'value', 'from', 'to', 'value'),
      outputs: { value: 'value', unit: 'unit' },
    },
  ],
  [
    'POST /card/check-digit {"digits": string} -> {"checksum": int, "full": string}',
    {
      fn: 'luhn.check_digit',
      inputs: { number: 'digits' },
      outputs: { checkDigit: 'checksum', fullNumber: 'full' },
    },
  ],
  [
    'POST /luhn {"number": string} returns {"ok": boolean}',
    { fn: 'luhn.validate', inputs: { number: 'number' }, outputs: { valid: 'ok' } },
  ],
  [
    'GET /slug?title=<text> returns {"slug": string}',
    { fn: 'text.slugify', inputs: { text: 'title' }, outputs: { slug: 'slug' } },
  ],
  [
    'GET /words/count?text=<text> returns {"words": integer, "characters": integer, "sentences": integer}',
    {
      fn: 'text.statistics',
      inputs: { text: 'text' },
      outputs: { words: 'words', characters: 'characters', sentences: 'sentences' },
    },
  ],
  [
    'GET /bases?number=<text>&from=<2..36>&to=<2..36> returns {"result": string}',
    {
      fn: 'numbers.base_convert',
      inputs: { value: 'number', from_base: 'from', to_base: 'to' },
      outputs: { result: 'result' },
    },
  ],
  [
    'GET /iban/{iban}/check returns {"valid": boolean, "country": string}',
    { fn: 'iban.validate', inputs: { iban: 'iban' }, outputs: { valid: 'valid', country: 'country' } },
  ],
  [
    'GET /palindrome?text=<text> returns {"palindrome": boolean}',
    { fn: 'text.palindrome', inputs: { text: 'text' }, outputs: { palindrome: 'palindrome' } },
  ],
  [
    'POST /bmi {"weight_kg": number, "height_m": number} -> {"bmi": number, "category": string}',
    {
      fn: 'calc.bmi',
      inputs: { weight: 'weight_kg', height: 'height_m' },
      outputs: { bmi: 'bmi', category: 'category' },
    },
  ],
  [
    'GET /volume/convert?value=<n>&from="l"|"ml"|"us_gal"&to="l"|"ml"|"us_gal" returns {"value": number}',
    conversion('units.volume', 'value', 'from', 'to', 'value'),
  ],
  [
    'GET /mass/convert?amount=<n>&from=<unit>&to=<unit> returns {"amount": number, "unit": "<to>"}',
    {
      ...conversion('units.mass', 'amount', 'from', 'to', 'amount'),
      outputs: { value: 'amount', unit: 'unit' },
    },
  ],
  [
    'GET /url/inspect?url=<text> returns {"ok": boolean, "protocol": string, "hostname": string}',
    {
      fn: 'url.validate',
      inputs: { url: 'url' },
      outputs: { valid: 'ok', scheme: 'protocol', host: 'hostname' },
    },
  ],
  [
    'GET /duration?minutes=N returns {"days": int, "hours": int, "minutes": int}',
    { fn: 'duration.split', inputs: { minutes: 'minutes' }, outputs: { days: 'days', hours: 'hours' } },
  ],
  [
    'GET /card/{digits}/check returns {"ok": bool, "issuer": string}',
    { fn: 'luhn.validate', inputs: { number: 'digits' }, outputs: { valid: 'ok', issuer: 'issuer' } },
  ],
  // German
  [
    'POST /umrechnen {"wert": Zahl, "von": Einheit, "nach": Einheit} -> {"ergebnis": Zahl, "einheit": Zieleinheit}; Längen in m, km, mi',
    {
      ...conversion('units.length', 'wert', 'von', 'nach', 'ergebnis'),
      outputs: { value: 'ergebnis', unit: 'einheit' },
    },
  ],
  [
    'GET /temperatur?wert=<Zahl>&von=C|F|K&nach=C|F|K liefert {"ergebnis": Zahl}',
    conversion('temperature.convert', 'wert', 'von', 'nach', 'ergebnis'),
  ],
  [
    'GET /roemisch/{zahl} liefert {"roemisch": Text}',
    { fn: 'roman.to-roman', inputs: { number: 'zahl' }, outputs: { roman: 'roemisch' } },
  ],
  [
    'POST /pruefziffer {"ziffern": Text} -> {"pruefziffer": Ganzzahl, "vollstaendig": Text}',
    {
      fn: 'luhn.check_digit',
      inputs: { number: 'ziffern' },
      outputs: { checkDigit: 'pruefziffer', fullNumber: 'vollstaendig' },
    },
  ],
  [
    'GET /geschwindigkeit?wert=<Zahl>&von="kmh"|"mph"&nach="kmh"|"mph" liefert {"wert": Zahl}',
    conversion('units.speed', 'wert', 'von', 'nach', 'wert'),
  ],
  [
    'GET /datengroesse?wert=<Zahl>&von="MB"|"MiB"|"GB"|"GiB"&nach="MB"|"MiB"|"GB"|"GiB" liefert {"wert": Zahl, "einheit": "<nach>"}',
    {
      ...conversion('units.data_size', 'wert', 'von', 'nach', 'wert'),
      outputs: { value: 'wert', unit: 'einheit' },
    },
  ],
  // Spanish
  [
    'GET /convertir/longitud?valor=<número>&de=<unidad>&a=<unidad> devuelve {"resultado": número}',
    conversion('units.length', 'valor', 'de', 'a', 'resultado'),
  ],
  [
    'GET /romano/{numero} devuelve {"romano": texto}',
    { fn: 'roman.to-roman', inputs: { number: 'numero' }, outputs: { roman: 'romano' } },
  ],
  [
    'POST /tarjeta/validar {"numero": texto} -> {"valida": booleano}',
    { fn: 'luhn.validate', inputs: { number: 'numero' }, outputs: { valid: 'valida' } },
  ],
  [
    'GET /velocidad?valor=<número>&desde="km_h"|"mph"|"nudos"&hasta="km_h"|"mph"|"nudos" devuelve {"resultado": número}',
    conversion('units.speed', 'valor', 'desde', 'hasta', 'resultado'),
  ],
  // French
  [
    'GET /convertir/distance?valeur=<nombre>&de=<unité>&vers=<unité> renvoie {"resultat": nombre}',
    conversion('units.length', 'valeur', 'de', 'vers', 'resultat'),
  ],
  [
    'POST /romain {"nombre": entier} -> {"romain": texte}',
    { fn: 'roman.to-roman', inputs: { number: 'nombre' }, outputs: { roman: 'romain' } },
  ],
  [
    'POST /carte/verifier {"numero": texte} -> {"valide": booléen}',
    { fn: 'luhn.validate', inputs: { number: 'numero' }, outputs: { valid: 'valide' } },
  ],
  [
    'GET /masse?valeur=<nombre>&de="kg"|"lb"|"oz"&vers="kg"|"lb"|"oz" renvoie {"valeur": nombre, "unite": "<vers>"}',
    {
      ...conversion('units.mass', 'valeur', 'de', 'vers', 'valeur'),
      outputs: { value: 'valeur', unit: 'unite' },
    },
  ],
  // Italian, Portuguese
  [
    'GET /romano/{numero} restituisce {"romano": stringa}',
    { fn: 'roman.to-roman', inputs: { number: 'numero' }, outputs: { roman: 'romano' } },
  ],
  [
    'GET /converter/comprimento?valor=<número>&de=<unidade>&para=<unidade> retorna {"resultado": número}',
    conversion('units.length', 'valor', 'de', 'para', 'resultado'),
  ],
  [
    'POST /cartao/validar {"numero": texto} -> {"valido": booleano}',
    { fn: 'luhn.validate', inputs: { number: 'numero' }, outputs: { valid: 'valido' } },
  ],
];

/** Spelled-out computations that cannot be honoured exactly: never realised, and never by a record store. */
const UNREALISED_NEAR_MISSES = [
  // a response field the computation does not compute
  'GET /length/convert?value=<n>&from=<u>&to=<u> returns {"value": number, "formula": string}',
  // an abbreviation no unit of the family has (feet per second, an imperial pint, a lower-case megabit/byte)
  'GET /speed/convert?value=<n>&from="kph"|"fps"&to="kph"|"fps" returns {"value": number}',
  'GET /volume/convert?value=<n>&from="l"|"gill"&to="l"|"gill" returns {"value": number}',
  'GET /data-size/convert?value=<n>&from="mb"|"gb"&to="mb"|"gb" returns {"value": number}',
  // a scale the family does not know
  'GET /temperature?value=<n>&from=C|F|R&to=C|F|R returns {"value": number}',
  'GET /roman/{number} returns {"roman": string, "language": string}',
  // names that say nothing about which input is which
  'GET /length/convert?a=<n>&b=<unit>&c=<unit> returns {"x": number}',
  'POST /bmi {"weight": number, "height": number} -> {"bmi": number, "colour": string}',
  'GET /card/{digits}/check returns {"ok": bool, "expiry": string}',
];

/** Spelled-out routes that are no computation of the catalog at all. */
const NOT_COMPUTATIONS = [
  'GET /weather?city=<text> returns {"temperature": number}',
  'POST /notes {"text": string} -> 201 {"id": string, "text": string}',
  'GET /books?author=<text> returns the books of that author',
];

/** Rows not read yet: each must still fail its row, so the set only shrinks. */
const NOT_YET_READ = new Set<string>([
  'POST /luhn {"number": string} returns {"ok": boolean}',
  // no computation splits minutes into days, hours and minutes
  'GET /duration?minutes=N returns {"days": int, "hours": int, "minutes": int}',
  // the Luhn check knows no card issuer
  'GET /card/{digits}/check returns {"ok": bool, "issuer": string}',
]);

describe('spelled-out routes bound onto catalog computations', () => {
  it('has at least 30 rows and 10 near-misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    expect(UNREALISED_NEAR_MISSES.length + NOT_COMPUTATIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ROWS)('binds %j', (feature, expected) => {
    const read = (() => {
      const b = binding(feature);
      return b !== null && isDeepStrictEqual(b, expected) && realised(feature);
    })();
    expect(read).toBe(!NOT_YET_READ.has(feature));
    if (!NOT_YET_READ.has(feature)) expect(binding(feature)).toEqual(expected);
  });

  it.each(UNREALISED_NEAR_MISSES)('leaves %j unrealised, with no record store', (feature) => {
    expect(realised(feature)).toBe(false);
    const { contract } = designSpec(intentOf(feature));
    const kinds = contract.endpoints.filter((e) => e.features.includes(feature)).map((e) => e.behavior.kind);
    expect(kinds).not.toContain('create');
  });

  it.each(NOT_COMPUTATIONS)('does not realise %j as a computation', (feature) => {
    expect(functionEndpoints(feature).length === 0 || !realised(feature)).toBe(true);
  });
});
