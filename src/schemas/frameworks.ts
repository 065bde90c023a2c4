import { z } from 'astro/zod';
import { draftShape, aliasesSchema, isoDateSchema, strictObject, textSchema, urlSchema } from './shared.ts';

/** What kind of obligation a framework is. */
export const frameworkKinds = [
  'attestation',
  'certification',
  'law',
  'regulation',
  'government-authorisation',
  'industry-standard',
] as const;

/** Whether the organisation meets a framework now, is working towards it, or has dropped it. */
export const frameworkStatuses = ['active', 'in-progress', 'retired'] as const;

/** Who holds the certification or attestation: the organisation, its cloud provider, or both. */
export const frameworkHolders = ['organisation', 'provider', 'both'] as const;

const requirementIdPattern = /^[a-z0-9]+(?:[.\-_][a-z0-9]+)*$/;

/** One requirement of a framework, which controls map to. */
export const RequirementSchema = strictObject({
  /** Stable id, lowercase, as the framework numbers it: `cc6.1`, `a.5.15`, `ac-2.1`. */
  id: z.string({ error: 'Expected a requirement id such as `cc6.1`.' }).regex(requirementIdPattern, {
    error:
      'Expected a requirement id such as `cc6.1` or `ac-2.1`: lowercase letters and digits joined by `.`, `-` or `_`.',
  }),
  /** The label as the framework prints it (`CC6.1`, `AC-2(1)`); defaults to the id in capitals. */
  label: textSchema.optional(),
  /** Short title of the requirement. */
  title: textSchema,
  /** Optional longer text: what the requirement asks for. */
  description: textSchema.optional(),
});

/** A certification, attestation, law, regulation or government authorisation the organisation meets. */
export const FrameworkSchema = strictObject({
  /** Full name, such as `SOC 2 Type II`. */
  title: textSchema,
  /** Short name shown in lists and badges, such as `SOC 2`; defaults to the title. */
  shortName: textSchema.optional(),
  /** Other names people search for, such as `SOC2`; none by default. */
  aliases: aliasesSchema,
  /** What kind of obligation this is. */
  kind: z.enum(frameworkKinds),
  /** The body that owns the framework, such as `AICPA` or `ISO/IEC`. */
  authority: textSchema,
  /** Where it applies: `Global`, or countries and regions such as `United States`, `EU`. */
  jurisdictions: z.array(textSchema).min(1, { error: 'List at least one jurisdiction, or `Global`.' }),
  /** Industries it matters to, such as `Healthcare`; none by default. */
  industries: z.array(textSchema).default([]),
  /** One or two sentences on what the framework is and what meeting it means. */
  summary: textSchema,
  /** Who holds the certification or attestation; `organisation` by default. */
  holder: z.enum(frameworkHolders).default('organisation'),
  /** Whether it is met now; `active` by default. */
  status: z.enum(frameworkStatuses).default('active'),
  /** The day the organisation first met it, if known. */
  since: isoDateSchema.optional(),
  /** The day it stopped being met; required when the status is `retired`. */
  until: isoDateSchema.optional(),
  /** The framework owner's official page. */
  website: urlSchema.optional(),
  /**
   * The OSCAL catalog or profile the requirements come from, by address, such as NIST's published
   * Moderate baseline: the requirement ids are its control ids, so the OSCAL component definition
   * gives the framework's controls against it; none by default.
   */
  oscalSource: urlSchema.optional(),
  /** The requirements controls map to; when listed, every mapping is checked against them. */
  requirements: z.array(RequirementSchema).default([]),
  ...draftShape,
})
  .refine((framework) => framework.status !== 'retired' || framework.until !== undefined, {
    error:
      'A retired framework needs the day it stopped being met. Add `until: YYYY-MM-DD`, or set `status` to `active`.',
    path: ['until'],
  })
  .refine((framework) => !framework.since || !framework.until || framework.since < framework.until, {
    error: (issue) => {
      const { since, until } = issue.input as { since: string; until: string };
      return `\`until\` (\`${until}\`) is not after \`since\` (\`${since}\`). Correct one of the two dates.`;
    },
    path: ['until'],
  })
  .superRefine((framework, context) => {
    const seen = new Set<string>();
    framework.requirements.forEach((requirement, index) => {
      if (seen.has(requirement.id)) {
        context.addIssue({
          code: 'custom',
          message: `The requirement id \`${requirement.id}\` is listed twice. Give each requirement its own id.`,
          path: ['requirements', index, 'id'],
        });
      }
      seen.add(requirement.id);
      // OSCAL control ids are tokens, which start with a letter.
      if (framework.oscalSource && !/^[a-z]/.test(requirement.id)) {
        context.addIssue({
          code: 'custom',
          message:
            `\`oscalSource\` makes the requirement ids OSCAL control ids, which start with a letter, and ` +
            `\`${requirement.id}\` does not. ` +
            `Use the catalog's control id, such as \`ac-2\`, or remove \`oscalSource\`.`,
          path: ['requirements', index, 'id'],
        });
      }
    });
  });

export type FrameworkInput = z.input<typeof FrameworkSchema>;
export type Framework = z.output<typeof FrameworkSchema>;
export type Requirement = z.output<typeof RequirementSchema>;
