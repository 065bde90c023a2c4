import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { brokenContent, draftFiles } from '../fixtures/content-sets.ts';
import { copyProject } from './site-builder.ts';

// The server runs in a copy of the project, so the `.astro/` folder it writes is its own (see `site-builder.ts`).
const root = copyProject(tmpdir());
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** A port nothing listens on. */
async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The text of a page as a browser shows it, with the entities Astro and the report write decoded. */
function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

// The dev server starts on content with a dangling reference, an entry that fails its schema and front matter that
// is not YAML; the tests then edit the content as a writer would.
const content = brokenContent('dangling-reference');
const startingProblems = {
  'services/app.md': (text: string) => text.replace('summary: The product.', 'sumary: The product.'),
  'docs/incident-notification.md': (text: string) => text.replace(/^title: (.*)$/m, 'title: [$1'),
};
for (const [path, change] of Object.entries(startingProblems)) {
  writeFileSync(join(content, path), change(readFileSync(join(content, path), 'utf8')));
}
let server: ChildProcess;
let origin = '';
let log = '';
const seen: string[] = [];

/** Fetches a page until it satisfies a condition, as a writer reloads after saving; fails with what was last served. */
async function fetchUntil(path: string, satisfied: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 90_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await fetch(`${origin}${path}`)
      .then(async (response) => decode(await response.text()))
      .catch((error: unknown) => String(error));
    seen.push(text);
    if (satisfied(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${path} never showed what was expected. Last served:\n${text}\n\nServer log:\n${log}`);
}

/** The report `npm run content:check` prints for the content as it is now. */
function currentReport(): string {
  const { problems } = checkContent(content, root);
  expect(problems.length).toBeGreaterThan(0);
  return formatProblems(problems);
}

/** Edits a content file as a writer would, runs `body`, and puts the file back as it was. */
async function withEdit(path: string, change: (text: string) => string, body: () => Promise<void>): Promise<void> {
  const file = join(content, path);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, change(original));
  try {
    await body();
  } finally {
    writeFileSync(file, original);
  }
}

beforeAll(async () => {
  const port = await findFreePort();
  origin = `http://127.0.0.1:${port}`;
  const cache = mkdtempSync(join(tmpdir(), 'trust-center-dev-cache-'));
  server = spawn(process.execPath, [astro, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: {
      // Astro serves no pages when it finds itself under the test runner.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'development',
      NO_COLOR: '1',
      TRUST_CENTER_CONTENT: content,
      TRUST_CENTER_CACHE_DIR: cache,
    },
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const started = Date.now();
  while (!log.includes(`127.0.0.1:${port}`)) {
    if (Date.now() - started > 120_000 || server.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return () => rmSync(cache, { recursive: true, force: true });
}, 150_000);

afterAll(() => {
  server?.kill();
});

describe('npm run dev, while the content has problems', () => {
  test('starts, and shows the content check’s report, with file, line, field and fix, of each problem', async () => {
    const report = currentReport();
    expect(report).toContain('Did you mean `soc-2`?');
    expect(report).toContain('Unknown field `sumary`. Did you mean `summary`?');
    expect(report).toContain('The front matter is not valid YAML');
    const page = await fetchUntil('/controls/mfa/', (text) => text.includes(report));
    expect(page).not.toContain('the content check should have reported');
  }, 300_000);

  test('shows the pages again once the content is fixed', async () => {
    const fixes: Record<string, (text: string) => string> = {
      'controls/mfa.md': (text) => text.replace('framework: soc2', 'framework: soc-2'),
      'services/app.md': (text) => text.replace('sumary:', 'summary:'),
      'docs/incident-notification.md': (text) => text.replace('title: [', 'title: '),
    };
    for (const [path, fix] of Object.entries(fixes)) {
      writeFileSync(join(content, path), fix(readFileSync(join(content, path), 'utf8')));
    }
    expect(checkContent(content, root).problems).toEqual([]);
    await fetchUntil('/controls/mfa/', (text) => text.includes('<h1') && text.includes('MFA'));
    await fetchUntil('/services/app/', (text) => text.includes('<h1') && text.includes('The product.'));
    await fetchUntil('/docs/incident-notification/', (text) => text.includes('<h1'));
  }, 300_000);

  test('shows the report for an unknown field added while the server runs', async () => {
    const addAuditor = (text: string) => text.replace('issuer: Audit LLP', 'issuer: Audit LLP\nauditor: Jane Roe');
    await withEdit('artefacts/soc-2-report.md', addAuditor, async () => {
      const report = currentReport();
      expect(report).toContain('line 6: Unknown field `auditor`. Known fields here:');
      await fetchUntil('/artefacts/soc-2-report/', (text) => text.includes(report));
    });
  }, 300_000);

  test('never shows an impossible date as another day', async () => {
    await fetchUntil('/artefacts/soc-2-report/', (text) => text.includes('1 February 2026'));
    const issueOn30February = (text: string) => text.replace('issued: 2026-02-01', 'issued: 2026-02-30');
    await withEdit('artefacts/soc-2-report.md', issueOn30February, async () => {
      const report = currentReport();
      expect(report).toContain('February 2026 has 28 days');
      await fetchUntil('/artefacts/soc-2-report/', (text) => text.includes(report));
    });
    expect(seen.filter((text) => text.includes('2 March 2026'))).toEqual([]);
    await fetchUntil('/artefacts/soc-2-report/', (text) => text.includes('1 February 2026'));
  }, 300_000);
});

describe('npm run dev, when site.yaml changes', () => {
  test('says when the site’s address now gives it another path, and how to serve that path', async () => {
    const underTrust = (text: string) =>
      text.replace('url: https://trust.example.com', 'url: https://example.com/trust/');
    await withEdit('site.yaml', underTrust, async () => {
      const deadline = Date.now() + 90_000;
      while (!log.includes('now publishes the site under') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // The file is named from where the server runs, as the content check names files.
      expect(log.replace(/\s+/g, ' ')).toContain(
        `\`url\` in \`${relative(root, join(content, 'site.yaml'))}\` now publishes the site under \`/trust/\`, ` +
          'but this server serves it under `/`, the path it read when it started. Stop it and run `npm run dev` ' +
          'again to serve the new path.',
      );
    });
    // The server keeps serving, and keeps following the content.
    await fetchUntil('/controls/mfa/', (text) => text.includes('<h1'));
  }, 300_000);
});

/** The words of a page, without its tags: the dev server marks every element with where it comes from. */
const words = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');

describe('npm run dev, with a draft', () => {
  const banner = 'Draft. Only npm run dev shows this entry; a build leaves it out. Remove draft: true to publish it.';

  const draftBanner =
    'shows a draft saved while the server runs under its "Draft" banner, and published entries without it';
  test(
    draftBanner,
    async () => {
      // The services' pages are read once before the draft is saved, as a writer would have them open.
      await fetchUntil('/services/app/', (text) => text.includes('<h1'));
      const draft = join(content, 'services', 'zqdraft-service.md');
      // The build of the same draft is `drafts.test.ts`: its page is left out.
      cpSync(join(draftFiles, 'services', 'zqdraft-service.md'), draft);
      try {
        const page = await fetchUntil('/services/zqdraft-service/', (text) =>
          text.includes('Zqdraft service title</h1>'),
        );
        expect(words(page)).toContain(banner);
        const published = await fetchUntil('/services/app/', (text) => text.includes('<h1'));
        expect(words(published)).not.toContain('Draft. Only');
      } finally {
        rmSync(draft);
      }
    },
    300_000,
  );
});
