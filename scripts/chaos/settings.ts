/** What one chaos run does; `npm run chaos` reads it from the environment ({@link chaosSettingsFromEnv}). */
export interface ChaosSettings {
  /** Intents submitted over the run. */
  intents: number;
  /** SIGKILLs of a random factory or executor, each followed by a restart on the same port. */
  kills: number;
  /** kill -9 of redis-server, each followed by a restart on the same port and AOF. */
  redisRestarts: number;
  /** Seeds every random choice (intent mix, ports, which service dies, pauses). */
  seed: number;
  /** Executors started (2 normally; 1 separates single-executor faults from cross-executor ones). */
  executors: number;
  /** Share of the intents written so that the fidelity gate refuses them (the rest deploy). */
  refusedShare: number;
  /** Mean pause between two kills (each pause is drawn between 0.5× and 1.5× of it). */
  killIntervalMs: number;
  /** How long the run waits, after the last kill, for every intent to reach a terminal state. */
  settleTimeoutMs: number;
  /** AOF fsync policy of the chaos Redis (see docs/operations.md for why `everysec` is the default). */
  appendfsync: 'everysec' | 'always';
  /** Where generated code runs in the executors. */
  sandbox: 'process' | 'bwrap';
  /** BullMQ lock of spec and build jobs: how long a killed worker's job waits before another takes it. */
  jobLockMs: number;
  /** Keep the run's directory (service logs, build dirs, the AOF) instead of deleting it. */
  keepDir: boolean;
}

/** Defaults of `npm run chaos` (the sizes). */
export const DEFAULT_CHAOS_SETTINGS: ChaosSettings = {
  intents: 200,
  kills: 100,
  redisRestarts: 5,
  seed: 16,
  executors: 2,
  refusedShare: 0.25,
  killIntervalMs: 2_000,
  settleTimeoutMs: 20 * 60_000,
  appendfsync: 'everysec',
  sandbox: 'process',
  jobLockMs: 10_000,
  keepDir: false,
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be an integer >= ${min}`);
  return Number(raw);
}

/** Settings from `CHAOS_*` variables; anything unset keeps {@link DEFAULT_CHAOS_SETTINGS}. */
export function chaosSettingsFromEnv(env: NodeJS.ProcessEnv): ChaosSettings {
  const d = DEFAULT_CHAOS_SETTINGS;
  const share = env.CHAOS_REFUSED_SHARE;
  const refusedShare = share === undefined || share === '' ? d.refusedShare : Number(share);
  if (!(refusedShare >= 0 && refusedShare <= 1)) throw new Error('CHAOS_REFUSED_SHARE must be within 0..1');
  const fsync = env.CHAOS_APPENDFSYNC || d.appendfsync;
  if (fsync !== 'everysec' && fsync !== 'always')
    throw new Error('CHAOS_APPENDFSYNC must be everysec or always');
  const sandbox = env.CHAOS_SANDBOX || d.sandbox;
  if (sandbox !== 'process' && sandbox !== 'bwrap') throw new Error('CHAOS_SANDBOX must be process or bwrap');
  const executors = int(env, 'CHAOS_EXECUTORS', d.executors, 1);
  if (executors > 2) throw new Error('CHAOS_EXECUTORS must be 1 or 2');
  return {
    intents: int(env, 'CHAOS_INTENTS', d.intents, 1),
    kills: int(env, 'CHAOS_KILLS', d.kills, 0),
    redisRestarts: int(env, 'CHAOS_REDIS_RESTARTS', d.redisRestarts, 0),
    seed: int(env, 'CHAOS_SEED', d.seed, 0),
    executors,
    refusedShare,
    killIntervalMs: int(env, 'CHAOS_KILL_INTERVAL_MS', d.killIntervalMs, 0),
    settleTimeoutMs: int(env, 'CHAOS_SETTLE_TIMEOUT_MS', d.settleTimeoutMs, 1_000),
    appendfsync: fsync,
    sandbox,
    jobLockMs: int(env, 'CHAOS_JOB_LOCK_MS', d.jobLockMs, 1_000),
    keepDir: env.CHAOS_KEEP_DIR === 'true' || env.CHAOS_KEEP_DIR === '1',
  };
}
