import type { IntentInput } from '@sf/contracts';
import {
  UDC_ENDPOINTS,
  routeShape,
  type Behavior,
  type ConfigSetting,
  type EndpointSpec,
  type FieldSpec,
  type HttpMethod,
  type ResourceSpec,
  type SpecContract,
  DEFAULT_REPLAY_TIMEOUT_MS,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  webhookAnswer,
  type WebhookEncoding,
  type WebhookScheme,
} from '@sf/service-spec';
import { plural } from './lexicon';
import { kebabName, shortHash } from './naming';
import { defaultFields } from './samples';

const UDC_PATHS = new Set(UDC_ENDPOINTS.map((e) => e.split(' ')[1]));

/** Settings every generated service reads, whatever its endpoints. */
function baseConfig(c: SpecContract): ConfigSetting[] {
  return [
    { name: 'PORT', default: String(c.service.port), description: 'TCP port the service listens on' },
    {
      name: 'HOST',
      default: '127.0.0.1',
      description: 'Interface to bind; loopback unless deliberately exposed',
    },
    {
      name: 'REGISTRY_URL',
      default: 'http://127.0.0.1:8211/registry',
      description: 'Registry the service registers with on start and heartbeats to',
    },
  ];
}

/** A tolerance in seconds, with its minutes when it is a whole number of them ("300 seconds (5 minutes)"). */
function toleranceText(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds} seconds (${seconds / 60} minutes)` : `${seconds} seconds`;
}

/** Signature conventions of the webhook senders the designer knows; others get a generic header. */
export interface WebhookStyle {
  header: string;
  prefix: string;
  eventType: string;
  /** A layout other than prefix + hex HMAC of the body (Stripe signs a timestamp too). */
  scheme?: WebhookScheme;
  /** How the digest is written, when not hex (Shopify sends base64). */
  encoding?: WebhookEncoding;
}

const WEBHOOK_STYLES: Record<string, WebhookStyle> = {
  stripe: { header: 'stripe-signature', prefix: '', eventType: 'payment_intent.succeeded', scheme: 'stripe' },
  github: { header: 'x-hub-signature-256', prefix: 'sha256=', eventType: 'push' },
  slack: { header: 'x-slack-signature', prefix: 'v0=', eventType: 'event_callback' },
  shopify: { header: 'x-shopify-hmac-sha256', prefix: '', eventType: 'orders/create', encoding: 'base64' },
};

/** Signature header, prefix and a typical event type for a webhook sender (null: a generic sender). */
export function webhookStyle(provider: string | null): WebhookStyle {
  if (provider && WEBHOOK_STYLES[provider]) return WEBHOOK_STYLES[provider];
  return {
    header: provider ? `x-${provider}-signature` : 'x-webhook-signature',
    prefix: 'sha256=',
    eventType: provider ? `${provider}.event` : 'event.created',
  };
}

/** The webhook style whose header a receiver uses (for example events in acceptance checks). */
export function styleForHeader(header: string): WebhookStyle {
  return Object.values(WEBHOOK_STYLES).find((s) => s.header === header) ?? webhookStyle(null);
}

function endpointIdBase(method: HttpMethod, path: string, b: Behavior, resources: ResourceSpec[]): string {
  const pluralOf = (name: string) => resources.find((r) => r.name === name)?.plural ?? plural(name);
  const field = (name: string) => name.replace(/_/g, '-');
  switch (b.kind) {
    case 'create':
      return `create-${b.resource}`;
    case 'list':
      return `list-${pluralOf(b.resource)}`;
    case 'search':
      return `search-${pluralOf(b.resource)}`;
    case 'get':
    case 'update':
    case 'delete':
    case 'reserve':
    case 'release':
    case 'redirect':
      return `${b.kind}-${b.resource}`;
    case 'toggle':
      return `${b.value === undefined ? 'toggle' : 'set'}-${b.resource}-${field(b.field)}`;
    case 'adjust':
    case 'reset':
      return `${b.kind}-${b.resource}-${field(b.field)}`;
    case 'transition':
      return `move-${b.resource}-${field(b.field)}`;
    case 'compute':
      return b.operation;
    case 'webhook_receive':
      return `receive-${kebabName(path.split('/').pop() ?? '', 'events')}-webhook`;
    case 'webhook_replay':
      return `replay-${b.receiver.replace(/^receive-/, '')}`;
    case 'webhook_events':
      return `${b.param === undefined ? 'list' : 'get'}-${b.receiver.replace(/^receive-/, '')}-${b.param === undefined ? 'events' : 'event'}`;
    case 'health_check':
      return `check-${pluralOf(b.resource)}`;
    case 'static':
      return `${method.toLowerCase()}-${kebabName(path.replace(/[{}]/g, ''), 'root')}`;
    case 'function':
      return b.function.replace(/[._]/g, '-');
    case 'quota':
      return `limit-${kebabName(path.split('/').pop() ?? '', 'requests')}`;
    case 'quota_usage':
      return `usage-${b.quota}`;
    case 'ranking':
      return `rank-${pluralOf(b.resource)}`;
    case 'overdue':
      return `overdue-${pluralOf(b.resource)}`;
    case 'owner_aggregate':
      return `${b.operation}-${b.value_field.replace(/_/g, '-')}-per-${b.owner_field.replace(/_/g, '-')}`;
    case 'low_stock':
      return `low-stock-${pluralOf(b.resource)}`;
    case 'vote':
      return `vote-${b.resource}`;
    case 'tally':
      return `tally-${b.resource}`;
  }
}

/** "a payment", "an invoice": the noun with its English indefinite article. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A one-line English summary of what an endpoint does. */
export function summarize(b: Behavior, path: string): string {
  const name = (resource: string) => resource.replace(/-/g, ' ');
  const one = (resource: string) => withArticle(name(resource));
  switch (b.kind) {
    case 'create':
      return b.parent
        ? `Create ${one(b.resource)} for an existing ${name(b.parent.resource)}`
        : `Create ${one(b.resource)}`;
    case 'list':
      return b.parent
        ? `List the ${name(b.resource)} records of one ${name(b.parent.resource)}`
        : `List all ${name(b.resource)} records`;
    case 'get':
      return `Get one ${name(b.resource)} by ${b.param}`;
    case 'update':
      return `Update fields of ${one(b.resource)}`;
    case 'delete':
      return `Delete ${one(b.resource)}`;
    case 'toggle':
      return b.value === undefined
        ? `Toggle the ${b.field} flag of ${one(b.resource)}`
        : `Mark ${one(b.resource)} as ${b.value ? '' : 'not '}${b.field.replace(/_/g, ' ')}`;
    case 'search':
      return `Search ${name(b.resource)} records by ${b.fields.join(' or ')}`;
    case 'reserve':
      return `Reserve ${one(b.resource)}`;
    case 'release':
      return `Release a reserved ${name(b.resource)}`;
    case 'transition':
      return `Move ${one(b.resource)} to another ${b.field.replace(/_/g, ' ')} along the arrows ${Object.entries(
        b.moves,
      )
        .flatMap(([from, tos]) => tos.map((to) => `${from} → ${to}`))
        .join(', ')}; any other move is refused with 409`;
    case 'adjust':
      return `Change the ${b.field.replace(/_/g, ' ')} of ${one(b.resource)} by ${b.amount_field.replace(/_/g, ' ')}${b.create_missing ? ' (created on first use)' : ''}`;
    case 'reset':
      return `Reset the ${b.field.replace(/_/g, ' ')} of ${one(b.resource)}`;
    case 'compute':
      return b.operation === 'convert'
        ? `Convert an amount between units of the declared rate table`
        : `Compute the ${b.operation} of a list of numbers`;
    case 'webhook_receive': {
      const signed =
        b.scheme === 'stripe'
          ? `Receive webhook events at ${path} signed Stripe's way: header ${b.signature_header} holds t=<unix seconds>,v1=<HMAC-SHA256 of "<t>.<body>">, and t must be within ${toleranceText(b.tolerance_seconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS)} of now`
          : `Receive webhook events at ${path} signed with HMAC-SHA256 of the body, ${b.encoding ?? 'hex'}-encoded in header ${b.signature_header}${b.signature_prefix ? ` after "${b.signature_prefix}"` : ''}`;
      // What a feature wrote for the answer is said too, with the event's id as a placeholder.
      const answer = b.answer
        ? `; an accepted event answers ${b.status ?? 200} ${JSON.stringify(webhookAnswer(b, '<event id>', false))}`
        : b.status !== undefined
          ? `; an accepted event answers ${b.status}`
          : '';
      const repeats =
        b.duplicates === 'conflict'
          ? '; an event whose id was already received is refused with 409 DUPLICATE_EVENT and the first delivery kept'
          : '';
      return signed + answer + repeats;
    }
    case 'webhook_replay':
      return b.target_config === undefined
        ? `Replay a webhook event received earlier`
        : `Replay a webhook event received earlier: send its body again, as received, by POST to the URL in config ${b.target_config} (waiting at most ${b.timeout_ms ?? DEFAULT_REPLAY_TIMEOUT_MS} ms) and record the attempt; a target that answers 2xx is 200 with its status code, any other answer, a timeout or an unreachable target is 502 REPLAY_FAILED`;
    case 'webhook_events':
      return b.param === undefined
        ? `List the webhook events received, ${b.order === 'newest_first' ? 'newest first' : 'in arrival order'}`
        : 'Read a webhook event received earlier by its id';
    case 'health_check':
      return `Check every ${name(b.resource)}: call its ${b.url_field.replace(/_/g, ' ')} and report it up (2xx or 3xx) or down (an error status, refused, or no answer within the ${b.timeout_ms / 1000} second timeout, ${b.timeout_ms} ms) with its status code and latency; overall up when all are up, else degraded`;
    case 'redirect':
      return `Redirect ${one(b.resource)} ${b.key_field} to its ${b.target_field}`;
    case 'static': {
      const body = JSON.stringify(b.body) ?? 'null';
      return `Return ${body.length > 60 ? 'a fixed JSON document' : body}`;
    }
    case 'function':
      return `Compute ${b.function}`;
    case 'quota':
      return `Count a request for a ${b.key_field.replace(/_/g, ' ')}${b.key_header ? ` (header ${b.key_header})` : b.key_param ? ` (path parameter {${b.key_param}})` : ''}: at most ${b.limit} per ${b.aligned === 'utc_month' ? 'calendar month (UTC)' : `${b.window_seconds} seconds`}, then 429`;
    case 'quota_usage':
      return `Read how many requests a key has used in its current window`;
    case 'low_stock':
      return `List the ${name(b.resource)} records running low: ${b.field.replace(/_/g, ' ')} ${b.inclusive ? 'at or below' : 'below'} ${b.threshold_field === undefined ? b.threshold : `their own ${b.threshold_field.replace(/_/g, ' ')}`}`;
    case 'owner_aggregate':
      return `Get one ${b.owner_field.replace(/_/g, ' ')}'s ${{ average: 'average', sum: 'sum', min: 'lowest', max: 'highest' }[b.operation]} ${b.value_field.replace(/_/g, ' ')} over their ${name(b.resource)} records, rounded to ${b.decimals} decimals`;
    case 'overdue':
      return `List the overdue ${name(b.resource)} records: ${b.due_field.replace(/_/g, ' ')} before the date ${b.date_param} and not ${b.done_field.replace(/_/g, ' ')}`;
    case 'vote':
      return `Vote for one of the ${b.options_field.replace(/_/g, ' ')} of ${one(b.resource)}${b.voter_field ? `, once per ${b.voter_field.replace(/_/g, ' ')}` : ''}`;
    case 'tally':
      return `Count the votes of every option of ${one(b.resource)}${b.order === 'desc' ? ', most votes first' : ''}`;
    case 'ranking':
      return `The ${b.order === 'desc' ? 'highest' : 'lowest'} ${name(b.resource)} records by ${b.score_field.replace(/_/g, ' ')}${b.best_per ? `, best per ${b.best_per.replace(/_/g, ' ')}` : ''}, ${b.order === 'desc' ? 'highest' : 'lowest'} first`;
  }
}

