/** Integration tier: real Redis (private redis-server or REDIS_URL), real HTTP and WebSocket servers. */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'integration',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
