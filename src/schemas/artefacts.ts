import { z } from 'astro/zod';
import {
  accessLevelSchema,
  aliasesSchema,
  idSchema,
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
] as const;
export type ArtefactType = (typeof artefactTypes)[number];

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
const expiringTypes: readonly ArtefactType[] = ['certificate', 'attestation-of-compliance'];

const filePattern = /^[a-z0-9][a-z0-9._\-/]*\.[a-z0-9]+$/;

/** Builds the schema of an evidence artefact: a report, certificate, letter, policy or paper. */
export function createArtefactSchema(reference: ReferenceFactory) {
  return strictObject({
    /** Full name, such as `Microsoft 365 SOC 2 Type II report`. */
    title: textSchema,
    /** Other names people search for; none by default. */
    aliases: aliasesSchema,
    /** What kind of document it is. */
    type: z.enum(artefactTypes),
    /** Who published it: `organisation`, or the id of a provider listed in `site.yaml`. */
    publisher: idSchema,
    /**
     * The auditor or certification body that issued it; required for audited types except bridge letters, which the
     * publisher writes.
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
    /** The day it was issued or published; required for audited types. */
    issued: isoDateSchema.optional(),
    /** The last day it is valid; required for certificates and attestations of compliance. */
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
