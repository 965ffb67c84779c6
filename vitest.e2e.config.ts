import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (dist/, dist-firefox/) in real Chromium and Firefox ESR.
// One file at a time: each launches a browser, and CI has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
