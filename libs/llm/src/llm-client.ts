import Ajv, { type ValidateFunction } from 'ajv';
import { CallAccounting, paidUsage, usageOf, zeroUsage } from './call-accounting';
import type {
  BudgetGuard,
  CacheLookup,
  CostLedger,
  LedgerEntry,
  LlmObserver,
  ResponseCache,
} from './cost-ports';
import { HopFailure, toLlmError, withHops } from './hop-failure';
import { CacheFlight } from './cache-flight';
import { cacheKey, constantDigest } from './ledger/cache-key';
import { LlmError } from './llm-error';
import { tracedRequest } from './llm-tracing';
import { perObject } from './per-object';
import { WriteBehind } from './write-behind';
import type {
  LlmCallContext,
  LlmHop,
  LlmProvider,
  LlmRequest,
  LlmResult,
  LlmRole,
  ProviderRequest,
  ProviderResponse,
} from './llm-types';
import { promptVersion } from './prompts/build-prompt';
import { detectInjection } from './prompts/untrusted';
import { costUsd, priceFor, type PriceTable } from './pricing/pricing';
import { BreakerRegistry, type BreakerSnapshot } from './resilience/breaker-registry';
import type { SharedBreakerStore } from './resilience/redis-breaker-store';
import { DEFAULT_RETRY, retryDelay, type RetryOptions } from './resilience/retry-policy';
import {
  complexityOf,
  DEFAULT_ROLE_SETTINGS,
  type LlmRouting,
  type RoleSettings,
  type RouteHop,
} from './routing';

/** Everything an {@link LlmClient} is built from; only `providers`, `routing` and `prices` are required. */
export interface LlmClientDeps {
  /** Providers by name; `offline` must be present (it is the last resort of every chain). */
  providers: ReadonlyMap<string, LlmProvider>;
  routing: LlmRouting;
  prices: PriceTable;
  roleSettings?: Partial<Record<LlmRole, Partial<RoleSettings>>>;
  ledger?: CostLedger;
  budget?: BudgetGuard;
  cache?: ResponseCache;
  observer?: LlmObserver;
  /** Where accounting failures are reported (they never fail a call). */
  logger?: { warn(message: string): void };
  retry?: Partial<RetryOptions>;
  breaker?: { failureThreshold?: number; openMs?: number };
  /**
   * Where the circuit breakers are shared by every replica (the services pass Redis); without one each process
   * has its own. While the store fails, the process-local breaker decides (see {@link BreakerRegistry}).
   */
  breakerStore?: SharedBreakerStore;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

// Version of the prompt/request shape; part of the cache key, bump it when prompts change meaningfully (v2: the
// schema enters the key as its own digest).
const REQUEST_VERSION = 'v2';
// Changes whenever a prompt template changes, so a cached answer is never served for a different prompt.
const PROMPT_VERSION = promptVersion();
const OFFLINE = 'offline';
/** The least a paid call is assumed to cost when deciding whether paused work may resume. */
const MIN_CALL_USD = 0.01;

/**
 * The one way the pipelines call models. For a role it walks the role's fallback chain (by complexity), ending
 * with the offline provider. At each hop: exact cache (temperature 0) → circuit breaker → budget reservation →
 * the provider request with retries (429/5xx/timeouts/connection only, full-jitter backoff, `retry-after`
 * honoured) → schema validation with one repair round → settle the budget → one ledger entry per request.
 * A hop that fails or is skipped is recorded with its reason and level. When the budget cannot cover a
 * paid call, non-critical callers get `LLM_BUDGET_EXCEEDED` (the pipeline parks the intent) and critical ones go
 * on with the offline provider.
 */
export class LlmClient {
  private readonly ajv = new Ajv({ allErrors: true, strict: true });
  /** The compiled validator of a schema (roles pass the same schema object on every call). */
  private readonly validator: (schema: object) => ValidateFunction = perObject((schema) =>
    this.ajv.compile(schema),
  );
  private readonly breakers: BreakerRegistry;
  private readonly accounting: CallAccounting;
  private readonly retry: RetryOptions;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly deps: LlmClientDeps) {
    if (!deps.providers.get(OFFLINE)?.offline) {
      throw new LlmError('LLM_CONFIG_INVALID', 'the offline provider must be registered as "offline"');
    }
    this.retry = { ...DEFAULT_RETRY, ...deps.retry };
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = deps.random ?? Math.random;
    this.breakers = new BreakerRegistry({
      failureThreshold: deps.breaker?.failureThreshold,
      openMs: deps.breaker?.openMs,
      now: this.now,
      onChange: (provider, model, state) => this.notify((o) => o.onBreakerState?.(provider, model, state)),
      shared: deps.breakerStore,
      onSharedFailure: (error) => this.sharedBreakerFailed(error),
    });
    this.accounting = new CallAccounting({
      prices: deps.prices,
      budget: deps.budget,
      ledger: deps.ledger,
      logger: deps.logger,
      now: this.now,
      notify: (fn) => this.notify(fn),
    });
  }

