import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { familyProjects, type FileEdit } from '../codegen/testing/generated-release';

/*
 * Routes written with placeholders and converters limited to the units they name are load-bearing in their
 * generated tests: each service passes its frozen acceptance pack as generated, and fails it when the example value
 * becomes a literal route that answers only that value, when a unit the feature leaves out is accepted, or when a
 * spelling the feature gives is read as another unit.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES = {
  'speed-listed': {
    features: [
      'GET /velocita?valore=<numero>&da=<unità>&verso=<unità> converte tra kmh, ms e nodi, arrotondato a 2 decimali',
    ],
  },
  'numeral-path': {
    features: [
      'GET /numeral/:value returns {"numeral": string}, e.g. GET /numeral/2026 returns {"numeral": "MMXXVI"}',
    ],
  },
  'temperature-pair': {
    features: ['Convert temperatures between Celsius and Fahrenheit only, rounded to 1 decimal'],
  },
};

const MUTANTS: [family: keyof typeof FAMILIES, name: string, edits: FileEdit[]][] = [
  [
    'speed-listed',
    'a unit the feature leaves out (mph) accepted',
    [
      ['src/handlers.ts', /\["kmh","ms","nodi"\]/g, '["kmh","ms","nodi","mph"]'],
      ['src/handlers.ts', `"nodi":"kn"}`, `"nodi":"kn","mph":"mph"}`],
    ],
  ],
  ['speed-listed', 'nodi read as miles per hour', [['src/handlers.ts', `"nodi":"kn"`, `"nodi":"mph"`]]],
  [
    'numeral-path',
    'the example value served as a literal route',
    [['src/service.ts', `route('GET', '/numeral/{value}'`, `route('GET', '/numeral/2026'`]],
  ],
  [
    'temperature-pair',
    'Kelvin accepted though the feature names Celsius and Fahrenheit only',
    [['src/handlers.ts', /\["C","F"\]/g, '["C","F","K"]']],
  ],
];

const projects = familyProjects(client, 'placeholder-routes', FAMILIES);

describe.each(Object.keys(FAMILIES))('the %s service', (name) => {
  it('passes its frozen acceptance pack as generated', async () => {
    expect((await projects.get(name)!.acceptance()).code).toBe(0);
  });

  it.each(MUTANTS.filter(([family]) => family === name).map(([, label, edits]) => [label, edits] as const))(
    'fails it when %s',
    async (_label, edits) => {
      const project = projects.get(name)!;
      expect((await project.acceptance(project.editAll(edits))).code).not.toBe(0);
    },
  );
});
