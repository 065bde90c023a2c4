import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/** Finds the system Chromium: `CHROMIUM_PATH`, or the usual install locations. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** What to do when no Chromium is found. */
export const chromiumMissing =
  'No Chromium was found. Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH to its executable.';

/** Headless Chromium flags: no sandbox (containers), and no network service of the browser's own. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium headless, without reaching any network service of its own. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumMissing);
  return chromium.launch({ executablePath, headless: true, args: browserArgs });
}
