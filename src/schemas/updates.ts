import { z } from 'astro/zod';
import { isoDateSchema, referenceList, strictObject, textSchema, type ReferenceFactory } from './shared.ts';

/** What an update announces. */
export const updateKinds = [
  'report-published',
  'certification-added',
  'certification-removed',
  'policy-change',
  'service-change',
  'document-updated',
] as const;

/** Builds the schema of a dated notice about the trust center. */
export function createUpdateSchema(reference: ReferenceFactory) {
  return strictObject({
    /** Headline of the notice. */
    title: textSchema,
    /** The day it was announced. */
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
    /** Services it affects; none by default. */
    services: referenceList(reference, 'services'),
    /** Documents it affects; none by default. */
    docs: referenceList(reference, 'docs'),
  });
}

export type UpdateSchema = ReturnType<typeof createUpdateSchema>;
export type UpdateInput = z.input<UpdateSchema>;
export type Update = z.output<UpdateSchema>;
