import { featureFidelity } from '@sf/service-spec';
import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { runCatalogFunction } from './testing/run-function';
import { UNITS_FAMILY } from './units';
import { fixedDesign, generalDesign } from './units-design';
import { formatDesign, parseDesign } from './units-duration';
import { unitsOf, type Quantity } from './units-tables';

/*
 * The units family's recogniser (phrasings in six languages, what it leaves alone), its designs (every worked
 * example is answered exactly by the emitted code, every refusal refused) and the SPEC gate's free-text rule
 * on the contracts the designer makes from them.
 */

const designOf = (text: string): FunctionDesign | null => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

/** Runs a design's worked examples and refusals through the emitted code, as the generated handler would. */
function problemsOf(design: FunctionDesign, counted = true): string[] {
  const problems: string[] = [];
  const call = (input: Record<string, unknown>) =>
    runCatalogFunction(
      design.function,
      Object.fromEntries(design.inputs.map((i) => [i.param, input[i.field.name]])),
      design.options ?? {},
    );
  for (const x of design.examples) {
    const result = call(x.input);
    const answer = result.ok
      ? Object.fromEntries(design.outputs.map((o) => [o.field, result.value[o.result]]))
      : result.problems;
    if (JSON.stringify(answer) !== JSON.stringify(x.output)) {
      problems.push(`${design.path} ${x.description}: ${JSON.stringify(answer)}`);
    }
  }
  for (const x of design.refusals)
    if (call(x.input).ok) problems.push(`${design.path} accepts ${x.description}`);
  const count = design.examples.length;
  if (count === 0 || (counted && (count < 3 || count > 4)))
    problems.push(`${design.path}: ${count} examples`);
  if (design.refusals.length < 1 || design.refusals.length > 3) problems.push(`${design.path}: refusals`);
  if (!/^(\/[a-z0-9]+(-[a-z0-9]+)*)+$/.test(design.path)) problems.push(`${design.path}: path`);
  for (const i of design.inputs) if (!/^[a-z][a-z0-9_]*$/.test(i.field.name)) problems.push(i.field.name);
  return problems;
}

const QUANTITIES: Quantity[] = ['length', 'mass', 'volume', 'speed', 'data_size'];

