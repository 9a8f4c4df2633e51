import { OfflineProvider } from '@sf/generator';
import type { IntentInput } from '@sf/contracts';
import {
  extractContract,
  renderSpec,
  unrealisedFeatures,
  verifySpec,
  type SpecVerification,
} from '@sf/service-spec';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedFile } from '@sf/llm';
import { freePort } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { transpile } from '../../apps/build-executor/src/build-line/release-builder';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { answerLikeAModel, readModelRequest } from '../support/model-answers';
import {
  dropPrefix,
  goodSpec,
  intent,
  openStream,
  request,
  startTestExecutor,
  startTestFactory,
  tempDir,
} from '../support/harness';

/*
 * The fidelity gate holds whatever writes the SPEC: here a model faked at the wire (OpenAI protocol, the real
 * SDK). Its first SPEC is complete but serves the feature on another route; the gate refuses it and the
 * optimizer is told which feature and why; its second SPEC is faithful and passes.
 */

const FEATURE = 'GET /hello returns {"message": string}';
const offline = new OfflineProvider();

/** The rule-based generator's SPEC for `input`, optimized until it passes: complete and faithful. */
function faithfulSpec(input: IntentInput): string {
  let markdown = (offline.answer('spec_builder', { intent: input }) as { spec_markdown: string })
    .spec_markdown;
  let verification = verifySpec(markdown, input);
  for (let round = 0; round < 3 && verification.score < 90; round++) {
    const optimized = offline.answer('spec_optimizer', {
      intent: input,
      spec_markdown: markdown,
      verification,
    });
    markdown = (optimized as { spec_markdown: string }).spec_markdown;
    verification = verifySpec(markdown, input);
  }
  return markdown;
}

/** The same SPEC with the feature's route moved to `/hi`: as complete as before, no longer what was asked. */
function elsewhere(markdown: string): string {
  const contract = extractContract(markdown);
  for (const e of contract.endpoints) if (e.path === '/hello') e.path = '/hi';
  for (const check of contract.acceptance) {
    for (const step of check.steps) if (step.request.path === '/hello') step.request.path = '/hi';
  }
  return renderSpec(contract);
}

describe('fidelity gate with a model faked at the wire', () => {
  let fake: FakeLlmVendor;
  let factory: StartedFactory;
  const optimizerSaw: SpecVerification[] = [];

  beforeAll(async () => {
    fake = await startFakeLlmVendor({
      answer: (vendor, body) => {
        const { role, input } = readModelRequest(vendor, body);
        const asked = input.intent as IntentInput;
        if (role === 'spec_builder') return { spec_markdown: elsewhere(faithfulSpec(asked)) };
        if (role === 'spec_optimizer') {
          optimizerSaw.push(input.verification as SpecVerification);
          return { spec_markdown: faithfulSpec(asked) };
        }
        throw new Error(`no ${role} call expected`);
      },
    });
    factory = await startTestFactory('fidelity-gate', {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-openai-test',
      OPENAI_BASE_URL: fake.openaiURL,
      LLM_FALLBACK_CHAIN: 'openai/gpt-4o',
    });
  });

  afterAll(async () => {
    await factory?.close();
    await dropPrefix(factory.config.REDIS_PREFIX);
    await fake?.close();
  });

  it('refuses a complete SPEC that serves the feature elsewhere, tells the optimizer why, and passes the faithful one', async () => {
    const res = await request(
      factory.url,
      'POST',
      '/intents/submit',
      intent('hello-fidelity', { port: 9521, key_features: [FEATURE], auto_build: false }),
    );
    expect(res.status).toBe(202);

    const stream = openStream(`${factory.url.replace(/^http/, 'ws')}/intents/${res.body.intent_id}/stream`);
    await stream.until((e) => e.type === 'status_changed' && e.data.to === 'spec_ready', 30_000);
    stream.close();

    const scored = stream.events.filter((e) => e.type === 'phase_completed' && e.phase === 'spec_verifying');
    expect(scored.map((e) => e.data.score >= 90)).toEqual([false, true]);
    expect(scored[0].data.findings).toContainEqual(expect.stringContaining('no endpoint GET /hello'));
    expect(optimizerSaw).toHaveLength(1);
    expect(unrealisedFeatures(optimizerSaw[0]).map((f) => f.feature)).toEqual([FEATURE]);
    const status = await request(factory.url, 'GET', `/intents/${res.body.intent_id}/status`);
    expect(status.body.spec.fidelity).toEqual([
      { feature: FEATURE, checked: 'literal', realised: true, problems: [] },
    ]);
    expect(fake.requests.map((r) => readModelRequest(r.vendor, r.body).role)).toEqual([
      'spec_builder',
      'spec_optimizer',
    ]);
  });
});

