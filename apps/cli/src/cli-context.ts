import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ApiClient } from './api-client';
import { CliError, EXIT, UsageError } from './cli-errors';
import { Output, outputMode } from './output';

/** The global options every command takes (commander's `optsWithGlobals()`). */
export interface GlobalOptions {
  url?: string;
  executorUrl?: string;
  token?: string;
  dataDir?: string;
  json?: boolean;
}

/** The factory's default address (FACTORY_PORT 8210 on loopback). */
export const DEFAULT_FACTORY_URL = 'http://127.0.0.1:8210';

/** What a command works with: the output, the factory client, and the executor client found on demand. */
export class CliContext {
  private executorClient: ApiClient | null = null;

  constructor(
    readonly out: Output,
    readonly factory: ApiClient,
    private readonly token: string | null,
    private readonly executorUrl: string | undefined,
    readonly dataDir: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * The executor's client: `--executor-url` (or `SOVEREIGN_EXECUTOR_URL`), else the URL the executor
   * advertised, read from the factory's `GET /dashboard` (`executor_url`).
   */
  async executor(): Promise<ApiClient> {
    if (this.executorClient) return this.executorClient;
    let url = this.executorUrl;
    if (!url) {
      const dashboard = await this.factory.get<{ executor_url?: string | null }>('/dashboard');
      url = dashboard.executor_url ?? undefined;
      if (!url) {
        throw new CliError(
          EXIT.unreachable,
          'EXECUTOR_UNKNOWN',
          'the factory does not know where the build executor answers (it has not started yet?)',
          undefined,
          ['Start the executor (`npm start` starts both), or pass --executor-url http://host:8211.'],
        );
      }
    }
    this.executorClient = new ApiClient(trimUrl(url), this.token, 'the executor');
    return this.executorClient;
  }
}

/**
 * Builds the context from the global options and the environment: `--url` (else `SOVEREIGN_URL`, else
 * loopback :8210), `--token` (else `SF_API_KEY`, else `DATA_DIR/credentials/admin.key`), `DATA_DIR`
 * defaulting to `.data` as the services do.
 */
export async function createContext(
  opts: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  isTty = Boolean(process.stdout.isTTY),
): Promise<CliContext> {
  const out = new Output(outputMode(Boolean(opts.json), env, isTty));
  const factoryUrl = trimUrl(opts.url ?? env.SOVEREIGN_URL ?? DEFAULT_FACTORY_URL);
  const executorUrl = opts.executorUrl ?? env.SOVEREIGN_EXECUTOR_URL;
  const dataDir = resolve(opts.dataDir ?? env.DATA_DIR ?? '.data');
  const token = opts.token ?? env.SF_API_KEY ?? (await readLocalAdminKey(dataDir));
  return new CliContext(
    out,
    new ApiClient(factoryUrl, token, 'the factory'),
    token,
    executorUrl ? trimUrl(executorUrl) : undefined,
    dataDir,
    env,
  );
}

/** The first-start admin key the services wrote under `DATA_DIR/credentials/admin.key`, if readable. */
export async function readLocalAdminKey(dataDir: string): Promise<string | null> {
  try {
    const key = (await readFile(join(dataDir, 'credentials', 'admin.key'), 'utf8')).trim();
    return key === '' ? null : key;
  } catch {
    return null;
  }
}

/** Checks a URL option and drops its trailing slash. */
export function trimUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError('BAD_URL', `not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError('BAD_URL', `not an http(s) URL: ${url}`);
  }
  return url.replace(/\/+$/, '');
}
