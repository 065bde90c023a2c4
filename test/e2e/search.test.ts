import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { findChromium, chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, newContext, openPage } from './harness.ts';

/**
 * Types a query into the search page and waits until the summary names it, and no other query
 * (`27001` after `ISO 27001`), as found or as searched instead, and the result list has stopped
 * changing for two looks in a row.
 */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('pagefind-input input').fill(query);
  await page.waitForFunction(
    (text) => {
      const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
      return (
        summary.endsWith(` for ${text}`) ||
        summary.startsWith(`No results for ${text}${/[.?!]$/.test(text) ? '' : '.'} Showing`) ||
        (summary.startsWith('Showing ') && summary.endsWith(` and ${text.toLowerCase()}.`))
      );
    },
    query,
    { timeout: 30_000 },
  );
  let previous = '';
  let unchanged = 0;
  for (let attempt = 0; attempt < 30 && unchanged < 2; attempt++) {
    await page.waitForTimeout(150);
    const current = await page.locator('pagefind-results').innerHTML();
    unchanged = current === previous && !current.includes('pf-result-loading') ? unchanged + 1 : 0;
    previous = current;
  }
}

const firstResult = (page: Page) => page.locator('pagefind-results a').first().getAttribute('href');

/** The path of the first result of each query, typed one after another into the search page. */
async function findFirstResults(page: Page, queries: readonly string[]): Promise<Record<string, string | null>> {
  const found: Record<string, string | null> = {};
  for (const query of queries) {
    await searchFor(page, query);
    found[query] = (await firstResult(page))?.split('?')[0] ?? null;
  }
  return found;
}