/*
 * The worked examples are the frozen acceptance pack, whatever model writes the code: here codegen and the fixer
 * are a model faked at the wire that ignores the example (GET /hello greets wrongly) and whose repair also
 * rewrites the acceptance tests. The repair loop runs its bounded rounds, the build refuses the edited tests
 * each time, the tests it runs are exactly what testgen wrote, and the build does not pass.
 */
describe('frozen worked examples with codegen faked at the wire', () => {
  let fake: FakeLlmVendor;
  let executor: StartedExecutor;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const testgenFiles: GeneratedFile[][] = [];
  const wrong = (files: GeneratedFile[]): GeneratedFile[] =>
    files.map((f) =>
      f.path === 'src/handlers.ts'
        ? { ...f, content: f.content.replace("'Hello, world!'", "'Goodbye, world!'") }
        : f,
    );

  beforeAll(async () => {
    fake = await startFakeLlmVendor({
      answer: (vendor, body) => {
        const { role } = readModelRequest(vendor, body);
        const answer = answerLikeAModel(vendor, body) as { files: GeneratedFile[] };
        if (role === 'codegen') return { files: wrong(answer.files) };
        if (role === 'testgen') testgenFiles.push(answer.files);
        if (role === 'fixer') {
          const weakened = "import { test } from 'node:test';\ntest('AC-01', () => {});\n";
          return { files: [...wrong(answer.files), { path: 'tests/acceptance.test.ts', content: weakened }] };
        }
        return answer;
      },
    });
    dir = await tempDir('frozen-examples');
    executor = await startTestExecutor('frozen-examples', dir.path, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-openai-test',
      OPENAI_BASE_URL: fake.openaiURL,
      LLM_FALLBACK_CHAIN: 'openai/gpt-4o',
      MAX_FIX_ITERATIONS: '2',
    });
  });

  afterAll(async () => {
    await executor?.close();
    await dropPrefix(executor.config.REDIS_PREFIX);
    await fake?.close();
    await dir?.remove();
  });

  it('runs the repair loop, keeps the acceptance tests testgen wrote, and does not pass', async () => {
    const spec = await goodSpec('hello-frozen', await freePort(), ['GET /hello endpoint']);
    const submitted = await request(executor.url, 'POST', '/builds/submit', { spec });
    expect(submitted.status).toBe(202);
    const id = submitted.body.build_id as string;
    const closed = await openStream(`${executor.url.replace(/^http/, 'ws')}/builds/${id}/stream`).closed;
    const status = (await request(executor.url, 'GET', `/builds/${id}/status`)).body;

    expect(status.status).toBe('needs_human_review');
    expect(status.error).toMatchObject({ code: 'TESTS_FAILING', phase: 'testing' });
    const roles = fake.requests.map((r) => readModelRequest(r.vendor, r.body).role);
    expect(roles.filter((r) => r === 'fixer')).toHaveLength(2);
    const refusals = closed.events.filter((e) => e.type === 'log' && /refused fixer changes/.test(e.message));
    expect(refusals.map((e) => e.data.rejected)).toEqual([
      ['tests/acceptance.test.ts'],
      ['tests/acceptance.test.ts'],
    ]);
    const frozen = testgenFiles[0].find((f) => f.path === 'tests/acceptance.test.ts') as GeneratedFile;
    const ran = await readFile(join(status.artifacts.dir, 'work/tests/acceptance.test.js'), 'utf8');
    expect(ran).toBe((await transpile([frozen]))[0].content);
    expect(status.error.details.failures.map((f: { test: string }) => f.test)).toContain('AC-01');
  });
});
