import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { AuthConfig } from '../auth/auth.config';

/**
 * Rate limits (issue 14, item 4), part of every service's config: requests per window per principal (per client
 * IP before authentication), one budget per route class. Defaults are generous: the tests, the demo, the eval
 * and the benchmarks never reach them.
 */
export class RateLimitConfig extends AuthConfig {
  /** `off` disables rate limiting (no `X-RateLimit-*` headers, no 429). */
  @IsIn(['on', 'off'], { message: 'RATE_LIMIT must be on or off' })
  RATE_LIMIT: 'on' | 'off' = 'on';

  /** Length of the window every limit counts in, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_S = 60;

  /** Submits (`POST /intents/submit`, `POST /builds/submit`) per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_SUBMIT = 600;

  /** Admin-only requests per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_ADMIN = 600;

  /** Every other limited request (reads, approvals, cancels, registry writes) per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_READS = 6000;
}
