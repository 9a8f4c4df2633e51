import 'reflect-metadata';
import { freePort } from '@sf/platform';
import type { StartedExecutor } from '../../apps/build-executor/src/executor-app';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { startFakeLlmVendor, type FakeLlmVendor } from '../../scripts/support/fake-llm-vendor';
import { answerLikeAModel } from '../support/model-answers';
import { intent, request, startTestPipeline, waitForStatus, type TestPipeline } from '../support/harness';

/*
 * The budget end to end: a paid provider (the fake speaking OpenAI) and budgets too small for the next call.
 * Non-critical work parks as paused_budget without losing anything and resumes once an operator raises the
 * limit; a critical intent goes on with the offline provider instead.
 */
describe('budget exhaustion parks intents and builds, and they resume', () => {
  let fake: FakeLlmVendor;
  let pipeline: TestPipeline;
  let factory: StartedFactory;
  let executor: StartedExecutor;

  beforeAll(async () => {
    fake = await startFakeLlmVendor({ answer: answerLikeAModel });
    pipeline = await startTestPipeline('llm-budget', {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-openai-test',
      OPENAI_BASE_URL: fake.openaiURL,
      LLM_FALLBACK_CHAIN: 'openai/gpt-4o',
      DAILY_BUDGET_USD: '100',
      // Enough for the SPEC line's two calls, not for codegen's reservation on top of them.
      MAX_COST_PER_INTENT_USD: '0.3',
      BUDGET_RECHECK_MS: '300',
    });
    ({ factory, executor } = pipeline);
  });

  afterAll(async () => {
    await pipeline?.close();
    await fake?.close();
  });

  const events = async (id: string) =>
    (await request(factory.url, 'GET', `/intents/${id}/status`)).body as {
      status: string;
      build: { phase: string | null } | null;
      cost: { usd: number };
    };

  it('parks a build whose codegen the per-intent budget cannot cover, and resumes it when the limit is raised', async () => {
    const res = await request(
      factory.url,
      'POST',
      '/intents/submit',
      intent('budget-notes', { port: await freePort() }),
    );
    expect(res.status).toBe(202);
    const id: string = res.body.intent_id;
    await waitForStatus(factory.url, id, 'paused_budget', 30_000);
    const paused = await events(id);
    expect(paused.build?.phase).toBe('paused_budget');
    expect(paused.cost.usd).toBeLessThanOrEqual(0.3);
    const build = await request(executor.url, 'GET', `/builds/bld_${id.replace(/^int_/, '')}/status`);
    expect(build.body).toMatchObject({ status: 'paused_budget', paused_from: 'codegen' });

    // Still parked after several re-checks: nothing moves while the budget is short.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await events(id)).status).toBe('paused_budget');

    const raised = await request(factory.url, 'PUT', '/api/admin/budget', { per_intent_usd: 5 });
    expect(raised.status).toBe(200);
    await waitForStatus(factory.url, id, 'deployed', 60_000);
    await request(executor.url, 'POST', '/deployments/budget-notes/stop');
  });

  it('parks an intent at its first SPEC call when the daily budget is spent, then resumes it', async () => {
    expect((await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 0 })).status).toBe(200);
    const res = await request(
      factory.url,
      'POST',
      '/intents/submit',
      intent('budget-later', { port: await freePort(), auto_build: false }),
    );
    const id: string = res.body.intent_id;
    await waitForStatus(factory.url, id, 'paused_budget', 30_000);
    const before = fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(fake.requests.length).toBe(before);

    expect((await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 100 })).status).toBe(200);
    await waitForStatus(factory.url, id, 'spec_ready', 30_000);
  });

  it('lets a critical intent go on with the offline provider when the budget is spent', async () => {
    expect((await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 0 })).status).toBe(200);
    const before = fake.requests.length;
    const res = await request(
      factory.url,
      'POST',
      '/intents/submit',
      intent('budget-critical', { port: await freePort(), priority: 'critical', auto_build: false }),
    );
    const id: string = res.body.intent_id;
    await waitForStatus(factory.url, id, 'spec_ready', 30_000);
    expect(fake.requests.length).toBe(before);
    const status = await events(id);
    expect(status.cost.usd).toBe(0);
  });
});
