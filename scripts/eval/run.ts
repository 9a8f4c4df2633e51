/**
 * `npm run eval [-- --holdout] [-- --only a,b] [-- --factory URL --executor URL]`: the golden-intent
 * evaluation (eval/README.md). Starts Redis and both services (or uses running ones), submits every intent,
 * waits for each to end, probes every deployed service with the hand-written probes, stops what it deployed,
 * and writes `eval-results/<date>.json` and `.md`. Exit 1 when any deploy is unfaithful (a probe fails), so
 * green here means every deployed service does what its intent says.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { isTerminalIntentStatus, type IntentStatus } from '@sf/contracts';
import { clientCredential, freePort, resolveRedis } from '@sf/platform';
import { extractContract, type SpecContract } from '@sf/service-spec';
import { mapLimit, startChild, type Child } from '../bench/support';
import { loadEvalIntents, probeChecks, type EvalIntent } from './eval-intent';
import { runProbe, type ProbeResult } from './probe-runner';
import { renderMarkdown, summarize, type EvalOutcome, type IntentResult } from './report';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(__dirname, '..', '..');
const POLL_MS = 250;

interface Options {
  holdout: boolean;
  only?: string;
  factory?: string;
  executor?: string;
  timeout: string;
  concurrency: string;
  out: string;
  intents: string;
}

/** The factory and executor the run talks to, and how to stop them when the run started them. */
interface Stack {
  factory: string;
  executor: string | null;
  stop(): Promise<void>;
}

/** Ports handed to this run's intents: a port is free when asked, but an earlier intent's service may not hold it
 * yet (still building), and the kernel hands a free port out again (d1-isbn-pruefer-de was once refused with
 * PORT_IN_USE, its port held by another intent's deployment). */
const handedOut = new Set<number>();

async function unusedPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

async function main(): Promise<number> {
  const opts = new Command()
    .option('--holdout', 'include the intents marked holdout', false)
    .option('--only <ids>', 'comma-separated intent ids')
    .option('--factory <url>', 'use a running factory instead of starting the stack')
    .option('--executor <url>', 'the running executor (to stop what the run deployed)')
    .option('--timeout <s>', 'per-intent deadline in seconds', '240')
    .option('--concurrency <n>', 'intents in flight at once', '6')
    .option('--out <dir>', 'where the report goes', join(process.cwd(), 'eval-results'))
    .option('--intents <dir>', 'the golden intents', join(ROOT, 'eval', 'intents'))
    .parse()
    .opts<Options>();
  let intents = await loadEvalIntents(opts.intents, { holdout: opts.holdout });
  if (opts.only) {
    const wanted = new Set(opts.only.split(','));
    intents = intents.filter((i) => wanted.has(i.id));
  }
  if (intents.length === 0) throw new Error('no intents to evaluate');
  if (opts.factory) await useCredential(process.env);
  const stack = opts.factory
    ? { factory: opts.factory, executor: opts.executor ?? null, stop: () => Promise.resolve() }
    : await startStack();
  const suffix = randomBytes(2).toString('hex');
  const started = Date.now();
  const bar = new SingleBar(
    {
      format:
        'eval [{bar}] {value}/{total} | faithful {faithful} | unfaithful {unfaithful} | refused {refused} | {last}',
    },
    Presets.shades_classic,
  );
  const tally = { faithful: 0, unfaithful: 0, refused: 0, last: '' };
  bar.start(intents.length, 0, tally);
  let results: IntentResult[];
  try {
    results = await mapLimit(intents, Number(opts.concurrency), async (e) => {
      const result = await evaluate(stack, e, suffix, Number(opts.timeout) * 1000);
      if (result.outcome === 'faithful' || result.outcome === 'unfaithful') tally[result.outcome]++;
      else tally.refused++;
      tally.last = `${e.id}: ${result.outcome}`;
      bar.increment(1, tally);
      return result;
    });
  } finally {
    bar.stop();
    await stack.stop();
  }
  const summary = summarize(results, Date.now() - started);
  const date = new Date().toISOString();
  await mkdir(opts.out, { recursive: true });
  const base = join(opts.out, date.replace(/[:.]/g, '-'));
  await writeFile(`${base}.json`, JSON.stringify({ date, holdout: opts.holdout, summary, results }, null, 2));
  const markdown = renderMarkdown(results, summary, { date, holdout: opts.holdout });
  await writeFile(`${base}.md`, markdown);
  // The figures and the by-kind table, down to the per-intent table.
  const lines = markdown.split('\n');
  const perIntent = lines.findIndex((l) => l.startsWith('| intent |'));
  console.log(`\n${lines.slice(2, perIntent).join('\n')}\nreport: ${base}.md`);
  return summary.unfaithful > 0 ? 1 : 0;
}

