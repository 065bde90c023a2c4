import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftsContent } from '../fixtures/content-sets.ts';
import { buildSite, listFiles } from './build-site.ts';

describe('a build of content with drafts in files and folders starting with an underscore', () => {
  test('succeeds and publishes neither', () => {
    const build = buildSite(draftsContent());
    expect(build.output).not.toContain('Missing parameter');
    expect(build.status).toBe(0);
    const files = listFiles(build.outDir);
    expect(files).toContain('controls/mfa/index.html');
    expect(files.filter((file) => file.includes('_drafts') || file.includes('_template'))).toEqual([]);
    const published = files.map((file) => readFileSync(join(build.outDir, file), 'latin1')).join('\n');
    expect(published).not.toContain('Draft encryption control');
    expect(published).not.toContain('Draft framework template');
    expect(published).not.toContain('encryption-at-rest');
  });
});
