import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startBuild, type BuildResult } from '../build/build-site.ts';
import { startedSiteBase, writeStartedSite } from '../fixtures/started-site.ts';
import { axeSource, findViolationsInBothSchemes } from './axe.ts';
import { chromiumMissing } from './browser.ts';
import { connectBrowser, describeWithTool, listPagePaths, mapInParallel, newContext, openPage } from './harness.ts';
import { findHtmlErrors, javaMissing } from './nu-checker.ts';
import { serve } from './serve.ts';

// The same site as `test/build/started-site.test.ts`, which the run builds once for both.
let build: BuildResult;
beforeAll(async () => {
  build = await startBuild(writeStartedSite(), {}, 'npm run build', ['--base', startedSiteBase]);
  expect(build.status, build.output).toBe(0);
});

describeWithTool('a started site: HTML validity', javaMissing, () => {
  test('every page of a site started with npm run init is valid HTML', () => {
    const [errors] = findHtmlErrors([build.outDir]) as [string[]];
    expect(listPagePaths(build.outDir).length).toBeGreaterThan(10);
    expect(errors, `${errors.length} errors:\n${errors.join('\n')}`).toEqual([]);
  });
});

describeWithTool('a started site: accessibility', inject('browserEndpoint') ? undefined : chromiumMissing, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    browser = await connectBrowser();
    ({ origin, server } = await serve(build.outDir, startedSiteBase));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('every page passes WCAG 2.2 AA in light and dark schemes, with no console error or failed request', async () => {
    const context = await newContext(browser);
    await context.addInitScript({ content: axeSource });
    // Two pages at a time: the shared browser walks the sample site's pages as well.
    const tabs = await Promise.all([openPage(context, origin), openPage(context, origin)]);
    const paths = listPagePaths(build.outDir).map((page) => `${startedSiteBase.slice(0, -1)}${page}`);
    const faults = await mapInParallel(paths, tabs.length, async (path, worker) => {
      const tab = tabs[worker]!;
      await tab.visit(path);
      const violations = await findViolationsInBothSchemes(tab.page, path);
      return [...violations, ...tab.problems().map((problem) => `${path}: ${problem}`)];
    });
    await context.close();
    const all = faults.flat();
    expect(paths.length).toBeGreaterThan(10);
    expect(all, `${all.length} problems:\n${all.join('\n')}`).toEqual([]);
  });
});