/**
 * A contract under construction. The offline designer fills one from an intent; the offline optimizer
 * loads a parsed contract into one and repairs it. Adding an endpoint that already exists (same method and
 * path shape) only records the extra feature, so features that ask for the same thing share endpoints.
 */
export class ContractBuilder {
  private readonly collections = new Map<string, string>();
  /** Plurals the intent writes for resources whose English plural would not be theirs ("lettura" → "letture"). */
  readonly plurals = new Map<string, string>();

  constructor(readonly contract: SpecContract) {
    for (const e of contract.endpoints) {
      if ((e.behavior.kind === 'create' || e.behavior.kind === 'list') && !e.path.includes('{')) {
        if (!this.collections.has(e.behavior.resource)) this.collections.set(e.behavior.resource, e.path);
      }
    }
  }

  /** An empty contract carrying the intent's identity. */
  static forIntent(intent: IntentInput): ContractBuilder {
    return new ContractBuilder({
      contract_version: 1,
      service: {
        name: intent.service_name,
        type: intent.service_type,
        port: intent.port,
        priority: intent.priority,
        version: '1.0.0',
        purpose: intent.purpose,
        features: [...intent.key_features],
      },
      dependencies: [...intent.dependencies],
      config: [],
      resources: [],
      endpoints: [],
      acceptance: [],
      udc: { version: '1.0', endpoints: [...UDC_ENDPOINTS] },
    });
  }

