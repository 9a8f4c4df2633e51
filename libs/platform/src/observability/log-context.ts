import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids stamped on every log line written while a piece of pipeline work runs. */
export interface LogContext {
  intent_id?: string;
  build_id?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/**
 * Runs `fn` with `context` merged into the current log context, so every log line written inside it
 * (however deep, across awaits) carries `intent_id` / `build_id` without threading a logger through.
 */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  const defined = Object.fromEntries(Object.entries(context).filter(([, v]) => typeof v === 'string'));
  return storage.run({ ...storage.getStore(), ...defined }, fn);
}

/** The log context of the running code (empty outside pipeline work). */
export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
