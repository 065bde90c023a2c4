import { z } from 'astro/zod';
import { draftShape, referenceList, strictObject, textSchema, type ReferenceFactory } from './shared.ts';

/** The groups the security FAQ lists its questions under, in this order. */
export const faqCategories = [
  'compliance',
  'data-protection',
  'access',
  'infrastructure',
  'incidents',
  'application-security',
] as const;
export type FaqCategory = (typeof faqCategories)[number];

/** Builds the schema of a security FAQ question; its answer is the Markdown body. */
export function createFaqSchema(reference: ReferenceFactory) {
  return strictObject({
    /** The question, as a customer's reviewer asks it. */
    question: textSchema,
    /** The group it is listed under. */
    category: z.enum(faqCategories),
    /** Position within its group, lowest first; 100 by default. */
    order: z.number().int().default(100),
    /** Frameworks that back the answer; none by default. */
    frameworks: referenceList(reference, 'frameworks'),
    /** Controls that back the answer; none by default. */
    controls: referenceList(reference, 'controls'),
    /** Artefacts that back the answer; none by default. */
    artefacts: referenceList(reference, 'artefacts'),
    /** Documents that back the answer; none by default. */
    docs: referenceList(reference, 'docs'),
    /** A note for the internal build only, such as who confirmed the answer; never published publicly. */
    internalNote: textSchema.optional(),
    ...draftShape,
  });
}

export type FaqSchema = ReturnType<typeof createFaqSchema>;
export type FaqInput = z.input<FaqSchema>;
export type FaqEntry = z.output<FaqSchema>;
