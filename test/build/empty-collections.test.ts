import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { editedContent } from '../fixtures/content-sets.ts';
import { startBuild, type BuildResult } from './build-site.ts';

/**
 * The minimal content set with one entry, a document: some collections' folders removed, one folder left empty, and
 * one holding only a draft in an underscore folder, as a new trust center's content may be.
 */
function contentWithOneEntry(): string {
  const content = editedContent({});
  for (const folder of ['frameworks', 'artefacts', 'controls', 'scenarios', 'updates'])
    rmSync(join(content, folder), { recursive: true });
  mkdirSync(join(content, 'updates'));
  mkdirSync(join(content, 'services', '_drafts'));
  renameSync(join(content, 'services', 'app.md'), join(content, 'services', '_drafts', 'app.md'));
  return content;
}

describe('a site whose collections are missing or hold no entry', () => {
  let build: BuildResult;
  const text = (file: string) =>
    readFileSync(join(build.outDir, file), 'utf8')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ');

  beforeAll(async () => {
    build = await startBuild(contentWithOneEntry());
  }, 240_000);

  test('builds without a warning of a missing folder, an empty folder or an empty collection', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
    expect(build.output).toMatch(/\b1 entry checked in \d+ ms\./);
  });

  test('says on each list that there is nothing yet', () => {
    expect(text('frameworks/index.html')).toContain('Nothing here yet.');
    expect(text('services/index.html')).toContain('Nothing here yet.');
    expect(text('scenarios/index.html')).toContain('Nothing here yet.');
    expect(text('updates/index.html')).toContain('No updates yet.');
  });
});
