import { artefactTypes, type ArtefactType } from '../../src/schemas/artefacts.ts';
import { docSections } from '../../src/schemas/docs.ts';
import { frameworkKinds } from '../../src/schemas/frameworks.ts';
import { audiences } from '../../src/schemas/scenarios.ts';
import { updateKinds } from '../../src/schemas/updates.ts';
import type { GeneratedEntry } from '../fixtures/generated-content.ts';
import type { NistControl } from './nist.ts';

/** Site settings of the benchmark: an organisation on two cloud providers. */
export const benchSite = {
  name: 'Bench Co',
  description: 'How Bench Co and the cloud services it runs on meet their compliance obligations.',
  url: 'https://trust.bench.example',
  contacts: { nda: 'nda@bench.example', security: 'security@bench.example' },
  // The benchmark commits its content to git, so the full build reads its history as a real site does.
  repository: { url: 'https://github.com/bench-co/trust-center' },
  providers: [
    {
      id: 'cloudco',
      name: 'CloudCo',
      portal: 'https://trust.cloudco.example/',
      portalAccess: 'Sign in with a work account of a customer tenant.',
    },
    { id: 'hostco', name: 'HostCo', portal: 'https://compliance.hostco.example/' },
  ],
};

/** Where NIST publishes the SP 800-53 rev. 5 catalog in OSCAL, which the first framework's requirements come from. */
const nistCatalogUrl =
  'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/' +
  'NIST_SP-800-53_rev5_catalog.json';

/** Shares of each collection in a benchmark content set; controls take the rest. */
const shares = { frameworks: 0.02, artefacts: 0.28, services: 0.01, scenarios: 0.01, updates: 0.06, docs: 0.02 };

const frameworkNames = [
  'SOC 2',
  'ISO/IEC 27001',
  'ISO/IEC 27017',
  'ISO/IEC 27018',
  'ISO/IEC 27701',
  'GDPR',
  'HIPAA',
  'FedRAMP',
  'C5',
  'G-Cloud',
  'IRAP',
  'MTCS',
  'PCI DSS',
  'CSA STAR',
  'DORA',
  'NIS2',
  'TISAX',
  'ENS',
  'K-ISMS',
  'HITRUST',
];
const publishers = ['organisation', 'cloudco', 'hostco'] as const;
/** Access levels weighted as trust centers use them: most public, fewer gated. */
const accessMix = ['public', 'public', 'public', 'sign-in', 'sign-in', 'nda'] as const;
/** Responsibilities weighted: mostly shared, then provider, then customer. */
const responsibilityMix = ['shared', 'shared', 'provider', 'provider', 'customer'] as const;
const auditedTypes: readonly ArtefactType[] = [
  'audit-report',
  'certificate',
  'attestation-of-compliance',
  'authorisation',
  'bridge-letter',
  'pen-test-summary',
];

/** A small seeded random generator, so every run writes the same content. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (max: number) => Math.floor(next() * max);
  /** An index skewed towards the start, so a few entries are cited far more than the rest. */
  const skewed = (max: number) => Math.floor(max * next() ** 3);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  const some = (count: number, max: number, chooser = int) => [
    ...new Set(Array.from({ length: count }, () => chooser(max))),
  ];
  return { next, int, skewed, pick, some };
}

const counts = (total: number) => {
  const of = (share: number, min: number) => Math.max(min, Math.round(total * share));
  const sized = {
    frameworks: of(shares.frameworks, 3),
    artefacts: of(shares.artefacts, 4),
    services: of(shares.services, 3),
    scenarios: of(shares.scenarios, 1),
    updates: of(shares.updates, 1),
    docs: of(shares.docs, 1),
  };
  const others = Object.values(sized).reduce((sum, count) => sum + count, 0);
  return { ...sized, controls: Math.max(1, total - others) };
};

const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const paragraphs = (...texts: string[]) => texts.filter(Boolean).join('\n\n');

/**
 * A realistic content set of `total` entries: frameworks with requirement
 * lists (the first one is NIST SP 800-53 itself), artefacts of every type and
 * access level from the organisation and two providers, some superseded,
 * controls with provider, customer and shared parts and real control text, each
 * on the services of one operator,
 * services, scenarios, updates and documents, all referring to each other.
 */
