import { defineConfig } from 'vitest/config';

/** Builds the sample site once for the run, for the build tests and the browser tests alike. */
const sampleSite = 'test/build/global-setup.ts';

// Unit tests run in parallel; build tests each run `astro build` on a content set of their own
// or read the shared sample site, so they run one file at a time.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      // Some unit tests start a worker thread or a process: allow for a busy machine.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: [sampleSite],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Browser tests share the sample site, one server and one Chromium.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [sampleSite, 'test/e2e/global-setup.ts'],
          // Walking every page with axe takes minutes on a busy machine.
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
