/**
 * `npm run init`: a minimal valid trust center of one's own, in place of the sample:
 * `site.yaml` from the organisation's name, address, contacts and cloud providers,
 * and one entry of each collection (a service, framework, artefact, control, document,
 * scenario and update), each with comments saying what to change.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryIdPattern } from '../../schemas/shared.ts';
import { suggestEntryId } from '../content/entry-files.ts';
import { SiteSchema } from '../../schemas/site.ts';
import type { z } from 'astro/zod';
import { emailSchema, urlSchema, type CollectionName } from '../../schemas/shared.ts';
import { createCheckingReference, createSchemas } from '../content/check.ts';
import { createEditorSchemas } from './editor-schemas.ts';
import { scaffoldEntry, scaffoldFields } from './scaffold.ts';
import { isOptionalCollection } from '../content/entry-files.ts';

/** What the organisation tells the start command. */
export interface StarterSettings {
  name: string;
  url: string;
  securityContact: string;
  ndaContact: string;
  privacyContact?: string | undefined;
  /** Ids of the cloud providers it runs on, such as `microsoft` or `aws`. */
  providers: readonly string[];
}

/** Providers whose name and document portal are known; any other id is written with a name to complete. */
export const knownProviders: Record<string, { name: string; portal: string }> = {
  microsoft: { name: 'Microsoft', portal: 'https://servicetrust.microsoft.com/' },
  aws: { name: 'Amazon Web Services', portal: 'https://aws.amazon.com/artifact/' },
  google: { name: 'Google Cloud', portal: 'https://cloud.google.com/security/compliance/compliance-reports-manager' },
  oracle: { name: 'Oracle Cloud Infrastructure', portal: 'https://www.oracle.com/corporate/security-practices/' },
};

/** What is in a content folder already: the entries and settings `npm run init` would replace. */
export function findExistingContent(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir).filter((name) => !name.startsWith('.'));
}

/**
 * Writes the starter content into `contentDir`, replacing what is there when `force` is set;
 * returns the files written, relative to the content folder, or why it did not write.
 */
export function writeStarter(
  contentDir: string,
  settings: StarterSettings,
  today: string,
  force: boolean,
): { files: string[] } | { error: string } {
  const existing = findExistingContent(contentDir);
  if (existing.length > 0 && !force) {
    return {
      error:
        `\`${contentDir}\` holds content already (${existing.map((name) => `\`${name}\``).join(', ')}). ` +
        'Run again with `--force` to replace it all with the starter, or set TRUST_CENTER_CONTENT to an empty ' +
        'folder. Git keeps what is replaced.',
    };
  }
  const badProvider = settings.providers.find((id) => !entryIdPattern.test(id));
  if (badProvider !== undefined) {
    const fix = badProvider.includes(',')
      ? `give each provider an option of its own: ${badProvider
          .split(',')
          .map((id) => `\`--provider ${suggestEntryId(id)}\``)
          .join(' ')}`
      : `use lowercase letters, digits and single hyphens, such as \`${suggestEntryId(badProvider) || 'aws'}\``;
    return { error: `\`--provider ${badProvider}\` is not a valid id: ${fix}.` };
  }
  const badOption = findBadOption(settings);
  if (badOption) return { error: badOption };
  for (const name of existing) rmSync(join(contentDir, name), { recursive: true, force: true });

  const files = new Map<string, string>();
  files.set('site.yaml', writeSite(settings, today));
  const entries = getStarterEntries(settings);
  const collections = Object.keys(createSchemas(createCheckingReference(new Map()))) as CollectionName[];
  // A collection with no starter entry of its own gets one written from its schema alone, so the writer
  // sees the fields of each. The collections a new site starts without stay out, so it claims no
  // subprocessor and answers no question it was not asked.
  for (const collection of collections) {
    if (isOptionalCollection(collection)) continue;
    if (!entries.some((entry) => entry.collection === collection)) entries.push({ collection, id: 'example' });
  }
  const ids = new Map<CollectionName, string[]>(
    collections.map((name) => [name, entries.filter((entry) => entry.collection === name).map((entry) => entry.id)]),
  );
  const schemas = createEditorSchemas(ids, settings.providers);
  for (const { collection, id, values, notes } of entries) {
    const schema = schemas[collection];
    const text = scaffoldEntry({ collection, id, schema, idsByCollection: ids, today, values, notes });
    files.set(`${collection}/${id}.md`, text);
  }
  mkdirSync(contentDir, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { files: [...files.keys()] };
}

/** One entry of the starter: what it holds, and what to change. */
interface StarterEntry {
  collection: CollectionName;
  id: string;
  values?: Record<string, unknown>;
  notes?: Record<string, string>;
}

