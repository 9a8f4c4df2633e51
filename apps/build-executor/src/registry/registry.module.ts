import { Module, type DynamicModule } from '@nestjs/common';
import { Authenticator } from '@sf/platform';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from '../config/executor.config';
import { REDIS } from '../executor.tokens';
import { HttpRegistryClient } from './http-registry-client';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';
import { REGISTRY, type Registry } from './registry.types';

/** Options of {@link RegistryModule.forRoot}. */
export interface RegistryModuleOptions {
  /** External registry (`REGISTRY_URL`); when set, the {@link REGISTRY} token talks to it over HTTP. */
  registryUrl?: string;
  /** Per-request timeout of that client (default 5000 ms). */
  requestTimeoutMs?: number;
}

/**
 * The built-in registry: `/registry/…` routes over {@link RegistryService}, plus the {@link REGISTRY} token
 * the pipeline registers through (the local service, or {@link HttpRegistryClient} when `registryUrl` is
 * given; the routes keep serving the local store either way).
 *
 * Needs `REDIS` and `ExecutorConfig` from a global module: the importing module must be declared with
 * `global: true` and export both.
 */
@Module({})
export class RegistryModule {
  static forRoot(options: RegistryModuleOptions = {}): DynamicModule {
    return {
      module: RegistryModule,
      controllers: [RegistryController],
      providers: [
        {
          provide: RegistryService,
          inject: [REDIS, ExecutorConfig],
          useFactory: (redis: Redis, config: ExecutorConfig) =>
            new RegistryService(redis, { prefix: config.REDIS_PREFIX }),
        },
        {
          provide: REGISTRY,
          inject: [RegistryService, { token: Authenticator, optional: true }],
          useFactory: (local: RegistryService, auth: Authenticator | undefined): Registry =>
            options.registryUrl
              ? new HttpRegistryClient({
                  baseUrl: options.registryUrl,
                  timeoutMs: options.requestTimeoutMs,
                  // The external registry is one of ours: it knows our service credential.
                  credential: auth ? () => auth.serviceCredential() : undefined,
                })
              : local,
        },
      ],
      exports: [RegistryService, REGISTRY],
    };
  }
}