/** `Authorization` sent to our services (never to the deployed ones the probes call). */
let auth: Record<string, string> = {};

/** Takes the credential our services accept in `env` (see `clientCredential`). */
async function useCredential(env: NodeJS.ProcessEnv): Promise<void> {
  const key = await clientCredential(env);
  auth = key ? { authorization: `Bearer ${key}` } : {};
}

/** Redis (private unless REDIS_URL is set) and both services from dist/, in a scratch data dir. */
async function startStack(): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-eval-'));
  // Before the services start: with nothing configured they find this first-start key in the scratch dir.
  await useCredential({ ...process.env, DATA_DIR: dataDir });
  const redis = await resolveRedis(process.env.REDIS_URL || undefined, { dataDir: join(dataDir, 'redis') });
  const env = {
    REDIS_URL: redis.url,
    REDIS_PREFIX: `eval-${randomBytes(3).toString('hex')}`,
    DATA_DIR: dataDir,
    FACTORY_PORT: '0',
    EXECUTOR_PORT: '0',
    // The run submits its whole set as one principal, refusals back to back, faster than any person: the stack is
    // private to the run, so its limits are out of reach (the default 600 submits a minute blocked a run's last
    // quarter for a minute once refusals got fast).
    RATE_LIMIT_SUBMIT: '1000000',
    RATE_LIMIT_READS: '1000000',
  };
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop()));
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    children.push(await startChild(join(DIST, 'apps/sovereign-factory/src/main.js'), env));
    children.push(await startChild(join(DIST, 'apps/build-executor/src/main.js'), env));
  } catch (err) {
    await stop();
    throw err;
  }
  return { factory: children[0].url, executor: children[1].url, stop };
}

interface IntentStatusDoc {
  status: IntentStatus;
  spec: { score: number | null; threshold: number };
  cost: { usd: number };
  error: { code: string; message: string } | null;
  service: { url: string } | null;
  intent: { service_name: string };
}