describe('the units designs', () => {
  it.each(QUANTITIES)(
    '%s: every fixed direction answers its examples exactly, three of them at 0 to 4 decimals',
    (q) => {
      const symbols = unitsOf(q).map((u) => u.symbol);
      const problems: string[] = [];
      for (const from of symbols) {
        for (const to of symbols) {
          if (from === to) continue;
          for (const decimals of [0, 1, 2, 3, 4])
            problems.push(...problemsOf(fixedDesign(q, from, to, decimals, [])));
          // More decimals than the facts carry: fewer examples, never a wrong one.
          for (const decimals of [5, 6, 7, 8, 9, 10, 12, 15, 20])
            problems.push(...problemsOf(fixedDesign(q, from, to, decimals, []), false));
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(QUANTITIES)(
    '%s: the general converter answers its examples exactly, whichever units are named',
    (q) => {
      const symbols = unitsOf(q).map((u) => u.symbol);
      const problems: string[] = [];
      for (const decimals of [0, 2, 3, 6]) {
        problems.push(...problemsOf(generalDesign(q, [], decimals, [])));
        for (const a of symbols) {
          problems.push(...problemsOf(generalDesign(q, [a], decimals, [])));
          for (const b of symbols)
            if (a !== b) problems.push(...problemsOf(generalDesign(q, [a, b], decimals, [])));
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('durations: both directions answer their examples, in H:MM:SS and HH:MM:SS', () => {
    for (const digits of [1, 2]) {
      expect(problemsOf(formatDesign(digits))).toEqual([]);
      expect(problemsOf(parseDesign(digits))).toEqual([]);
    }
  });

  it('writes the hand-written facts the domain knows', () => {
    const kmToMi = fixedDesign('length', 'km', 'mi', 2, []);
    expect(kmToMi.examples).toContainEqual({
      description: '42.195 kilometres is about 26.22 miles (a marathon).',
      input: { kilometres: 42.195 },
      output: { miles: 26.22 },
    });
    expect(kmToMi.summary).toContain('1 mi = 1.609344 km');
    expect(fixedDesign('length', 'mi', 'km', 6, []).examples[0]).toMatchObject({
      input: { miles: 1 },
      output: { kilometres: 1.609344 },
    });
    expect(fixedDesign('mass', 'kg', 'lb', 2, []).examples.map((x) => x.output)).toContainEqual({
      pounds: 22.05,
    });
    expect(fixedDesign('data_size', 'GiB', 'MiB', 2, []).examples[0]).toMatchObject({
      input: { gibibytes: 1 },
      output: { mebibytes: 1024 },
    });
    expect(formatDesign(1).examples[0]).toMatchObject({
      input: { seconds: 3665 },
      output: { duration: '1:01:05' },
    });
  });
});

describe('the units recogniser', () => {
  it.each([
    ['convert a distance in kilometres to miles', '/length/kilometres-to-miles', 'kilometres', 'miles'],
    ['Convert miles into kilometers', '/length/miles-to-kilometres', 'miles', 'kilometers'],
    ['How many miles is a marathon of 42.195 km?', '/length/kilometres-to-miles', 'km', 'miles'],
    [
      'Entfernungen von Kilometern in Meilen umrechnen',
      '/length/kilometres-to-miles',
      'kilometern',
      'meilen',
    ],
    ['Convierte una distancia de kilómetros a millas', '/length/kilometres-to-miles', 'kilometros', 'millas'],
    ['Convertir des kilomètres en miles', '/length/kilometres-to-miles', 'kilometres', 'miles'],
    ['Convertire una distanza da chilometri a miglia', '/length/kilometres-to-miles', 'chilometri', 'miglia'],
    ['Converter quilômetros para milhas', '/length/kilometres-to-miles', 'quilometros', 'milhas'],
    ['feet to metres', '/length/feet-to-metres', 'feet', 'metres'],
    ['Convert a weight in kilograms to pounds', '/weight/kilograms-to-pounds', 'kilograms', 'pounds'],
    ['Pfund in Kilogramm umrechnen', '/weight/pounds-to-kilograms', 'pfund', 'kilogramm'],
    ['Convertir de libras a kilos', '/weight/pounds-to-kilograms', 'libras', 'kilos'],
    ['Convertir des livres en kilogrammes', '/weight/pounds-to-kilograms', 'livres', 'kilogrammes'],
    ['ounces to grams', '/weight/ounces-to-grams', 'ounces', 'grams'],
    ['Convert litres to US gallons', '/volume/litres-to-gallons', 'litres', 'gallons'],
    ['Gallonen in Liter umrechnen', '/volume/gallons-to-litres', 'gallonen', 'liter'],
    ['Convertir litros a galones', '/volume/litres-to-gallons', 'litros', 'galones'],
    [
      'Convert imperial gallons to litres',
      '/volume/imperial-gallons-to-litres',
      'imperial_gallons',
      'litres',
    ],
    ['how many UK pints in a litre', '/volume/litres-to-imperial-pints', 'litre', 'uk_pints'],
    [
      'convert fluid ounces to millilitres',
      '/volume/fluid-ounces-to-millilitres',
      'fluid_ounces',
      'millilitres',
    ],
    ['Convert speeds from km/h to mph', '/speed/kilometres-per-hour-to-miles-per-hour', 'km_h', 'mph'],
    [
      'Convert miles per hour to kilometres per hour',
      '/speed/miles-per-hour-to-kilometres-per-hour',
      'miles_per_hour',
      'kilometres_per_hour',
    ],
    ['Geschwindigkeit von Knoten in km/h umrechnen', '/speed/knots-to-kilometres-per-hour', 'knoten', 'km_h'],
    ['Convertir une vitesse de nœuds en km/h', '/speed/knots-to-kilometres-per-hour', 'noeuds', 'km_h'],
    [
      'Convertir metros por segundo a kilómetros por hora',
      '/speed/metres-per-second-to-kilometres-per-hour',
      'metros_por_segundo',
      'kilometros_por_hora',
    ],
    ['Convert GiB to MiB', '/data-size/gibibytes-to-mebibytes', 'gib', 'mib'],
    ['convert gigabytes into gibibytes', '/data-size/gigabytes-to-gibibytes', 'gigabytes', 'gibibytes'],
  ])('reads the direction of %p', (text, path, input, output) => {
    expect(designOf(text)).toMatchObject({
      path,
      inputs: [{ field: { name: input } }],
      outputs: [{ field: output }],
    });
  });

  it.each([
    ['Convert weights between kilograms and pounds', '/weight/convert', 'kg'],
    ['convert weights between metric and imperial units', '/weight/convert', 'kg'],
    ['Convert kilometres to miles and back', '/length/convert', 'km'],
    ['Unit conversion for lengths: mm, cm, m, km, inches, feet, yards and miles', '/length/convert', 'km'],
    ['Umrechnung zwischen Litern und Gallonen', '/volume/convert', 'l'],
    ['Convert a speed between m/s, km/h, mph and knots', '/speed/convert', 'km/h'],
    ['Convert file sizes between bytes, KB, MB, GB and KiB, MiB, GiB', '/data-size/convert', 'GiB'],
    ['Gewichte umrechnen', '/weight/convert', 'kg'],
    ['Convertisseur de vitesses', '/speed/convert', 'km/h'],
    ['Conversión de unidades de longitud', '/length/convert', 'km'],
  ])('reads %p as a general converter', (text, path, from) => {
    const design = designOf(text);
    expect(design).toMatchObject({
      path,
      inputs: [{ field: { name: 'value' } }, { field: { name: 'from' } }, { field: { name: 'to' } }],
    });
    expect(design?.examples[0].input.from).toBe(from);
    expect(design?.inputs[1].field.enum).toContain(from);
  });

  it('shows first the hand-written facts about the amounts the feature writes', () => {
    expect(designOf('Convert 5 km to miles')?.examples[0]).toMatchObject({
      input: { km: 5 },
      output: { miles: 3.106856 },
    });
    expect(designOf('Convertir 42,195 km en miles')?.examples[0].input).toEqual({ km: 42.195 });
    expect(designOf('Convert 10 kg to pounds')?.examples[0].output).toEqual({ pounds: 22.046226 });
  });

  it('rounds to the decimals the feature asks for', () => {
    expect(designOf('convert km to miles, rounded to 1 decimal')?.options).toMatchObject({ decimals: 1 });
    expect(designOf('Pfund in Kilogramm umrechnen, auf eine Nachkommastelle')?.options).toMatchObject({
      decimals: 1,
    });
    expect(designOf('Convertir litros a galones con 3 decimales')?.options).toMatchObject({ decimals: 3 });
    // Data sizes convert exactly: unless asked, nothing is rounded away (9 decimals hold 1 B in TB).
    expect(designOf('convert GiB to GB')?.options).toMatchObject({ decimals: 9 });
    expect(designOf('convert GiB to GB, rounded to 2 decimals')?.options).toMatchObject({ decimals: 2 });
    // No rounding stated: 6 decimals (1 mi is 1.609344 km, not 1.61).
    expect(designOf('convert miles to kilometres')?.options).toMatchObject({ decimals: 6 });
    // Else the rounding the feature's own answers show.
    expect(designOf('convert km to miles; 10 km is 6.2 mi')?.options).toMatchObject({ decimals: 1 });
    expect(
      designOf('convert speeds between km/h, m/s and mph, e.g. 100 km/h is 27.78 m/s')?.options,
    ).toMatchObject({
      decimals: 2,
    });
    expect(designOf('Rechne Zoll in Zentimeter um: 12 Zoll sind 30,48 cm')?.options).toMatchObject({
      decimals: 2,
    });
    // A whole answer shows no rounding; data sizes stay exact whatever an example shows.
    expect(designOf('convert metres to feet: 0.3048 m is 1 ft')?.options).toMatchObject({ decimals: 6 });
    expect(designOf('convert MB to GB, e.g. 1500 MB is 1.5 GB')?.options).toMatchObject({ decimals: 9 });
  });

  it.each([
    ['negative weights are rejected', 'units.mass'],
    ['Refuse negative distances', 'units.length'],
    ['a volume cannot be negative', 'units.volume'],
    ['Negative Entfernungen werden abgelehnt', 'units.length'],
    ['Se rechazan los pesos negativos', 'units.mass'],
    ['Les distances négatives sont refusées', 'units.length'],
    ['Le velocità negative vengono rifiutate', 'units.speed'],
    ['reject file sizes below zero', 'units.data_size'],
    ['Reject negative durations', 'duration.format'],
    ['Refuse malformed durations', 'duration.parse'],
    ['Reject strings that are not H:MM:SS', 'duration.parse'],
  ])('reads %p as a constraint on %s', (text, fn) => {
    expect(recogniseFeature(text)).toEqual({ constraint: expect.objectContaining({ function: fn }) });
  });

  it('keeps a refusal inside the conversion it belongs to', () => {
    const design = designOf('convert the distance from km to miles, rejecting negative distances');
    expect(design?.path).toBe('/length/kilometres-to-miles');
    expect(design?.refusals).toEqual([
      { description: 'A negative distance (-1 kilometres) is refused.', input: { km: -1 } },
    ]);
  });

  it.each([
    ['Format a number of seconds as H:MM:SS', '/duration/format', 1],
    ['Given total seconds, return the time as HH:MM:SS', '/duration/format', 2],
    // The parts named as words beside a format or text word stay a text; named alone they are numbers
    // (shapes-phrasings.spec.ts).
    ['Format a number of seconds as hours, minutes and seconds', '/duration/format', 1],
    ['Sekunden als Text in Stunden, Minuten und Sekunden umrechnen', '/duration/format', 1],
    ['Convertir segundos a H:MM:SS', '/duration/format', 1],
    ['Convertir des secondes en texte heures, minutes et secondes', '/duration/format', 1],
    ['Convert H:MM:SS to seconds', '/duration/parse', 1],
    ['Durations like 1:01:05 are turned into seconds', '/duration/parse', 1],
    ['Parse a duration written HH:MM:SS', '/duration/parse', 2],
    ['Converti una durata H:MM:SS in secondi', '/duration/parse', 1],
  ])('reads %p as %s', (text, path, digits) => {
    const design = designOf(text);
    expect(design?.path).toBe(path);
    if (path.endsWith('format')) expect(design?.options).toEqual({ hourDigits: digits });
    else expect(design?.examples[0].input.duration).toBe(digits === 2 ? '01:01:05' : '1:01:05');
  });

  // Areas convert since units-area.ts (they were left alone before it).
  it.each([
    ['convert square metres to square feet', 'm2', 'ft2'],
    ['convert m2 to ft2', 'm2', 'ft2'],
    ['Quadratmeter in Quadratfuß umrechnen', 'm2', 'ft2'],
    ['convert 5 km² to mi²', 'km2', 'mi2'],
  ])('reads %p as an area from %s to %s', (text, from, to) => {
    const design = designOf(text);
    expect(design?.function).toBe('units.area');
    expect(design?.options).toMatchObject({ from, to });
  });

  it.each([
    'Create todos',
    'list the overdue tasks',
    'convert a temperature in Celsius to Fahrenheit',
    'Temperaturen von Kelvin in Fahrenheit umrechnen',
    'convert an amount in euros to US dollars',
    'convert pounds to euros',
    'Convert amounts between currencies',
    'Record each run with its distance in km and its pace per mile',
    'store the weight of each parcel in kg',
    'calculate the price per kilogram',
    'Shipping cost by weight in kg',
    'calculate the BMI from a weight in kg and a height in metres',
    'average speed in km/h from a distance in km and a time in minutes',
    'convert cubic feet to cubic metres',
    'convert square rods to square metres',
    'convert square metres to cubic metres',
    'Calculate the area of a room from its width and length in metres',
    'convert mpg to l/100km',
    'convert pace from min/km to min/mile',
    'convert megabits to megabytes',
    'convert tons to kilograms',
    'convert furlongs to metres',
    'convert angles from degrees to radians',
    'Convert between metric and imperial units',
    'convert lengths, weights and volumes',
    'reject negative values',
    'Record the duration of each call as H:MM:SS',
    'convert seconds to H:MM:SS and back to seconds',
    'format a timestamp as HH:MM',
    'format milliseconds as HH:MM:SS.mmm',
    'Return the file size in KB, MB or GB',
    'Convierte mi lista de tareas',
    'List products with their weight in kg',
    'Find stores within 10 miles of a location',
    'Reject uploads larger than 5 MB',
    'Cache entries expire after 60 seconds',
    'Show uptime as H:MM:SS',
    'Return the distance in kilometres and miles',
    'Convert the recipe quantities from cups to grams',
    'convert seconds to mm:ss',
    'Track conversions by page speed',
    'Track page speed and convert visitors',
    'convert volume discounts to percentages',
  ])('leaves %p alone', (text) => {
    expect(UNITS_FAMILY.recognise(text, text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])).toBeNull();
  });

  it('reads a readable size of bytes as the readable-size formatter, no longer leaving it alone', () => {
    const text = 'Convert bytes to a human readable size';
    const found = UNITS_FAMILY.recognise(text, text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    expect(found).toMatchObject({ design: { function: 'size.format', options: { system: 'binary' } } });
  });
});

describe('the contracts the designer makes from the units family', () => {
  const features = [
    'Convert a marathon distance of 42.195 km to miles, rounded to 2 decimals',
    'Entfernungen von Seemeilen in Kilometer umrechnen, auf 2 Nachkommastellen gerundet',
    'Convertir pesos de libras a kilogramos',
    'Convertir des litres en gallons US',
    'Converti velocità da nodi a chilometri orari',
    'Converter gibibytes para megabytes',
    'Convert a number of seconds to H:MM:SS, hours counting past 24',
    'Convert a duration written H:MM:SS to seconds, refusing malformed input',
    'Convert weights between kilograms, pounds and ounces, refusing negative weights',
    'negative distances are rejected',
  ];

  it('realises every feature under the SPEC gate free-text rule, constraints on their conversion', () => {
    const { contract } = designSpec(intentOf({ service_name: 'unit-tools', key_features: features }));
    const unrealised = featureFidelity(contract, features).filter((f) => !f.realised);
    expect(unrealised).toEqual([]);
    const kmToMiles = contract.endpoints.find((e) => e.path === '/length/kilometres-to-miles');
    expect(kmToMiles?.features).toContain('negative distances are rejected');
  });
});
