/**
 * Gives the run one temporary folder, removed when the run ends: every temporary folder the tests,
 * the site builder and the tools they start make goes inside it, since the test processes inherit
 * its path as `TMPDIR`. Each project sets this file up; the first one makes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface TempFolder {
  path: string;
  projects: number;
  previous: string | undefined;
}

/** The run's folder, kept where every project's copy of this module finds it. */
const shared = globalThis as { trustCenterTempFolder?: TempFolder };

export default function setup() {
  if (!shared.trustCenterTempFolder) {
    const path = mkdtempSync(join(tmpdir(), 'trust-center-test-run-'));
    shared.trustCenterTempFolder = { path, projects: 0, previous: process.env.TMPDIR };
    process.env.TMPDIR = path;
  }
  const folder = shared.trustCenterTempFolder;
  folder.projects++;
  return () => {
    if (--folder.projects > 0) return;
    if (folder.previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = folder.previous;
    rmSync(folder.path, { recursive: true, force: true });
    delete shared.trustCenterTempFolder;
  };
}
