import { exportedMetricNames, METRIC_CATALOG } from './metric-catalog';
import { ServiceMetrics } from './service-metrics';
import { llmMetricsObserver, recordBudget } from './llm-metrics';
import { sampleProcess } from './process-metrics';

describe('ServiceMetrics', () => {
  it('registers every catalog metric of the service with its prefix, and nothing else', async () => {
    const metrics = new ServiceMetrics('executor');
    const text = await metrics.render();
    const typed = [...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]).sort();
    const expected = METRIC_CATALOG.filter((m) => m.services.includes('executor'))
      .map((m) => `executor_${m.name}`)
      .sort();
    expect(typed).toEqual(expected);
    expect(exportedMetricNames('executor')).toContain('executor_phase_duration_seconds_bucket');
  });

  it('records counters, gauges and histograms by catalog name', async () => {
    const metrics = new ServiceMetrics('factory');
    metrics.inc('intents_submitted_total', { priority: 'high' });
    metrics.inc('intents_submitted_total', { priority: 'high' }, 2);
    metrics.set('redis_up', {}, 1);
    metrics.observe('spec_score', {}, 93);
    const text = await metrics.render();
    expect(text).toContain('factory_intents_submitted_total{priority="high"} 3');
    expect(text).toContain('factory_redis_up 1');
    expect(text).toContain('factory_spec_score_bucket{le="95"} 1');
  });

  it('refuses a name that is not in the catalog for this service', () => {
    const metrics = new ServiceMetrics('executor');
    expect(() => metrics.inc('intents_submitted_total')).toThrow(/no counter "intents_submitted_total"/);
  });

  it('times a phase step with its outcome, rethrowing failures', async () => {
    const metrics = new ServiceMetrics('executor');
    await metrics.timePhase('codegen', () => Promise.resolve());
    await expect(metrics.timePhase('testing', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    const text = await metrics.render();
    expect(text).toContain('executor_phase_duration_seconds_count{phase="codegen",outcome="ok"} 1');
    expect(text).toContain('executor_phase_duration_seconds_count{phase="testing",outcome="error"} 1');
  });

  it('runs scrape samplers before rendering, and survives one that throws', async () => {
    const metrics = new ServiceMetrics('factory');
    metrics.onScrape(() => {
      throw new Error('redis down');
    });
    metrics.onScrape(() => metrics.set('executor_available', {}, 1));
    expect(await metrics.render()).toContain('factory_executor_available 1');
  });

  it('samples event-loop delay, resident memory and heap used at scrape time', async () => {
    const metrics = new ServiceMetrics('executor');
    const stop = sampleProcess(metrics);
    try {
      const text = await metrics.render();
      for (const q of ['p50', 'p99', 'max'])
        expect(text).toMatch(
          new RegExp(`^executor_event_loop_delay_seconds\\{stat="${q}"\\} [0-9.e-]+$`, 'm'),
        );
      expect(Number(/^executor_process_resident_memory_bytes (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
      expect(Number(/^executor_process_heap_used_bytes (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });

  it('does nothing and registers nothing when disabled', async () => {
    const metrics = new ServiceMetrics('factory', false);
    metrics.inc('no_such_metric');
    expect((await metrics.render()).trim()).toBe('');
  });
});

describe('llmMetricsObserver', () => {
  const entry = {
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    role: 'codegen',
    outcome: 'ok',
    input_tokens: 1000,
    output_tokens: 200,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    cost_usd: 0.006,
    latency_ms: 1500,
    cached: false,
  };

  it('feeds calls, tokens by kind, cost, latency, fallbacks and breaker state', async () => {
    const metrics = new ServiceMetrics('executor');
    const observer = llmMetricsObserver(metrics);
    observer.onEntry(entry);
    observer.onEntry({ ...entry, outcome: 'cache_hit', cached: true, cost_usd: 0, latency_ms: 0 });
    observer.onFallback({ provider: 'anthropic', model: 'claude-sonnet-4-5', level: 0 }, 'breaker_open');
    observer.onBreakerState('anthropic', 'claude-sonnet-4-5', 'open');
    const text = await metrics.render();
    const m = 'provider="anthropic",model="claude-sonnet-4-5"';
    expect(text).toContain(`executor_llm_calls_total{${m},role="codegen",outcome="ok"} 1`);
    expect(text).toContain(`executor_llm_calls_total{${m},role="codegen",outcome="cache_hit"} 1`);
    expect(text).toContain(`executor_llm_tokens_total{${m},kind="input"} 2000`);
    expect(text).toContain(`executor_llm_cost_usd_total{${m}} 0.006`);
    expect(text).toContain(`executor_llm_latency_seconds_count{${m}} 1`);
    expect(text).toContain(`executor_llm_fallbacks_total{${m},reason="breaker_open"} 1`);
    expect(text).toContain(`executor_llm_breaker_state{${m}} 2`);
  });

  it('never throws, even when the registry refuses a sample', () => {
    const observer = llmMetricsObserver({
      inc: () => {
        throw new Error('boom');
      },
    } as unknown as ServiceMetrics);
    expect(() => observer.onEntry(entry)).not.toThrow();
  });

  it('sets the budget gauges from a snapshot', async () => {
    const metrics = new ServiceMetrics('factory');
    recordBudget(metrics, { spent_usd: 2.5, daily_budget_usd: 10 });
    const text = await metrics.render();
    expect(text).toContain('factory_budget_spent_usd 2.5');
    expect(text).toContain('factory_budget_used_ratio 0.25');
  });
});
