/**
 * Serves the sample site the run built (see `test/build/global-setup.ts`) on a free
 * loopback port and starts one headless Chromium that every test file connects to.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserArgs, findChromium } from './browser.ts';
import { serve } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, such as `http://127.0.0.1:40123`. */
    origin: string;
    /** The WebSocket address of the shared browser, or an empty string when no Chromium was found. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const build = project.getProvidedContext().sampleSite;
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.output}`);
  const { origin, server } = await serve(build.outDir);
  const executablePath = findChromium();
  let browser: BrowserServer | undefined;
  if (executablePath) browser = await chromium.launchServer({ executablePath, headless: true, args: browserArgs });

  project.provide('origin', origin);
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? '');

  return async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  };
}
