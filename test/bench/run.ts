/**
 * The build benchmark: `npm run bench [-- --sizes 1000,5000] [--runs 3] [--keep]`.
 *
 * For each size it generates a realistic content set, then builds it twice:
 * the full site with `npm run build`, and a bare baseline (one minimal Astro
 * page per Markdown file, indexed by Pagefind inside `astro build`). It prints build seconds, processor
 * seconds, pages per second, peak memory of the build's process tree, output
 * size, and the ratio of the full build to the baseline. With `--runs`, each
 * build is repeated, alternating the two, and the fastest run is kept, with
 * the highest peak memory of all runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeContentSet } from '../fixtures/generated-content.ts';
import { writeBaselineProject } from './baseline.ts';
import { benchSite, generateBenchContent } from './content.ts';
import { measure, type Measurement } from './measure.ts';
import { loadNistControls } from './nist.ts';

const root = new URL('../..', import.meta.url).pathname;
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** The full site is built as users build it, with `npm run build`; the baseline with `astro build`. */
const fullCommand = [join(root, 'src', 'cli', 'build.ts')];
const baselineCommand = [astro, 'build'];
/** The build date of every benchmark build: 2026-11-29. */
const sourceDateEpoch = '1795910400';
/** The targets the full build must meet at every size, against the baseline of the same run. */
const maxRatio = 1.5;
const maxRss = 2 * 1024 ** 3;

interface Run extends Measurement {
  pages: number;
  outputBytes: number;
  search: boolean;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`\`--runs ${values.runs}\` is not a whole number of runs. Write, for example, \`--runs 3\`.`);
  process.exit(2);
}
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
  console.error(
    `\`--sizes ${values.sizes}\` is not a list of whole numbers of entries, each 10 or more. Write, for example, ` +
      `\`--sizes 1000,5000\`.`,
  );
  process.exit(2);
}

const nist = loadNistControls();
const baselineProject = writeBaselineProject(join(root, 'node_modules'));
const rows: string[] = [];
const verdicts: string[] = [];

for (const size of sizes) {
  const content = writeContentSet(generateBenchContent(size, nist), benchSite);
  commitContent(content);
  console.log(`\n${size} entries written to ${content} and committed to git.`);
  const work = mkdtempSync(join(tmpdir(), `trust-center-bench-${size}-`));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SOURCE_DATE_EPOCH: sourceDateEpoch };

  const fullRuns: Run[] = [];
  const baselineRuns: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    // Each build starts cold: a fresh output folder and a fresh cache.
    console.log(`Building the full site${runs > 1 ? ` (run ${run} of ${runs})` : ''}…`);
    fullRuns.push(
      await build(fullCommand, join(work, `full-${run}`), root, {
        ...env,
        TRUST_CENTER_CONTENT: content,
        TRUST_CENTER_OUT_DIR: join(work, `full-${run}`),
        TRUST_CENTER_CACHE_DIR: join(work, `full-cache-${run}`),
      }),
    );
    console.log(`Building the baseline${runs > 1 ? ` (run ${run} of ${runs})` : ''}…`);
    baselineRuns.push(
      await build(baselineCommand, join(work, `baseline-${run}`), baselineProject, {
        ...env,
        BASELINE_CONTENT: content,
        BASELINE_OUT_DIR: join(work, `baseline-${run}`),
        BASELINE_CACHE_DIR: join(work, `baseline-cache-${run}`),
      }),
    );
  }
  const full = fastest(fullRuns);
  const baseline = fastest(baselineRuns);

  const ratio = full.seconds / baseline.seconds;
  rows.push(row(size, 'full site', full, ratio), row(size, 'baseline', baseline));
  console.log(table(rows.slice(-2)));
  const problems = [
    ...(ratio > maxRatio ? [`took ${ratio.toFixed(2)}× the baseline (target ${maxRatio}×)`] : []),
    ...(full.peakRss > maxRss ? [`peaked at ${formatBytes(full.peakRss)} (target below ${formatBytes(maxRss)})`] : []),
  ];
  const cpuRatio =
    full.cpuSeconds && baseline.cpuSeconds
      ? ` Processor time: ${(full.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× the baseline.`
      : '';
  verdicts.push(
    `${size} entries: ${problems.length > 0 ? `the full build ${problems.join(' and ')}.` : 'within targets.'}` +
      `${cpuRatio}${full.search ? '' : ' The full site has no search index yet; the baseline does.'}`,
  );
  if (!values.keep) rmSync(join(content, '..'), { recursive: true, force: true });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
rmSync(baselineProject, { recursive: true, force: true });

console.log(`\n${table(rows)}\n`);
for (const verdict of verdicts) console.log(verdict);

/** The fastest of several runs of one build, with the highest peak memory of them all. */
function fastest(all: readonly Run[]): Run {
  const best = all.reduce((min, run) => (run.seconds < min.seconds ? run : min));
  return { ...best, peakRss: Math.max(...all.map((run) => run.peakRss)) };
}

/** Builds one project, failing the benchmark with the build's log when the build fails. */
async function build(command: readonly string[], outDir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const measured = await measure(process.execPath, command, { cwd, env });
  if (measured.status !== 0) {
    console.error(`The build in \`${cwd}\` failed with status ${measured.status}; its output is in ${measured.log}.`);
    process.exit(1);
  }
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    ...measured,
    pages: files.filter((entry) => entry.name.endsWith('.html')).length,
    outputBytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
    search: existsSync(join(outDir, 'pagefind')),
  };
}

function row(size: number, name: string, run: Run, ratio?: number): string {
  const cells = [
    size.toLocaleString('en'),
    name,
    run.seconds.toFixed(1),
    run.cpuSeconds === undefined ? '' : run.cpuSeconds.toFixed(1),
    run.pages.toLocaleString('en'),
    (run.pages / run.seconds).toFixed(0),
    formatBytes(run.peakRss),
    formatBytes(run.outputBytes),
    run.search ? 'yes' : 'no',
    ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(lines: readonly string[]): string {
  return [
    '| entries | build | seconds | CPU seconds | pages | pages/s | peak RSS | output | search index | ' +
      'full/baseline time |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...lines,
  ].join('\n');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

/**
 * Commits a generated content folder to a git repository of its own, one commit per collection, dated the day
 * before the build date, so the full build reads a history from git as it would for a real site.
 */
function commitContent(content: string): void {
  const date = new Date((Number(sourceDateEpoch) - 86_400) * 1000).toISOString();
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@bench.example',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@bench.example',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: content, env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  for (const entry of readdirSync(content)
    .filter((name) => name !== '.git')
    .sort()) {
    git('add', '--', entry);
    git('commit', '-q', '-m', `Add ${entry}`);
  }
}
