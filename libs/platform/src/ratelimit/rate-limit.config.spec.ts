import { ConfigError, loadConfig, ServiceConfig } from '../config';
import { rateLimitSettings } from './rate-limit.module';

describe('rate limit config', () => {
  it('defaults to generous limits per minute, on', () => {
    const config = loadConfig(ServiceConfig, {});
    expect(rateLimitSettings(config)).toEqual({
      windowMs: 60_000,
      prefix: 'sf',
      limits: { submit: 600, reads: 6000, admin: 600 },
    });
  });

  it('reads every setting and RATE_LIMIT=off turns limiting off', () => {
    const config = loadConfig(ServiceConfig, {
      REDIS_PREFIX: 'acme',
      RATE_LIMIT_WINDOW_S: '10',
      RATE_LIMIT_SUBMIT: '5',
      RATE_LIMIT_READS: '50',
      RATE_LIMIT_ADMIN: '7',
    });
    expect(rateLimitSettings(config)).toEqual({
      windowMs: 10_000,
      prefix: 'acme',
      limits: { submit: 5, reads: 50, admin: 7 },
    });
    expect(rateLimitSettings(loadConfig(ServiceConfig, { RATE_LIMIT: 'off' }))).toBeNull();
  });

  it.each([
    ['RATE_LIMIT', 'no'],
    ['RATE_LIMIT_SUBMIT', '0'],
    ['RATE_LIMIT_READS', 'lots'],
    ['RATE_LIMIT_ADMIN', '1.5'],
    ['RATE_LIMIT_WINDOW_S', '0'],
  ])('refuses %s=%s at boot', (name, value) => {
    expect(() => loadConfig(ServiceConfig, { [name]: value })).toThrow(ConfigError);
    try {
      loadConfig(ServiceConfig, { [name]: value });
    } catch (err) {
      expect((err as ConfigError).problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
    }
  });
});
