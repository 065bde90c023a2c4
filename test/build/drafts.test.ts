import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { draftsContent, minimalContent } from '../fixtures/content-sets.ts';
import { listFiles, startBuild, type BuildResult } from './build-site.ts';

/** The text of a built file, and of what it holds compressed: Pagefind writes its index gzipped. */
function readBytes(path: string): string {
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1');
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? `${text}\n${gunzipSync(bytes).toString('utf8')}` : text;
}

describe('a build of content with drafts', () => {
  let drafts: BuildResult;
  let published: BuildResult;
  beforeAll(async () => {
    [drafts, published] = await Promise.all([startBuild(draftsContent()), startBuild(minimalContent)]);
  }, 240_000);

  test('succeeds and publishes neither files nor folders starting with an underscore', () => {
    expect(drafts.output).not.toContain('Missing parameter');
    expect(drafts.status).toBe(0);
    const files = listFiles(drafts.outDir);
    expect(files).toContain('controls/mfa/index.html');
    // The page `npm run dev` shows under its "Draft" banner (`dev-server.test.ts`).
    expect(files).not.toContain('services/zqdraft-service/index.html');
    expect(files.filter((file) => file.includes('_drafts') || file.includes('_template'))).toEqual([]);
    const output = files.map((file) => readBytes(join(drafts.outDir, file))).join('\n');
    expect(output).not.toContain('Draft encryption control');
    expect(output).not.toContain('Draft framework template');
    expect(output).not.toContain('encryption-at-rest');
  });

  test('leaves no byte of a draft of any collection in any output, compressed or not', () => {
    const files = listFiles(drafts.outDir);
    const leaks = files.filter((file) => /zqdraft/i.test(`${file}\n${readBytes(join(drafts.outDir, file))}`));
    expect(leaks).toEqual([]);
  });

  test('writes the same files, byte for byte, as the same content without its drafts', () => {
    const files = listFiles(drafts.outDir);
    expect(files).toEqual(listFiles(published.outDir));
    const differing = files.filter(
      (file) => !readFileSync(join(drafts.outDir, file)).equals(readFileSync(join(published.outDir, file))),
    );
    expect(differing).toEqual([]);
  });

  test('lists the drafts it left out in the build summary, with their files', () => {
    expect(drafts.output).toContain(
      'Left out 9 drafts, shown only by `npm run dev`; remove `draft: true` to publish one:',
    );
    for (const file of [
      'frameworks/zqdraft-framework.md',
      'artefacts/zqdraft-artefact.md',
      'controls/zqdraft-control.md',
      'services/zqdraft-service.md',
      'scenarios/zqdraft-scenario.md',
      'updates/2026-03-01-zqdraft-update.md',
      'docs/zqdraft-doc.md',
      'subprocessors/zqdraft-subprocessor.md',
      'faq/zqdraft-faq.md',
    ]) {
      expect(drafts.output).toMatch(new RegExp(`^.*\\s\\S*content/${file.replace(/\./g, '\\.')}$`, 'm'));
    }
    expect(published.output).not.toContain('Left out');
  });
});
