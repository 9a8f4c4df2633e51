/** Unit tier: pure code next to its source, no Redis, no network beyond loopback servers on port 0. */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'unit',
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
};