  /** The hops tried for `role` on `input`, in order: configured providers only, offline last. */
  chainFor(role: LlmRole, input: unknown): RouteHop[] {
    const configured = this.deps.routing[role][complexityOf(input)].filter(
      (hop) => hop.provider !== OFFLINE && this.deps.providers.has(hop.provider),
    );
    return [...configured, { provider: OFFLINE, model: 'offline-v1' }];
  }

  /**
   * Resolves once every accounting write sent so far (settle, ledger entry, breaker verdict) has been answered, or
   * after `timeoutMs`: call it before reading the ledger or the budget through another connection (tests), and
   * before closing the connection at shutdown.
   */
  flush(timeoutMs?: number): Promise<void> {
    return this.writes.flush(timeoutMs);
  }

  /** Every breaker created so far (one per provider + model that was called). */
  breakerStates(): BreakerSnapshot[] {
    return this.breakers.snapshots();
  }

  /**
   * Whether paid work for `context` could go on now: true without a budget, or when `amountUsd` (what the refused
   * call needed, see `budgetShortfall`; a small call by default) fits the daily and per-intent limits.
   * Paused intents and builds resume on true.
   */
  async budgetAvailable(context: LlmCallContext, amountUsd = MIN_CALL_USD): Promise<boolean> {
    if (!this.deps.budget) return true;
    return this.deps.budget.canSpend({
      intent_id: context.intent_id ?? null,
      amount_usd: Math.max(amountUsd, MIN_CALL_USD),
    });
  }

  /** Runs `req` through the chain and returns the first valid output with its usage, hops and flags. */
  async complete<T>(req: LlmRequest<T>): Promise<LlmResult<T>> {
    const context = req.context ?? {};
    const injection_flags = detectInjection(req.input);
    const hops: LlmHop[] = [];
    const chain = this.chainFor(req.role, req.input);
    let last: LlmError | null = null;
    let budgetDenied = false;
    for (const [level, hop] of chain.entries()) {
      const provider = this.deps.providers.get(hop.provider) as LlmProvider;
      if (budgetDenied && !provider.offline) continue;
      try {
        const result = await this.tryHop(req as LlmRequest<unknown>, context, provider, hop, level);
        hops.push({ ...hop, level, outcome: 'ok', ...this.breakerOf(provider, hop) });
        return { ...result, output: result.output as T, hops, injection_flags };
      } catch (error) {
        if (!(error instanceof HopFailure)) throw error;
        last = error.error;
        const skipped = last.code === 'LLM_CIRCUIT_OPEN' || last.code === 'LLM_BUDGET_EXCEEDED';
        hops.push({
          ...hop,
          level,
          outcome: skipped ? 'skipped' : 'failed',
          reason: last.code,
          ...this.breakerOf(provider, hop),
        });
        this.notify((o) => o.onFallback?.({ ...hop, level }, last?.code ?? 'unknown'));
        if (last.code === 'LLM_BUDGET_EXCEEDED') {
          if (!context.critical) throw withHops(last, hops);
          budgetDenied = true;
        }
        // A caller bug is not the provider's fault: no other provider will accept the input either.
        if (last.code === 'LLM_INPUT_INVALID' || last.code === 'LLM_ROLE_UNSUPPORTED')
          throw withHops(last, hops);
      }
    }
    // With a single hop (offline only) its own error says more than "all providers failed".
    if (last && hops.length === 1) throw withHops(last, hops);
    throw new LlmError(
      'LLM_ALL_PROVIDERS_FAILED',
      `every provider failed for ${req.role}: ${hops.map((h) => `${h.provider}/${h.model} ${h.reason}`).join('; ')}`,
      last?.transient ?? false,
      { hops, last: last ? { code: last.code, message: last.message } : null },
      { cause: last },
    );
  }

