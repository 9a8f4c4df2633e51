/**
 * Chaos tier (`npm run test:chaos`, and the last tier of `npm test`): the short version of `npm run chaos`
 * (30 intents, 10 kills, 1 Redis restart), every count 0 (docs/operations.md, "Chaos run").
 */
module.exports = {
  ...require('./jest.base.config.js'),
  displayName: 'chaos',
  testMatch: ['<rootDir>/test/chaos/**/*.chaos-spec.ts'],
  testTimeout: 300000,
  maxWorkers: 1,
};
