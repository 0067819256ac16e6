import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // A throwaway PostgreSQL for the server tests (skipped with a warning when none is installed).
    globalSetup: ['tests/integration/postgres-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
