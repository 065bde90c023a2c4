import { z } from 'astro/zod';
import { draftShape, isoDateSchema, referenceList, strictObject, textSchema, type ReferenceFactory } from './shared.ts';

/** The groups documents are listed under. */
export const docSections = ['data-handling', 'access', 'operations', 'tools'] as const;

/** Builds the schema of an operational document, such as incident notification. */
export function createDocSchema(reference: ReferenceFactory) {
  return strictObject({
    /** Page title. */
    title: textSchema,
    /** One sentence shown in lists and search results. */
    description: textSchema,
    /** The group it is listed under; `operations` by default. */
    section: z.enum(docSections).default('operations'),
    /** Position within its group, lowest first; 100 by default. */
    order: z.number().int().default(100),
    /** Services it is about; none by default. */
    services: referenceList(reference, 'services'),
    /** Frameworks it is about; none by default. */
    frameworks: referenceList(reference, 'frameworks'),
    /**
     * The team that answers for what the document promises; none by default. A document with an
     * owner or a review date is reviewed every `controlReviewDays`, like a control.
     */
    owner: textSchema.optional(),
    /** The day its commitments were last confirmed; not reviewed yet by default. */
    lastReviewed: isoDateSchema.optional(),
    ...draftShape,
  });
}

export type DocSchema = ReturnType<typeof createDocSchema>;
export type DocInput = z.input<DocSchema>;
export type Doc = z.output<DocSchema>;
