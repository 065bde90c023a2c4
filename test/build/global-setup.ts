/**
 * Starts the run's site builder (see `site-builder.ts`) and builds the sample site with it, with
 * `npm run build`, for every test that reads it: the build tests and the browser tests. Each project
 * that runs sets this file up, but the first one starts the builder and the others share it.
 * The builds go in the run's temporary folder (see `../temp-folder.ts`), removed when the run ends.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fingerprintFolder } from './build-site.ts';
import { sampleContent, SiteBuilder, type BuildResult } from './site-builder.ts';

export interface SampleSite extends BuildResult {
  /** A digest of each file of the content folder, taken just before the build: path to SHA-256. */
  contentBefore: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site, built once for the run; its status and output say whether it built. */
    sampleSite: SampleSite;
    /** Where the test files ask the run's site builder for a site (see `buildSite`). */
    siteBuilder: string;
  }
}

interface Run {
  sampleSite: SampleSite;
  siteBuilder: string;
  projects: number;
  close: () => Promise<void>;
}

/** The run, kept where every project's copy of this module finds it. */
const shared = globalThis as { trustCenterTestRun?: Promise<Run> };

async function startRun(): Promise<Run> {
  const builder = new SiteBuilder(mkdtempSync(join(tmpdir(), 'trust-center-builds-')));
  const { address, server } = await builder.serve();
  const contentBefore = fingerprintFolder(sampleContent);
  const sampleSite = { ...(await builder.build({ content: sampleContent })), contentBefore };
  return {
    sampleSite,
    siteBuilder: address,
    projects: 0,
    async close() {
      await new Promise((done) => server.close(done));
    },
  };
}

export default async function setup(project: TestProject) {
  shared.trustCenterTestRun ??= startRun();
  const run = await shared.trustCenterTestRun;
  run.projects++;
  project.provide('sampleSite', run.sampleSite);
  project.provide('siteBuilder', run.siteBuilder);
  return async () => {
    if (--run.projects > 0) return;
    delete shared.trustCenterTestRun;
    await run.close();
  };
}
