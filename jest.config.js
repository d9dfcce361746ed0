// Two projects: unit (pure, fast) and integration (real dockerd, set up by scripts/engine.sh).
const shared = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  }
}

export default {
  verbose: false,
  // Integration tests run real builds on a 2-core machine: a generous bound, never a timing assertion.
  testTimeout: 300_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts']
    },
    // Tests that reset the daemon's own cache (docker buildx prune -af): run alone, after the others.
    { ...shared, displayName: 'serial', testMatch: ['<rootDir>/__tests__/serial/**/*.test.ts'] }
  ]
}