/** Submits one intent, waits for it to end, and probes what it deployed. */
async function evaluate(
  stack: Stack,
  e: EvalIntent,
  suffix: string,
  timeoutMs: number,
): Promise<IntentResult> {
  const started = Date.now();
  const result = (outcome: EvalOutcome, extra: Partial<IntentResult>): IntentResult => ({
    id: e.id,
    kind: e.kind,
    expect: e.expect,
    holdout: e.holdout,
    outcome,
    status: outcome,
    reason: null,
    spec_score: null,
    threshold: null,
    features: e.intent.key_features.length,
    features_realised: 0,
    probes: [],
    probes_written: e.probes.length,
    duration_ms: Date.now() - started,
    cost_usd: 0,
    intent_id: null,
    ...extra,
  });
  const body = {
    ...e.intent,
    // Unique per run and per intent: two intents of the set may name the same service.
    service_name: `${e.intent.service_name.slice(0, 50)}-${suffix}${createHash('sha256').update(e.id).digest('hex').slice(0, 4)}`,
    port: await unusedPort(),
    auto_build: true,
  };
  // Keyed, so a submit retried after a timeout (a loaded machine) is the same intent, never a second one.
  const submitted = await http(`${stack.factory}/intents/submit`, 'POST', body, `eval-${body.service_name}`);
  if (submitted.status !== 202) {
    const error = (submitted.body as { error?: { message?: string } }).error;
    return result('rejected', {
      reason: `submit ${submitted.status}: ${error?.message ?? JSON.stringify(submitted.body)}`,
    });
  }
  const id = (submitted.body as { intent_id: string }).intent_id;
  let doc: IntentStatusDoc;
  for (;;) {
    doc = (await http(`${stack.factory}/intents/${id}/status`, 'GET')).body as IntentStatusDoc;
    if (isTerminalIntentStatus(doc.status)) break;
    if (Date.now() - started > timeoutMs) {
      return result('timeout', {
        status: doc.status,
        intent_id: id,
        reason: `still ${doc.status} after ${timeoutMs / 1000} s`,
      });
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const common = {
    status: doc.status,
    intent_id: id,
    spec_score: doc.spec.score,
    threshold: doc.spec.threshold,
    cost_usd: doc.cost.usd,
  };
  if (doc.status !== 'deployed' || !doc.service) {
    return result('refused', {
      ...common,
      reason: doc.error ? `${doc.error.code}: ${doc.error.message}` : doc.status,
    });
  }
  const spec = await http(`${stack.factory}/intents/${id}/spec`, 'GET');
  const contract = contractOf(String(spec.body));
  const probes: ProbeResult[] = [];
  for (const probe of e.probes) probes.push(await runProbe(doc.service.url, contract, probe));
  if (stack.executor) await http(`${stack.executor}/deployments/${body.service_name}/stop`, 'POST');
  const realised = e.intent.key_features.filter((_, i) => {
    const own = probes.filter((p) => probeChecks(p, i));
    return own.length > 0 && own.every((p) => p.passed);
  }).length;
  // An intent that cannot be realised has nothing honest to deploy: a deploy of it is a lie, probes or not.
  const faithful = e.expect === 'deploy' && probes.every((p) => p.passed);
  return result(faithful ? 'faithful' : 'unfaithful', {
    ...common,
    reason: e.expect === 'refuse' ? 'deployed an intent that should have been refused' : null,
    probes,
    features_realised: realised,
    duration_ms: Date.now() - started,
  });
}

/** The SPEC's contract, or null when the markdown has none a parser accepts (probes by path still run). */
function contractOf(markdown: string): SpecContract | null {
  try {
    return extractContract(markdown);
  } catch {
    return null;
  }
}

/** Retries of a request answered 429, each after the wait the answer asks for (at most a minute). */
const RATE_LIMIT_RETRIES = 5;
/**
 * Retries of a request that got no answer within its deadline: on a loaded machine one slow answer must not end
 * the whole run. Reads repeat harmlessly; a submit carries an Idempotency-Key, a stop is idempotent.
 */
const TIMEOUT_RETRIES = 3;

async function http(
  url: string,
  method: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<{ status: number; body: unknown }> {
  for (let attempt = 0, timeouts = 0; ; attempt++) {
    let answer: Awaited<ReturnType<typeof httpOnce>>;
    try {
      answer = await httpOnce(url, method, body, idempotencyKey);
    } catch (err) {
      if ((err as Error).name !== 'TimeoutError' || ++timeouts > TIMEOUT_RETRIES) throw err;
      continue;
    }
    if (answer.status !== 429 || attempt === RATE_LIMIT_RETRIES) return answer;
    // A factory given with --factory keeps its limits: wait as it says, then ask again.
    const waitS = Math.min(Math.max(Number(answer.retryAfter ?? 1) || 1, 1), 60);
    await new Promise((r) => setTimeout(r, waitS * 1000));
  }
}

async function httpOnce(
  url: string,
  method: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...auth,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  const retryAfter = res.headers.get('retry-after');
  try {
    return { status: res.status, body: JSON.parse(text) as unknown, retryAfter };
  } catch {
    return { status: res.status, body: text, retryAfter };
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`eval failed: ${err.message}`);
    process.exit(2);
  },
);