describeWithTool('search', findChromium() ? undefined : chromiumMissing, () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await connectBrowser();
    context = await newContext(browser);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('an exact title, id or the forms people type rank the right entry first', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    const expected: Record<string, string> = {
      'SOC 2': '/frameworks/soc-2/',
      SOC2: '/frameworks/soc-2/',
      'SOC2 report': '/artefacts/kestrel-soc-2-type-2-2026/',
      'ISO 27001': '/frameworks/iso-27001/',
      iso27001: '/frameworks/iso-27001/',
      '27001': '/frameworks/iso-27001/',
      GDPR: '/frameworks/gdpr/',
      // A framework's name finds the framework before the reports named after it…
      FedRAMP: '/frameworks/fedramp/',
      C5: '/frameworks/c5/',
      // …and a report's name finds the report.
      'C5 attestation': '/artefacts/azure-c5-attestation-report/',
      'Azure SOC 2': '/artefacts/azure-soc-2-type-2-2026/',
      // Unnamed, a report is the organisation's own before its providers'.
      'SOC 2 report': '/artefacts/kestrel-soc-2-type-2-2026/',
      MFA: '/controls/multi-factor-authentication/',
      'multi-factor': '/controls/multi-factor-authentication/',
      'multi-factor-authentication': '/controls/multi-factor-authentication/',
      'customer lockbox': '/controls/customer-lockbox-approval/',
      // What security questionnaires ask, in their words, finds the control that answers it.
      'background checks': '/controls/personnel-screening/',
      vetting: '/controls/personnel-screening/',
      'bug bounty': '/faq/report-a-vulnerability/',
      'responsible disclosure': '/faq/report-a-vulnerability/',
      BCP: '/frameworks/iso-22301/',
      'right to audit': '/faq/audit-rights/',
      // A section a reader asks for by name finds its page.
      subprocessors: '/subprocessors/',
      'sub processors': '/subprocessors/',
    };
    expect(await findFirstResults(page, Object.keys(expected))).toEqual(expected);
    await searchFor(page, 'pentest');
    const pentest = await page
      .locator('pagefind-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('?')[0]));
    expect(pentest).toContain('/controls/penetration-testing/');
    expect(pentest).toContain('/artefacts/kestrel-pen-test-summary-2026/');
    // A name typed with its number finds what pages write apart as well, and the summary says both.
    await searchFor(page, 'soc2');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(/^Showing \d+ results for soc 2 and soc2\.$/);
    // A word spelt the American way finds the pages that spell it the British way, and the summary says both.
    await searchFor(page, 'data center');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(
      /^Showing \d+ results for data centre and data center\.$/,
    );
    // Keywords no page holds together are searched with one left out, and the summary says which were searched.
    await searchFor(page, 'vendor oversight program');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(
      /^No results for vendor oversight program\. Showing \d+ results? for vendor oversight instead\.$/,
    );
    await searchFor(page, 'employee offboarding');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(
      /^No results for employee offboarding\. Showing \d+ results? for offboarding instead\.$/,
    );
    expect(await firstResult(page)).toMatch(/^\/controls\/joiner-mover-leaver\//);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('filtering by framework and by responsibility narrows the results with correct counts', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/?f=Type:Control');
    await page.waitForFunction(
      () => /\d+ result/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    const count = async () => Number((await page.locator('pagefind-summary').innerText()).match(/(\d+) result/)?.[1]);
    const { entries } = checkContent(new URL('../../content', import.meta.url).pathname);
    const controls = entries.filter((entry) => entry.collection === 'controls');
    const operators = new Map(
      entries.filter((entry) => entry.collection === 'services').map((entry) => [entry.id, entry.data.operator]),
    );
    // Kestrel Ledger alone: the customer of Microsoft's services, or the provider of its own product.
    const byKestrel = (entry: (typeof controls)[number]) => {
      const own = operators.get((entry.data.services as { id: string }[])[0]!.id) === 'organisation';
      return entry.data.responsibility === (own ? 'provider' : 'customer');
    };
    const customer = controls.filter(byKestrel).length;
    expect(await count()).toBe(controls.length);
    await page.goto(page.url().replace(/\?.*$/, '?f=Type:Control&f=Responsibility:Kestrel%20Ledger'));
    await page.waitForFunction(
      () => /\d+ result/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    expect(await count()).toBe(customer);
    await page.goto(page.url().replace(/\?.*$/, '?f=Type:Control&f=Responsibility:Kestrel%20Ledger&f=Framework:HIPAA'));
    await page.waitForFunction(
      (before) => {
        const match = document.querySelector('pagefind-summary')?.textContent?.match(/(\d+) result/);
        return match && Number(match[1]) < before;
      },
      customer,
      { timeout: 30_000 },
    );
    const hipaa = controls.filter(
      (entry) =>
        byKestrel(entry) &&
        (entry.data.mappings as { framework: { id: string } }[]).some((mapping) => mapping.framework.id === 'hipaa'),
    ).length;
    expect(await count()).toBe(hipaa);
    expect(hipaa).toBeLessThan(customer);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('finds subprocessors and security FAQ questions, each a type of its own, narrowed by their facets', async () => {
    const { page, visit, problems } = await openPage(context);
    /** The pages listed once `count` results have been shown, each once. */
    const listed = async (count: number, section: string) => {
      await page.waitForFunction(
        ([expected, path]) =>
          document.querySelector('pagefind-summary')?.textContent?.includes(`${expected} result`) &&
          document.querySelectorAll(`pagefind-results a[href*="/${path}/"]`).length >= Number(expected),
        [count, section] as const,
        { timeout: 30_000 },
      );
      const links = await page
        .locator('pagefind-results a.pf-result-link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      return links.sort();
    };
    await visit('/search/?f=Type:Subprocessor&f=Status:Removed');
    expect(await listed(1, 'subprocessors')).toEqual(['/subprocessors/quillpost/']);
    await visit('/search/?f=FAQ+topic:Incidents+and+continuity');
    expect(await listed(2, 'faq')).toEqual(['/faq/backups/', '/faq/incident-notification/']);
    await visit('/search/');
    await searchFor(page, 'penetration tests results');
    expect(await firstResult(page)).toMatch(/^\/faq\/penetration-testing\//);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('a requirement id finds every control mapped to it, and the words of facts and lists stay apart', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    const { entries } = checkContent(new URL('../../content', import.meta.url).pathname);
    /** The controls an auditor expects for a requirement: those mapped to it. */
    const mappedTo = (framework: string, requirement: string) => [
      ...entries
        .filter(({ collection, data }) => {
          const mappings =
            collection === 'controls' ? (data.mappings as { framework: { id: string }; requirements: string[] }[]) : [];
          return mappings.some(
            (mapping) => mapping.framework.id === framework && mapping.requirements.includes(requirement),
          );
        })
        .map(({ id }) => `/controls/${id}/`),
    ];
    /**
     * Every page Pagefind finds for a query, by its path. The script is given as text: the test runner would rewrite
     * a dynamic import written in a function.
     */
    const found = (query: string): Promise<string[]> =>
      page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(${JSON.stringify(query)});
        const pages = await Promise.all(search.results.map((result) => result.data()));
        return pages.map((data) => new URL(data.url, location.origin).pathname).sort();
      })()`);
    /** The controls among the pages found for a query. */
    const controlsFound = async (query: string) => (await found(query)).filter((path) => path.startsWith('/controls/'));
    const expected = {
      'CC6.1': mappedTo('soc-2', 'cc6.1').sort(),
      'A.5.18': mappedTo('iso-27001', 'a.5.18').sort(),
      'AC-3': mappedTo('nist-800-53-moderate', 'ac-3').sort(),
    };
    expect(expected['CC6.1'].length).toBeGreaterThan(5);
    expect({
      'CC6.1': await controlsFound('CC6.1'),
      'A.5.18': await controlsFound('A.5.18'),
      'AC-3': await controlsFound('AC-3'),
    }).toEqual(expected);
    // A control's owner, a fact of its page, is found as the words written, not joined to the fact's label.
    expect(await found('Identity team')).toContain('/controls/access-reviews/');
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('an industry on the framework list opens search with that industry chosen, listing its frameworks', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/frameworks/');
    await page.locator('nav[aria-label="Frameworks by industry"] a', { hasText: 'Healthcare (3)' }).click();
    await page.waitForFunction(
      () => /3 results/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results a[href*="/frameworks/"]').length >= 3);
    const links = await page
      .locator('pagefind-results a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect([...new Set(links)].sort()).toEqual(['/frameworks/c5/', '/frameworks/hipaa/', '/frameworks/mtcs/']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('the query and filters live in the URL, so a filtered view can be shared', async () => {
    const { page, visit } = await openPage(context);
    await visit('/search/');
    await searchFor(page, 'incident');
    await page.locator('pagefind-filter-pane details[data-filter-name="Type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="Type"][value="Document"]').check();
    await page.waitForFunction(() => location.search.includes('f=Type'), null, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('q')).toBe('incident');
    expect(new URL(page.url()).searchParams.getAll('f')).toEqual(['Type:Document']);
    await page.close();
  });

  test('Ctrl+K opens search from any page, arrow keys move through results, and focus returns on close', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/controls/conditional-access/');
    await page.keyboard.press('Tab');
    const before = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('pagefind-modal dialog[open]', { timeout: 30_000 });
    await page.keyboard.type('lockbox');
    await page.waitForSelector('pagefind-modal pagefind-results a', { timeout: 30_000 });
    await page.keyboard.press('ArrowDown');
    const highlighted = await page.evaluate(
      () =>
        document.activeElement?.closest('pagefind-results') !== null ||
        document.querySelector(
          'pagefind-modal [aria-selected="true"], pagefind-modal .pf-result-selected, pagefind-modal ' +
            '[data-pf-selected]',
        ) !== null,
    );
    expect(highlighted).toBe(true);
    await page.keyboard.press('Escape');
    await page
      .waitForSelector('pagefind-modal dialog[open]', { state: 'detached', timeout: 5_000 })
      .catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(before);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('keyboard only: Ctrl+K on the search page focuses its box, arrows pick a result, Enter opens it', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    await page.waitForSelector('pagefind-input input');
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.closest('pagefind-input') !== null, null, {
      timeout: 5_000,
    });
    await page.keyboard.type('customer lockbox');
    await searchFor(page, 'customer lockbox');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () =>
        document.activeElement?.closest('pagefind-results') !== null ||
        document.querySelector('pagefind-results [aria-selected="true"], pagefind-results [data-pf-selected]') !== null,
      null,
      { timeout: 5_000 },
    );
    await Promise.all([
      page.waitForURL(/\/controls\/customer-lockbox-approval\//, { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('a question typed as a reader asks it finds the pages that answer it', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    await searchFor(page, 'How quickly will you notify us of a breach?');
    expect(await firstResult(page)).toMatch(/^\/(controls|docs)\/[a-z-]*incident-notification\//);
    await searchFor(page, 'do you have cyber insurance');
    expect(await firstResult(page)).toMatch(/^\/artefacts\/kestrel-cyber-insurance-certificate-2026\//);
    // Asking to get or see a document searches for the document.
    await searchFor(page, 'Can I get your pentest report?');
    expect(await firstResult(page)).toMatch(/^\/artefacts\/kestrel-pen-test-summary-2026\//);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('a misspelt word finds what the word spelt right finds, on the search page and in the dialog', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    const expected: Record<string, string> = {
      gdrp: '/frameworks/gdpr/',
      hippa: '/frameworks/hipaa/',
      'custmer lockbox': '/controls/customer-lockbox-approval/',
      'penetraton test': '/artefacts/kestrel-pen-test-summary-2026/',
      // Pagefind finds a page or two loosely for the words spelt right; the corrected words find the report.
      'soc 2 reprot': '/artefacts/kestrel-soc-2-type-2-2026/',
    };
    expect(await findFirstResults(page, Object.keys(expected))).toEqual(expected);
    // The summary says what was searched instead of the words typed.
    // Screen readers hear it too: the live regions of the search say it, for a moment.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { announced: string[] }).announced = said;
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) {
          const text = region.textContent?.trim();
          if (text) said.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await searchFor(page, 'hippa');
    const instead = /^No results for hippa\. Showing \d+ results for hipaa instead\.$/;
    expect(await page.locator('pagefind-summary').textContent()).toMatch(instead);
    await page.waitForFunction(
      (pattern) =>
        (window as unknown as { announced: string[] }).announced.some((text) => new RegExp(pattern).test(text)),
      instead.source,
      { timeout: 30_000 },
    );
    // A word that is no misspelling of the site's words still finds nothing.
    await searchFor(page, 'zzqxw');
    expect(await page.locator('pagefind-results a').count()).toBe(0);
    await visit('/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('pagefind-modal dialog[open]', { timeout: 30_000 });
    await page.keyboard.type('encyption', { delay: 60 });
    // Each key searches; the results of the whole word are those whose summary names it.
    await page.waitForFunction(
      () =>
        /^No results for encyption\. Showing \d+ results for encryption instead\.$/.test(
          document.querySelector('pagefind-modal pagefind-summary')?.textContent?.trim() ?? '',
        ),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => /Encryption/.test(document.querySelector('pagefind-modal pagefind-results a')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('a result opens its page with the searched words highlighted', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/search/');
    await searchFor(page, 'lockbox');
    const href = await firstResult(page);
    expect(href).toContain('highlight=lockbox');
    await visit(href!);
    await page.waitForSelector('mark', { timeout: 30_000 });
    expect((await page.locator('mark').first().innerText()).toLowerCase()).toContain('lockbox');
    expect(problems()).toEqual([]);
    await page.close();
  });

  test.each([
    ['subprocessors', 0],
    ['subprocessors', 50],
    ['breach notification', 80],
  ])('"%s" typed right after Ctrl+K, %i ms a key, reaches the dialog whole', async (text, delay) => {
    const { page, visit, problems } = await openPage(context);
    await visit('/controls/conditional-access/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type(text, { delay });
    await page.waitForFunction(
      (term) => document.querySelector('pagefind-modal pagefind-summary')?.textContent?.includes(`for ${term}`),
      text,
      { timeout: 30_000 },
    );
    expect(await page.locator('pagefind-modal pagefind-input input').inputValue()).toBe(text);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('the dialog says Esc closes it, and reopened, typing replaces the words searched before', async () => {
    const { page, visit, problems } = await openPage(context);
    await visit('/controls/conditional-access/');
    const summary = (term: string) =>
      page.waitForFunction(
        (words) => document.querySelector('pagefind-modal pagefind-summary')?.textContent?.includes(`for ${words}`),
        term,
        { timeout: 30_000 },
      );
    await page.keyboard.press('Control+k');
    await page.keyboard.type('gdpr', { delay: 50 });
    await summary('gdpr');
    const hints = await page.locator('pagefind-modal pagefind-keyboard-hints .pf-keyboard-hint').allTextContents();
    expect(hints.filter((hint) => hint.startsWith('esc'))).toEqual(['esc close']);
    await page.keyboard.press('Escape');
    await page.waitForSelector('pagefind-modal dialog[open]', { state: 'detached', timeout: 5_000 });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('hipaa', { delay: 50 });
    await summary('hipaa');
    expect(await page.locator('pagefind-modal pagefind-input input').inputValue()).toBe('hipaa');
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('a shared link fills the box, and every later change keeps the words, filters and sort', async () => {
    const { page, visit, problems } = await openPage(context);
    const state = () => {
      const params = new URL(page.url()).searchParams;
      return { q: params.get('q'), f: params.getAll('f'), sort: params.get('sort') };
    };
    await visit('/search/?q=soc+2&f=Access:Under+NDA');
    await page.waitForFunction(
      () => /for soc 2/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.locator('pagefind-input input').inputValue()).toBe('soc 2');
    expect(state()).toEqual({ q: 'soc 2', f: ['Access:Under NDA'], sort: null });
    await page.locator('pagefind-filter-pane details[data-filter-name="Type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="Type"][value="Artefact"]').check();
    await page.waitForFunction(() => location.search.includes('Type'), null, { timeout: 30_000 });
    expect(state()).toEqual({ q: 'soc 2', f: ['Access:Under NDA', 'Type:Artefact'], sort: null });
    await page.locator('[data-search-sort]').selectOption('issued:desc');
    await page.waitForFunction(() => location.search.includes('sort'), null, { timeout: 30_000 });
    expect(state()).toEqual({ q: 'soc 2', f: ['Access:Under NDA', 'Type:Artefact'], sort: 'issued:desc' });
    expect(await page.locator('pagefind-input input').inputValue()).toBe('soc 2');
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('current reports rank above superseded ones, and results show their status and access', async () => {
    const { page, visit, problems } = await openPage(context);
    // Results below the fold are rendered as they scroll into view: a tall window renders them all.
    await page.setViewportSize({ width: 1280, height: 8000 });
    await visit('/search/');
    await searchFor(page, 'soc 2');
    const results = await page.locator('pagefind-results li.pf-result').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href')?.split('?')[0],
        badges: [...item.querySelectorAll('.badge')].map((badge) => badge.textContent?.trim()),
      })),
    );
    const rank = (id: string) => results.findIndex((result) => result.href === `/artefacts/${id}/`);
    const superseded = rank('m365-soc-2-type-2-2025');
    for (const current of ['kestrel-soc-2-type-2-2026', 'm365-soc-2-type-2-2026', 'azure-soc-2-type-2-2026']) {
      expect(rank(current), current).toBeGreaterThanOrEqual(0);
      expect(rank(current), current).toBeLessThan(superseded);
    }
    expect(results[superseded]?.badges).toEqual(['Superseded', 'Public']);
    expect(results[rank('kestrel-soc-2-type-2-2026')]?.badges).toEqual(['Current', 'Under NDA']);
    expect(problems()).toEqual([]);
    await page.close();
  });

  test('without JavaScript the search page says so and links to the lists', async () => {
    const noScript = await newContext(browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${inject('origin')}/search/`);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript, which is turned off.');
    for (const list of ['/frameworks/', '/artefacts/', '/controls/', '/docs/']) {
      await expect(page.locator(`main a[href="${list}"]`).isVisible()).resolves.toBe(true);
    }
    await noScript.close();
  });
});