export function generateBenchContent(total: number, nist: readonly NistControl[], seed = 1): GeneratedEntry[] {
  const random = createRandom(seed);
  const n = counts(total);
  const entries: GeneratedEntry[] = [];
  const baseControls = nist.filter((control) => !control.enhancement);

  const serviceIds = Array.from({ length: n.services }, (_, s) => `service-${s + 1}`);
  serviceIds.forEach((id, s) => {
    const operator = publishers[s % publishers.length]!;
    entries.push({
      collection: 'services',
      id,
      data: {
        title:
          `${operator === 'organisation' ? 'Bench' : operator === 'cloudco' ? 'CloudCo' : 'HostCo'} ` +
          `service ${s + 1}`,
        operator,
        summary: `Service ${s + 1}, in scope of the trust center.`,
        dataLocations: [
          {
            geography: random.pick(['European Union', 'United States', 'United Kingdom', 'Australia']),
            regions: ['Region A', 'Region B'],
          },
        ],
      },
      body: 'What the service does and where it keeps data.',
    });
  });

  /** Each framework's requirement ids, for mappings that name existing requirements. */
  const requirementIds: string[][] = [];
  for (let f = 0; f < n.frameworks; f++) {
    const nistFramework = f === 0;
    const requirements = nistFramework
      ? baseControls.map((control) => ({ id: control.id, label: control.label, title: control.title }))
      : Array.from({ length: 20 + random.int(60) }, (_, r) => {
          const source = nist[(f * 37 + r) % nist.length]!;
          return {
            id: `r${r + 1}`,
            label: `${frameworkNames[f % frameworkNames.length]!.replace(/\W+/g, '')}-${r + 1}`,
            title: source.title,
            description: source.statement[0],
          };
        });
    requirementIds.push(requirements.map((requirement) => requirement.id));
    const name = nistFramework
      ? 'NIST SP 800-53'
      : `${frameworkNames[f % frameworkNames.length]}` +
        `${f >= frameworkNames.length ? ` (${Math.floor(f / frameworkNames.length) + 1})` : ''}`;
    const status = random.next() < 0.1 ? 'retired' : random.next() < 0.1 ? 'in-progress' : 'active';
    entries.push({
      collection: 'frameworks',
      id: `framework-${f + 1}`,
      data: {
        title: nistFramework ? 'NIST SP 800-53 Rev. 5' : `${name} framework`,
        shortName: name,
        kind: frameworkKinds[f % frameworkKinds.length],
        authority: nistFramework ? 'NIST' : `Authority ${1 + (f % 7)}`,
        jurisdictions: [random.pick(['Global', 'United States', 'EU', 'United Kingdom', 'Australia'])],
        holder: random.pick(['organisation', 'provider', 'both']),
        status,
        since: '2021-03-01',
        ...(status === 'retired' ? { until: '2025-06-30' } : {}),
        summary: `What meeting ${name} means for customers.`,
        // Its requirement ids are the catalog's control ids, so the OSCAL component definition lists its controls.
        ...(nistFramework ? { oscalSource: nistCatalogUrl } : {}),
        requirements,
      },
      body: paragraphs(`${name} sets out requirements for security and privacy.`, nist[f % nist.length]!.guidance),
    });
  }

  const artefactIds = Array.from({ length: n.artefacts }, (_, a) => `artefact-${a + 1}`);
  /** Artefact `a` is replaced by `a + 1` when `a` is in this set. */
  const superseded = new Set(artefactIds.map((_, a) => a).filter((a) => a % 10 === 3 && a + 1 < n.artefacts));
  artefactIds.forEach((id, a) => {
    const type = artefactTypes[a % artefactTypes.length]!;
    const publisher = publishers[a % publishers.length]!;
    const access = accessMix[random.int(accessMix.length)]!;
    const year = 2024 + random.int(3);
    const audited = auditedTypes.includes(type);
    const validYear = Math.max(year + 1, random.pick([2026, 2027, 2027, 2028]));
    const source = nist[(a * 7) % nist.length]!;
    entries.push({
      collection: 'artefacts',
      id,
      data: {
        title: `${frameworkNames[a % frameworkNames.length]} ${type.replaceAll('-', ' ')} ${a + 1}`,
        type,
        publisher,
        ...(audited && type !== 'bridge-letter' ? { issuer: `Auditor ${1 + (a % 9)} LLP` } : {}),
        ...(type === 'insurance-certificate' ? { issuer: `Insurer ${1 + (a % 5)} Ltd` } : {}),
        // Types cycle, so the audit report a bridge letter bridges is the one as many places back as their types.
        ...(type === 'bridge-letter'
          ? { bridges: [artefactIds[a - artefactTypes.indexOf(type)]], coversThrough: date(2026, 9, 30) }
          : {}),
        summary: `Evidence for ${source.family.toLowerCase()} controls.`,
        frameworks: random.some(1 + random.int(3), n.frameworks, random.skewed).map((f) => `framework-${f + 1}`),
        services: random.some(1 + random.int(2), n.services).map((s) => serviceIds[s]),
        ...(type === 'audit-report' ? { auditPeriod: { start: date(year - 1, 4, 1), end: date(year, 3, 31) } } : {}),
        ...(audited || type === 'configuration-export' || random.next() < 0.5 ? { issued: date(year, 5, 15) } : {}),
        ...(type === 'certificate' || type === 'attestation-of-compliance' || type === 'insurance-certificate'
          ? { validUntil: date(validYear, 1 + random.int(12), 28) }
          : {}),
        nextExpected: date(year + 1, 5, 15),
        access,
        ...(access !== 'public'
          ? { accessNote: access === 'nda' ? 'Ask for it under NDA.' : 'Sign in with an administrator role.' }
          : {}),
        ...(access === 'public' || publisher !== 'organisation' ? { source: `https://docs.bench.example/${id}` } : {}),
        ...(superseded.has(a) ? { status: 'superseded', supersededBy: artefactIds[a + 1] } : {}),
        ...(superseded.has(a - 1) ? { supersedes: artefactIds[a - 1] } : {}),
      },
      body: paragraphs(
        `This ${type.replaceAll('-', ' ')} covers the controls below.`,
        source.guidance,
        source.statement
          .slice(0, 4)
          .map((line) => `- ${line}`)
          .join('\n'),
      ),
    });
  });

  // A control sits in one layer of shared responsibility: all its services have one operator.
  const servicesByOperator = publishers.map((_, o) => serviceIds.filter((_, s) => s % publishers.length === o));
  for (let c = 0; c < n.controls; c++) {
    const source = nist[c % nist.length]!;
    const layerServices = servicesByOperator[c % publishers.length]!;
    const round = Math.floor(c / nist.length);
    const responsibility = responsibilityMix[random.int(responsibilityMix.length)]!;
    const providerPart = source.statement[0] ?? source.title;
    const customerPart = source.statement[1] ?? source.guidance.split('. ')[0] ?? source.title;
    const frameworks = [0, ...random.some(random.int(3), n.frameworks - 1, random.skewed).map((f) => f + 1)];
    const mappings = [...new Set(frameworks)].map((f) => {
      const ids = requirementIds[f]!;
      const own = f === 0 && ids.includes(source.id.split('.')[0]!) ? [source.id.split('.')[0]!] : [];
      return {
        framework: `framework-${f + 1}`,
        requirements: own.length > 0 ? own : random.some(1 + random.int(3), ids.length).map((r) => ids[r]),
      };
    });
    entries.push({
      collection: 'controls',
      id: `${source.id.replace('.', '-')}${round > 0 ? `-r${round + 1}` : ''}`,
      data: {
        title: `${source.label} ${source.title}${round > 0 ? ` (set ${round + 1})` : ''}`,
        domain: source.family,
        responsibility,
        ...(responsibility !== 'customer' ? { providerPart } : {}),
        ...(responsibility !== 'provider' ? { customerPart } : {}),
        services: random.some(1 + random.int(3), layerServices.length).map((s) => layerServices[s]),
        mappings,
        evidence: random.some(1 + random.int(4), n.artefacts, random.skewed).map((a) => artefactIds[a]),
        lastReviewed: date(2025 + random.int(2), 1 + random.int(10), 10),
        owner: `${source.family} team`,
      },
      body: paragraphs(source.statement.map((line) => `- ${line}`).join('\n'), source.guidance),
    });
  }

  const docIds = Array.from({ length: n.docs }, (_, d) => `doc-${d + 1}`);
  docIds.forEach((id, d) => {
    const source = nist[(d * 13) % nist.length]!;
    entries.push({
      collection: 'docs',
      id,
      data: {
        title: `${source.title} (document ${d + 1})`,
        description: `How ${source.family.toLowerCase()} works here.`,
        section: docSections[d % docSections.length],
        order: d,
        services: random.some(random.int(3), n.services).map((s) => serviceIds[s]),
        frameworks: random.some(random.int(3), n.frameworks).map((f) => `framework-${f + 1}`),
      },
      body: paragraphs(`## ${source.title}`, source.guidance, source.statement.map((line) => `- ${line}`).join('\n')),
    });
  });

  for (let s = 0; s < n.scenarios; s++) {
    entries.push({
      collection: 'scenarios',
      id: `scenario-${s + 1}`,
      data: {
        title: `Scenario ${s + 1}`,
        question: `Can you show evidence for requirement set ${s + 1}?`,
        audience: random.some(1 + random.int(2), audiences.length).map((i) => audiences[i]),
        summary: 'When to use this evidence pack.',
        steps: ['Gather the reports.', 'Check their periods.', 'Send the pack.'],
        frameworks: random.some(1 + random.int(3), n.frameworks).map((f) => `framework-${f + 1}`),
        artefacts: random.some(5 + random.int(10), n.artefacts).map((a) => artefactIds[a]),
        docs: random.some(1 + random.int(2), n.docs).map((d) => docIds[d]),
        order: s,
      },
      body: 'How to put the pack together.',
    });
  }

  for (let u = 0; u < n.updates; u++) {
    const kind = updateKinds[u % updateKinds.length];
    // An incident names the services it affected, what customers saw and how it was resolved.
    const incident =
      kind === 'incident'
        ? { services: [serviceIds[u % n.services]], impact: 'Slow pages.', resolution: 'Capacity was added.' }
        : {};
    entries.push({
      collection: 'updates',
      id: `update-${u + 1}`,
      data: {
        title: `Update ${u + 1}`,
        date: date(2024 + (u % 3), 1 + (u % 12), 1 + (u % 28)),
        kind,
        summary: 'What changed.',
        artefacts: random.some(random.int(3), n.artefacts).map((a) => artefactIds[a]),
        frameworks: random.some(random.int(2), n.frameworks).map((f) => `framework-${f + 1}`),
        ...incident,
      },
      body: 'The details of the change.',
    });
  }
  return entries;
}
