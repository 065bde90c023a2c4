/** The Nu HTML Checker (`vnu-jar`, on Java), shared by the browser tests that check HTML validity. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Why the checker cannot run here, or undefined when it can. */
export const javaMissing = spawnSync('java', ['-version']).error
  ? 'No Java runtime was found; the Nu HTML Checker needs one. Install it with ' +
    '`sudo apt-get install default-jre-headless`.'
  : undefined;

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Checks every HTML file under some folders with the Nu HTML Checker, in one run of it; resolves to
 * each folder's errors, one line per error, its file named relative to its folder.
 */
export function findHtmlErrors(dirs: readonly string[]): string[][] {
  const result = spawnSync('java', ['-jar', vnu, '--format', 'json', '--skip-non-html', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker writes its report to standard error.
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
  const errors = dirs.map((): string[] => []);
  for (const message of messages.filter(({ type }) => type !== 'info')) {
    const path = message.url ? fileURLToPath(message.url) : '';
    const extract = message.extract ? ` in \`${message.extract.replace(/\s+/g, ' ').trim()}\`` : '';
    const at = `${message.lastLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0}`;
    const index = dirs.findIndex((dir) => path.startsWith(`${dir}/`));
    // A message about no file of any folder, such as a folder it could not read, counts against every folder.
    for (const [each, dir] of dirs.entries()) {
      if (index === -1 || index === each) {
        errors[each]!.push(`${index === -1 ? path || dir : relative(dir, path)}:${at}: ${message.message}${extract}`);
      }
    }
  }
  return errors;
}
