/**
 * Two lanes, one config (jest `projects`):
 * - fast (`npm test`): unit and integration tests from source, everything under __tests__ but
 *   __tests__/slow/. The loop to run while working; no build needed.
 * - slow (`npm run test:slow`): __tests__/slow/ — runs of the built bundle (dist/ end to end, the
 *   trust runs, the quick start, self-release, local-action), the kill matrices and the replays of
 *   real histories. Needs `npm run build` first.
 * `npm run test:all` runs both; `.ci/run` runs `npm test` then the slow lane, each test once.
 * A test file goes to slow/ when it runs dist/ or replays or kills whole runs, never for being a
 * test that merely fails to be fast.
 * @type {import('jest').Config}
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // types stripped per file by esbuild (scripts/jest-esbuild.mjs): `npm run typecheck` does the type checking
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.mjs' },
  testTimeout: 60000
}

export default {
  projects: [
    {
      ...common,
      displayName: 'fast',
      roots: ['<rootDir>/__tests__'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/slow/']
    },
    { ...common, displayName: 'slow', roots: ['<rootDir>/__tests__/slow'] }
  ],
  testTimeout: 60000,
  // 3 workers on the 2-core machine: the tests wait on git processes more than they compute (fast lane
  // 137 s with 2, 95 s with 3); the slow lane keeps 2 (package.json), its runs are heavier
  maxWorkers: 3,
  verbose: false
}
