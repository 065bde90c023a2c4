/**
 * Every label map of the site: the words shown for each value of a field or
 * state, beside its colour so that no state relies on colour alone.
 */
import type { ArtefactType, AuditOpinion, SubserviceMethod } from '../../schemas/artefacts.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { FaqCategory } from '../../schemas/faq.ts';
import type { Framework } from '../../schemas/frameworks.ts';
import type { Scenario } from '../../schemas/scenarios.ts';
import type { AccessLevel, Responsibility } from '../../schemas/shared.ts';
import type { TransferMechanism } from '../../schemas/subprocessors.ts';
import type { Update } from '../../schemas/updates.ts';
import type { EvidenceState, FrameworkStanding, PoolState } from '../graph/evidence-state.ts';
import type { Freshness } from '../graph/freshness.ts';
import type { CoverageState } from '../graph/gaps.ts';
import type { SubprocessorStanding } from '../subprocessors/standing.ts';
import type { ResponsibilityLayer } from '../responsibility/layers.ts';

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
  expiring: 'Evidence due for renewal',
  'one-side': 'Evidenced on one side only',
  lapsed: 'Evidence expired, stale or superseded only',
  none: 'No evidence',
};

/** A framework's own evidence state. */
export const frameworkEvidenceLabels: Record<PoolState, string> = {
  evidenced: 'Current evidence',
  expiring: 'Evidence due for renewal',
  lapsed: 'No current evidence',
  none: 'No evidence',
};

/** How a framework's coverage stands as a whole, as its coverage pages head it. */
export const coverageStateLabels: Record<CoverageState, string> = {
  evidenced: 'Current evidence',
  expiring: 'Evidence due for renewal',
  gaps: 'Gaps in coverage',
  none: 'No evidence',
};

/**
 * Who carries out a control, by name, in the layer it sits in: the party alone
 * (`Microsoft`, `Kestrel Ledger`, `Customers of Kestrel Ledger`) or both, as the
 * layer is named (`Microsoft · Kestrel Ledger`, `Kestrel Ledger · its customers`).
 * A bare "provider" or "customer" would name other parties from layer to layer.
 */
export function getResponsibilityLabel(layer: ResponsibilityLayer, responsibility: Responsibility): string {
  if (responsibility === 'provider') return layer.provider;
  return responsibility === 'customer' ? layer.customer : layer.title;
}

/** What each party's column of the matrix says it does: `Microsoft does`, `Customers of Kestrel Ledger do`. */
export function getPartDoesLabel(layer: ResponsibilityLayer, party: 'provider' | 'customer'): string {
  return party === 'provider'
    ? `${layer.provider} does`
    : `${layer.customer} ${layer.operator === 'organisation' ? 'do' : 'does'}`;
}

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
  'configuration-export': 'Configuration export',
  assessment: 'Assessment',
  questionnaire: 'Questionnaire',
  'legal-agreement': 'Legal agreement',
  'insurance-certificate': 'Insurance certificate',
};

/** The auditor's opinion in an audit report. */
export const opinionLabels: Record<AuditOpinion, string> = {
  unqualified: 'Unqualified opinion',
  qualified: 'Qualified opinion',
  adverse: 'Adverse opinion',
  disclaimer: 'Disclaimer of opinion',
};

/** How an audit report treats a subservice organisation's controls. */
export const subserviceMethodLabels: Record<SubserviceMethod, string> = {
  'carved-out': 'Carved out: its controls are left to its own reports',
  inclusive: 'Inclusive: its controls are tested in this report',
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
  stale: 'Evidence stale',
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

/** The legal ground a subprocessor's transfers rely on. */
export const transferMechanismLabels: Record<TransferMechanism, string> = {
  adequacy: 'Adequacy decision',
  sccs: 'EU standard contractual clauses',
  'uk-addendum': 'UK addendum to the standard contractual clauses',
  dpf: 'EU-US Data Privacy Framework',
  bcrs: 'Binding corporate rules',
  none: 'None needed',
};

/** Where a subprocessor stands on the build date. */
export const subprocessorStandingLabels: Record<SubprocessorStanding, string> = {
  planned: 'Planned',
  current: 'Current',
  removed: 'Removed',
};

/** The groups of the security FAQ. */
export const faqCategoryLabels: Record<FaqCategory, string> = {
  compliance: 'Compliance and audits',
  'data-protection': 'Data protection and privacy',
  access: 'Access and authentication',
  infrastructure: 'Infrastructure and hosting',
  incidents: 'Incidents and continuity',
  'application-security': 'Application security',
};
/** What each change the content implies, without an update, is called in the feeds. */
export const derivedChangeLabels = {
  'artefact-published': 'Artefact published',
  'artefact-superseded': 'Artefact superseded',
  'artefact-expired': 'Artefact expired',
  'artefact-withdrawn': 'Artefact withdrawn',
  'framework-added': 'Framework added',
  'framework-retired': 'Framework retired',
  'subprocessor-added': 'Subprocessor added',
  'subprocessor-removed': 'Subprocessor removed',
} as const;

/** The label a requirement is shown with: its own, or its id in capitals (`cc6.1` reads `CC6.1`). */
export function getRequirementLabel(requirement: { id: string; label?: string | undefined }): string {
  return requirement.label ?? requirement.id.toUpperCase();
}
