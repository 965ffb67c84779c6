import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit tiers: *.test.ts run in Node (pure engine and lib); *.dom.test.tsx in happy-dom
// (each such file starts with a `@vitest-environment happy-dom` comment).
// Browser tests live in test/e2e and run against the built extension (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.dom.test.tsx'],
    exclude: ['test/e2e/**'],
    environment: 'node',
  },
});
