import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findBrokenLinks, type BuiltPage } from '../build/site-audit.ts';

let outDir: string;

/** Writes a tiny built site: file paths to their HTML. */
function writeSite(files: Record<string, string>): BuiltPage[] {
  outDir = mkdtempSync(join(tmpdir(), 'trust-center-links-'));
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), html);
  }
  return Object.entries(files)
    .filter(([file]) => file.endsWith('.html'))
    .map(([file, html]) => ({ file, html }));
}

afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  test('accepts links to existing pages, files and fragments', () => {
    const pages = writeSite({
      'index.html':
        '<a href="/controls/mfa/">MFA</a> <a href="controls/mfa/#evidence">Evidence</a> <a href="#top">Top</a> ' +
        '<img src="/logo.svg" alt=""><h1 id="top">Home</h1>',
      'controls/mfa/index.html':
        '<h2 id="evidence">Evidence</h2> <a href="../../">Home</a> <a href="/files/report.pdf">Report</a>',
      'files/report.pdf': '%PDF',
      'logo.svg': '<svg></svg>',
    });
    expect(findBrokenLinks(outDir, pages)).toEqual([]);
  });

  test('reports a link to a missing page', () => {
    const pages = writeSite({ 'index.html': '<a href="/controls/missing/">Gone</a> <img src="/missing.png" alt="">' });
    expect(findBrokenLinks(outDir, pages)).toEqual([
      'index.html: /controls/missing/ (no such page)',
      'index.html: /missing.png (no such page)',
    ]);
  });

  test('reports a fragment with no element of that id, on another page or the same one', () => {
    const pages = writeSite({
      'index.html': '<a href="/controls/mfa/#evidence">Evidence</a> <a href="#nowhere">Here</a>',
      'controls/mfa/index.html': '<h2 id="proof">Proof</h2>',
    });
    expect(findBrokenLinks(outDir, pages)).toEqual([
      'index.html: /controls/mfa/#evidence (no element with that id)',
      'index.html: #nowhere (no element with that id)',
    ]);
  });

  test('ignores links to other sites and other schemes', () => {
    const pages = writeSite({
      'index.html':
        '<a href="https://example.com/missing/">Elsewhere</a> <a href="mailto:security@example.com">Mail</a> <a ' +
        'href="//cdn.example.com/x.js">CDN</a>',
    });
    expect(findBrokenLinks(outDir, pages)).toEqual([]);
  });

  test('resolves links under the base path of a site published under one, and reports those outside it', () => {
    const pages = writeSite({
      'index.html':
        '<a href="/trust/controls/mfa/#evidence">MFA</a> <a href="/controls/mfa/">Root</a> <a href="x/">X</a>',
      'controls/mfa/index.html': '<h2 id="evidence">Evidence</h2> <a href="../../">Home</a>',
    });
    expect(findBrokenLinks(outDir, pages, '/trust/')).toEqual([
      'index.html: /controls/mfa/ (outside the base path /trust/)',
      'index.html: x/ (no such page)',
    ]);
  });
});