  /** The resource named `name`, if declared. */
  findResource(name: string): ResourceSpec | undefined {
    return this.contract.resources.find((r) => r.name === name);
  }

  /** The resource named `name`, declared with its default fields when missing. */
  resource(
    name: string,
    pluralName = this.plurals.get(name) ?? plural(name),
    description?: string,
  ): ResourceSpec {
    const found = this.findResource(name);
    if (found) return found;
    const created: ResourceSpec = {
      name,
      plural: pluralName,
      description: description ?? `A ${name.replace(/-/g, ' ')} record kept by the service.`,
      fields: defaultFields(name),
    };
    this.contract.resources.push(created);
    return created;
  }

  /**
   * Records the intent's own words for a resource the reader translated ("tâches" for task), so the SPEC
   * shows which words of the intent it realises.
   */
  writtenAs(resourceName: string, words: string[]): void {
    const resource = this.resource(resourceName);
    const marker = ' Written in the intent as: ';
    const [base, listed = ''] = resource.description.split(marker);
    const known = listed
      .replace(/\.$/, '')
      .split(', ')
      .filter((w) => w !== '');
    const all = [...new Set([...known, ...words])];
    if (all.length > known.length) resource.description = `${base}${marker}${all.join(', ')}.`;
  }

  /** Adds `field` to the resource unless a field of that name exists. */
  ensureField(resourceName: string, field: FieldSpec): FieldSpec {
    const resource = this.resource(resourceName);
    const existing = resource.fields.find((f) => f.name === field.name);
    if (existing) return existing;
    resource.fields.push(field);
    return field;
  }

