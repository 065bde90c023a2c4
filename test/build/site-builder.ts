/**
 * Builds fixture sites for the whole test run, in the test runner's own process (see `global-setup.ts`):
 * a few builds at once, each in a copy of the project of its own, and each distinct site once.
 *
 * Astro writes generated files to the `.astro/` folder of the project it builds, and Vite its dependency
 * cache to `node_modules/.vite/`, so two builds in one folder would read each other's. Each copy holds the
 * project's sources and configuration, a `node_modules/` of links to the project's packages, and a link
 * to its `content/`; a build there writes the same site as in the project itself.
 * A site is known by its recipe and the bytes of its content folder: a second request for the same
 * site, from any test file, gets the first build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;
/** The sample content, which a copy of the project links to as its own `content/`. */
export const sampleContent = join(projectRoot, 'content');

/** How a site is built: `npm run build`, or `astro build` alone, which indexes for search inside Astro's process. */
const commands = {
  'npm run build': ['src/cli/build.ts'],
  'astro build': ['node_modules/astro/bin/astro.mjs', 'build'],
} as const;
export type BuildCommand = keyof typeof commands;

/** What to build: a content folder, the environment and command, and arguments as after `npm run build --`. */
export interface SiteRecipe {
  content: string;
  env?: Record<string, string>;
  command?: BuildCommand;
  args?: readonly string[];
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** The build date of every fixture site, unless its recipe sets another. */
const defaultEnv = { SOURCE_DATE_EPOCH: '1795910400' }; // 2026-11-29
/** What a copy of the project holds of its own; everything else it needs, it links to. */
const copied = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The caches a copy keeps to itself in its `node_modules/`. */
const ownCaches = new Set(['.vite', '.astro']);

/** A digest of every file under a folder, names and bytes, following links; a folder that is not there, by its path. */
function digestFolder(dir: string): string {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return hash.update(`missing ${resolve(dir)}`).digest('hex');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files)
    hash
      .update(`${relative(dir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

/** Makes a copy of the project to build in, under `parent`. */
export function copyProject(parent: string): string {
  const root = mkdtempSync(join(parent, 'project-'));
  for (const name of copied) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(sampleContent, join(root, 'content'));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!ownCaches.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

export class SiteBuilder {
  readonly #work: string;
  readonly #free: string[] = [];
  readonly #waiting: ((root: string) => void)[] = [];
  readonly #sites = new Map<string, Promise<BuildResult>>();
  #copies = 0;

  /** Builds in folders under `work`, `width` builds at once. */
  constructor(
    work: string,
    readonly width = Math.max(1, Math.min(3, availableParallelism())),
  ) {
    this.#work = work;
    mkdirSync(work, { recursive: true });
  }

  /** Builds the site of a recipe, or returns the build of the same site made earlier in the run. */
  build(recipe: SiteRecipe): Promise<BuildResult> {
    const env = { ...defaultEnv, ...recipe.env };
    const command = recipe.command ?? 'npm run build';
    const args = recipe.args ?? [];
    const key = createHash('sha256')
      .update(JSON.stringify({ env: Object.entries(env).sort(), command, args, content: digestFolder(recipe.content) }))
      .digest('hex');
    let site = this.#sites.get(key);
    if (!site) {
      site = this.#withProject((root) => this.#run(root, recipe.content, env, command, args));
      this.#sites.set(key, site);
    }
    return site;
  }

  async #withProject<T>(task: (root: string) => Promise<T>): Promise<T> {
    let root = this.#free.pop();
    if (!root && this.#copies < this.width) {
      this.#copies++;
      root = copyProject(this.#work);
    }
    root ??= await new Promise<string>((resolve) => this.#waiting.push(resolve));
    try {
      return await task(root);
    } finally {
      const next = this.#waiting.shift();
      if (next) next(root);
      else this.#free.push(root);
    }
  }

  #run(
    root: string,
    content: string,
    env: Record<string, string>,
    command: BuildCommand,
    args: readonly string[],
  ): Promise<BuildResult> {
    const work = mkdtempSync(join(this.#work, 'site-'));
    const outDir = join(work, 'dist');
    // The sample content is read through the copy's own `content/`, so messages name its files as
    // `content/…`, as a build in the project itself does.
    const contentDir = resolve(content) === sampleContent ? join(root, 'content') : content;
    const child = spawn(process.execPath, [...commands[command], ...args], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        // The test runner sets NODE_ENV=test, which would make Astro build in development mode.
        NODE_ENV: 'production',
        NO_COLOR: '1',
        TRUST_CENTER_CONTENT: contentDir,
        TRUST_CENTER_OUT_DIR: outDir,
        TRUST_CENTER_CACHE_DIR: join(work, 'cache'),
        // Node.js keeps the code it compiles for the next build: Astro, Vite and their packages load faster.
        NODE_COMPILE_CACHE: join(this.#work, 'compile-cache'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((done) => {
      child.on('error', (error) => done({ status: null, output: `${stdout}\n${stderr}${error.message}`, outDir }));
      child.on('close', (status) => done({ status, output: `${stdout}\n${stderr}`, outDir }));
    });
  }

  /** Serves `POST /build` with a recipe as JSON, answering with the build's result, for the test files. */
  async serve(): Promise<{ address: string; server: Server }> {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        this.build(JSON.parse(body) as SiteRecipe).then(
          (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
          (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.stack : String(error)),
        );
      });
    });
    // A build waits for a free copy of the project as long as it must.
    server.requestTimeout = 0;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return { address: `http://127.0.0.1:${port}/build`, server };
  }
}
