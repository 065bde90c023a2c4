/**
 * Asks the run's site builder (see `site-builder.ts`) for a site. Run as a script, it reads the
 * builder's address and the recipe as JSON on standard input and writes the build's result as JSON,
 * so that a test can wait for a site without giving up its process (see `buildSite`).
 */
import { request } from 'node:http';
import type { BuildResult, SiteRecipe } from './site-builder.ts';

/** Sends a recipe to the site builder at `address`; resolves to the build's result. */
export function requestSite(address: string, recipe: SiteRecipe): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const call = request(address, { method: 'POST' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(JSON.parse(body) as BuildResult) : reject(new Error(body)),
      );
    });
    call.on('error', reject);
    call.end(JSON.stringify(recipe));
  });
}

if (import.meta.main) {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const { address, recipe } = JSON.parse(input) as { address: string; recipe: SiteRecipe };
  process.stdout.write(JSON.stringify(await requestSite(address, recipe)));
}
