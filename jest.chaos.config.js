/**
 * Chaos tier (`npm run test:chaos`): the short version of `npm run chaos` (30 intents, 10 kills, 1 Redis restart).
 * Not part of `npm test` yet: it does not reliably count 0 double-billed model calls (see docs/operations.md,
 * "Chaos run").
 */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'chaos',
  testMatch: ['<rootDir>/test/chaos/**/*.chaos-spec.ts'],
  testTimeout: 300000,
  maxWorkers: 1,
};