  /** Where the resource's records live (`/payments`), honouring a path a feature wrote literally. */
  collectionPath(resourceName: string): string {
    return this.collections.get(resourceName) ?? this.safePath(`/${this.resource(resourceName).plural}`);
  }

  /** Records a literal collection path for the resource unless it already has one. */
  claimCollection(resourceName: string, path: string): void {
    if (!path.includes('{') && !this.collections.has(resourceName)) this.collections.set(resourceName, path);
  }

  /**
   * Moves a resource's collection to a path a later feature spells ("POST /services … registers a service to
   * watch" after the check made /watched-urls): its endpoints under the old path move along.
   */
  moveCollection(resourceName: string, path: string): void {
    const old = this.collectionPath(resourceName);
    if (path.includes('{') || old === path) return;
    this.collections.set(resourceName, path);
    for (const e of this.contract.endpoints) {
      if (!('resource' in e.behavior) || e.behavior.resource !== resourceName) continue;
      if (e.path === old) e.path = e.method === 'GET' ? this.safePath(path) : path;
      else if (e.path.startsWith(`${old}/`)) e.path = path + e.path.slice(old.length);
    }
  }

  /** `path`, moved under `/api` when it would shadow a UDC endpoint. */
  safePath(path: string): string {
    return UDC_PATHS.has(routeShape(path).toLowerCase()) ? `/api${path}` : path;
  }

