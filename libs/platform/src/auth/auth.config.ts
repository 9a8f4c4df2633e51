import { IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';

/**
 * Authentication settings (issue 14), part of every service's config (`ServiceConfig` extends it), so they are
 * validated at boot with the rest. What they mean together is decided by `resolveAuthSettings`.
 */
export class AuthConfig {
  /** `production` makes missing credentials settings a refusal to start, whatever `HOST` is. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** `off` serves every route without credentials: only on a loopback `HOST` outside production, with a warning. */
  @IsIn(['on', 'off'], { message: 'AUTH must be on or off' })
  AUTH: 'on' | 'off' = 'on';

  /** Keys for automation, `name:role:key,…` (role viewer|submitter|approver|admin; key ≥ 24 characters). */
  @IsOptional()
  @IsString()
  AUTH_API_KEYS?: string;

  /** HS256 secret for JWTs (≥ 32 characters). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  /** PEM public key (SPKI) for RS, PS or ES JWTs. */
  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'AUTH_JWT_PUBLIC_KEY must be a PEM public key' })
  AUTH_JWT_PUBLIC_KEY?: string;

  /** JWKS URL whose keys sign the JWTs. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'AUTH_JWT_JWKS_URL must be an http(s) URL' })
  AUTH_JWT_JWKS_URL?: string;

  /** Accepted algorithms, comma separated (default HS256 with a secret, RS256,ES256 with a key or JWKS). */
  @IsOptional()
  @Matches(/^(HS256|HS384|HS512|RS256|RS384|RS512|PS256|PS384|PS512|ES256|ES384|ES512|EdDSA)(,\s*\S+)*$/, {
    message: 'AUTH_JWT_ALGORITHMS must list JWS algorithms such as RS256,ES256',
  })
  AUTH_JWT_ALGORITHMS?: string;

  /** Required `iss` of every JWT (required when JWTs are configured). */
  @IsOptional()
  @IsString()
  AUTH_JWT_ISSUER?: string;

  /** Required `aud` of every JWT (required when JWTs are configured). */
  @IsOptional()
  @IsString()
  AUTH_JWT_AUDIENCE?: string;

  /** Claim holding the caller's role(s): a string or an array of strings (dotted path allowed). */
  @Matches(/^[A-Za-z0-9_:./-]{1,100}$/, { message: 'AUTH_JWT_ROLE_CLAIM must be a claim name' })
  AUTH_JWT_ROLE_CLAIM = 'roles';

  /** Maps claim values to roles, `value:role,…` (e.g. `sf-ops:admin,dev:submitter`); role names map to themselves. */
  @IsOptional()
  @IsString()
  AUTH_JWT_ROLE_MAP?: string;

  /** A token that may read `/metrics` only (for a scraper); viewer keys work too. */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters' })
  METRICS_TOKEN?: string;

  /**
   * The credential one of our services shows another (the executor's registry client). Unset: both derive it
   * from a secret kept in their shared Redis, so nothing needs configuring.
   */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'AUTH_SERVICE_KEY must be at least 24 characters' })
  AUTH_SERVICE_KEY?: string;
}
