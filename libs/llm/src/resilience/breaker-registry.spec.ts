import type { BreakerState } from '../cost-ports';
import { BreakerRegistry } from './breaker-registry';
import type { SharedBreakerGrant, SharedBreakerStore, SharedBreakerView } from './redis-breaker-store';

const HOP = { provider: 'anthropic', model: 'claude-sonnet-4-6' };

/** A store whose answers the test sets, recording the verdicts it is sent. */
class ScriptedStore implements SharedBreakerStore {
  grant: SharedBreakerGrant | Error = {
    granted: true,
    probe: null,
    state: 'closed',
    consecutive_failures: 0,
    open_until: 0,
  };
  view: SharedBreakerView = { state: 'closed', consecutive_failures: 0, open_until: 0 };
  readonly verdicts: string[] = [];

  acquire(): Promise<SharedBreakerGrant> {
    return this.grant instanceof Error ? Promise.reject(this.grant) : Promise.resolve(this.grant);
  }
  settle(_p: string, _m: string, verdict: string, probe: string | null): Promise<SharedBreakerView> {
    this.verdicts.push(probe ? `${verdict}:${probe}` : verdict);
    return Promise.resolve(this.view);
  }
}

function registry(shared: SharedBreakerStore) {
  const changes: BreakerState[] = [];
  const failures: unknown[] = [];
  const breakers = new BreakerRegistry({
    now: () => 1_000,
    onChange: (_p, _m, state) => changes.push(state),
    shared,
    onSharedFailure: (error) => failures.push(error),
  });
  return { breakers, changes, failures };
}

describe('BreakerRegistry with a shared store', () => {
  it('sends nothing for a success when the store counted no failure, and sends every failure', async () => {
    const store = new ScriptedStore();
    const { breakers } = registry(store);

    await (await breakers.acquire(HOP, 1_000))?.success();
    await (await breakers.acquire(HOP, 1_000))?.release();
    await (await breakers.acquire(HOP, 1_000))?.failure();

    expect(store.verdicts).toEqual(['failure']);
  });

  it("resets the fleet's count on a success after failures, and reports the probe's verdict with its token", async () => {
    const store = new ScriptedStore();
    const { breakers } = registry(store);
    store.grant = { granted: true, probe: null, state: 'closed', consecutive_failures: 2, open_until: 0 };
    await (await breakers.acquire(HOP, 1_000))?.success();
    store.grant = {
      granted: true,
      probe: 'tok',
      state: 'half_open',
      consecutive_failures: 3,
      open_until: 500,
    };
    const probe = await breakers.acquire(HOP, 1_000);
    store.view = { state: 'open', consecutive_failures: 4, open_until: 61_000 };

    expect(await probe?.failure()).toBe('open');
    expect(store.verdicts).toEqual(['success', 'failure:tok']);
    expect(breakers.snapshots()).toEqual([{ ...HOP, state: 'open', consecutive_failures: 4 }]);
  });

  it('refuses when the store refuses, and shows the state the store returned', async () => {
    const store = new ScriptedStore();
    const { breakers, changes } = registry(store);
    store.grant = { granted: false, probe: null, state: 'open', consecutive_failures: 3, open_until: 9_000 };

    expect(await breakers.acquire(HOP, 1_000)).toBeNull();
    expect(breakers.stateOf(HOP)).toBe('open');
    expect(changes).toEqual(['open']);
  });

  it('lets the process-local breaker decide while the store fails: it still opens after three failures', async () => {
    const store = new ScriptedStore();
    store.grant = new Error('redis down');
    const { breakers, failures } = registry(store);

    for (let i = 0; i < 3; i++) await (await breakers.acquire(HOP, 1_000))?.failure();

    expect(await breakers.acquire(HOP, 1_000)).toBeNull();
    expect(breakers.stateOf(HOP)).toBe('open');
    expect(failures).toHaveLength(4);
    expect(store.verdicts).toEqual([]);
  });
});
