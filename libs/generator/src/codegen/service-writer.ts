import { Imports, blocks, commentText, indent, key, literal, str } from './code-text';
import { quotaStateMembers, quotaWindowType } from './quota-state';
import { recordStoreSource, storeArguments } from './record-store';
import type { ServiceModel } from './service-model';
import { errorBodyShape } from '@sf/service-spec';

/** Built-in environment settings and their defaults when the contract does not declare them. */
const DEFAULT_HEARTBEAT_INTERVAL_MS = '10000';

function settingDefault(model: ServiceModel, name: string, fallback: string): string {
  return model.contract.config.find((s) => s.name === name)?.default ?? fallback;
}

/** `src/config.ts`: the only module that reads the environment; validates everything at start-up. */
export function configSource(model: ServiceModel, specSha256: string, header: string): string {
  const c = model.contract;
  const settingsInterface = [
    '/** The settings the contract declares, each from its environment variable or its development default. */',
    'export interface Settings {',
    ...model.settings.map((s) =>
      indent(
        `/** ${commentText(s.description)}${s.secret === true ? ' (secret: never logged nor returned)' : ''} */\nreadonly ${s.name}: string;`,
      ),
    ),
    '}',
  ].join('\n');
  const provenance = {
    intent_id: null,
    spec_sha256: specSha256,
    spec_score: 0,
    models: [],
    cost_usd: 0,
    tests_passed: 0,
    approvals: [],
  };
  const settingValues = model.settings.map((s) => `${key(s.name)}: read(${str(s.name)}, ${str(s.default)}),`);
  return blocks(
    header,
    "import type { UdcProvenance } from './udc-core.js';",
    settingsInterface,
    `/** The service's configuration, validated at start-up. */
export interface ServiceConfig {
  /** PORT: the TCP port to listen on; 0 picks a free one. */
  port: number;
  /** HOST: the interface to bind (loopback unless set). */
  host: string;
  /** SERVICE_VERSION: reported by /health, /capabilities and the registry entry. */
  version: string;
  /** REGISTRY_URL: base URL of the registry to register with; null (unset) means do not register. */
  registryUrl: string | null;
  /** SERVICE_URL: the URL the registry entry advertises; null means derived from HOST and the bound port. */
  serviceUrl: string | null;
  /** HEARTBEAT_INTERVAL_MS: time between registry heartbeats. */
  heartbeatIntervalMs: number;
  /** SF_PROVENANCE (JSON): where this release came from, merged over the build-time defaults. */
  provenance: UdcProvenance;
  /** Request bodies above this size are refused with 413 PAYLOAD_TOO_LARGE. */
  maxBodyBytes: number;
  settings: Settings;
}`,
    `/** A bad configuration value; start-up stops with one message naming every problem. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super('invalid configuration: ' + problems.join('; '));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}`,
    '/** Environment variables as loadConfig reads them. */\nexport type Environment = Readonly<Record<string, string | undefined>>;',
    `/** Provenance reported when SF_PROVENANCE is unset: only what was known when the code was generated. */
const DEFAULT_PROVENANCE: UdcProvenance = ${literal(provenance)};`,
    `/** REGISTRY_URL: one registry URL, or several (replicas of one registry) separated by commas. */
function readRegistryUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined || value === '') return null;
  const urls: string[] = [];
  for (const part of value.split(',')) {
    let url: URL;
    try {
      url = new URL(part.trim());
    } catch {
      problems.push('REGISTRY_URL must be an http(s) URL, or several separated by commas');
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      problems.push('REGISTRY_URL must be an http(s) URL, or several separated by commas');
      return null;
    }
    // The registry's routes live under /registry/..., so a URL given down to /registry names the same registry.
    urls.push(part.trim().replace(/\\/+$/, '').replace(/\\/registry$/, ''));
  }
  return urls.join(',');
}`,
    `function readProvenance(value: string | undefined, problems: string[]): UdcProvenance {
  if (value === undefined || value === '') return DEFAULT_PROVENANCE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value) as unknown;
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push('SF_PROVENANCE must be a JSON object');
    return DEFAULT_PROVENANCE;
  }
  return { ...DEFAULT_PROVENANCE, ...(parsed as Partial<UdcProvenance>) };
}`,
    `/** Reads and validates the configuration from env; throws ConfigError naming every problem. */
export function loadConfig(env: Environment): ServiceConfig {
  const problems: string[] = [];
  // An empty variable counts as unset, so a blank line in an env file does not erase a default.
  const read = (name: string, fallback: string): string => {
    const value = env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  const port = Number(read('PORT', ${str(model.defaultPort)}));
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('PORT must be an integer from 0 to 65535');
  const heartbeatIntervalMs = Number(read('HEARTBEAT_INTERVAL_MS', ${str(settingDefault(model, 'HEARTBEAT_INTERVAL_MS', DEFAULT_HEARTBEAT_INTERVAL_MS))}));
  if (!Number.isInteger(heartbeatIntervalMs) || heartbeatIntervalMs < 100) {
    problems.push('HEARTBEAT_INTERVAL_MS must be an integer of at least 100');
  }
  const serviceUrl = read('SERVICE_URL', '');
  const settings: Settings = {
${indent(settingValues.join('\n'), '    ')}
  };
  const config: ServiceConfig = {
    port,
    host: read('HOST', ${str(model.defaultHost)}),
    version: read('SERVICE_VERSION', ${str(settingDefault(model, 'SERVICE_VERSION', c.service.version))}),
    // Only an explicit REGISTRY_URL registers: a staged or test run must never replace the serving entry.
    registryUrl: readRegistryUrl(env['REGISTRY_URL'], problems),
    serviceUrl: serviceUrl === '' ? null : serviceUrl,
    heartbeatIntervalMs,
    provenance: readProvenance(env['SF_PROVENANCE'], problems),
    maxBodyBytes: ${String(model.maxBodyBytes)},
    settings,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}`,
  );
}