  /** The endpoint with this method and path shape, if any. */
  findEndpoint(method: HttpMethod, path: string): EndpointSpec | undefined {
    const shape = routeShape(path);
    return this.contract.endpoints.find((e) => e.method === method && routeShape(e.path) === shape);
  }

  /** Adds an endpoint (documentation is filled later) or records `feature` on the existing one. */
  endpoint(method: HttpMethod, rawPath: string, behavior: Behavior, feature: string | null): EndpointSpec {
    const path = this.safePath(rawPath);
    const existing = this.findEndpoint(method, path);
    if (existing) {
      if (feature !== null && !existing.features.includes(feature)) existing.features.push(feature);
      return existing;
    }
    const created: EndpointSpec = {
      id: this.uniqueId(endpointIdBase(method, path, behavior, this.contract.resources)),
      method,
      path,
      summary: summarize(behavior, path),
      features: feature === null ? [] : [feature],
      behavior,
      request: {},
      responses: [],
      errors: [],
    };
    this.contract.endpoints.push(created);
    return created;
  }

  /** A create endpoint for the resource (the one that exists, else a new one at its collection path). */
  ensureCreate(resourceName: string, feature: string | null): EndpointSpec {
    const existing = this.contract.endpoints.find(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === resourceName,
    );
    if (existing) return existing;
    return this.endpoint(
      'POST',
      this.collectionPath(resourceName),
      { kind: 'create', resource: resourceName },
      feature,
    );
  }

  /** Adds a config setting unless one of that name exists. */
  ensureConfig(setting: ConfigSetting): void {
    if (!this.contract.config.some((s) => s.name === setting.name)) this.contract.config.push(setting);
  }

  /** Makes sure the base settings come first and every webhook secret is declared. */
  completeConfig(): void {
    const base = baseConfig(this.contract);
    const rest = this.contract.config.filter((s) => !base.some((b) => b.name === s.name));
    // PORT follows the service's port; other base settings keep any value already chosen.
    const kept = base.map((b) =>
      b.name === 'PORT' ? b : (this.contract.config.find((s) => s.name === b.name) ?? b),
    );
    this.contract.config = [...kept, ...rest];
    for (const e of this.contract.endpoints) {
      if (e.behavior.kind !== 'webhook_receive') continue;
      this.ensureConfig({
        name: e.behavior.secret_config,
        default: `whsec_dev_${shortHash(`${this.contract.service.name}:${e.behavior.secret_config}`, 24)}`,
        description: `Shared secret that signs webhooks received at ${e.path} (HMAC-SHA256)`,
        secret: true,
      });
    }
    for (const e of this.contract.endpoints) {
      if (e.behavior.kind !== 'webhook_replay' || e.behavior.target_config === undefined) continue;
      this.ensureConfig({
        name: e.behavior.target_config,
        default: '',
        description: `URL that ${e.path} sends a stored event to again (http or https)`,
      });
    }
    for (const e of this.contract.endpoints) {
      if (e.behavior.kind !== 'health_check') continue;
      this.ensureConfig({
        name: e.behavior.timeout_config,
        default: String(e.behavior.timeout_ms),
        description: `How long ${e.path} waits for each target, in milliseconds`,
      });
    }
  }

  private uniqueId(base: string): string {
    const root = kebabName(base, 'endpoint').slice(0, 70).replace(/-+$/, '');
    let id = root;
    for (let n = 2; this.contract.endpoints.some((e) => e.id === id); n += 1) id = `${root}-${n}`;
    return id;
  }
}
