import { z } from 'astro/zod';
import {
  aliasesSchema,
  draftShape,
  isoDateSchema,
  referenceList,
  responsibilities,
  responsibilitySchema,
  strictObject,
  textSchema,
  evenWithOtherIssues,
  type ReferenceFactory,
} from './shared.ts';

const requirementIdSchema = z.string({ error: 'Expected a requirement id such as `cc6.1`.' }).trim().toLowerCase();

/** Builds the schema of a shared-responsibility control. */
export function createControlSchema(reference: ReferenceFactory) {
  /** A control's link to requirements of one framework. */
  const MappingSchema = strictObject({
    /** The framework, by id. */
    framework: reference('frameworks'),
    /** The requirement ids the control addresses, such as `cc6.1`; none means the framework as a whole. */
    requirements: z.array(requirementIdSchema).default([]),
  });

  return strictObject({
    /** What the control achieves, such as `Multi-factor authentication for all users`. */
    title: textSchema,
    /** Other names people search for, such as `MFA`; none by default. */
    aliases: aliasesSchema,
    /** The area it belongs to, such as `Identity and access`; controls are grouped by it. */
    domain: textSchema,
    /** Who carries it out in its layer: `provider` (its services' operator), `customer` (their user) or `shared`. */
    responsibility: responsibilitySchema,
    /** What the operator of the service does; required for provider and shared controls. */
    providerPart: textSchema.optional(),
    /** What the customer of the service does; required for customer and shared controls. */
    customerPart: textSchema.optional(),
    /** The services it applies to: at least one, all run by one operator, in whose layer the control sits. */
    services: referenceList(reference, 'services'),
    /** The framework requirements it addresses; none by default. */
    mappings: z.array(MappingSchema).default([]),
    /** The artefacts that prove it operates; none by default. */
    evidence: referenceList(reference, 'artefacts'),
    /** The day the control was last reviewed. */
    lastReviewed: isoDateSchema.optional(),
    /** A note for the internal build only, such as a known weakness and its fix; never published publicly. */
    internalNote: textSchema.optional(),
    /** The team that owns the control inside the organisation. */
    owner: textSchema.optional(),
    ...draftShape,
  }).superRefine((control, context) => {
    if (!(responsibilities as readonly unknown[]).includes(control.responsibility)) return;
    const needsProvider = control.responsibility !== 'customer';
    const needsCustomer = control.responsibility !== 'provider';
    const party = `a \`${control.responsibility}\` control`;
    if (needsProvider && !control.providerPart) {
      context.addIssue({
        code: 'custom',
        message:
          `${capitalise(party)} must say what the provider does. ` + `Add \`providerPart: <what the provider does>\`.`,
        path: ['providerPart'],
      });
    }
    if (needsCustomer && !control.customerPart) {
      context.addIssue({
        code: 'custom',
        message:
          `${capitalise(party)} must say what the customer does. ` + `Add \`customerPart: <what the customer does>\`.`,
        path: ['customerPart'],
      });
    }
    if (control.responsibility === 'customer' && control.providerPart) {
      context.addIssue({
        code: 'custom',
        message: 'A `customer` control has no provider part. Remove `providerPart`, or set `responsibility: shared`.',
        path: ['providerPart'],
      });
    }
    if (control.responsibility === 'provider' && control.customerPart) {
      context.addIssue({
        code: 'custom',
        message: 'A `provider` control has no customer part. Remove `customerPart`, or set `responsibility: shared`.',
        path: ['customerPart'],
      });
    }
    const mapped = new Set<string>();
    control.mappings.forEach((mapping, index) => {
      const id = mapping?.framework?.id;
      if (id && mapped.has(id)) {
        context.addIssue({
          code: 'custom',
          message: `The framework \`${id}\` is mapped twice. Merge its requirements into the first mapping.`,
          path: ['mappings', index, 'framework'],
        });
      }
      if (id) mapped.add(id);
    });
  }, evenWithOtherIssues);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type ControlSchema = ReturnType<typeof createControlSchema>;
export type ControlInput = z.input<ControlSchema>;
export type Control = z.output<ControlSchema>;
