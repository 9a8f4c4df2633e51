import type { IncomingMessage } from 'node:http';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ScriptedThrottlerStorage } from './scripted-throttler-storage';
import {
  ThrottlerGuard,
  type ThrottlerGenerateKeyFunction,
  type ThrottlerGetTrackerFunction,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
} from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { AppError, keyPrefix } from '@sf/contracts';
import { ACCESS_METADATA, PRINCIPAL_PROPERTY } from '../auth/access.decorator';
import type { Access, Principal } from '../auth/roles';
import { ROUTE_CLASS_METADATA, type RouteClass } from './rate-limit.decorator';

/** Limits per route class and the Redis key prefix the counters live under. */
export interface RateLimitSettings {
  windowMs: number;
  limits: Record<RouteClass, number>;
  /**
   * The service's key prefix (`REDIS_PREFIX`); counters are `{<prefix>:ratelimit:<class>:<tracker>:default}:hits`:
   * the storage wraps each bucket in a hash tag of its own, so on a Redis Cluster the buckets spread over the
   * masters (`keyPrefix(prefix, 'spread')`).
   */
  prefix: string;
}

/**
 * `@nestjs/throttler`'s guard, counting in Redis (`@nest-lab/throttler-storage-redis`) so a limit holds across
 * replicas. It is not a global guard of its own: the {@link AuthGuard} calls {@link limit} once it knows who the
 * caller is (or that the credential failed), so the tracker is the principal, else the client IP.
 * Public routes (health probes, UDC `GET /health`) and `/metrics` are never limited.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  /**
   * What each handler counts against, read from its decorators once: the throttler's own `canActivate` looks up
   * five metadata keys and resolves limit, TTL and block duration on every request (submits included).
   * Null: never limited.
   */
  private readonly rules = new WeakMap<object, HandlerRule | null>();

  /** Counts the request; throws 429 `RATE_LIMITED` (with `Retry-After`) once its budget is spent. */
  async limit(context: ExecutionContext): Promise<void> {
    const rule = context.getType() === 'http' ? this.ruleOf(context) : null;
    if (!rule) return;
    try {
      // The throttler's own counting, headers and 429, with this handler's limit resolved once.
      await this.handleRequest({
        context,
        limit: rule.limit,
        ttl: rule.ttl,
        blockDuration: rule.ttl,
        throttler: this.throttlers[0],
        getTracker: rule.getTracker,
        generateKey: rule.generateKey,
      });
    } catch (err) {
      if (err instanceof AppError) throw err;
      // Redis unreachable: serve the request (readiness already reports Redis) rather than answer a 500.
      this.logger.warn(`rate limit not counted: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Used as a guard, it counts the same way (the {@link AuthGuard} calls {@link limit} itself). */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.limit(context);
    return true;
  }

  /**
   * Counts a WebSocket stream handshake as a `reads` request of `principal` (of the client's address when the
   * credential was missing or wrong), on the same counter as the HTTP reads. Resolves to the limit and the wait
   * once the budget is spent, else null (also when Redis cannot be reached, as for HTTP).
   */
  async limitHandshake(
    req: IncomingMessage,
    principal: Principal | null,
  ): Promise<{ limit: number; retryAfterS: number } | null> {
    const settings = settingsOf(this.options);
    const tracker = trackerOf(principal ?? undefined, req.socket.remoteAddress);
    try {
      const record = await this.storageService.increment(
        `${keyPrefix(settings.prefix, 'spread')}:ratelimit:reads:${tracker}`,
        settings.windowMs,
        settings.limits.reads,
        settings.windowMs,
        'default',
      );
      return record.isBlocked
        ? { limit: settings.limits.reads, retryAfterS: record.timeToBlockExpire }
        : null;
    } catch (err) {
      this.logger.warn(`rate limit not counted: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** The handler's rule, from its decorators the first time it is called. */
  private ruleOf(context: ExecutionContext): HandlerRule | null {
    const handler = context.getHandler();
    let rule = this.rules.get(handler);
    if (rule === undefined) {
      rule = unlimited(context) ? null : handlerRule(settingsOf(this.options), routeClass(context));
      this.rules.set(handler, rule);
    }
    return rule;
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const { res } = this.getRequestResponse(context);
    this.setResponseHeader(res, `${this.headerPrefix}-Limit`, detail.limit);
    this.setResponseHeader(res, `${this.headerPrefix}-Remaining`, 0);
    this.setResponseHeader(res, `${this.headerPrefix}-Reset`, detail.timeToBlockExpire);
    const cls = routeClass(context);
    throw new AppError(
      'RATE_LIMITED',
      `rate limit reached: ${detail.limit} ${cls} requests per ${Math.round(detail.ttl / 1000)} s; retry after ${detail.timeToBlockExpire} s`,
      { class: cls, limit: detail.limit, retry_after_s: detail.timeToBlockExpire },
    );
  }
}

/** How one handler's requests are counted (see {@link RateLimitGuard.limit}). */
interface HandlerRule {
  limit: number;
  ttl: number;
  getTracker: ThrottlerGetTrackerFunction;
  /** The counter's key, `<prefix>:ratelimit:<class>:<tracker>` (the storage wraps it in a hash tag). */
  generateKey: ThrottlerGenerateKeyFunction;
}

function handlerRule(settings: RateLimitSettings, cls: RouteClass): HandlerRule {
  const prefix = `${keyPrefix(settings.prefix, 'spread')}:ratelimit:${cls}:`;
  return {
    limit: settings.limits[cls],
    ttl: settings.windowMs,
    getTracker: (req) => trackerOf(req[PRINCIPAL_PROPERTY] as Principal | undefined, req.ip),
    generateKey: (_context, tracker) => prefix + tracker,
  };
}

/** Public routes (health probes, UDC `GET /health`) and `/metrics` are never limited. */
function unlimited(context: ExecutionContext): boolean {
  const access = reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
  return access === 'public' || access === 'metrics';
}

/** Whose budget a request spends: its principal once authenticated, else the client's address. */
function trackerOf(principal: Principal | undefined, ip: unknown): string {
  return principal && principal.kind !== 'anonymous'
    ? `${principal.kind}:${principal.name}`
    : `ip:${String(ip)}`;
}

const reflector = new Reflector();

/** The class a handler's requests count against: its `@RateLimitClass`, else `admin` for admin-only routes, else `reads`. */
export function routeClass(context: ExecutionContext): RouteClass {
  const declared = reflector.get<RouteClass | undefined>(ROUTE_CLASS_METADATA, context.getHandler());
  if (declared) return declared;
  const access = reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
  return access === 'admin' ? 'admin' : 'reads';
}

const SETTINGS = Symbol('rate-limit-settings');

/** `ThrottlerModule` options for these settings: one throttler whose limit is the route class's, counted in Redis. */
export function throttlerOptions(settings: RateLimitSettings, redis: Redis): ThrottlerModuleOptions {
  const options = {
    storage: new ScriptedThrottlerStorage(redis),
    throttlers: [
      { ttl: settings.windowMs, limit: (context: ExecutionContext) => settings.limits[routeClass(context)] },
    ],
  };
  return Object.assign(options, { [SETTINGS]: settings });
}

function settingsOf(options: unknown): RateLimitSettings {
  return (options as Record<symbol, RateLimitSettings>)[SETTINGS];
}
