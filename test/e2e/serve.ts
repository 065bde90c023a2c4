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
 * The headers a `_headers` file (Netlify and Cloudflare Pages format) sets, by the paths each rule
 * matches (`/*` every path, `/_astro/*` the paths under `/_astro/`), as a host reading it sends them.
 */
export function readHeaderRules(dir: string): { pattern: string; headers: Record<string, string> }[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && separator > 0)
      rule.headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
  }
  return rules;
}

/** The headers of every rule whose pattern matches a path, later rules adding to earlier ones. */
function headersFor(rules: ReturnType<typeof readHeaderRules>, path: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

/**
 * Serves a built site on a free port of the loopback address, with the headers of
 * its `_headers` file (so the Content-Security-Policy is enforced), under `base` when it was built
 * for a sub-path; resolves to its origin.
 */
export async function serve(dir: string, base = '/'): Promise<{ origin: string; server: Server }> {
  const rules = readHeaderRules(dir);
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
      ...headersFor(rules, pathname),
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
