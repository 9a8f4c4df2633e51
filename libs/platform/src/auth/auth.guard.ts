import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@sf/contracts';
import type { FastifyRequest } from 'fastify';
import { ACCESS_METADATA, PRINCIPAL_PROPERTY } from './access.decorator';
import { RateLimitGuard } from '../ratelimit/rate-limit.guard';
import { Authenticator } from './authenticator';
import { allows, type Access } from './roles';

/**
 * The one guard of both services: reads the handler's declared access, authenticates the caller and checks the
 * role. 401 `UNAUTHENTICATED` without a valid credential, 403 `FORBIDDEN` when the role does not reach; a
 * handler that declares nothing is refused (fail closed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: Authenticator,
    // Rate limiting runs here, after authentication, so it counts per principal (per IP when the credential fails).
    @Optional() @Inject(RateLimitGuard) private readonly limiter: RateLimitGuard | null = null,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    if (access === 'public') return true;
    if (access === undefined) throw new AppError('FORBIDDEN', 'this route declares no access level');
    const principal = await this.auth.authenticate(request.raw);
    if (!principal) {
      // A failed credential still counts, against the client IP: guessing keys is limited too.
      await this.limiter?.limit(context);
      throw new AppError('UNAUTHENTICATED', 'a valid bearer credential (API key or JWT) is required');
    }
    request[PRINCIPAL_PROPERTY] = principal;
    await this.limiter?.limit(context);
    if (!allows(principal, access, access === 'registrant' ? registryTarget(request) : undefined)) {
      throw new AppError(
        'FORBIDDEN',
        `this route needs ${access === 'registrant' ? "admin or this service's registry token" : access}`,
      );
    }
    return true;
  }
}

/** The service a registry write names: `:name` in the path, else `name` in the body. */
function registryTarget(request: FastifyRequest): string | undefined {
  const fromPath = (request.params as Record<string, unknown> | undefined)?.name;
  if (typeof fromPath === 'string') return fromPath;
  const fromBody = (request.body as Record<string, unknown> | null | undefined)?.name;
  return typeof fromBody === 'string' ? fromBody : undefined;
}
