/**
 * `npm run bench:llm`: what `libs/llm` adds to a model call. The same calls go, interleaved, (a) straight through
 * the Anthropic SDK, (b) through `LlmClient` with the Anthropic provider alone, and (c) through `LlmClient` with the
 * full accounting a service runs: the Redis ledger, budget reservation, exact cache (every input differs, so every
 * call misses the cache and pays for the lookup and the store) and the circuit breaker shared through Redis — all
 * against one local fake of the Messages API in a child process. Reports p50/p99 of each column and what (b) and
 * (c) add over (a), per call (paired) and by percentile; and for (c) the Redis round trips and commands per call:
 * a round trip is a burst of writes on the client's socket with no reply read in between (commands sent in one
 * tick, which auto-pipelining batches), counted by watching the socket; commands come from Redis's own
 * `INFO commandstats`.
 *
 * Env: BENCH_LLM_CALLS (per column, default 2000), BENCH_LLM_WARMUP (default 200), BENCH_SLOWLOG=1 (also prints
 * Redis's own time per call for each script and command, from SLOWLOG with a zero threshold).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { OfflineProvider } from '@sf/generator';
import {
  AnthropicProvider,
  buildPrompt,
  createCostServices,
  LlmClient,
  loadPriceTable,
  resolveRouting,
  SPEC_DRAFT_OUTPUT_SCHEMA,
  type LlmProvider,
} from '@sf/llm';
import { createRedis, startEmbeddedRedis } from '@sf/platform';
import type { Redis } from 'ioredis';
import { median, percentile, saveResult, startChild } from './support';

const CALLS = Number(process.env.BENCH_LLM_CALLS ?? 2000);
const WARMUP = Number(process.env.BENCH_LLM_WARMUP ?? 200);
const MODEL = 'claude-sonnet-4-6';
const API_KEY = 'sk-ant-bench';

function intentFor(i: number) {
  return {
    intent: {
      service_name: `bench-svc-${i}`,
      service_type: 'domain',
      priority: 'medium',
      purpose: `Benchmark service number ${i} that stores notes`,
      key_features: ['create a note', 'list notes', 'get a note by id'],
      dependencies: [],
      port: 9100,
      auto_build: true,
      approval_mode: 'auto',
    },
  };
}

/** The request the provider would send, built outside the timed region for the direct column. */
function directParams(input: unknown): Anthropic.MessageCreateParamsNonStreaming {
  const prompt = buildPrompt({ role: 'spec_builder', input });
  const tool = 'emit_spec_builder_output';
  return {
    model: MODEL,
    max_tokens: 8_000,
    system: [{ type: 'text', text: prompt.system, cache_control: { type: 'ephemeral' } }],
    tools: [
      {
        name: tool,
        input_schema: SPEC_DRAFT_OUTPUT_SCHEMA as unknown as Anthropic.Tool.InputSchema,
      },
    ],
    tool_choice: { type: 'tool', name: tool, disable_parallel_tool_use: true },
    messages: [{ role: 'user', content: prompt.user }],
  };
}

