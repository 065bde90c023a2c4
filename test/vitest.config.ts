import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Gives the run one temporary folder, removed when it ends. */
const tempFolder = 'test/temp-folder.ts';
/** Starts the run's site builder and builds the sample site once, for the build tests and the browser tests alike. */
const siteBuilder = 'test/build/global-setup.ts';

// The three projects run side by side, as one pool of test files: a build test spends most of its time
// waiting for the site builder and a browser test for the browser, so there are more test files at
// once than processors. Builds run a few at a time in the site builder, whatever the number of files.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    maxWorkers: availableParallelism() + 1,
    projects: [
      // Some unit tests start a worker thread or a process: allow for a busy machine.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], globalSetup: [tempFolder], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: [tempFolder, siteBuilder],
          // A build may wait for others before it starts.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Browser tests share the sample site, one server and one Chromium.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [tempFolder, siteBuilder, 'test/e2e/global-setup.ts'],
          // Walking every page with axe takes minutes, and many more on a busy machine.
          testTimeout: 1_200_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
