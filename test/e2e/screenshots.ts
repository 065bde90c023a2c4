/**
 * Saves PNGs of each page type, light and dark, desktop and phone width, and as
 * printed (print media, light), for review:
 * `npm run screenshots` (after `npm run build`). Writes to `screenshots/`, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serve } from './serve.ts';

const pages = {
  home: '/',
  framework: '/frameworks/soc-2/',
  artefact: '/artefacts/m365-soc-1-type-2-2026/',
  control: '/controls/multi-factor-authentication/',
  responsibility: '/responsibility/',
  coverage: '/frameworks/soc-2/coverage/',
  scenario: '/scenarios/customer-due-diligence/',
  artefacts: '/artefacts/',
  frameworks: '/frameworks/',
  controls: '/controls/',
  service: '/services/azure/',
  doc: '/docs/incident-notification/',
  updates: '/updates/',
  update: '/updates/2026-11-05-kestrel-soc-2-report/',
  subprocessors: '/subprocessors/',
  subprocessor: '/subprocessors/microsoft/',
  faq: '/faq/',
  'faq-question': '/faq/encryption/',
  search: '/search/?q=encryption',
  'not-found': '/no-such-page/',
};
const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve('screenshots');
mkdirSync(out, { recursive: true });

const { origin, server } = await serve(dist);
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, label] of [
      [1280, 'desktop'],
      [390, 'mobile'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(origin + path);
        // The search page fills in its results after loading.
        if (name === 'search')
          await page.waitForSelector('pagefind-results a', { timeout: 30_000 }).catch(() => undefined);
        await page.screenshot({ path: `${out}/${name}-${scheme}-${label}.png`, fullPage: label === 'desktop' });
      }
      await page.close();
    }
  }
  const printed = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await printed.emulateMedia({ media: 'print' });
  for (const [name, path] of Object.entries(pages)) {
    await printed.goto(origin + path);
    await printed.screenshot({ path: `${out}/${name}-print.png`, fullPage: true });
  }
  await printed.close();
  console.log(`Saved screenshots of ${Object.keys(pages).length} pages to ${out}.`);
} finally {
  await browser.close();
  server.close();
}