  private async tryHop(
    req: LlmRequest<unknown>,
    context: LlmCallContext,
    provider: LlmProvider,
    hop: RouteHop,
    level: number,
  ): Promise<Omit<LlmResult<unknown>, 'hops' | 'injection_flags'>> {
    const settings = { ...DEFAULT_ROLE_SETTINGS[req.role], ...this.deps.roleSettings?.[req.role] };
    const base: ProviderRequest = {
      role: req.role,
      model: hop.model,
      input: req.input,
      schema: req.schema,
      temperature: settings.temperature,
      max_output_tokens: settings.max_output_tokens,
      timeout_ms: settings.timeout_ms,
      context,
    };
    const cacheKey = this.cacheKeyFor(base, hop);
    const flight =
      cacheKey && this.deps.cache
        ? new CacheFlight(this.deps.cache, cacheKey, settings.timeout_ms, this.now, this.sleep, (m) =>
            this.deps.logger?.warn(m),
          )
        : null;
    try {
      return await this.hopRequests(req, base, provider, hop, level, flight);
    } finally {
      // A failed call gives its claim up, so a replica waiting for its answer calls instead.
      this.writes.add(flight?.release());
    }
  }

  private async hopRequests(
    req: LlmRequest<unknown>,
    base: ProviderRequest,
    provider: LlmProvider,
    hop: RouteHop,
    level: number,
    flight: CacheFlight | null,
  ): Promise<Omit<LlmResult<unknown>, 'hops' | 'injection_flags'>> {
    // Looked up (or the call claimed) while the first attempt reserves its budget (one Redis round trip for all).
    const lookup = flight ? flight.lookup() : Promise.resolve(null);
    let answer = await this.request(base, provider, hop, level, lookup, flight);
    if ('cached' in answer) {
      return { output: answer.output, usage: { ...usageOf(answer.entry, provider), latency_ms: 0 } };
    }
    let problems = this.problemsOf(req.schema, answer);
    if (problems) {
      // One repair round: show the model its output and what is wrong with it.
      const previous_output = answer.ok ? answer.response.raw_text : answer.raw_text;
      answer = await this.request(
        { ...base, repair: { previous_output, problems } },
        provider,
        hop,
        level,
        Promise.resolve(null),
        flight,
      );
      if ('cached' in answer) throw new Error('unreachable: the repair round never reads the cache');
      problems = this.problemsOf(req.schema, answer);
      if (problems) {
        throw new HopFailure(
          new LlmError(
            'LLM_OUTPUT_INVALID',
            `${hop.provider}/${hop.model} output for ${req.role} is invalid`,
            false,
            {
              problems,
            },
          ),
        );
      }
    }
    if (!answer.ok) throw new Error('unreachable: a failed answer always has problems');
    const { response, entry } = answer;
    return { output: response.output, usage: usageOf(entry, provider) };
  }

