import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (dist/, dist-firefox/) in real Chromium and Firefox ESR.
// One file at a time: each launches a browser, and CI has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // expect.poll returns as soon as what it waits for is there; its default of 1 s fails a test
    // on a loaded machine (seen: the side panel's promise line, a cold first analysis).
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
