import { ConfigError } from '@sf/platform';
import { loadFactoryConfig } from './factory.config';

describe('factory config', () => {
  it('uses the documented defaults', () => {
    const config = loadFactoryConfig({});
    expect(config).toMatchObject({
      FACTORY_PORT: 8210,
      HOST: '127.0.0.1',
      SPEC_SCORE_THRESHOLD: 90,
      MAX_SPEC_OPTIMIZATIONS: 3,
      SPEC_RETRY_BACKOFF_MS: [10_000, 30_000, 60_000],
      LLM_PROVIDER: 'auto',
      DATA_DIR: '.data',
      FACTORY_WORKER: true,
    });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('reads and converts values from the environment', () => {
    const config = loadFactoryConfig({
      FACTORY_PORT: '9000',
      SPEC_RETRY_BACKOFF_MS: '50, 60',
      FACTORY_WORKER: 'false',
    });
    expect(config.FACTORY_PORT).toBe(9000);
    expect(config.SPEC_RETRY_BACKOFF_MS).toEqual([50, 60]);
    expect(config.FACTORY_WORKER).toBe(false);
  });

  it('names every invalid setting in one error', () => {
    const load = () =>
      loadFactoryConfig({
        FACTORY_PORT: 'abc',
        SPEC_SCORE_THRESHOLD: '101',
        LLM_PROVIDER: 'magic',
        REDIS_URL: 'localhost',
      });
    expect(load).toThrow(ConfigError);
    const problems = captureMessage(load);
    for (const name of ['FACTORY_PORT', 'SPEC_SCORE_THRESHOLD', 'LLM_PROVIDER', 'REDIS_URL'])
      expect(problems).toContain(name);
  });
});

function captureMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}
