import { ConfigError, loadConfig, ServiceConfig } from './config';

describe('ServiceConfig: LLM cost settings', () => {
  it('defaults to a $10 day, $1 per intent, a 24 h cache and no webhook', () => {
    const config = loadConfig(ServiceConfig, {});
    expect(config).toMatchObject({
      DAILY_BUDGET_USD: 10,
      MAX_COST_PER_INTENT_USD: 1,
      LLM_CACHE_TTL_SECONDS: 86_400,
    });
    expect(config.ALERT_WEBHOOK_URL).toBeUndefined();
  });

  it('reads amounts with cents and a webhook URL', () => {
    const config = loadConfig(ServiceConfig, {
      DAILY_BUDGET_USD: '2.5',
      MAX_COST_PER_INTENT_USD: '0.25',
      ALERT_WEBHOOK_URL: 'https://hooks.example.com/x',
      LLM_CACHE_TTL_SECONDS: '60',
    });
    expect(config).toMatchObject({
      DAILY_BUDGET_USD: 2.5,
      MAX_COST_PER_INTENT_USD: 0.25,
      ALERT_WEBHOOK_URL: 'https://hooks.example.com/x',
      LLM_CACHE_TTL_SECONDS: 60,
    });
  });

  it('names every invalid cost setting in one error', () => {
    const load = () =>
      loadConfig(ServiceConfig, {
        DAILY_BUDGET_USD: '-1',
        MAX_COST_PER_INTENT_USD: 'lots',
        ALERT_WEBHOOK_URL: 'ftp://hooks.example.com',
        LLM_CACHE_TTL_SECONDS: '0',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringContaining('DAILY_BUDGET_USD'),
          expect.stringContaining('MAX_COST_PER_INTENT_USD'),
          expect.stringContaining('ALERT_WEBHOOK_URL'),
          expect.stringContaining('LLM_CACHE_TTL_SECONDS'),
        ]),
      }),
    );
  });
});
