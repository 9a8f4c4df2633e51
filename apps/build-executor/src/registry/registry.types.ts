import type { UdcRegistryEntry } from '@sf/udc';

/** Heartbeat interval assumed when a registration does not state one. */
export const DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 10;

/** An entry turns `stale` after this many heartbeat intervals without a heartbeat (PRODUCT §7). */
export const MISSED_HEARTBEATS_BEFORE_STALE = 3;

/** Liveness of a registered service, computed when it is read. */
export const REGISTRY_SERVICE_STATUSES = ['active', 'stale'] as const;
/** One of {@link REGISTRY_SERVICE_STATUSES}. */
export type RegistryServiceStatus = (typeof REGISTRY_SERVICE_STATUSES)[number];

/**
 * Body of `POST /registry/register`: the UDC registry entry, plus the heartbeat interval the service
 * promises so that staleness is judged against its own rhythm rather than a registry-wide guess.
 */
export interface RegisterRequest extends UdcRegistryEntry {
  /** Seconds between the service's heartbeats (default {@link DEFAULT_HEARTBEAT_INTERVAL_SECONDS}). */
  heartbeat_interval_seconds?: number;
}

/** A registry entry as the registry answers it: what was registered plus liveness bookkeeping. */
export interface RegisteredService extends UdcRegistryEntry {
  /** ISO-8601 time of the latest registration (a re-registration replaces the entry). */
  registered_at: string;
  /** ISO-8601 time of the latest heartbeat (the registration counts as one). */
  last_heartbeat_at: string;
  heartbeat_interval_seconds: number;
  /** `stale` once no heartbeat came for `3 × heartbeat_interval_seconds`. */
  status: RegistryServiceStatus;
}

/** Outcome of a registration: the stored entry, and whether the name was new (201) or replaced (200). */
export interface Registration {
  service: RegisteredService;
  created: boolean;
}

/** Filter of {@link Registry.list}. */
export interface ServiceFilter {
  status?: RegistryServiceStatus;
}

/**
 * The registry contract of PRODUCT §7, implemented by the built-in Redis-backed `RegistryService` and by
 * `HttpRegistryClient` for an external registry at `REGISTRY_URL`. Both fail with `AppError` codes:
 * `VALIDATION_FAILED` for a bad entry, `SERVICE_NOT_FOUND` for a heartbeat of an unknown name, and
 * (client only) a transient `SERVICE_UNAVAILABLE` when the registry cannot be reached.
 */
export interface Registry {
  /** Adds or replaces the entry of `request.name`; the registration counts as a heartbeat. */
  register(request: RegisterRequest): Promise<Registration>;
  /** Records a heartbeat; throws `SERVICE_NOT_FOUND` when the name is unknown (the caller re-registers). */
  heartbeat(name: string): Promise<RegisteredService>;
  /** Removes the entry; false when there was none. */
  deregister(name: string): Promise<boolean>;
  /** Every entry, sorted by name. */
  list(filter?: ServiceFilter): Promise<RegisteredService[]>;
  /** The entry, or null when the name is unknown. */
  get(name: string): Promise<RegisteredService | null>;
}

/** Injection token of the {@link Registry} the executor's pipeline uses (local, or the `REGISTRY_URL` client). */
export const REGISTRY = Symbol('REGISTRY');
