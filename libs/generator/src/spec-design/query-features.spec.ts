import type { IntentInput } from '@sf/contracts';
import { extractContract, renderSpec, verifySpec, type SpecContract } from '@sf/service-spec';
import { recogniseFeature } from '../catalog/catalog';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { bindLiteral } from '../catalog/literal-binding';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';

/*
 * A computation whose feature writes a GET route with its own query or path parameter names (and response
 * field names) is bound onto them: the parameters by their written types, then by the side of a conversion a
 * name stands for (src/dst, von/nach, depuis/vers), a date-time placeholder for a time. Each SPEC below passes
 * the gate with the feature realised, and a correct implementation (the reference service) answers its pack,
 * which sends exactly those parameters and refuses a missing or non-numeric one.
 */

function intent(key_features: string[]): IntentInput {
  return {
    service_name: 'query-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'a conversion service',
    key_features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };
}

function spec(feature: string): { contract: SpecContract; problems: string[]; realised: boolean } {
  const i = intent([feature]);
  const { contract, notes } = designSpec(i);
  const markdown = renderSpec(contract, { notes });
  const [fidelity] = verifySpec(markdown, i).fidelity;
  return { contract: extractContract(markdown), problems: fidelity.problems, realised: fidelity.realised };
}

function design(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not recognised: ${text}`);
  return found.design;
}

describe('computations bound to the query and path parameters a feature writes', () => {
  it.each([
    [
      'a French volume converter with depuis/vers',
      'GET /volume?valeur=<nombre>&depuis=<unité>&vers=<unité> convertit des volumes entre litres et gallons',
      { valeur: 'number', depuis: 'string', vers: 'string' },
    ],
    [
      'a German length converter with von/nach',
      'GET /laenge?wert=<Zahl>&von=<Einheit>&nach=<Einheit> Längen umrechnen (m, km, ft, mi)',
      { wert: 'number', von: 'string', nach: 'string' },
    ],
    [
      'a base converter with a written base range',
      'GET /base?digits=<text>&source=<2-36>&target=<2-36> converts numbers between bases',
      { digits: 'string', source: 'integer', target: 'integer' },
    ],
    [
      'a time zone converter with a date-time placeholder',
      'GET /tz?when=<datetime>&src_zone=<IANA zone>&dst_zone=<IANA zone> converts a wall-clock time between time zones',
      { when: 'string', src_zone: 'string', dst_zone: 'string' },
    ],
  ])('realises %s', (_name, feature, params) => {
    const { contract, problems, realised } = spec(feature);

    expect(problems).toEqual([]);
    expect(realised).toBe(true);
    const [e] = contract.endpoints;
    expect(e.method).toBe('GET');
    expect(Object.fromEntries((e.request.query ?? []).map((q) => [q.name, q.type]))).toEqual(params);
    expect(runAcceptancePack(contract)).toEqual([]);
    const refused = contract.acceptance.filter((c) => c.kind === 'error').map((c) => c.description);
    for (const name of Object.keys(params)) {
      expect(refused).toContain(
        `A request without the query parameter ${name} (missing) is refused, naming it.`,
      );
    }
  });

  it('binds source and target by their names and answers the target unit where the response names it', () => {
    const feature =
      'GET /distance?metres=<number>&from_unit=<unit>&to_unit=<unit> converts lengths -> {"metres": number, "unit": "<to_unit>"}';

    const bound = bindLiteral(feature, design(feature));

    expect(bound?.inputs.map((i) => [i.param, i.field.name])).toEqual([
      ['value', 'metres'],
      ['from', 'from_unit'],
      ['to', 'to_unit'],
    ]);
    expect(bound?.outputs.map((o) => [o.result, o.field])).toEqual([
      ['value', 'metres'],
      ['unit', 'unit'],
    ]);
    for (const x of bound?.examples ?? []) expect(x.output.unit).toBe(x.input.to_unit);
    expect(runAcceptancePack(spec(feature).contract)).toEqual([]);
  });

  it('reads a Roman numeral conversion from a path parameter and the field it answers', () => {
    const { contract, realised } = spec('GET /numerals/{value} returns {"numeral": string} (Roman numerals)');

    expect(realised).toBe(true);
    expect(contract.endpoints[0].behavior).toMatchObject({ function: 'roman.to-roman' });
    const junk = contract.acceptance.find((c) => c.description.includes('"12abc"'));
    expect(junk?.steps[0].request.path).toBe('/numerals/12abc');
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('does not guess which of two parameters with names that say nothing is the source', () => {
    const feature = 'GET /lengths?a=<unit>&b=<unit>&v=<number> converts lengths between m and ft';

    expect(bindLiteral(feature, design(feature))).toBeNull();
    expect(spec(feature).realised).toBe(false);
  });

  it('does not bind a number placeholder to a text input', () => {
    const feature = 'GET /base?digits=<number>&source=<2-36>&target=<2-36> converts numbers between bases';

    expect(bindLiteral(feature, design(feature))).toBeNull();
  });

  it('ranks scores by the count a written limit parameter asks for, not pages of them', () => {
    const features = [
      'POST /scores with body {"player": string, "points": integer} stores a score',
      'GET /scores/top?limit=N returns the N best scores',
    ];
    const i = intent(features);
    const { contract, notes } = designSpec(i);
    const markdown = renderSpec(contract, { notes });

    expect(verifySpec(markdown, i).fidelity.map((f) => f.problems)).toEqual([[], []]);
    const top = extractContract(markdown).endpoints.find((e) => e.path === '/scores/top');
    expect(top?.behavior).toMatchObject({
      kind: 'ranking',
      score_field: 'points',
      order: 'desc',
      count_param: 'limit',
    });
    expect(runAcceptancePack(extractContract(markdown))).toEqual([]);
  });

  it('leaves "the N best" of records without a score unrealised rather than ranking a time on a guess', () => {
    const features = [
      'Record race results with a runner name, a time in seconds and a club',
      'GET /results/top?count=N lists the N best results',
    ];
    const i = intent(features);
    const { contract, notes } = designSpec(i);

    expect(verifySpec(renderSpec(contract, { notes }), i).fidelity[1].realised).toBe(false);
  });

  it('ranks by a count parameter capped "at most n" only when the order is written out', () => {
    const realised = (features: string[]) => {
      const i = intent(features);
      const { contract, notes } = designSpec(i);
      return verifySpec(renderSpec(contract, { notes }), i).fidelity.map((f) => f.realised);
    };
    const run = 'POST /runs with body {"player": string, "score": integer} records a run';

    expect(realised([run, 'GET /runs/best?n=5 lists at most n runs, highest score first'])).toEqual([
      true,
      true,
    ]);
    expect(
      realised([
        'Produkte mit Name und Preis anlegen',
        'GET /produkte?limit=20 zeigt höchstens limit Produkte, nach Preis sortiert',
      ])[1],
    ).toBe(false);
  });

  it('does not rank "the N best" lap times highest first: best is the lowest of a time', () => {
    const i = intent([
      'POST /laps with body {"driver": string, "lap_time": number} records a lap',
      'GET /laps/top?limit=N returns the N best lap times',
    ]);
    const { contract, notes } = designSpec(i);

    expect(contract.endpoints.some((e) => e.behavior.kind === 'ranking')).toBe(false);
    expect(verifySpec(renderSpec(contract, { notes }), i).fidelity[1].realised).toBe(false);
  });
});
