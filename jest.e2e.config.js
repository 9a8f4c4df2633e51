/** End-to-end tier: the compiled services as child processes (run `npm run build` first; `npm test` does). */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
