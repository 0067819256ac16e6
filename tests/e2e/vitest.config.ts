import { defineConfig } from 'vitest/config';

// End-to-end specs drive the real app (browser edition in Debian Chromium, or Electron
// where a binary exists: PEYVAND_E2E_TARGET=electron). One file at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
    environment: 'node',
  },
});
