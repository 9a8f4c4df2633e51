import { randomUUID } from 'node:crypto';
import type { CacheLookup, CachedAnswer, ResponseCache } from './cost-ports';

/** How much longer than the request's timeout a claim lives (the call's own overhead: permit, hold, store). */
export const CLAIM_MARGIN_MS = 5_000;
/**
 * With a cache that renews claims: how long a claim lives unless its caller renews it (every third of it, while
 * the call runs). A caller killed mid-call lets go within this, not after the request's whole timeout (up to 3
 * minutes, in which every replica resuming the job would wait).
 */
export const CLAIM_LEASE_MS = 10_000;
/** First and longest pause between two looks for another caller's answer. */
export const POLL_MIN_MS = 25;
export const POLL_MAX_MS = 250;
/** First pause before a failed cache store is tried again (doubling, at most 1 s). */
const STORE_RETRY_MS = 50;

/**
 * One cacheable request's way through the shared exact-response cache: made once across every process that shares
 * the cache. The first look ({@link lookup}) either finds the answer, claims the call, or finds another caller's
 * claim; then {@link waitForAnswer} polls until that caller's answer appears (served as a cache hit) or its claim
 * vanishes without one (it failed or died: this caller claims and calls). A paid answer is stored ({@link store},
 * awaited and retried while the cache is unreachable) and the claim dropped in the same step; a failed call drops
 * its claim ({@link release}). Caches without the single flight (`lookupOrClaim`) get a plain read and write.
 */
export class CacheFlight {
  private readonly owner = randomUUID();
  private claimed = false;
  private stored = false;
  private renewing: NodeJS.Timeout | null = null;

  constructor(
    private readonly cache: ResponseCache,
    private readonly key: string,
    private readonly timeoutMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** How long a claim lives at most: a little more than the request's timeout. */
  get claimMs(): number {
    return this.timeoutMs + CLAIM_MARGIN_MS;
  }

  /** How long a claim lives unless renewed: one lease when the cache renews claims, else its whole life. */
  get leaseMs(): number {
    return this.cache.renewClaim ? Math.min(CLAIM_LEASE_MS, this.claimMs) : this.claimMs;
  }

  /** The cached answer, the claim, or another's claim; null when the cache failed (the call goes on unclaimed). */
  async lookup(): Promise<CacheLookup | null> {
    try {
      if (!this.cache.lookupOrClaim) {
        const answer = await this.cache.get(this.key);
        return answer ? { kind: 'hit', answer } : null;
      }
      const found = await this.cache.lookupOrClaim(this.key, this.owner, this.leaseMs);
      if (found.kind === 'claimed') {
        this.claimed = true;
        this.renewWhileCalling();
      }
      return found;
    } catch {
      return null;
    }
  }

  /**
   * Waits for the answer of the caller whose claim lives `claimTtlMs` more: resolves with the answer, with this
   * caller's own claim once that claim vanished without one, or null when neither came within the claims' lifetime
   * (or the cache stayed unreachable): then the caller calls unclaimed.
   */
  async waitForAnswer(claimTtlMs: number): Promise<CacheLookup | null> {
    const start = this.now();
    let deadline = start + Math.min(claimTtlMs, this.claimMs) + POLL_MAX_MS;
    // However many callers take turns, one wait never outlasts two claims' lifetimes.
    const cap = start + 2 * this.claimMs;
    // A safety net for an injected clock that does not move: never more looks than real time would allow.
    const maxPolls = Math.ceil((2 * this.claimMs) / POLL_MIN_MS) + 10;
    let interval = POLL_MIN_MS;
    for (let polls = 0; polls < maxPolls; polls += 1) {
      await this.sleep(interval);
      interval = Math.min(interval * 2, POLL_MAX_MS);
      const found = await this.lookup();
      if (found && found.kind !== 'busy') return found;
      // A third caller claimed when the first let go: wait for that one, as long as its claim lives.
      if (found?.kind === 'busy')
        deadline = Math.max(deadline, this.now() + Math.min(found.claim_ttl_ms, this.claimMs) + POLL_MAX_MS);
      if (this.now() >= Math.min(deadline, cap)) break;
    }
    return null;
  }

  /**
   * Stores a paid answer (and drops this caller's claim in the same step) before it is returned, retried while the
   * cache is unreachable, for at most the request's timeout. Never rejects: an answer that could not be stored is
   * still the caller's (logged; a retry elsewhere would pay again).
   */
  async store(value: CachedAnswer): Promise<void> {
    this.stopRenewing();
    const deadline = this.now() + this.timeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        if (this.cache.storeAnswer) await this.cache.storeAnswer(this.key, value, this.owner);
        else await this.cache.set(this.key, value);
        this.stored = true;
        return;
      } catch (err) {
        if (this.now() >= deadline || attempt >= 20) {
          const reason = err instanceof Error ? err.message : String(err);
          this.warn(`response cache store failed ${attempt + 1} time(s), answer not cached (${reason})`);
          return;
        }
        await this.sleep(Math.min(STORE_RETRY_MS * 2 ** attempt, 1_000));
      }
    }
  }

  /** Drops this caller's claim when it holds one and stored nothing (its call failed); never rejects. */
  release(): Promise<void> | undefined {
    this.stopRenewing();
    if (!this.claimed || this.stored || !this.cache.releaseClaim) return undefined;
    this.claimed = false;
    return this.cache.releaseClaim(this.key, this.owner).catch(() => undefined);
  }

  /**
   * Renews the claim every third of a lease until the answer is stored or the claim released, for at most the
   * claim's whole life (a caller that never stores nor releases cannot hold it longer than before). Stops when
   * the claim was lost; a failed renewal is tried again at the next beat.
   */
  private renewWhileCalling(): void {
    const renew = this.cache.renewClaim?.bind(this.cache);
    if (!renew || this.renewing) return;
    const until = this.now() + this.claimMs;
    this.renewing = setInterval(() => {
      if (this.now() >= until) return this.stopRenewing();
      renew(this.key, this.owner, this.leaseMs).then(
        (held) => held || this.stopRenewing(),
        () => undefined,
      );
    }, this.leaseMs / 3);
    this.renewing.unref();
  }

  private stopRenewing(): void {
    if (this.renewing) clearInterval(this.renewing);
    this.renewing = null;
  }
}
