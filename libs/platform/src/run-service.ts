import { ConfigError } from './config';
import { RedisUnavailableError } from './embedded-redis';
import { shutdownTracing } from './observability/tracing';

/** What a service's start function returns. */
export interface RunningService {
  url: string;
  close(): Promise<void>;
}

/** Graceful-shutdown budget: Kubernetes sends SIGKILL 30 s after SIGTERM by default; we aim for 10 s. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Runs a service as a process: starts it, prints where it listens, and on SIGTERM/SIGINT closes it
 * (finishing in-flight work, stopping an embedded Redis it started) and exits 0. Known start-up
 * problems (bad config, no Redis) print one clear message and exit 1, without a stack trace.
 */
export async function runService(name: string, start: () => Promise<RunningService>): Promise<void> {
  let service: RunningService;
  try {
    service = await start();
  } catch (err) {
    // A layer's own config refusal (e.g. LLM_CONFIG_INVALID: an unpriced model) is as known as a bad env value.
    const code = (err as { code?: unknown }).code;
    const configCode = typeof code === 'string' && code.endsWith('_CONFIG_INVALID');
    if (err instanceof ConfigError || err instanceof RedisUnavailableError || configCode) {
      process.stderr.write(`${name}: ${(err as Error).message}\n`);
    } else {
      process.stderr.write(`${name}: failed to start: ${(err as Error).stack ?? String(err)}\n`);
    }
    process.exit(1);
  }
  process.stdout.write(`${name} listening on ${service.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${name}: ${signal} received, shutting down\n`);
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms, exiting\n`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    // Spans of the shutdown itself are flushed too: tracing stops after the service.
    service
      .close()
      .finally(() => shutdownTracing())
      .then(
        () => process.exit(0),
        (err: Error) => {
          process.stderr.write(`${name}: error during shutdown: ${err.message}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
