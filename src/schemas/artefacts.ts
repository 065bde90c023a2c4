import { z } from 'astro/zod';
import {
  accessLevelSchema,
  aliasesSchema,
  draftShape,
  idSchema,
  partySchema,
  isoDateSchema,
  periodSchema,
  referenceList,
  strictObject,
  textSchema,
  urlSchema,
  evenWithOtherIssues,
  isValidDate,
  type ReferenceFactory,
} from './shared.ts';

/** The kinds of document that serve as evidence. */
export const artefactTypes = [
  'audit-report',
  'certificate',
  'attestation-of-compliance',
  'authorisation',
  'bridge-letter',
  'baa',
  'pen-test-summary',
  'policy',
  'whitepaper',
  'mapping',
  'configuration-export',
  'assessment',
  'questionnaire',
  'legal-agreement',
  'insurance-certificate',
] as const;
export type ArtefactType = (typeof artefactTypes)[number];

/** Types of evidence taken from the organisation's own tenant: settings exports and scored assessments. */
export const tenantEvidenceTypes: readonly ArtefactType[] = ['configuration-export', 'assessment'];

/** The opinions an auditor gives in an audit report, from a clean one to none at all. */
export const auditOpinions = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type AuditOpinion = (typeof auditOpinions)[number];

/**
 * How an audit report treats a subservice organisation: `carved-out` leaves its controls to its own reports,
 * `inclusive` tests them within this report.
 */
export const subserviceMethods = ['carved-out', 'inclusive'] as const;
export type SubserviceMethod = (typeof subserviceMethods)[number];

/** Whether an artefact is the one to use, replaced by a newer one, or taken back. */
export const artefactStatuses = ['current', 'superseded', 'withdrawn'] as const;

/** Types that prove an audit happened and so must name the auditor and issue date. */
const auditedTypes: readonly ArtefactType[] = [
  'audit-report',
  'certificate',
  'attestation-of-compliance',
  'authorisation',
  'bridge-letter',
  'pen-test-summary',
];
/** Types that certify for a fixed time and so must say when they stop being valid. */
const expiringTypes: readonly ArtefactType[] = ['certificate', 'attestation-of-compliance', 'insurance-certificate'];

/** Fields only an audit report carries, each with the value a writer would remove. */
const auditReportFields = ['opinion', 'exceptions', 'subserviceOrganisations', 'cuecs'] as const;
/** Fields only an assessment carries. */
const assessmentFields = ['score', 'scoredOn'] as const;

const filePattern = /^[a-z0-9][a-z0-9._\-/]*\.[a-z0-9]+$/;

