import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The headers a `_headers` file (Netlify and Cloudflare Pages format) sets for every
 * path, as a host reading it would send them. Only the catch-all `/*` rule is read.
 */
export function readHeadersFile(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inCatchAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inCatchAll = line.trim() === '/*';
      continue;
    }
    const separator = line.indexOf(':');
    if (inCatchAll && separator > 0)
      headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
  }
  return headers;
}

/**
 * Serves a built site on a free port of the loopback address, with the headers of
 * its `_headers` file (so the Content-Security-Policy is enforced), under `base` when it was built
 * for a sub-path; resolves to its origin.
 */
export async function serve(dir: string, base = '/'): Promise<{ origin: string; server: Server }> {
  const siteHeaders = readHeadersFile(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // A site built for a sub-path is served under it, as its host would.
    const pathname = path.startsWith(base) ? `/${path.slice(base.length)}` : '/\0outside';
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir)) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dir, '404.html');
    response.writeHead(found ? 200 : 404, {
      ...siteHeaders,
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
