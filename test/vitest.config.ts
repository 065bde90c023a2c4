import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Gives the run one temporary folder, removed when it ends. */
const tempFolder = 'test/temp-folder.ts';
/** Starts the run's site builder and builds the sample site once, for the build tests and the browser tests alike. */
const siteBuilder = 'test/build/global-setup.ts';

/** The order the projects' files start in: the longest chains of work first, the many short files last. */
const projectOrder = ['e2e', 'build', 'unit'];

/**
 * Starts the browser tests first, then the build tests, then the unit tests, each project's files in vitest's own
 * order (longest in the previous run first, larger files first in a fresh clone). A browser test walks every page
 * or drives one tab through a long scenario, and a build test waits for its builds; started last, one of them would
 * run alone at the end of the run on one processor. The unit tests, many and short, fill the processors around them.
 */
class LongestChainsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => projectOrder.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// The three projects run side by side, as one pool of test files: a build test spends most of its time
// waiting for the site builder and a browser test for the browser, so there are more test files at
// once than processors: two more, which keeps both processors busy without slowing a browser test's
// page to a timeout on a busy machine. Builds run a few at a time in the site builder, whatever the
// number of files.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    maxWorkers: availableParallelism() + 2,
    sequence: { sequencer: LongestChainsFirst },
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
          // A browser test waits on a browser that shares the processors with every other test; under CI a test
          // that fails is run once more, and the report names it as retried. One that fails twice fails the run.
          retry: process.env.CI ? 1 : 0,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
