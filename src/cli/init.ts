/**
 * Starts a trust center of one's own in the content folder, in place of the sample:
 * `npm run init -- --name "Acme" --url https://trust.acme.example --security security@acme.example
 * --nda nda@acme.example [--privacy privacy@acme.example] [--provider aws]… [--force]`.
 * It refuses to replace existing content without `--force`.
 * Exits 0 when the content is written, 2 when called wrongly or the folder holds content.
 */
import { relative } from 'node:path';
import { writeEditorSchemas } from '../lib/writers/editor-schemas.ts';
import { parseOptions } from '../lib/writers/options.ts';
import { writeStarter } from '../lib/writers/starter.ts';
import { contentDir } from '../lib/content/paths.ts';
import { getBuildDate } from '../lib/graph/dates.ts';

const command = 'npm run init';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const parsed = parseOptions(process.argv.slice(2), {
  command,
  values: ['name', 'url', 'security', 'nda', 'privacy', 'provider'],
  flags: ['force', 'help'],
});
if ('error' in parsed) fail(parsed.error);
const { values, flags, positionals } = parsed as Exclude<typeof parsed, { error: string }>;
if (flags.has('help')) {
  console.log(
    [
      `${command} -- --name "Acme" --url https://trust.acme.example --security security@acme.example \\`,
      '  --nda nda@acme.example [--privacy privacy@acme.example] [--provider aws]… [--force]',
      '',
      'Writes a trust center of your own into the content folder (TRUST_CENTER_CONTENT, content/ unless set):',
      'site.yaml and one entry of each collection, each field with a comment saying what it holds.',
      '',
      '  --name      the organisation, as readers know it',
      '  --url       where the trust center is published, starting with https://',
      '  --security  the address for security reports and questions',
      '  --nda       the address that handles requests for documents under NDA',
      '  --privacy   the privacy contact, if it is another address',
      '  --provider  a cloud provider the organisation runs on, by id ' +
        '(microsoft, aws, google, oracle, or your own); repeat it for each',
      '  --force     replace content already in the folder (git keeps what is replaced)',
    ].join('\n'),
  );
  process.exit(0);
}
if (positionals.length > 0) fail(`${command} takes options only; found \`${positionals.join(' ')}\`.`);

const examples: Record<string, string> = {
  name: '--name "Acme"',
  url: '--url https://trust.acme.example',
  security: '--security security@acme.example',
  nda: '--nda nda@acme.example',
};
const missing = Object.keys(examples).filter((name) => !values[name]?.length);
if (missing.length > 0) {
  fail(
    `${command} needs the organisation's ${missing.map((name) => `\`--${name}\``).join(', ')}. Run, for example: ` +
      `${command} -- ${Object.values(examples).join(' ')} --provider aws`,
  );
}
const last = (name: string) => values[name]?.at(-1);
const result = writeStarter(
  contentDir,
  {
    name: last('name')!,
    url: last('url')!,
    securityContact: last('security')!,
    ndaContact: last('nda')!,
    privacyContact: last('privacy'),
    providers: values['provider'] ?? [],
  },
  getBuildDate(),
  flags.has('force'),
);
if ('error' in result) fail(result.error);
const where = relative(process.cwd(), contentDir) || '.';
console.log(`Wrote a trust center of your own to ${where}/:`);
for (const file of (result as { files: string[] }).files) console.log(`  ${file}`);
console.log('Replace each TODO, then run npm run content:check and npm run dev.');
const contentPath = relative(process.cwd(), contentDir);
if (!contentPath.startsWith('..')) writeEditorSchemas(process.cwd(), contentDir, contentPath.split('\\').join('/'));
