import { z } from 'astro/zod';
import { draftShape, referenceList, strictObject, textSchema, type ReferenceFactory } from './shared.ts';

/** Who a scenario is written for. */
export const audiences = ['customer', 'auditor', 'regulator', 'internal-audit'] as const;

/** Builds the schema of a scenario: a situation and the evidence pack that answers it. */
export function createScenarioSchema(reference: ReferenceFactory) {
  return strictObject({
    /** The situation, such as `Customer due diligence`. */
    title: textSchema,
    /** The question that starts it, in the asker's words. */
    question: textSchema,
    /** Who it is for; at least one audience. */
    audience: z.array(z.enum(audiences)).min(1, { error: 'List at least one audience, such as `customer`.' }),
    /** One or two sentences on when to use it. */
    summary: textSchema,
    /** The steps to follow, in order. */
    steps: z.array(textSchema).min(1, { error: 'List at least one step.' }),
    /** The frameworks the scenario is about; none by default. */
    frameworks: referenceList(reference, 'frameworks'),
    /** The artefacts to gather, the provider's and the organisation's own; none by default. */
    artefacts: referenceList(reference, 'artefacts'),
    /** The documents to read or hand over; none by default. */
    docs: referenceList(reference, 'docs'),
    /** Position in lists, lowest first; 100 by default. */
    order: z.number().int().default(100),
    ...draftShape,
  });
}

export type ScenarioSchema = ReturnType<typeof createScenarioSchema>;
export type ScenarioInput = z.input<ScenarioSchema>;
export type Scenario = z.output<ScenarioSchema>;
