import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeStarter, type StarterSettings } from '../../src/lib/writers/starter.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { parseYaml } from '../../src/lib/content/front-matter.ts';

const root = new URL('../..', import.meta.url).pathname;
const settings: StarterSettings = {
  name: 'Acme Widgets',
  url: 'https://trust.acme.example',
  securityContact: 'security@acme.example',
  ndaContact: 'nda@acme.example',
  privacyContact: 'privacy@acme.example',
  providers: ['aws', 'hetzner'],
};
const emptyFolder = () => join(mkdtempSync(join(tmpdir(), 'trust-center-start-')), 'content');

function runInit(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['src/cli/init.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRUST_CENTER_CONTENT: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("starting a trust center of one's own", () => {
  test('writes site.yaml and one entry of each collection, and the content passes the check', () => {
    const content = emptyFolder();
    expect(writeStarter(content, settings, '2026-11-29', false)).toEqual({
      files: [
        'site.yaml',
        'services/acme-widgets.md',
        'frameworks/iso-27001.md',
        'artefacts/information-security-policy.md',
        'controls/multi-factor-authentication.md',
        'docs/incident-notification.md',
        'scenarios/customer-due-diligence.md',
        'updates/trust-center-published.md',
      ],
    });
    const { problems, site, entries } = checkContent(content);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(7);
    expect(site).toMatchObject({
      name: 'Acme Widgets',
      url: 'https://trust.acme.example',
      contacts: { nda: 'nda@acme.example', security: 'security@acme.example', privacy: 'privacy@acme.example' },
      providers: [
        { id: 'aws', name: 'Amazon Web Services', portal: 'https://aws.amazon.com/artifact/' },
        { id: 'hetzner', name: 'TODO: the name of hetzner' },
      ],
    });
  });

  test('says in comments what each value is and what to change', () => {
    const content = emptyFolder();
    writeStarter(content, settings, '2026-11-29', false);
    const site = readFileSync(join(content, 'site.yaml'), 'utf8');
    expect(site).toContain("# The organisation's name.\nname: Acme Widgets\n");
    expect(site).toContain(
      '# How many days ahead an expiring artefact is flagged; 90 by default.\n# reviewHorizonDays: 90\n',
    );
    // A field left commented out shows a value it could take, one that passes the check once uncommented.
    expect(site).toContain(
      "# The site's title; defaults to `<name> Trust Center`.\n# title: Acme Widgets Trust Center\n",
    );
    const uncommented = site.replace(/^# (brand:|  logo:|    file:|    alt:|  accent:)/gm, '$1');
    const brand = (parseYaml(uncommented) as { brand: { accent: string } }).brand;
    expect(brand.accent).toBe('#0b5cad');
    const control = readFileSync(join(content, 'controls', 'multi-factor-authentication.md'), 'utf8');
    expect(control.match(/^#.*`shared`/gm)).toHaveLength(1);
    const framework = readFileSync(join(content, 'frameworks', 'iso-27001.md'), 'utf8');
    expect(framework).toContain(
      '# Set `status: active`, with `since`, once the certificate is issued; or replace it.\n' +
        'status: in-progress\n',
    );
  });

  test('claims no certification the organisation has not shown', () => {
    const content = emptyFolder();
    writeStarter(content, settings, '2026-11-29', false);
    const framework = parseYaml(readFileSync(join(content, 'frameworks', 'iso-27001.md'), 'utf8').split('---')[1]!);
    expect(framework).toMatchObject({ status: 'in-progress' });
  });

  test('refuses to replace existing content without --force, and replaces all of it with --force', () => {
    const content = emptyFolder();
    mkdirSync(join(content, 'controls'), { recursive: true });
    writeFileSync(join(content, 'site.yaml'), 'name: Old\n');
    writeFileSync(join(content, 'controls', 'old.md'), '---\ntitle: Old\n---\n');
    expect(writeStarter(content, settings, '2026-11-29', false)).toEqual({
      error:
        `\`${content}\` holds content already (\`controls\`, \`site.yaml\`). Run again with \`--force\` to replace ` +
        'it all with the starter, or set TRUST_CENTER_CONTENT to an empty folder. Git keeps what is replaced.',
    });
    expect(readFileSync(join(content, 'site.yaml'), 'utf8')).toBe('name: Old\n');
    expect('files' in writeStarter(content, settings, '2026-11-29', true)).toBe(true);
    expect(existsSync(join(content, 'controls', 'old.md'))).toBe(false);
    expect(checkContent(content).problems).toEqual([]);
  });

  test('npm run init asks for the options it needs, and exits 2 without writing', () => {
    const content = emptyFolder();
    const run = runInit(['--name', 'Acme'], content);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      "npm run init needs the organisation's `--url`, `--security`, `--nda`. Run, for example: npm run init -- " +
        '--name "Acme" --url https://trust.acme.example --security security@acme.example --nda nda@acme.example ' +
        '--provider aws',
    );
    expect(existsSync(content)).toBe(false);
  });

  test('npm run init names the option a value is wrong in, with the fix, and exits 2 without writing', () => {
    const content = emptyFolder();
    const contacts = ['--security', 'security@acme.example', '--nda', 'nda@acme.example'];
    const url = runInit(['--name', 'Acme', '--url', 'trust.acme.example', ...contacts], content);
    expect([url.status, url.stderr.trim()]).toEqual([
      2,
      '`--url trust.acme.example`: Expected an absolute address starting with `https://`: write ' +
        '`https://trust.acme.example`.',
    ]);
    const email = runInit(
      ['--name', 'Acme', '--url', 'https://trust.acme.example', ...contacts, '--nda', 'nda'],
      content,
    );
    expect([email.status, email.stderr.trim()]).toEqual([
      2,
      '`--nda nda`: Expected an email address, such as `trust@example.com`.',
    ]);
    const providers = runInit(
      ['--name', 'Acme', '--url', 'https://trust.acme.example', ...contacts, '--provider', 'aws,google'],
      content,
    );
    expect([providers.status, providers.stderr.trim()]).toEqual([
      2,
      '`--provider aws,google` is not a valid id: give each provider an option of its own: `--provider aws` ' +
        '`--provider google`.',
    ]);
    expect(existsSync(content)).toBe(false);
    const help = runInit(['--help'], content);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--provider  a cloud provider the organisation runs on');
  });

  test('npm run init writes the starter and lists its files', () => {
    const content = emptyFolder();
    const args = ['--name', 'Acme', '--url', 'https://trust.acme.example', '--security', 'security@acme.example'];
    const run = runInit([...args, '--nda=nda@acme.example', '--provider', 'microsoft'], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('  controls/multi-factor-authentication.md\n');
    expect(checkContent(content).problems).toEqual([]);
    const again = runInit([...args, '--nda=nda@acme.example'], content);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('Run again with `--force`');
  });
});
