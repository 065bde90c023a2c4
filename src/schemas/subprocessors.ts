import { z } from 'astro/zod';
import {
  aliasesSchema,
  draftShape,
  evenWithOtherIssues,
  isoDateSchema,
  isValidDate,
  referenceList,
  strictObject,
  textSchema,
  urlSchema,
  type ReferenceFactory,
} from './shared.ts';

/**
 * The legal grounds for sending personal data to a country without the same protection: an adequacy
 * decision, the EU standard contractual clauses, the UK addendum to them, the EU-US Data Privacy
 * Framework, binding corporate rules, or none needed when the data stays where it is protected alike.
 */
export const transferMechanisms = ['adequacy', 'sccs', 'uk-addendum', 'dpf', 'bcrs', 'none'] as const;
export type TransferMechanism = (typeof transferMechanisms)[number];

/** Builds the schema of a subprocessor: a company that processes customer data on the organisation's behalf. */
export function createSubprocessorSchema(reference: ReferenceFactory) {
  return strictObject({
    /** The name it trades under, such as `Microsoft`. */
    name: textSchema,
    /** Other names people search for; none by default. */
    aliases: aliasesSchema,
    /** The company the contract is with, such as `Microsoft Ireland Operations Limited`. */
    legalEntity: textSchema,
    /** What it does for the organisation, in a sentence, such as `Cloud hosting`. */
    purpose: textSchema,
    /** The categories of customer data it processes, such as `Contact details`; at least one. */
    dataCategories: z
      .array(textSchema)
      .min(1, { error: 'List at least one category of data, such as `Contact details`.' }),
    /** The countries or regions where it processes the data, such as `European Union`; at least one. */
    locations: z.array(textSchema).min(1, { error: 'List at least one country or region, such as `European Union`.' }),
    /** The transfer mechanisms the contract relies on (`adequacy`, `sccs`, `uk-addendum`, `dpf`, `bcrs`, `none`). */
    transferMechanisms: z
      .array(z.enum(transferMechanisms))
      .min(1, { error: 'List at least one transfer mechanism, or `none` when no data leaves where it is protected.' }),
    /** The services in scope through which it receives customer data; none by default. */
    services: referenceList(reference, 'services'),
    /** Its own website. */
    website: urlSchema.optional(),
    /** The day it started processing customer data; the change is dated from it. */
    since: isoDateSchema,
    /** The day it stopped, once removed; a current subprocessor has none. */
    until: isoDateSchema.optional(),
    /** A note for the internal build only, such as the contract's owner; never published publicly. */
    internalNote: textSchema.optional(),
    ...draftShape,
  }).superRefine((subprocessor, context) => {
    const { since, until, transferMechanisms: mechanisms } = subprocessor;
    if (isValidDate(since) && isValidDate(until) && until <= since) {
      context.addIssue({
        code: 'custom',
        message: `\`until\` (\`${until}\`) is not after \`since\` (\`${since}\`). Correct one of the two dates.`,
        path: ['until'],
      });
    }
    if (Array.isArray(mechanisms) && mechanisms.includes('none') && mechanisms.length > 1) {
      context.addIssue({
        code: 'custom',
        message:
          '`none` says no transfer mechanism is needed, but others are listed beside it. Remove `none`, or the others.',
        path: ['transferMechanisms'],
      });
    }
  }, evenWithOtherIssues);
}

export type SubprocessorSchema = ReturnType<typeof createSubprocessorSchema>;
export type SubprocessorInput = z.input<SubprocessorSchema>;
export type Subprocessor = z.output<SubprocessorSchema>;