function summary(values: number[]) {
  return {
    p50_ms: round(percentile(values, 50)),
    p99_ms: round(percentile(values, 99)),
    mean_ms: round(values.reduce((a, b) => a + b, 0) / values.length),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Counts round trips on `redis`'s socket: a write while no reply is awaited starts one; a reply read ends it
 * (`answered`). Writes made before any reply arrives (one tick's auto-pipeline, a MULTI beside it) share it.
 */
function countRoundTrips(redis: Redis): {
  trips: () => number;
  writes: () => number;
  answered: () => number;
} {
  const stream = (redis as unknown as { stream: NodeJS.WritableStream & NodeJS.EventEmitter }).stream;
  let awaiting = false;
  let trips = 0;
  let writes = 0;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  (stream as unknown as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
    writes += 1;
    if (!awaiting) trips += 1;
    awaiting = true;
    return write(...args);
  };
  let answered = 0;
  stream.on('data', () => {
    if (awaiting) answered += 1;
    awaiting = false;
  });
  return { trips: () => trips, writes: () => writes, answered: () => answered };
}

/**
 * Commands Redis has executed so far (all connections), from `INFO commandstats`, and the microseconds it spent
 * in them (`usec`: for EVALSHA the whole script, the commands it runs included).
 */
async function commandsExecuted(redis: Redis): Promise<Record<string, number>> {
  const info = await redis.info('commandstats');
  const counts: Record<string, number> = {};
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)) {
    counts[m[1]] = Number(m[2]);
    counts[`${m[1]}@usec`] = Number(m[3]);
  }
  return counts;
}

function commandsBetween(before: Record<string, number>, after: Record<string, number>, calls: number) {
  const per: Record<string, number> = {};
  let total = 0;
  let scriptUsec = 0;
  let otherUsec = 0;
  for (const [key, count] of Object.entries(after)) {
    const delta = count - (before[key] ?? 0);
    const [name, unit] = key.split('@');
    // INFO is the counter's own call; PING the final drain.
    if (delta <= 0 || name === 'info' || name === 'ping') continue;
    if (unit === 'usec') {
      if (name === 'evalsha') scriptUsec += delta;
      else otherUsec += delta;
      continue;
    }
    per[name] = round(delta / calls);
    total += delta;
  }
  return {
    total: round(total / calls),
    by_command: per,
    // Time Redis spent executing: the scripts (with the commands they run), and every other command counted
    // (those run by scripts included, so this is an upper bound of the rest).
    server_ms: { scripts: round(scriptUsec / calls / 1000), other_at_most: round(otherUsec / calls / 1000) },
  };
}

async function main(): Promise<void> {
  const fake = await startChild(join(__dirname, '..', 'support', 'fake-llm-vendor-server.js'), {});
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-llm-'));
  const redisHandle = await startEmbeddedRedis({ dataDir });
  const redis = createRedis(redisHandle.url, 'command', { connectionName: 'bench-llm' });
  const admin = createRedis(redisHandle.url, 'command', { connectionName: 'bench-llm-admin' });
  try {
    await redis.ping();
    const socket = countRoundTrips(redis);
    // Round trips answered while a full call was pending: an upper bound of those it waited for.
    let answeredInCall = 0;
    const sdk = new Anthropic({ apiKey: API_KEY, baseURL: fake.url, maxRetries: 0, timeout: 30_000 });
    const provider = new AnthropicProvider({ apiKey: API_KEY, baseURL: fake.url });
    const providers = new Map<string, LlmProvider>([
      ['offline', new OfflineProvider()],
      ['anthropic', provider],
    ]);
    const routing = resolveRouting({ chain: `anthropic/${MODEL}` });
    const prices = loadPriceTable();
    const bare = new LlmClient({ providers, routing, prices });
    const costs = createCostServices(redis, `bench${Date.now()}`, {
      DAILY_BUDGET_USD: 1_000_000,
      MAX_COST_PER_INTENT_USD: 1_000_000,
      LLM_CACHE_TTL_SECONDS: 600,
    });
    const full = new LlmClient({ providers, routing, prices, ...costs });

    const columns = {
      direct: async (i: number) => {
        const params = directParams(intentFor(i));
        const started = performance.now();
        const message = await sdk.messages.create(params);
        const use = message.content.find((b) => b.type === 'tool_use');
        if (!use) throw new Error('no tool call in the direct answer');
        return performance.now() - started;
      },
      llm_bare: async (i: number) => {
        const started = performance.now();
        await bare.complete({
          role: 'spec_builder',
          input: intentFor(i),
          schema: SPEC_DRAFT_OUTPUT_SCHEMA,
          context: { intent_id: `int_bench_${i}` },
        });
        return performance.now() - started;
      },
      llm_full: async (i: number) => {
        const answeredBefore = socket.answered();
        const started = performance.now();
        const result = await full.complete({
          role: 'spec_builder',
          // A different input from the bare column's, so this column's cache never hits.
          input: intentFor(i + 10_000_000),
          schema: SPEC_DRAFT_OUTPUT_SCHEMA,
          context: { intent_id: `int_bench_${i}` },
        });
        const elapsed = performance.now() - started;
        answeredInCall += socket.answered() - answeredBefore;
        if (result.usage.cached) throw new Error('unexpected cache hit');
        return elapsed;
      },
    };
    type Column = keyof typeof columns;
    const names = Object.keys(columns) as Column[];
    const times: Record<Column, number[]> = { direct: [], llm_bare: [], llm_full: [] };
    for (let i = 0; i < WARMUP; i++) for (const name of names) await columns[name](-1 - i);
    // Only the full column talks to Redis: what the socket and Redis count over the run is its doing.
    if (process.env.BENCH_SLOWLOG) {
      await admin.config('SET', 'slowlog-log-slower-than', '0');
      await admin.config('SET', 'slowlog-max-len', '200000');
      await admin.slowlog('RESET');
    }
    const before = {
      trips: socket.trips(),
      writes: socket.writes(),
      commands: await commandsExecuted(admin),
    };
    for (let i = 0; i < CALLS; i++) {
      // Rotate the order so no column always runs first (or right after the slowest one).
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        times[name].push(await columns[name](i));
      }
    }
    // Let writes nobody awaits (the cache store) land before counting.
    await redis.ping();
    if (process.env.BENCH_SLOWLOG) {
      const log = (await admin.call('SLOWLOG', 'GET', '200000')) as [number, number, number, string[]][];
      const by = new Map<string, number>();
      const names = new Map<string, string>();
      for (const [, , us, args] of log) {
        const k =
          args[0].toLowerCase() === 'evalsha'
            ? `evalsha ${args[1].slice(0, 8)} keys=${args[2]}`
            : args[0].toLowerCase();
        by.set(k, (by.get(k) ?? 0) + us);
        if (!names.has(k)) names.set(k, args.slice(3, 6).join(' '));
      }
      for (const [k, us] of [...by].sort((a, b) => b[1] - a[1]))
        console.log((us / CALLS).toFixed(1).padStart(8), 'us/call', k, names.get(k));
    }
    const redisPerCall = {
      round_trips: round((socket.trips() - before.trips - 1) / CALLS),
      round_trips_within_call_at_most: round(answeredInCall / CALLS),
      socket_writes: round((socket.writes() - before.writes - 1) / CALLS),
      commands: commandsBetween(before.commands, await commandsExecuted(admin), CALLS),
    };
    const paired = (name: Column) => times[name].map((t, i) => t - times.direct[i]);
    const result = {
      calls_per_column: CALLS,
      warmup: WARMUP,
      direct_sdk: summary(times.direct),
      llm_bare: summary(times.llm_bare),
      llm_full: summary(times.llm_full),
      added_bare: {
        p50_ms: round(percentile(times.llm_bare, 50) - percentile(times.direct, 50)),
        p99_ms: round(percentile(times.llm_bare, 99) - percentile(times.direct, 99)),
        paired_median_ms: round(median(paired('llm_bare'))),
        ratio_p50: round(percentile(times.llm_bare, 50) / percentile(times.direct, 50)),
      },
      added_full: {
        p50_ms: round(percentile(times.llm_full, 50) - percentile(times.direct, 50)),
        p99_ms: round(percentile(times.llm_full, 99) - percentile(times.direct, 99)),
        paired_median_ms: round(median(paired('llm_full'))),
        ratio_p50: round(percentile(times.llm_full, 50) / percentile(times.direct, 50)),
      },
      redis_per_full_call: redisPerCall,
      ledger_entries_today: (await costs.ledger.totals()).calls,
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(`saved ${await saveResult('llm', result)}`);
  } finally {
    redis.disconnect();
    admin.disconnect();
    await redisHandle.stop();
    await fake.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
