/** The daily-budget percentages that raise an alert, each at most once per UTC day (PRODUCT §8). */
export const BUDGET_ALERT_THRESHOLDS: readonly number[] = [50, 80, 100, 120];

/** Settled spend of a UTC day crossed `threshold_pct` % of the daily limit. */
export interface BudgetAlert {
  day: string;
  threshold_pct: number;
  spent_usd: number;
  limit_usd: number;
}

/** Where the guard's diagnostics go (a Nest `Logger` fits). */
export interface BudgetLogger {
  warn(message: string): void;
}

/** Where budget alerts go: a callback (log it, write an event) and, optionally, a webhook. */
export interface BudgetAlertOptions {
  onAlert?: (alert: BudgetAlert) => void | Promise<void>;
  /** When set, each alert is also POSTed here as JSON. */
  webhookUrl?: string;
  /** Time limit of one webhook POST (default 3000 ms). */
  webhookTimeoutMs?: number;
  /** Receives failures of the callback and of the webhook, which are never thrown. */
  logger?: BudgetLogger;
}

/** Default time limit of one webhook POST. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 3000;

/**
 * Hands one alert to the callback (awaited: it records the alert) and starts the webhook POST without waiting
 * for it, so the LLM call whose settlement raised the alert is not held up by a slow receiver. Never throws:
 * failures go to `options.logger`.
 */
export async function deliverBudgetAlert(alert: BudgetAlert, options: BudgetAlertOptions): Promise<void> {
  const warn = (message: string) => options.logger?.warn(message);
  try {
    await options.onAlert?.(alert);
  } catch (err) {
    warn(`budget alert callback failed: ${describe(err)}`);
  }
  const webhookUrl = options.webhookUrl;
  if (webhookUrl) void postAlert(alert, webhookUrl, options, warn);
}

async function postAlert(
  alert: BudgetAlert,
  webhookUrl: string,
  options: BudgetAlertOptions,
  warn: (message: string) => void,
): Promise<void> {
  try {
    const res = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alert),
      signal: AbortSignal.timeout(options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) warn(`budget alert webhook answered ${res.status} for the ${alert.threshold_pct}% alert`);
  } catch (err) {
    warn(`budget alert webhook failed for the ${alert.threshold_pct}% alert: ${describe(err)}`);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