/**
 * The starter's entries, linked to one another as a real site's are. They claim nothing the
 * organisation has not shown: the framework is in progress, the policy is available under NDA.
 */
function getStarterEntries(settings: StarterSettings): StarterEntry[] {
  const serviceId = suggestEntryId(settings.name) || 'our-service';
  return [
    {
      collection: 'services',
      id: serviceId,
      values: { title: settings.name, operator: 'organisation', summary: `TODO: what ${settings.name} does.` },
      notes: { title: 'Your own product or service; add one entry for each cloud service you run on.' },
    },
    {
      collection: 'frameworks',
      id: 'iso-27001',
      values: {
        title: 'ISO/IEC 27001',
        kind: 'certification',
        authority: 'ISO/IEC',
        jurisdictions: ['Global'],
        summary: 'The international standard for an information security management system.',
        status: 'in-progress',
      },
      notes: { status: 'Set `status: active`, with `since`, once the certificate is issued; or replace it.' },
    },
    {
      collection: 'artefacts',
      id: 'information-security-policy',
      values: {
        title: `${settings.name} information security policy`,
        type: 'policy',
        publisher: 'organisation',
        summary: 'TODO: what the policy covers, in one or two sentences.',
        frameworks: ['iso-27001'],
        services: [serviceId],
        access: 'nda',
        accessNote: `TODO: how to ask for it, such as by writing to ${settings.ndaContact}.`,
      },
      notes: { access: 'Make it `public` and add `file` or `source` to publish the document itself.' },
    },
    {
      collection: 'controls',
      id: 'multi-factor-authentication',
      values: {
        title: 'Multi-factor authentication for all staff',
        domain: 'Identity and access',
        responsibility: 'shared',
        providerPart: 'TODO: what the operator of the service does.',
        customerPart: 'TODO: what customers do, such as turning it on for their users.',
        services: [serviceId],
        mappings: [{ framework: 'iso-27001', requirements: [] }],
        evidence: ['information-security-policy'],
      },
    },
    {
      collection: 'docs',
      id: 'incident-notification',
      values: {
        title: 'Incident notification',
        description: `TODO: how and how fast ${settings.name} tells customers of a security incident.`,
      },
    },
    {
      collection: 'scenarios',
      id: 'customer-due-diligence',
      values: {
        title: 'Customer due diligence',
        question: 'How do you protect our data?',
        audience: ['customer'],
        summary: 'What to send a customer who asks for assurance before or after signing.',
        steps: ['TODO: the first thing to send or do.'],
        frameworks: ['iso-27001'],
        artefacts: ['information-security-policy'],
        docs: ['incident-notification'],
      },
    },
    {
      collection: 'updates',
      id: 'trust-center-published',
      values: {
        title: `${settings.name} publishes its trust center`,
        kind: 'document-updated',
        summary: 'TODO: what readers find here, in one or two sentences.',
        docs: ['incident-notification'],
      },
      notes: { date: 'Set the day the site is first published.' },
    },
  ];
}

function writeSite(settings: StarterSettings, today: string): string {
  const providers = settings.providers.map((id) => {
    const known = knownProviders[id];
    return known ? { id, ...known } : { id, name: `TODO: the name of ${id}` };
  });
  const values: Record<string, unknown> = {
    name: settings.name,
    description:
      `How ${settings.name} meets its security, privacy and compliance obligations, with the evidence behind ` +
      'each claim.',
    url: settings.url,
    contacts: {
      nda: settings.ndaContact,
      security: settings.securityContact,
      ...(settings.privacyContact && { privacy: settings.privacyContact }),
    },
    ...(providers.length > 0 && { providers }),
  };
  const schema = createEditorSchemas(new Map())['site'];
  const examples = { title: `${settings.name} Trust Center`, subprocessorNoticeDays: 30 };
  const fields = scaffoldFields({ id: settings.name, schema, check: SiteSchema, today, values, examples });
  const header = [
    `# The trust center of ${settings.name}. Change any value below; each field's comment says what it holds.`,
    '# Run `npm run content:check` after each edit, and `npm run dev` to see the site.',
  ];
  return [...header, ...fields, ''].join('\n');
}

/** What is wrong with the first option whose value the site settings would not take, with the fix; none when all do. */
function findBadOption(settings: StarterSettings): string | undefined {
  const options: [string, z.ZodType, string | undefined][] = [
    ['url', urlSchema, settings.url],
    ['security', emailSchema, settings.securityContact],
    ['nda', emailSchema, settings.ndaContact],
    ['privacy', emailSchema, settings.privacyContact],
  ];
  for (const [option, schema, value] of options) {
    const issue = value === undefined ? undefined : schema.safeParse(value).error?.issues[0];
    if (issue) return `\`--${option} ${value}\`: ${issue.message}`;
  }
  return undefined;
}
