/**
 * The fault tests (`npm run test:faults`, and the end of `npm test`): real
 * `redis-server`, `redis-sentinel` and `maillage` processes killed and
 * restarted, one file at a time so that their timings do not overlap.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 240000,
  maxWorkers: 1,
};
