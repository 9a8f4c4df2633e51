import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { MutantBench, intentOf } from './testing/generated-release';

/*
 * Computations bound onto a route, parameters and fields the user spells (spelled-candidates.ts) are tested
 * under those names: the generated service passes its tests, and a route bound to the other direction of its
 * family, a parameter read under another written name, a rate table with one rate off, or a webhook signature
 * checked over the parsed body instead of the raw bytes each fail them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'GET /roemisch?zahl=<Zahl> liefert {"roemisch": Text}',
  'POST /roemisch/zurueck {"roemisch": Text} -> {"zahl": Ganzzahl}',
  'GET /tz/convert?at=YYYY-MM-DDTHH:MM&src=<zone>&dst=<zone> returns {"local": string, "offset": string}',
  'GET /fx?amount=<number>&from=EUR|USD|GBP&to=EUR|USD|GBP returns {"amount": number}; rates 1 EUR = 1.10 USD and 1 EUR = 0.85 GBP',
  'POST /hooks/github receives webhooks signed with HMAC-SHA256 (hex) in the X-Hub-Signature-256 header',
];

const bench = new MutantBench(client, {
  spelled: intentOf({ service_name: 'spelled-svc', key_features: FEATURES }),
});
const [acceptanceFile, endpointsFile] = GENERATED_LAYOUT.releaseTests;
const ACCEPTANCE = [acceptanceFile];
const run = (from: string, to: string, tests?: string[]) =>
  bench.run('spelled', from, to, ['src/handlers.ts', 'src/functions.ts'], tests);

beforeAll(async () => {
  await bench.setUp('spelled-bind-mutants');
});

afterAll(async () => {
  await bench.tearDown();
});

describe('computations bound onto the user’s own routes and names', () => {
  it('pass their generated tests as generated', async () => {
    expect((await run('export', 'export')).code).toBe(0);
  });

  it('fail them when GET /roemisch runs the other direction of its family', async () => {
    const mutant = await run(
      'const result = toRomanNumeral({ number: arg0 }, {});',
      'const result = fromRomanNumeral({ roman: String(arg0) }, {});',
      ACCEPTANCE,
    );
    expect(mutant.code).not.toBe(0);
  });

  it('fail them when the target zone is read under the source zone’s name', async () => {
    const mutant = await run(
      "const arg2 = requiredField(input, 'dst'",
      "const arg2 = requiredField(input, 'src'",
      ACCEPTANCE,
    );
    expect(mutant.code).not.toBe(0);
  });

  it('fail them when one rate of the table is off by one cent', async () => {
    expect((await run('"0.85"', '"0.86"', ACCEPTANCE)).code).not.toBe(0);
  });

  it('fail them when the webhook signature is checked over the parsed body, not the raw bytes', async () => {
    const mutant = await run(
      ".update(ctx.rawBody).digest('hex')",
      ".update(JSON.stringify(JSON.parse(ctx.rawBody.toString('utf8')))).digest('hex')",
      [endpointsFile],
    );
    expect(mutant.code).not.toBe(0);
  });
});
