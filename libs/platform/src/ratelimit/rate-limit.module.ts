import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { RateLimitGuard, throttlerOptions, type RateLimitSettings } from './rate-limit.guard';

/** Provides the {@link RateLimitGuard} (called by the AuthGuard) with its Redis-backed throttler. */
@Module({})
export class RateLimitModule {
  static forRoot(settings: RateLimitSettings, redis: Redis): DynamicModule {
    return {
      module: RateLimitModule,
      global: true,
      imports: [ThrottlerModule.forRoot(throttlerOptions(settings, redis))],
      providers: [RateLimitGuard],
      exports: [RateLimitGuard],
    };
  }
}

/** The settings a service's validated config asks for; null when `RATE_LIMIT=off`. */
export function rateLimitSettings(config: {
  RATE_LIMIT: 'on' | 'off';
  RATE_LIMIT_WINDOW_S: number;
  RATE_LIMIT_SUBMIT: number;
  RATE_LIMIT_ADMIN: number;
  RATE_LIMIT_READS: number;
  REDIS_PREFIX: string;
}): RateLimitSettings | null {
  if (config.RATE_LIMIT === 'off') return null;
  return {
    windowMs: config.RATE_LIMIT_WINDOW_S * 1000,
    prefix: config.REDIS_PREFIX,
    limits: {
      submit: config.RATE_LIMIT_SUBMIT,
      admin: config.RATE_LIMIT_ADMIN,
      reads: config.RATE_LIMIT_READS,
    },
  };
}
