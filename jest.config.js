/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Browser tests start Chromium; give them room on a 2-core machine.
  testTimeout: 60000,
  // Jest's default on two cores is one worker, leaving a core idle while Chromium waits: two workers finish the
  // suite in about 105 s instead of 146 s here.
  maxWorkers: 2,
};