  /**
   * One provider request with its retries. Each attempt: breaker permit + budget reservation (one round trip) →
   * call → breaker verdict + settle + ledger entry, written behind (awaited only after a failure: its verdict
   * decides the retry). Invalid output is returned (not thrown) so
   * the caller can run the repair round. `lookup` (the exact-cache read) is awaited beside the first
   * reservation; a valid hit answers at $0 and gives the reservation and the breaker permit back. A valid paid
   * answer is stored in the cache (awaited, alone) before the verdict and the accounting writes go out.
   */
  private async request(
    req: ProviderRequest,
    provider: LlmProvider,
    hop: RouteHop,
    level: number,
    lookup: Promise<CacheLookup | null>,
    flight: CacheFlight | null,
  ): Promise<
    | { ok: true; response: ProviderResponse; entry: LedgerEntry }
    | { ok: false; raw_text: string; problems: string[]; entry: LedgerEntry }
    | { cached: true; output: unknown; entry: LedgerEntry }
  > {
    const price = priceFor(this.deps.prices, hop.provider, hop.model);
    let looking = lookup;
    for (let retry = 0; ; retry += 1) {
      // Breaker permit, budget reservation and (first attempt) cache lookup are sent in the same tick: with
      // auto-pipelining one Redis round trip for all three.
      const [gate, held, hit] = await Promise.allSettled([
        provider.offline ? null : this.breakers.acquire(hop, req.timeout_ms),
        this.accounting.reserve(req, provider, hop),
        retry === 0 ? looking : null,
      ]);
      const permit = gate.status === 'fulfilled' ? gate.value : null;
      const found = hit.status === 'fulfilled' ? hit.value : null;
      if (found?.kind === 'busy' && flight) {
        // Another caller (maybe another replica) is asking the vendor this very request: give the permit and the
        // hold back, wait for its answer, then start over with what the wait found (the answer, or our claim).
        this.writes.add(
          permit?.release(),
          this.accounting.release(held.status === 'fulfilled' ? held.value : null),
        );
        looking = Promise.resolve(await flight.waitForAnswer(found.claim_ttl_ms));
        retry = -1;
        continue;
      }
      const cached = found?.kind === 'hit' ? found.answer : null;
      if (cached && this.validator(req.schema)(cached.output)) {
        // A valid cached answer needs no vendor: served whatever the breaker says.
        const entry = this.accounting.entry(req, hop, level, zeroUsage(), 0, 0, 'cache_hit', true);
        this.writes.add(
          permit?.release(),
          this.accounting.account(held.status === 'fulfilled' ? held.value : null, null, entry),
        );
        return { cached: true, output: cached.output, entry };
      }
      if (!provider.offline && !permit) {
        await this.accounting.release(held.status === 'fulfilled' ? held.value : null);
        throw new HopFailure(
          new LlmError('LLM_CIRCUIT_OPEN', `circuit open for ${hop.provider}/${hop.model}`, true),
        );
      }
      if (held.status === 'rejected') {
        // Refused, or the budget store failed: either way no request is made, so the permit (maybe the
        // half-open probe) goes back.
        await permit?.release();
        throw held.reason;
      }
      const reservation = held.value;
      const started = performance.now();
      let response: ProviderResponse;
      try {
        response = await tracedRequest(req, hop, level, this.deps.prices, () => provider.generate(req));
      } catch (caught) {
        const error = toLlmError(caught, hop);
        const latency = performance.now() - started;
        // Unparseable output means the provider answered: not a health failure, and its tokens were paid.
        if (error.code === 'LLM_OUTPUT_INVALID') {
          const verdict = permit?.success();
          const usage = paidUsage(error) ?? zeroUsage();
          const cost = costUsd(price, usage);
          const entry = this.accounting.entry(
            req,
            hop,
            level,
            usage,
            cost,
            latency,
            'invalid_output',
            false,
            error.code,
          );
          this.writes.add(verdict, this.accounting.account(reservation, cost, entry));
          const raw = (error.details as { raw_text?: unknown } | undefined)?.raw_text;
          return {
            ok: false,
            raw_text: typeof raw === 'string' ? raw : '',
            problems: [error.message],
            entry,
          };
        }
        const verdict = error.transient ? permit?.failure() : permit?.success();
        const entry = this.accounting.entry(
          req,
          hop,
          level,
          zeroUsage(),
          0,
          latency,
          'error',
          false,
          error.code,
        );
        // The verdict shares the accounting's round trip.
        const [state] = await Promise.all([verdict, this.accounting.account(reservation, null, entry)]);
        // The offline provider is deterministic: asking it again gives the same failure.
        const delay = provider.offline ? null : retryDelay(error, retry, this.retry, this.random);
        // An open breaker means no retry can pass: fall back now instead of sleeping first.
        if (delay === null || state === 'open') throw new HopFailure(error);
        await this.sleep(delay);
        continue;
      }
      const latency = performance.now() - started;
      const cost = costUsd(price, response.usage);
      const valid = this.validator(req.schema)(response.output);
      const entry = this.accounting.entry(
        req,
        hop,
        level,
        response.usage,
        cost,
        latency,
        valid ? 'ok' : 'invalid_output',
        false,
      );
      // A paid answer is cached before it is returned, so a job that fails after this gets it free on any
      // replica. The store goes alone: Redis sends the replies of one batch together, so a store sent beside the
      // accounting scripts would wait for them. The verdict follows once it is answered; the accounting writes
      // are written behind, built and sent on the next turn of the event loop, after the caller has its answer
      // (until the settle lands, the hold still counts against the budget).
      if (valid) await flight?.store({ output: response.output, provider: hop.provider, model: hop.model });
      this.writes.add(permit?.success());
      this.writes.addNextTurn(() => this.accounting.account(reservation, cost, entry));
      if (valid) return { ok: true, response, entry };
      return { ok: false, raw_text: response.raw_text, problems: this.schemaProblems(req.schema), entry };
    }
  }

