import { commentText } from './code-text';
import { hasExpiry } from './record-store';
import { GUARD_WINDOWS } from './guard-handler';
import type { ServiceModel } from './service-model';

/** `ServiceState` members of quotas: one window map per quota endpoint, and the clock they read. */
export function quotaStateMembers(model: ServiceModel): string[] {
  if (model.quotaStores.size === 0 && !hasExpiry(model)) return [];
  const stores = [...model.quotaStores].map(([endpoint, name]) => {
    if (endpoint === GUARD_WINDOWS)
      return `  /** Quota windows of the callers of every guarded endpoint, by header value. */\n  readonly ${name} = new Map<string, QuotaWindow>();`;
    const e = model.contract.endpoints.find((x) => x.id === endpoint);
    const where = e ? `${e.method} ${commentText(e.path)}` : endpoint;
    if (e?.behavior.kind === 'quota' && e.behavior.algorithm === 'token_bucket') {
      return `  /** Token buckets of ${where}, by key: level in token-milliseconds, as of \`at\`. */\n  readonly ${name} = new Map<string, { level: number; at: number }>();`;
    }
    return `  /** Quota windows of ${where}, by key. */\n  readonly ${name} = new Map<string, QuotaWindow>();`;
  });
  return [
    ...stores,
    '  /** Milliseconds since the epoch; tests replace it to move time without waiting. */\n  now: () => number = () => Date.now();',
  ];
}

/** The `QuotaWindow` type of `state.ts`, when there are quotas. */
export function quotaWindowType(model: ServiceModel): string | false {
  return (
    model.quotaStores.size > 0 &&
    `/** One key's current quota window: when it opened and how many requests it counted. */
export interface QuotaWindow {
  start: number;
  count: number;
}`
  );
}
