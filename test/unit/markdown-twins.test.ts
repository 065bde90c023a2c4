import { afterEach, describe, expect, test } from 'vitest';
import { formatLlmsTxt } from '../../src/lib/agents/llms-txt.ts';
import { getMarkdownTwin, twinCollections } from '../../src/lib/agents/markdown-twin.ts';
import { formatTwinBundle } from '../../src/lib/agents/twin-bundle.ts';
import { artefact, buildTestGraph, control, service } from '../fixtures/graph-builder.ts';

const site = 'https://trust.example.com';

const auditReport = (publisher: string, extra: Record<string, unknown> = {}) =>
  artefact(publisher, {
    type: 'audit-report',
    issuer: 'Audit LLP',
    auditPeriod: { start: '2025-10-01', end: '2026-09-30' },
    issued: '2026-11-01',
    ...extra,
  });

const mailer = {
  name: 'Mailer',
  legalEntity: 'Mailer Ltd',
  purpose: 'Sends email notifications.',
  dataCategories: ['Email addresses'],
  locations: ['European Union'],
  transferMechanisms: ['sccs'],
  services: ['app'],
  since: '2025-10-01',
  internalNote: 'Contract owner: platform.',
};

const graph = buildTestGraph({
  services: { cloud: service('cloudco', 'Cloud'), app: service('organisation', 'Example App') },
  controls: {
    mfa: control('customer', { title: 'MFA', services: ['cloud'] }),
    'app-sso': control('shared', { title: 'App SSO', services: ['app'] }),
  },
  artefacts: {
    'cloud-soc': auditReport('cloudco', {
      title: 'CloudCo SOC 2 report, 2026',
      opinion: 'unqualified',
      exceptions: 0,
      cuecs: ['mfa'],
    }),
    'our-soc': auditReport('organisation', {
      title: 'Our SOC 2 report',
      access: 'nda',
      opinion: 'qualified',
      exceptions: 2,
      subserviceOrganisations: [
        { provider: 'cloudco', method: 'carved-out', reports: ['cloud-soc'] },
        { name: 'A colocation provider', method: 'inclusive' },
      ],
    }),
    'our-score': artefact('organisation', {
      title: 'Secure Score snapshot',
      type: 'assessment',
      score: 71,
      scoredOn: '2026-11-20',
    }),
  },
  updates: {
    outage: {
      title: 'Sign-in outage',
      date: '2026-11-20',
      kind: 'incident',
      summary: 'Sign-in failed for an hour.',
      services: ['app'],
      impact: 'Customers could not sign in.',
      resolution: 'A certificate was renewed.',
      resolved: '2026-11-20',
    },
  },
  subprocessors: { mailer },
  faq: {
    'soc-2': { question: 'How do we get the SOC 2 report?', category: 'compliance', artefacts: ['our-soc'] },
  },
});

