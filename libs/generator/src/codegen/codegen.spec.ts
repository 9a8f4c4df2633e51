import {
  CODEGEN_OUTPUT_SCHEMA,
  FIXER_OUTPUT_SCHEMA,
  GENERATED_LAYOUT,
  GENERATED_PATH_PATTERN,
  LlmError,
  TESTGEN_OUTPUT_SCHEMA,
  applyFixerOutput,
  createLlmClient,
  releasePathFor,
  type GeneratedFile,
} from '@sf/llm';
import type { SpecContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import { edgeContract } from './testing/edge-contract';
import { generateProject, intentOf, specFor } from './testing/generated-release';

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
const SHA = 'ab'.repeat(32);

let payment: SpecContract;

beforeAll(async () => {
  ({ contract: payment } = await specFor(
    client,
    intentOf({
      service_name: 'payment-processor',
      priority: 'high',
      purpose: 'Process payments via Stripe',
      key_features: ['Stripe integration', 'Webhooks', 'Refunds'],
      port: 8350,
    }),
  ));
});

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LlmError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function file(files: GeneratedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} was not generated`);
  return found.content;
}

describe('code roles on the offline provider', () => {
  it('codegen answers the service files, valid against CODEGEN_OUTPUT_SCHEMA, offline at $0', async () => {
    const result = await client.complete({
      role: 'codegen',
      input: { contract: payment, spec_sha256: SHA },
      schema: CODEGEN_OUTPUT_SCHEMA,
    });
    expect(result.output.files.map((f) => f.path)).toEqual([
      'package.json',
      'tsconfig.json',
      'src/main.ts',
      'src/service.ts',
      'src/handlers.ts',
      'src/state.ts',
      'src/config.ts',
      'src/http-kit.ts',
      'src/validation.ts',
      'src/udc-core.d.ts',
    ]);
    expect(result.usage).toMatchObject({
      provider: 'offline',
      model: 'offline-v1',
      cost_usd: 0,
      offline: true,
    });
    expect(result.usage.input_tokens).toBeGreaterThan(1000);
    expect(result.usage.output_tokens).toBeGreaterThan(result.usage.input_tokens);
  });

  it('testgen answers the acceptance pack, endpoint tests and their support, valid against TESTGEN_OUTPUT_SCHEMA', async () => {
    const code = await client.complete({
      role: 'codegen',
      input: { contract: payment, spec_sha256: SHA },
      schema: CODEGEN_OUTPUT_SCHEMA,
    });
    const tests = await client.complete({
      role: 'testgen',
      input: { contract: payment, files: code.output.files },
      schema: TESTGEN_OUTPUT_SCHEMA,
    });
    expect(tests.output.files.map((f) => f.path)).toEqual([
      GENERATED_LAYOUT.testSupport,
      GENERATED_LAYOUT.acceptanceTest,
      GENERATED_LAYOUT.endpointTests,
    ]);
    expect(tests.usage).toMatchObject({ cost_usd: 0, offline: true });
  });

  it('fixer answers only regenerated sources, valid against FIXER_OUTPUT_SCHEMA', async () => {
    const files = await generateProject(client, payment, SHA);
    const fix = await client.complete({
      role: 'fixer',
      input: { contract: payment, files, failures: [{ test: 'AC-01', message: 'boom' }], iteration: 2 },
      schema: FIXER_OUTPUT_SCHEMA,
    });
    expect(fix.output.files).toEqual(files.filter((f) => f.path.startsWith('src/')));
  });

  it('is deterministic: the same input yields byte-identical files', async () => {
    expect(await generateProject(client, payment, SHA)).toEqual(await generateProject(client, payment, SHA));
  });

  it('refuses input that is not the role input with LLM_INPUT_INVALID', async () => {
    const provider = new OfflineProvider();
    expect(
      (
        await failure(
          Promise.resolve().then(() =>
            provider.answer('codegen', { contract: payment, spec_sha256: 'nope' }),
          ),
        )
      ).code,
    ).toBe('LLM_INPUT_INVALID');
    expect(
      (
        await failure(
          Promise.resolve().then(() =>
            provider.answer('testgen', { contract: { ...payment, udc: {} }, files: [] }),
          ),
        )
      ).code,
    ).toBe('LLM_INPUT_INVALID');
    const fixer = { contract: payment, files: [], failures: [], iteration: 0 };
    expect((await failure(Promise.resolve().then(() => provider.answer('fixer', fixer)))).code).toBe(
      'LLM_INPUT_INVALID',
    );
  });

  it('refuses a contract whose references do not resolve, naming each problem', async () => {
    // A JSON copy, not structuredClone: under Jest that builds arrays of another realm, which ajv's const rejects.
    const broken = JSON.parse(JSON.stringify(payment)) as SpecContract;
    broken.resources[0].fields.push({
      name: 'id',
      type: 'string',
      required: true,
      description: '',
      example: 'x',
    });
    broken.endpoints.push(
      {
        ...broken.endpoints[0],
        id: 'toggle-amount',
        path: '/payments/{id}/flip',
        behavior: { kind: 'toggle', resource: 'payment', param: 'id', field: 'amount' },
      },
      {
        ...broken.endpoints[0],
        id: 'shadow-health',
        method: 'GET',
        path: '/health',
        behavior: { kind: 'list', resource: 'ghost' },
      },
      { ...broken.endpoints[0], id: 'create-twice' },
    );
    const error = await failure(
      Promise.resolve().then(() =>
        new OfflineProvider().answer('codegen', { contract: broken, spec_sha256: SHA }),
      ),
    );
    expect(error.code).toBe('LLM_INPUT_INVALID');
    expect(error.details).toEqual([
      'resource payment declares field id, which the server generates',
      'two endpoints answer POST /payments',
      'endpoint toggle-amount: payment has no boolean field amount',
      'endpoint shadow-health uses the UDC path /health',
      'endpoint shadow-health: resource ghost is not declared',
    ]);
  });
});

describe('what the code looks like', () => {
  let files: GeneratedFile[];

  beforeAll(async () => {
    files = await generateProject(client, payment, SHA);
  });

  it('imports only Node built-ins and its own modules', () => {
    for (const f of files.filter((x) => x.path.endsWith('.ts'))) {
      const specifiers = [...f.content.matchAll(/^import [^;]*? from '([^']+)';$/gms)].map((m) => m[1]);
      for (const s of specifiers) expect(s).toMatch(/^(node:[a-z/]+|\.\.?\/[a-z-]+\.js)$/);
    }
  });

  it('writes one handler per endpoint from its behaviour instead of embedding the contract', () => {
    const handlers = file(files, 'src/handlers.ts');
    const exported = [...handlers.matchAll(/^export function (\w+)\(ctx: RequestContext\): Reply \{$/gm)].map(
      (m) => m[1],
    );
    expect(exported).toEqual([
      'createPayment',
      'getPayment',
      'listPayments',
      'receiveStripeWebhook',
      'listStripeWebhookEvents',
      'getStripeWebhookEvent',
      'replayStripeWebhook',
      'createRefund',
      'getRefund',
      'listRefunds',
    ]);
    expect(handlers).toContain("requiredField(input, 'amount', isInteger, problems)");
    expect(handlers).toContain('timingSafeEqual(given, expected)');
    for (const f of files.filter((x) => x.path.startsWith('src/'))) {
      expect(f.content).not.toMatch(/behavior|acceptance|"kind"|kind: '(create|get|list)'/);
    }
  });

  it('reads the environment only at the entry, through loadConfig with the contract defaults', () => {
    const touching = files.filter((f) => f.path.startsWith('src/') && f.content.includes('process.env'));
    expect(touching.map((f) => f.path)).toEqual(['src/main.ts']);
    const config = file(files, 'src/config.ts');
    expect(config).toContain("read('PORT', '8350')");
    expect(config).toContain("STRIPE_WEBHOOK_SECRET: read('STRIPE_WEBHOOK_SECRET', 'whsec_dev_");
    expect(config).toContain(`spec_sha256: '${SHA}'`);
    expect(config).toContain('maxBodyBytes: 1048576');
  });

  it('names every acceptance test by its check id, in contract order', () => {
    const pack = file(files, GENERATED_LAYOUT.acceptanceTest);
    expect([...pack.matchAll(/^test\('([^']+)', async/gm)].map((m) => m[1])).toEqual(
      payment.acceptance.map((a) => a.id),
    );
  });

  it('keeps hostile contract text inert: strings are escaped, comments cannot be closed', async () => {
    const edge = await generateProject(client, edgeContract(), SHA);
    const all = edge.map((f) => f.content).join('\n');
    expect(file(edge, 'src/handlers.ts')).toContain('/** POST /records: new * / `tick` ${process.exit(1)}');
    // Escaped in a single-quoted literal: backslash, quote and the line separator; the rest stays text.
    expect(file(edge, 'src/service.ts')).toContain(
      "'*/ `tick` ${process.exit(1)} \\\\ \\'single\\' \"double\" \\u2028 // end'",
    );
    expect(all).not.toContain('\u2028');
    // A literal `__proto__` key would set the prototype instead of creating the key.
    expect(file(edge, 'src/handlers.ts')).toContain("['__proto__']: 4");
  });
});

describe('GENERATED_LAYOUT and releasePathFor', () => {
  it('maps sources to the release root, tests under tests/, and drops type-only files', () => {
    expect(
      [
        'src/main.ts',
        'src/service.ts',
        'src/udc-core.d.ts',
        'tests/acceptance.test.ts',
        'tests/support.ts',
        'package.json',
        'tsconfig.json',
        'README.md',
      ].map(releasePathFor),
    ).toEqual([
      'main.js',
      'service.js',
      null,
      'tests/acceptance.test.js',
      'tests/support.js',
      'package.json',
      null,
      null,
    ]);
    expect(releasePathFor(GENERATED_LAYOUT.entry)).toBe(GENERATED_LAYOUT.releaseEntry);
    expect(GENERATED_LAYOUT.releaseTests).toEqual(
      [GENERATED_LAYOUT.acceptanceTest, GENERATED_LAYOUT.endpointTests].map(releasePathFor),
    );
  });

  it('accepts only plain relative posix paths', () => {
    for (const ok of ['src/main.ts', 'package.json', 'tests/a.b-c_d.ts'])
      expect(GENERATED_PATH_PATTERN.test(ok)).toBe(true);
    for (const bad of [
      '/etc/passwd',
      '../x.ts',
      'src/../tests/a.ts',
      './src/a.ts',
      'src//a.ts',
      'src\\a.ts',
      '',
      'src/.',
    ]) {
      expect(GENERATED_PATH_PATTERN.test(bad)).toBe(false);
    }
  });
});

describe('applyFixerOutput', () => {
  const current: GeneratedFile[] = [
    { path: 'src/a.ts', content: 'a1' },
    { path: 'tests/acceptance.test.ts', content: 't1' },
    { path: 'src/b.ts', content: 'b1' },
  ];
  const locked = ['tests/'];

  it('replaces and adds source files, keeping the order of the current set', () => {
    const fix = [
      { path: 'src/b.ts', content: 'b2' },
      { path: 'src/c.ts', content: 'c1' },
    ];
    expect(applyFixerOutput(current, fix, locked)).toEqual({
      files: [
        { path: 'src/a.ts', content: 'a1' },
        { path: 'tests/acceptance.test.ts', content: 't1' },
        { path: 'src/b.ts', content: 'b2' },
        { path: 'src/c.ts', content: 'c1' },
      ],
      rejected: [],
    });
  });

  it('rejects any change under a locked prefix and any path that could escape it', () => {
    const fix = [
      { path: 'tests/acceptance.test.ts', content: 'weakened' },
      { path: 'tests/new.test.ts', content: 'x' },
      { path: 'tests', content: 'x' },
      { path: 'src/../tests/acceptance.test.ts', content: 'x' },
      { path: '/tmp/evil.ts', content: 'x' },
      { path: 'src/a.ts', content: 'a2' },
    ];
    const result = applyFixerOutput(current, fix, locked);
    expect(result.rejected).toEqual([
      'tests/acceptance.test.ts',
      'tests/new.test.ts',
      'tests',
      'src/../tests/acceptance.test.ts',
      '/tmp/evil.ts',
    ]);
    expect(result.files.map((f) => f.content)).toEqual(['a2', 't1', 'b1']);
  });

  it('does not modify its inputs', () => {
    const before = JSON.parse(JSON.stringify(current)) as GeneratedFile[];
    const fix = [{ path: 'src/a.ts', content: 'a2' }];
    applyFixerOutput(current, fix, locked);
    expect(current).toEqual(before);
    expect(fix).toEqual([{ path: 'src/a.ts', content: 'a2' }]);
  });
});