/** Builds the schema of an evidence artefact: a report, certificate, letter, policy or paper. */
export function createArtefactSchema(reference: ReferenceFactory) {
  /** A subservice organisation an audit report names: a provider of this site, or another organisation by name. */
  const SubserviceSchema = strictObject({
    /** The provider, by its id in `site.yaml`; give either `provider` or `name`. */
    provider: idSchema.optional(),
    /** The organisation's name, when it is not a provider listed in `site.yaml`; give either `provider` or `name`. */
    name: textSchema.optional(),
    /** How the report treats its controls: `carved-out` (left to its own reports) or `inclusive` (tested here). */
    method: z.enum(subserviceMethods),
    /** The provider's own reports on this site that cover its controls, by id; none by default. */
    reports: referenceList(reference, 'artefacts'),
  }).refine((organisation) => (organisation.provider === undefined) !== (organisation.name === undefined), {
    error: 'Name the subservice organisation once: `provider: <id in site.yaml>`, or `name: <its name>` otherwise.',
  });

  return strictObject({
    /** Full name, such as `Microsoft 365 SOC 2 Type II report`. */
    title: textSchema,
    /** Other names people search for; none by default. */
    aliases: aliasesSchema,
    /** What kind of document it is. */
    type: z.enum(artefactTypes),
    /** Who published it: `organisation`, or the id of a provider listed in `site.yaml`. */
    publisher: partySchema,
    /**
     * The auditor or certification body that issued it, or the insurer of an insurance certificate; required for
     * audited types except bridge letters, which the publisher writes, and for insurance certificates.
     */
    issuer: textSchema.optional(),
    /** One or two sentences on what it covers. */
    summary: textSchema,
    /** The frameworks it is evidence for; none by default. */
    frameworks: referenceList(reference, 'frameworks'),
    /** The services in its scope; none by default. */
    services: referenceList(reference, 'services'),
    /** The period the auditor examined; required for audit reports. */
    auditPeriod: periodSchema.optional(),
    /** The day it was issued or published, or a configuration export taken; required for audited types and exports. */
    issued: isoDateSchema.optional(),
    /** The last day it is valid; required for certificates, attestations of compliance and insurance certificates. */
    validUntil: isoDateSchema.optional(),
    /**
     * When the next edition is expected, such as the next annual report; once it passes with no newer
     * edition, the edition is overdue.
     */
    nextExpected: isoDateSchema.optional(),
    /**
     * For an audit report without `validUntil`: how many months after its period ends it is relied on,
     * overriding `reportWindowMonths` in `site.yaml` (12 by default).
     */
    reportWindowMonths: z.number().int().positive().optional(),
    /** For a bridge letter: the audit reports it bridges, by id; required for bridge letters. */
    bridges: referenceList(reference, 'artefacts'),
    /**
     * For a bridge letter: the last day it covers, after the bridged reports' period ends; required for
     * bridge letters.
     */
    coversThrough: isoDateSchema.optional(),
    /**
     * For an audit report: the auditor's opinion, `unqualified`, `qualified`, `adverse` or `disclaimer`; shown only
     * where the report itself may be read.
     */
    opinion: z.enum(auditOpinions).optional(),
    /** For an audit report: how many exceptions the auditor noted; shown only where the report itself may be read. */
    exceptions: z
      .number({ error: 'Expected a whole number of exceptions, such as `2`, or `0` for none.' })
      .int({ error: 'Expected a whole number of exceptions, such as `2`, or `0` for none.' })
      .min(0, { error: 'Expected a whole number of exceptions, such as `2`, or `0` for none.' })
      .optional(),
    /** For an audit report: the subservice organisations it names, each carved out or included; none by default. */
    subserviceOrganisations: z.array(SubserviceSchema).default([]),
    /**
     * For an audit report: its complementary user entity controls, the customer's controls it relies on, by id;
     * none by default.
     */
    cuecs: referenceList(reference, 'controls'),
    /** For an assessment: its score as a percentage from 0 to 100; shown only where the assessment may be read. */
    score: z
      .number({ error: 'Expected a score from 0 to 100, such as `78`.' })
      .min(0, { error: 'Expected a score from 0 to 100, such as `78`.' })
      .max(100, { error: 'Expected a score from 0 to 100, such as `78`.' })
      .optional(),
    /** For an assessment: the day its score was taken; required with a score. */
    scoredOn: isoDateSchema.optional(),
    /** Who may read it: `public`, `sign-in` or `nda`. */
    access: accessLevelSchema,
    /** How to obtain it when gated, such as the role needed to sign in. */
    accessNote: textSchema.optional(),
    /** A note for the internal build only, such as the exceptions the auditor raised; never published publicly. */
    internalNote: textSchema.optional(),
    /** Where it is published: a download or portal page. */
    source: urlSchema.optional(),
    /** A file under `content/files/`, such as `soc-2-2025.pdf`, published with public artefacts only. */
    file: z
      .string()
      .regex(filePattern, { error: 'Expected a file name under `content/files/`, such as `soc-2-2025.pdf`.' })
      .optional(),
    /** Whether it is the one to use; `current` by default. */
    status: z.enum(artefactStatuses).default('current'),
    /** The day it was withdrawn, with `status: withdrawn`; the feeds date the withdrawal by it. */
    withdrawn: isoDateSchema.optional(),
    /** The older artefact this one replaces. */
    supersedes: reference('artefacts').optional(),
    /** The newer artefact that replaces this one; required when the status is `superseded`. */
    supersededBy: reference('artefacts').optional(),
    ...draftShape,
  }).superRefine((artefact, context) => {
    const requireField = (field: string, present: boolean, why: string, fix: string) => {
      if (!present) context.addIssue({ code: 'custom', message: `${why} ${fix}`, path: [field] });
    };
    const typeName = `\`${artefact.type}\``;
    if (auditedTypes.includes(artefact.type)) {
      requireField(
        'issued',
        artefact.issued !== undefined,
        `An artefact of type ${typeName} needs its issue date.`,
        'Add `issued: YYYY-MM-DD`.',
      );
    }
    if (auditedTypes.includes(artefact.type) && artefact.type !== 'bridge-letter') {
      requireField(
        'issuer',
        artefact.issuer !== undefined,
        `An artefact of type ${typeName} needs the auditor or body that issued it.`,
        'Add `issuer: <name of the auditor>`.',
      );
    }
    if (artefact.type === 'audit-report') {
      requireField(
        'auditPeriod',
        artefact.auditPeriod !== undefined,
        'An audit report needs the period the auditor examined.',
        'Add `auditPeriod:` with `start: YYYY-MM-DD` and `end: YYYY-MM-DD`.',
      );
    }
    if (artefact.type === 'bridge-letter') {
      requireField(
        'bridges',
        artefact.bridges.length > 0,
        'A bridge letter needs the audit reports it bridges.',
        'Add `bridges: [<id of the audit report>]`.',
      );
      requireField(
        'coversThrough',
        artefact.coversThrough !== undefined,
        'A bridge letter needs the last day it covers.',
        'Add `coversThrough: YYYY-MM-DD`.',
      );
    } else {
      for (const field of ['bridges', 'coversThrough'] as const) {
        if (field === 'bridges' ? artefact.bridges.length === 0 : artefact.coversThrough === undefined) continue;
        context.addIssue({
          code: 'custom',
          message:
            `Only a bridge letter names \`${field}\`, and this artefact is of type ${typeName}. ` +
            `Remove \`${field}\`, or set \`type: bridge-letter\`.`,
          path: [field],
        });
      }
    }
    const onlyOn = (fields: readonly (keyof typeof artefact)[], type: ArtefactType, name: string) => {
      if (artefact.type === type) return;
      for (const field of fields) {
        const value = artefact[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        context.addIssue({
          code: 'custom',
          message:
            `Only ${name} carries \`${field}\`, and this artefact is of type ${typeName}. ` +
            `Remove \`${field}\`, or set \`type: ${type}\`.`,
          path: [field],
        });
      }
    };
    onlyOn(auditReportFields, 'audit-report', 'an audit report');
    onlyOn(assessmentFields, 'assessment', 'an assessment');
    if (artefact.type === 'assessment' && artefact.score !== undefined) {
      requireField(
        'scoredOn',
        artefact.scoredOn !== undefined,
        'A score needs the day it was taken.',
        'Add `scoredOn: YYYY-MM-DD`.',
      );
    }
    if (artefact.type === 'assessment' && artefact.scoredOn !== undefined) {
      requireField(
        'score',
        artefact.score !== undefined,
        '`scoredOn` dates a score, and this assessment has none.',
        'Add `score:` with a number from 0 to 100, or remove `scoredOn`.',
      );
    }
    if (artefact.type === 'configuration-export') {
      requireField(
        'issued',
        artefact.issued !== undefined,
        'A configuration export needs the day it was taken.',
        'Add `issued: YYYY-MM-DD`.',
      );
    }
    if (artefact.type === 'insurance-certificate') {
      requireField(
        'issuer',
        artefact.issuer !== undefined,
        'An insurance certificate needs the insurer that issued it.',
        'Add `issuer: <name of the insurer>`.',
      );
    }
    if (artefact.reportWindowMonths !== undefined && artefact.type !== 'audit-report') {
      context.addIssue({
        code: 'custom',
        message:
          'Only an audit report is relied on for a window after its period, ' +
          `and this artefact is of type ${typeName}. Remove \`reportWindowMonths\`.`,
        path: ['reportWindowMonths'],
      });
    }
    if (expiringTypes.includes(artefact.type)) {
      requireField(
        'validUntil',
        artefact.validUntil !== undefined,
        `An artefact of type ${typeName} needs the last day it is valid.`,
        'Add `validUntil: YYYY-MM-DD`.',
      );
    }
    if (artefact.status === 'superseded') {
      requireField(
        'supersededBy',
        artefact.supersededBy !== undefined,
        'A superseded artefact must name its successor.',
        'Add `supersededBy: <id of the newer artefact>`, or set `status` to `current` or `withdrawn`.',
      );
    }
    if (artefact.withdrawn && artefact.status !== 'withdrawn') {
      context.addIssue({
        code: 'custom',
        message:
          `This artefact names the day it was withdrawn but its status is \`${artefact.status}\`. Set ` +
          '`status: withdrawn`, or remove `withdrawn`.',
        path: ['withdrawn'],
      });
    }
    if (artefact.supersededBy && artefact.status !== 'superseded') {
      context.addIssue({
        code: 'custom',
        message:
          `This artefact names a successor but its status is \`${artefact.status}\`. Set ` +
          `\`status: superseded\`, or remove \`supersededBy\`.`,
        path: ['status'],
      });
    }
    if (isValidDate(artefact.issued) && isValidDate(artefact.validUntil) && artefact.validUntil <= artefact.issued) {
      context.addIssue({
        code: 'custom',
        message:
          `\`validUntil\` (\`${artefact.validUntil}\`) is not after \`issued\` (\`${artefact.issued}\`). ` +
          `An artefact must be valid for some time after it is issued; correct one of the two dates.`,
        path: ['validUntil'],
      });
    }
    if (
      isValidDate(artefact.issued) &&
      isValidDate(artefact.nextExpected) &&
      artefact.nextExpected <= artefact.issued
    ) {
      context.addIssue({
        code: 'custom',
        message:
          `\`nextExpected\` (\`${artefact.nextExpected}\`) is not after \`issued\` (\`${artefact.issued}\`). ` +
          `The next edition comes after this one; correct one of the two dates, or remove \`nextExpected\`.`,
        path: ['nextExpected'],
      });
    }
    if (
      isValidDate(artefact.issued) &&
      isValidDate(artefact.auditPeriod?.end) &&
      artefact.issued < artefact.auditPeriod.end
    ) {
      context.addIssue({
        code: 'custom',
        message:
          `\`issued\` (\`${artefact.issued}\`) comes before the audit period ends ` +
          `(\`${artefact.auditPeriod.end}\`). A report is issued after the period it covers; correct one of the ` +
          `two dates.`,
        path: ['issued'],
      });
    }
  }, evenWithOtherIssues);
}

export type ArtefactSchema = ReturnType<typeof createArtefactSchema>;
export type ArtefactInput = z.input<ArtefactSchema>;
export type Artefact = z.output<ArtefactSchema>;