describe('Markdown twins', () => {
  afterEach(() => {
    delete process.env.TRUST_CENTER_AUDIENCE;
  });

  test('a control’s twin names each party of its layer as the page does', () => {
    const twin = getMarkdownTwin(graph, 'controls', 'mfa');
    expect(twin).toContain("- Layer: CloudCo · Example Co, on CloudCo's services\n");
    expect(twin).toContain(
      '## Who does what\n\nCloudCo runs these services, and Example Co uses them.\n\n' +
        '- CloudCo does: Nothing: this control is carried out by Example Co alone.\n' +
        '- Example Co does: The customer does that.\n',
    );
    expect(getMarkdownTwin(graph, 'controls', 'app-sso')).toContain(
      '## Who does what\n\nExample Co runs these services, and its customers use them.\n\n' +
        '- Example Co does: The provider does this.\n- Customers of Example Co do: The customer does that.\n',
    );
  });

  test('a control’s twin lists the reports that rely on it as a complementary user entity control', () => {
    const twin = getMarkdownTwin(graph, 'controls', 'mfa');
    expect(twin).toContain(
      '## Relied on by audit reports\n\nRelied on by the CloudCo SOC 2 report, 2026, as a complementary user ' +
        `entity control.\n\n- [CloudCo SOC 2 report, 2026](${site}/artefacts/cloud-soc/): Audit report by CloudCo`,
    );
    expect(getMarkdownTwin(graph, 'controls', 'app-sso')).not.toContain('SOC 2 report');
  });

  test('a report’s twin gives its readable findings, subservice organisations and CUECs', () => {
    const cloud = getMarkdownTwin(graph, 'artefacts', 'cloud-soc');
    expect(cloud).toContain('- Opinion: Unqualified opinion\n- Exceptions: None\n');
    expect(cloud).toContain(`## Complementary user entity controls\n\nWhat the report expects`);
    expect(cloud).toContain(`- [MFA](${site}/controls/mfa/)`);
    const ours = getMarkdownTwin(graph, 'artefacts', 'our-soc');
    expect(ours).toContain(
      '## Subservice organisations\n\n### CloudCo\n\nCarved out: its controls are left to its own reports.\n\n' +
        `- [CloudCo SOC 2 report, 2026](${site}/artefacts/cloud-soc/)`,
    );
    expect(ours).toContain(
      '### A colocation provider\n\nInclusive: its controls are tested in this report.\n\n' +
        'This site does not hold its reports.\n',
    );
    // The report itself is under NDA: the public twin does not give its opinion or exceptions.
    expect(ours).not.toMatch(/Opinion|Exceptions|Qualified/);
    process.env.TRUST_CENTER_AUDIENCE = 'internal';
    expect(getMarkdownTwin(graph, 'artefacts', 'our-soc')).toContain('- Opinion: Qualified opinion\n- Exceptions: 2\n');
    delete process.env.TRUST_CENTER_AUDIENCE;
    expect(getMarkdownTwin(graph, 'artefacts', 'our-score')).toContain('- Score: 71%\n');
  });

  test('an incident’s twin gives its date, the services affected, impact, resolution and when it ended', () => {
    expect(getMarkdownTwin(graph, 'updates', 'outage')).toContain(
      '- Date: 20 November 2026\n- Services affected: Example App\n- Customer impact: Customers could not sign in.\n' +
        '- Resolution: A certificate was renewed.\n- Resolved: 20 November 2026\n',
    );
  });

  test('subprocessors and security FAQ questions have twins, without internal notes', () => {
    expect(twinCollections).toEqual(expect.arrayContaining(['subprocessors', 'faq']));
    const subprocessor = getMarkdownTwin(graph, 'subprocessors', 'mailer');
    expect(subprocessor).toMatch(/^# Mailer\n\nSubprocessor · Status: Current\n\nSends email notifications\.\n/);
    expect(subprocessor).toContain('- Legal entity: Mailer Ltd\n- Customer data processed: Email addresses\n');
    expect(subprocessor).toContain(`## See also\n\n- [Every subprocessor, and the changes](${site}/subprocessors/)`);
    expect(subprocessor).not.toContain('Contract owner');
    const faq = getMarkdownTwin(graph, 'faq', 'soc-2');
    expect(faq).toMatch(/^# How do we get the SOC 2 report\?\n\nSecurity FAQ · /);
    expect(faq).toContain(`(${site}/faq/soc-2/), as of 2026-11-29`);
    expect(faq).toContain(`## What backs this answer\n\n- [Our SOC 2 report](${site}/artefacts/our-soc/)`);
  });

  test('a security FAQ question’s twin gives its answer as plain text; no other twin gives its body', async () => {
    const rendered: string[] = [];
    const bundle = JSON.parse(
      await formatTwinBundle(graph, async (collection, id) => {
        rendered.push(`${collection}/${id}`);
        return '<p>Write to <a href="mailto:nda@example.com">us</a> &#x26; sign the <em>NDA</em>.</p>';
      }),
    ) as Record<string, string>;
    expect(rendered).toEqual(['faq/soc-2']);
    expect(bundle['faq/soc-2.md']).toContain('\n## Answer\n\nWrite to us & sign the NDA.\n');
    expect(Object.keys(bundle)).toContain('subprocessors/mailer.md');
  });

  test('llms.txt gives subprocessors and the security FAQ by their pages and counts', () => {
    const text = formatLlmsTxt(graph);
    expect(text).toContain(
      `## Subprocessors\n\n- [Subprocessors](${site}/subprocessors/): 1 company processes customer data on ` +
        "Example Co's behalf",
    );
    expect(text).toContain(`- [The list as CSV](${site}/subprocessors/subprocessors.csv)\n`);
    expect(text).toContain(`- [Security FAQ](${site}/faq/): 1 question a customer’s reviewer asks, answered\n`);
    expect(text).not.toContain('/subprocessors/mailer');
  });
});
