import type { IncomingMessage } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { ObservabilitySettings } from './observability.config';
import { currentLogContext } from './log-context';

const CENSOR = '[REDACTED]';
/** Keys whose values are secrets wherever they appear: apiKey, api_key, ANTHROPIC_API_KEY, password, token… */
const SECRET_KEY =
  /(api[_-]?key|secret|passw(or)?d|token|authorization|cookie|credentials?|private[_-]?key)$/i;
/** Secret-looking values inside strings (vendor keys, bearer tokens), for messages that quote them. */
const SECRET_VALUE = /\b(sk-[A-Za-z0-9_-]{12,}|Bearer\s+[A-Za-z0-9._~+/=-]{8,})/g;
const MAX_DEPTH = 5;

/**
 * Returns `value` with secrets censored: values under secret-looking keys at any depth, and vendor keys or
 * bearer tokens quoted inside strings. Objects are copied only when something was censored.
 */
export function scrubSecrets<T>(value: T, depth = 0): T {
  if (typeof value === 'string') {
    return (SECRET_VALUE.test(value) ? value.replace(SECRET_VALUE, CENSOR) : value) as T;
  }
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const scrubbed = scrubSecrets(item, depth + 1);
      changed ||= scrubbed !== item;
      return scrubbed;
    });
    return (changed ? out : value) as T;
  }
  // `for…in` with an own-key check visits what Object.entries would, without an array per object: this runs
  // on every log line (the request line included).
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    const scrubbed =
      SECRET_KEY.test(key) && item != null && item !== CENSOR ? CENSOR : scrubSecrets(item, depth + 1);
    if (scrubbed !== item) {
      copy ??= { ...record };
      copy[key] = scrubbed;
    }
  }
  return (copy ?? value) as T;
}

/**
 * The service's root pino logger: JSON lines on stdout (pino-pretty when asked for on a terminal), secrets
 * censored, the service name and the running pipeline work's `intent_id` / `build_id` on every line.
 * `destination` replaces stdout (tests capture lines with it).
 */
export function createLogger(
  service: string,
  settings: Pick<ObservabilitySettings, 'logLevel' | 'pretty'>,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: settings.logLevel,
    base: { service },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    // No pino `redact` paths: `formatters.log` (scrubSecrets) censors the keys they named (authorization,
    // cookie, set-cookie, x-api-key, proxy-authorization) wherever they are, while pino's redaction parsed its
    // paths and cloned `req` and `res` again on every line that has them: every request line. (Child-logger
    // bindings are not formatted by pino; nothing binds request data to a child.)
    mixin: () => currentLogContext(),
    // pino merges the line's own fields into what `mixin` returns (mutating it): a copy when there is context,
    // the line's object as it is when there is none (the request lines), rather than a copy per line.
    mixinMergeStrategy: (fields: object, context: object) =>
      isEmpty(context) ? fields : { ...context, ...fields },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrubSecrets(object),
    },
    hooks: {
      // Messages are formatted before `formatters.log` sees them, so scrub interpolated strings here.
      logMethod(args, method) {
        let scrubbed: unknown[] | null = null;
        for (let i = 0; i < args.length; i++) {
          const arg: unknown = args[i];
          const clean = typeof arg === 'string' ? scrubSecrets(arg) : arg;
          if (clean !== arg) (scrubbed ??= [...args])[i] = clean;
        }
        method.apply(this, (scrubbed ?? args) as never);
      },
    },
  };
  if (settings.pretty && !destination) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { singleLine: true } } });
  }
  return pino(options, destination ?? turnBatched(pino.destination({ fd: 1, sync: false })));
}

/**
 * `stream` given the lines of one event-loop turn as one write, at the end of that turn (`setImmediate`): under
 * load a turn answers many requests, and each write to the asynchronous destination costs a trip through
 * libuv's thread pool. Lines still held when the process exits are written synchronously then (as pino flushes
 * its destination at exit).
 */
export function turnBatched(stream: pino.DestinationStream & { flushSync(): void }): pino.DestinationStream {
  let pending = '';
  const writePending = () => {
    const lines = pending;
    pending = '';
    if (lines) stream.write(lines);
  };
  flushAtExit(() => {
    writePending();
    stream.flushSync();
  });
  return {
    write(line: string) {
      if (!pending) setImmediate(writePending);
      pending += line;
    },
  };
}

/** What must be written synchronously when the process exits: one `exit` listener for every logger. */
const atExit: (() => void)[] = [];

function flushAtExit(flush: () => void): void {
  if (atExit.length === 0) {
    process.once('exit', () => {
      for (const each of atExit) {
        try {
          each();
        } catch {
          // Nothing more can be done while exiting (e.g. stdout already closed).
        }
      }
    });
  }
  atExit.push(flush);
}

function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

/** Requests that would only add noise to the logs: scrapes and probes. */
export function isQuietRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url === '/metrics' || url.startsWith('/health/');
}