/** `src/state.ts`: record types and the in-memory stores. */
export function stateSource(model: ServiceModel, header: string): string {
  const records = model.resources.map((r) => {
    const fields = r.fields.map((f) => {
      const doc = f.spec.description.trim() === '' ? '' : `/** ${commentText(f.spec.description)} */\n`;
      return indent(`${doc}${key(f.spec.name)}: ${f.spec.required ? f.tsType : `${f.tsType} | null`};`);
    });
    const parents = r.parentFields.map((p) => {
      const optional = p.always ? '' : '?';
      return indent(
        `/** Id of the parent record this one was created under. */\n${key(p.name)}${optional}: string;`,
      );
    });
    return [
      `/** ${commentText(r.spec.description || `A ${r.spec.name} record.`)} */`,
      `export interface ${r.typeName} {`,
      '  /** Server-generated, unique. */',
      '  id: string;',
      ...fields,
      ...parents,
      ...(r.spec.ttl?.answer_field === undefined
        ? []
        : [
            indent(
              `/** When the record expires (ISO 8601 UTC), set by its store. */\n${key(r.spec.ttl.answer_field)}?: string | null;`,
            ),
          ]),
      '}',
    ].join('\n');
  });
  const stores = model.resources.map(
    (r) =>
      `  /** ${commentText(r.spec.plural)}, oldest first. */\n  readonly ${r.storeName} = new RecordStore<${r.typeName}>(${storeArguments(r, str(r.spec.name))});`,
  );
  const events = [...model.eventStores].map(([endpoint, name]) => {
    const e = model.contract.endpoints.find((x) => x.id === endpoint);
    const where = e ? `${e.method} ${commentText(e.path)}` : endpoint;
    return `  /** Events received at ${where}, by event id. */\n  readonly ${name} = new Map<string, StoredEvent>();`;
  });
  const quotas = quotaStateMembers(model);
  const ballots = model.ballotStore
    ? [
        `  /** Votes cast per record (\`<resource> NUL <id>\`): counts by option and the voters who voted. */\n  readonly ${model.ballotStore} = new Map<string, { counts: Map<string, number>; voters: Set<string> }>();`,
      ]
    : [];
  return blocks(
    header,
    ...records,
    model.eventStores.size > 0 &&
      `/** A received webhook event, kept for duplicate detection and replay. */
export interface StoredEvent {
  type: string | null;
  event: Record<string, unknown>;
  /** The bytes as received (a replay sends them again). */
  raw: Buffer;
  replays: number;
  /** The last replay's attempt to deliver the event (null before any). */
  last_replay: { ok: boolean; status_code: number | null; error: string | null } | null;
}`,
    quotaWindowType(model),
    model.resources.length > 0 && recordStoreSource(model),
    [
      '/** Everything the service keeps. In memory by design: the contract keeps records per process. */',
      'export class ServiceState {',
      [...stores, ...events, ...quotas, ...ballots].join('\n\n'),
      '}',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );
}

/** `src/service.ts`: the route table, the UDC runtime and the `createService` factory. */
export function serviceSource(model: ServiceModel, header: string): string {
  const c = model.contract;
  const handlers = model.endpoints.map((e) => e.handlerName);
  const routes = model.endpoints.map((e) => {
    const raw = e.spec.behavior.kind === 'webhook_receive';
    return `  route(${str(e.spec.method)}, ${str(e.spec.path)}, { handler: ${e.handlerName}, rawBody: ${String(raw)} }),`;
  });
  const endpoints = c.endpoints.map((e) => ({ method: e.method, path: e.path, description: e.summary }));
  const imports = new Imports();
  imports.value('node:http', 'createServer');
  for (const name of ['IncomingMessage', 'Server', 'ServerResponse']) imports.type('node:http', name);
  imports.type('node:net', 'AddressInfo');
  imports.type('./config.js', 'ServiceConfig');
  imports.type('./handlers.js', 'RequestContext');
  for (const name of handlers) imports.value('./handlers.js', name);
  for (const name of ['HttpError', 'errorReply', 'matchRoute', 'parseJson', 'readBody', 'sendReply']) {
    imports.value('./http-kit.js', name);
  }
  // A contract without endpoints declares no route; importing `route` anyway would trip noUnusedLocals.
  if (routes.length > 0) imports.value('./http-kit.js', 'route');
  imports.type('./http-kit.js', 'ErrorBodyShape');
  imports.type('./http-kit.js', 'Reply');
  imports.type('./http-kit.js', 'Route');
  imports.value('./state.js', 'ServiceState');
  imports.value('./udc-core.js', 'createUdcRuntime');
  imports.type('./udc-core.js', 'UdcEndpoint');
  imports.type('./udc-core.js', 'UdcRuntime');
  return blocks(
    header,
    imports.render(),
    `/** The service name, as the contract declares it. */
export const SERVICE_NAME = ${str(c.service.name)};`,
    `/** The contract's key features, listed by GET /capabilities. */
const FEATURES: string[] = ${literal(c.service.features)};`,
    `/** Services this one depends on, reported by GET /dependencies (not probed: their addresses are unknown here). */
const DEPENDENCIES: string[] = ${literal(c.dependencies)};`,
    `/** How every error is spelled (the contract's errors.body); the UDC endpoints keep the UDC's own shapes. */
const ERROR_BODY: ErrorBodyShape = ${str(errorBodyShape(c))};`,
    `/** The service's own endpoints, listed by GET /capabilities. */
const ENDPOINTS: UdcEndpoint[] = ${literal(endpoints)};`,
    `/** What serves a route; rawBody endpoints get the exact bytes (signatures are computed over them). */
interface Endpoint {
  handler: (ctx: RequestContext) => Reply | Promise<Reply>;
  rawBody: boolean;
}`,
    routes.length === 0
      ? 'const ROUTES: Route<Endpoint>[] = [];'
      : `const ROUTES: Route<Endpoint>[] = [\n${routes.join('\n')}\n];`,
    `/** A service instance: the HTTP server and its lifecycle. */
export interface Service {
  readonly server: Server;
  readonly udc: UdcRuntime;
  /** What the instance keeps (in memory). */
  readonly state: ServiceState;
  /** Listens on port (0: a free one) and host; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Reports "inactive" on /health from now on (shutdown has begun). */
  markStopping(): void;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}`,
    `/** Creates a service instance from its configuration; nothing listens until listen() is called. */
export function createService(config: ServiceConfig): Service {
  const state = new ServiceState();
  let stopping = false;
  const udc = createUdcRuntime({
    service: SERVICE_NAME,
    version: config.version,
    features: FEATURES,
    endpoints: ENDPOINTS,
    dependencies: DEPENDENCIES.map((name) => ({ name, required: false })),
    health: () => (stopping ? 'inactive' : 'active'),
  });

  const serve = async (req: IncomingMessage): Promise<Reply> => {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const method = req.method ?? 'GET';
    const match = matchRoute(ROUTES, method, path);
    if (match.kind !== 'found') {
      // Unread input is drained so the client sees the answer rather than a reset.
      req.resume();
      if (match.kind === 'not_found') throw new HttpError(404, 'NOT_FOUND', 'no route for ' + method + ' ' + path);
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', path + ' does not answer ' + method, {
        allow: match.allowed.join(', '),
      });
    }
    const rawBody = await readBody(req, config.maxBodyBytes);
    const endpoint = match.route.target;
    return endpoint.handler({
      params: match.params,
      query: new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)),
      headers: req.headers,
      body: endpoint.rawBody ? undefined : parseJson(rawBody),
      rawBody,
      state,
      settings: config.settings,
    });
  };

  const answer = (res: ServerResponse, reply: Reply): void => {
    if (res.headersSent) return;
    sendReply(res, reply);
    udc.recordRequest(reply.status);
  };

  const server = createServer((req, res) => {
    if (udc.handle(req, res)) return;
    serve(req).then(
      (reply) => answer(res, reply),
      (error: unknown) => {
        if (!(error instanceof HttpError)) {
          const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
          process.stderr.write(JSON.stringify({ level: 'error', service: SERVICE_NAME, msg: 'request failed', error: detail }) + '\\n');
        }
        answer(res, errorReply(error, ERROR_BODY));
      },
    );
  });

  return {
    server,
    udc,
    state,
    listen: (port, host) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    markStopping: () => {
      stopping = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}`,
  );
}

/** `src/main.ts`: the process entry. */
export function mainSource(header: string): string {
  return blocks(
    header,
    [
      "import { ConfigError, loadConfig, type ServiceConfig } from './config.js';",
      "import { SERVICE_NAME, createService } from './service.js';",
      "import { registerWithRegistry, type UdcRegistration } from './udc-core.js';",
    ].join('\n'),
    `/** How long shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5000;`,
    `/** One JSON log line; secrets never reach it (settings are not logged). */
function log(level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), service: SERVICE_NAME, msg, ...fields }) + '\\n';
  if (level === 'error') process.stderr.write(line);
  else process.stdout.write(line);
}`,
    `function advertisedUrl(config: ServiceConfig, port: number): string {
  if (config.serviceUrl !== null) return config.serviceUrl;
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const host = wildcard ? '127.0.0.1' : config.host.includes(':') ? '[' + config.host + ']' : config.host;
  return 'http://' + host + ':' + String(port);
}`,
    `async function main(): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log('error', error.message, { problems: error.problems });
    process.exitCode = 1;
    return;
  }
  const service = createService(config);
  const port = await service.listen(config.port, config.host);
  const url = advertisedUrl(config, port);
  log('info', 'listening', { url, port, version: config.version });

  let registration: UdcRegistration | null = null;
  if (config.registryUrl !== null) {
    registration = registerWithRegistry({
      registryUrl: config.registryUrl,
      intervalMs: config.heartbeatIntervalMs,
      entry: {
        name: SERVICE_NAME,
        version: config.version,
        url,
        udc_version: '1.0',
        capabilities: service.udc.capabilitiesBody(),
        provenance: config.provenance,
        heartbeat_interval_seconds: config.heartbeatIntervalMs / 1000,
      },
    });
    log('info', 'registering', { registry: config.registryUrl, heartbeat_interval_ms: config.heartbeatIntervalMs });
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal });
    service.markStopping();
    // A connection that never closes must not keep the process past the supervisor's grace period.
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    void (async () => {
      // Heartbeats stop, but the entry stays: during a release swap the new release owns the name by now.
      if (registration !== null) await registration.stop();
      await service.close();
      process.exit(0);
    })();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}`,
    `main().catch((error: unknown) => {
  log('error', 'failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});`,
  );
}

/** `package.json`: pins CommonJS so the release runs the same wherever its directory sits. */
export function packageJsonSource(model: ServiceModel): string {
  const pkg = {
    name: model.contract.service.name,
    version: model.contract.service.version,
    private: true,
    description: commentText(model.contract.service.purpose, 200),
    type: 'commonjs',
    main: 'main.js',
    engines: { node: '>=20' },
    scripts: { start: 'node main.js', test: 'node --test tests/acceptance.test.js tests/endpoints.test.js' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * `tsconfig.json`: type-checks sources and tests together. `rootDirs` lets `tests/x.ts` import `../service.js`,
 * which is where the module sits in the release (src/ is flattened into the release root).
 */
export function tsconfigSource(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'node16',
      moduleResolution: 'node16',
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noFallthroughCasesInSwitch: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      rootDirs: ['src', '.'],
    },
    include: ['src', 'tests'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
