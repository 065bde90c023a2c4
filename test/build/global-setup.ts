/**
 * Builds the sample site once for the whole run, with `npm run build`, for every
 * test that reads it: the build tests and the browser tests. Each project that runs
 * sets this file up, but the first one builds and the others reuse its site.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, fingerprintFolder, type BuildResult } from './build-site.ts';

export interface SampleSite extends BuildResult {
  /** A digest of each file of the content folder, taken just before the build: path to SHA-256. */
  contentBefore: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site, built once for the run; its status and output say whether it built. */
    sampleSite: SampleSite;
  }
}

const contentDir = new URL('../../content', import.meta.url).pathname;

/** The one build of the run, kept where every project's copy of this module finds it. */
const run = globalThis as { trustCenterSampleSite?: SampleSite };

export default function setup(project: TestProject) {
  if (!run.trustCenterSampleSite) {
    const contentBefore = fingerprintFolder(contentDir);
    run.trustCenterSampleSite = { ...buildSite(contentDir), contentBefore };
  }
  const site = run.trustCenterSampleSite;
  project.provide('sampleSite', site);
  return () => {
    rmSync(dirname(site.outDir), { recursive: true, force: true });
    delete run.trustCenterSampleSite;
  };
}