  private cacheKeyFor(req: ProviderRequest, hop: RouteHop): string | null {
    // The offline provider is free and deterministic: nothing to save, and its output follows its version.
    if (req.temperature !== 0 || hop.provider === OFFLINE) return null;
    return cacheKey({
      v: REQUEST_VERSION,
      prompts: PROMPT_VERSION,
      provider: hop.provider,
      model: hop.model,
      role: req.role,
      input: req.input,
      schema: constantDigest(req.schema),
      max_output_tokens: req.max_output_tokens,
    });
  }

  private problemsOf(
    schema: object,
    answer: { ok: true; response: ProviderResponse } | { ok: false; problems: string[] } | { cached: true },
  ): string[] | null {
    if ('cached' in answer) return null;
    if (!answer.ok) return answer.problems;
    return this.validator(schema)(answer.response.output) ? null : this.schemaProblems(schema);
  }

  private schemaProblems(schema: object): string[] {
    return (this.validator(schema).errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    );
  }

  private breakerOf(provider: LlmProvider, hop: RouteHop): Pick<LlmHop, 'breaker'> {
    return provider.offline ? {} : { breaker: this.breakers.stateOf(hop) };
  }

  private sharedBreakerFailedAt = -Infinity;
  private readonly writes = new WriteBehind();

  /** Logs a failing shared breaker store at most once a minute (a dead Redis fails every call). */
  private sharedBreakerFailed(error: unknown): void {
    const now = this.now();
    if (now - this.sharedBreakerFailedAt < 60_000) return;
    this.sharedBreakerFailedAt = now;
    const reason = error instanceof Error ? error.message : String(error);
    this.deps.logger?.warn(`shared circuit breaker store failed (${reason}); this process's breaker decides`);
  }

  private notify(fn: (observer: LlmObserver) => void): void {
    if (!this.deps.observer) return;
    try {
      fn(this.deps.observer);
    } catch {
      // Observers feed metrics and events; they must never break a call.
    }
  }
}
