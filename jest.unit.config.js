/** Unit tier: pure code next to its source, no Redis, no network beyond loopback servers on port 0. */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'unit',
  // Many unit specs wait on child processes (generated services and their tests): two workers keep both cores
  // busy (Jest's default on a 2-core machine is one). 4 min instead of 5+ for the tier, all green.
  maxWorkers: 2,
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
};
