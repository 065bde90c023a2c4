import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attentionKinds } from '../../src/lib/attention/kinds.ts';
import { editedContent } from '../fixtures/content-sets.ts';
import { startBuild, listFiles, type BuildResult } from './build-site.ts';
import { getAttributeValues } from './site-audit.ts';

const sampleContent = new URL('../../content', import.meta.url).pathname;

/** Every file of a build that is, or names, an attention page. */
function findAttention(build: BuildResult): string[] {
  return listFiles(build.outDir).filter(
    (file) => file.startsWith('attention/') || readFileSync(join(build.outDir, file), 'latin1').includes('/attention/'),
  );
}

describe('the attention pages, a to-do list for writers', () => {
  let publicBuild: BuildResult;
  let internalBuild: BuildResult;
  let publishedBuild: BuildResult;
  const read = (build: BuildResult, file: string) => readFileSync(join(build.outDir, file), 'utf8');

  beforeAll(async () => {
    [publicBuild, internalBuild, publishedBuild] = await Promise.all([
      // Reviews are due daily, so the control's review is overdue and there is something to do.
      startBuild(editedContent({ 'site.yaml': (text) => `${text}controlReviewDays: 1\n` })),
      startBuild(sampleContent, { TRUST_CENTER_AUDIENCE: 'internal' }),
      startBuild(editedContent({ 'site.yaml': (text) => `${text}publishAttention: true\n` })),
    ]);
  });

  test('are left out of the public build, with every link to them', () => {
    expect(publicBuild.status, publicBuild.output).toBe(0);
    expect(findAttention(publicBuild)).toEqual([]);
  });

  test('are in the internal build, linked from the footer of every page and from the home page', () => {
    expect(internalBuild.status, internalBuild.output).toBe(0);
    expect(getAttributeValues(read(internalBuild, 'index.html'), 'href')).toContain('/attention/');
    expect(read(internalBuild, 'controls/access-reviews/index.html')).toContain(
      '<a href="/attention/">Needs attention</a>',
    );
  });

  test('list each kind of problem with links to the entries', () => {
    const attention = read(internalBuild, 'attention/index.html');
    for (const id of attentionKinds) expect(attention).toContain(`id="${id}"`);
    expect(getAttributeValues(attention, 'href')).toEqual(
      expect.arrayContaining([
        '/artefacts/m365-iso-22301-certificate/',
        '/controls/access-reviews/',
        '/frameworks/iso-22301/',
        '/docs/data-subject-rights/',
      ]),
    );
  });

  test('are in the public build when site.yaml publishes them', () => {
    expect(publishedBuild.status, publishedBuild.output).toBe(0);
    expect(existsSync(join(publishedBuild.outDir, 'attention/index.html'))).toBe(true);
    expect(getAttributeValues(read(publishedBuild, 'index.html'), 'href')).toContain('/attention/');
  });

  test('the build summary says where the full lists are', () => {
    expect(publicBuild.output).toMatch(/The full lists are on the \/attention\/ page of the internal build\./);
    expect(internalBuild.output).toMatch(/The full lists are on the \/attention\/ page\./);
  });
});
