/**
 * Every label map of the site: the words shown for each value of a field or
 * state, beside its colour so that no state relies on colour alone.
 */
import type { ArtefactType } from '../../schemas/artefacts.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import type { Scenario } from '../../schemas/scenarios.ts';
import type { AccessLevel, Responsibility } from '../../schemas/shared.ts';
import type { Update } from '../../schemas/updates.ts';
import type { EvidenceState, FrameworkStanding, PoolState } from '../graph/evidence-state.ts';
import type { Freshness } from '../graph/freshness.ts';
import type { CoverageState } from '../graph/gaps.ts';

/** Human text for each access level. */
export const accessLabels: Record<AccessLevel, string> = {
  public: 'Public',
  'sign-in': 'Sign-in required',
  nda: 'Under NDA',
};

/** Where an artefact stands on the build date. */
export const freshnessLabels: Record<Freshness, string> = {
  current: 'Current',
  expiring: 'Expiring soon',
  'bridge-needed': 'Bridge letter needed',
  stale: 'Stale',
  expired: 'Expired',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

/** Where an artefact's next edition stands: expected, or overdue once its `nextExpected` date has passed. */
export const editionStateLabels = {
  expected: 'Next edition expected',
  overdue: 'Edition overdue',
} as const;

/** How well a control is evidenced. */
export const evidenceStateLabels: Record<EvidenceState, string> = {
  evidenced: 'Evidenced',
  expiring: 'Evidence expiring',
  'one-side': 'Evidenced on one side only',
  lapsed: 'Evidence expired, stale or superseded only',
  none: 'No evidence',
};

/** A framework's own evidence state. */
export const frameworkEvidenceLabels: Record<PoolState, string> = {
  evidenced: 'Current evidence',
  expiring: 'Evidence expiring',
  lapsed: 'No current evidence',
  none: 'No evidence',
};

/** How a framework's coverage stands as a whole, as its coverage pages head it. */
export const coverageStateLabels: Record<CoverageState, string> = {
  evidenced: 'Current evidence',
  expiring: 'Evidence expiring',
  gaps: 'Gaps in coverage',
  none: 'No evidence',
};

/** Who is responsible for a control. */
export const responsibilityLabels: Record<Responsibility, string> = {
  provider: 'Provider',
  customer: 'Customer',
  shared: 'Shared',
};

export const artefactTypeLabels: Record<ArtefactType, string> = {
  'audit-report': 'Audit report',
  certificate: 'Certificate',
  'attestation-of-compliance': 'Attestation of compliance',
  authorisation: 'Authorisation',
  'bridge-letter': 'Bridge letter',
  baa: 'Business associate agreement',
  'pen-test-summary': 'Penetration test summary',
  policy: 'Policy',
  whitepaper: 'Whitepaper',
  mapping: 'Mapping',
};

export const frameworkKindLabels: Record<Framework['kind'], string> = {
  attestation: 'Attestation',
  certification: 'Certification',
  law: 'Law',
  regulation: 'Regulation',
  'government-authorisation': 'Government authorisation',
  'industry-standard': 'Industry standard',
};

/** Where a framework stands: its status, borne out by its evidence or not. */
export const frameworkStandingLabels: Record<FrameworkStanding, string> = {
  met: 'Met',
  lapsed: 'Lapsed',
  unevidenced: 'Not evidenced',
  'in-progress': 'In progress',
  retired: 'No longer held',
};

/** Who a scenario is for, as the end of a sentence. */
export const audienceLabels: Record<Scenario['audience'][number], string> = {
  customer: 'customers',
  auditor: 'auditors',
  regulator: 'regulators',
  'internal-audit': 'internal audit',
};

export const docSectionLabels: Record<Doc['section'], string> = {
  'data-handling': 'Data handling',
  access: 'Access and authentication',
  operations: 'Operations',
  tools: 'Tools and related portals',
};

export const updateKindLabels: Record<Update['kind'], string> = {
  'report-published': 'Report published',
  'certification-added': 'Certification added',
  'certification-removed': 'Certification removed',
  'policy-change': 'Policy change',
  'service-change': 'Service change',
  'document-updated': 'Document updated',
  incident: 'Incident',
};

/** What each change the content implies, without an update, is called in the feeds. */
export const derivedChangeLabels = {
  'artefact-published': 'Artefact published',
  'artefact-superseded': 'Artefact superseded',
  'artefact-expired': 'Artefact expired',
  'artefact-withdrawn': 'Artefact withdrawn',
  'framework-added': 'Framework added',
  'framework-retired': 'Framework retired',
} as const;

/** The label a requirement is shown with: its own, or its id in capitals (`cc6.1` reads `CC6.1`). */
export function getRequirementLabel(requirement: { id: string; label?: string | undefined }): string {
  return requirement.label ?? requirement.id.toUpperCase();
}
