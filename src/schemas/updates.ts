import { z } from 'astro/zod';
import {
  evenWithOtherIssues,
  isoDateSchema,
  isValidDate,
  referenceList,
  strictObject,
  textSchema,
  type ReferenceFactory,
  draftShape,
} from './shared.ts';

/** What an update announces. */
export const updateKinds = [
  'report-published',
  'certification-added',
  'certification-removed',
  'policy-change',
  'service-change',
  'document-updated',
  'incident',
] as const;

/** The fields only an incident has, each with what to write in it. */
const incidentFields = {
  impact: 'Add `impact:` with what customers saw or could not do.',
  resolution: 'Add `resolution:` with what was done to restore service and to prevent it happening again.',
  resolved: undefined,
} as const;

/** Builds the schema of a dated notice about the trust center. */
export function createUpdateSchema(reference: ReferenceFactory) {
  return strictObject({
    /** Headline of the notice. */
    title: textSchema,
    /** The day it was announced; for an incident, the day it began. */
    date: isoDateSchema,
    /** What it announces. */
    kind: z.enum(updateKinds),
    /** One or two sentences on what changed. */
    summary: textSchema,
    /** Frameworks it affects; none by default. */
    frameworks: referenceList(reference, 'frameworks'),
    /** Artefacts it affects; none by default. */
    artefacts: referenceList(reference, 'artefacts'),
    /** Controls it affects; none by default. */
    controls: referenceList(reference, 'controls'),
    /** Services it affects; for an incident, the services affected, at least one. None by default. */
    services: referenceList(reference, 'services'),
    /** Documents it affects; none by default. */
    docs: referenceList(reference, 'docs'),
    /** For an incident, and required for one: what customers saw or could not do, and for how long. */
    impact: textSchema.optional(),
    /** For an incident, and required for one: what was done to restore service and to prevent a repeat. */
    resolution: textSchema.optional(),
    /** For an incident: the day service was fully restored, on or after `date`; unset while it is open. */
    resolved: isoDateSchema.optional(),
    ...draftShape,
  }).superRefine((update, context) => {
    const incident = update.kind === 'incident';
    for (const [field, fix] of Object.entries(incidentFields)) {
      const present = update[field as keyof typeof incidentFields] !== undefined;
      if (incident && fix && !present) {
        context.addIssue({ code: 'custom', message: `An incident needs \`${field}\`. ${fix}`, path: [field] });
      }
      if (!incident && present) {
        context.addIssue({
          code: 'custom',
          message:
            `Only an incident names \`${field}\`, and this update is of kind \`${update.kind}\`. ` +
            `Remove \`${field}\`, or set \`kind: incident\`.`,
          path: [field],
        });
      }
    }
    if (incident && Array.isArray(update.services) && update.services.length === 0) {
      context.addIssue({
        code: 'custom',
        message: 'An incident names the services it affected. Add `services: [<id of the service>]`.',
        path: ['services'],
      });
    }
    if (isValidDate(update.resolved) && isValidDate(update.date) && update.resolved < update.date) {
      context.addIssue({
        code: 'custom',
        message:
          `\`resolved\` (\`${update.resolved}\`) is before \`date\` (\`${update.date}\`), the day the incident ` +
          'began. Correct one of the two dates.',
        path: ['resolved'],
      });
    }
  }, evenWithOtherIssues);
}

export type UpdateSchema = ReturnType<typeof createUpdateSchema>;
export type UpdateInput = z.input<UpdateSchema>;
export type Update = z.output<UpdateSchema>;
