import { z } from 'astro/zod';
import { draftShape, aliasesSchema, partySchema, strictObject, textSchema, urlSchema } from './shared.ts';

/** Where a service stores customer data in one geography. */
export const DataLocationSchema = strictObject({
  /** The geography, such as `European Union` or `United States`. */
  geography: textSchema,
  /** Datacentre regions or countries within it; none by default. */
  regions: z.array(textSchema).default([]),
  /** Optional note, such as a residency commitment or its condition. */
  note: textSchema.optional(),
});

/** A service in scope of the trust center: a provider's cloud service or the organisation's own product. */
export const ServiceSchema = strictObject({
  /** The service's name, such as `Microsoft 365`. */
  title: textSchema,
  /** Other names people search for; none by default. */
  aliases: aliasesSchema,
  /** Who runs it: `organisation`, or the id of a provider listed in `site.yaml`; it decides its controls' layer. */
  operator: partySchema,
  /** What the service does for the organisation or its customers. */
  summary: textSchema,
  /** Where customer data is stored; none listed by default. */
  dataLocations: z.array(DataLocationSchema).default([]),
  /** The service's own page. */
  website: urlSchema.optional(),
  /** The service-level agreement page with its uptime commitment. */
  sla: urlSchema.optional(),
  /** The service's own status page, with its live availability and current incidents; none by default. */
  status: urlSchema.optional(),
  ...draftShape,
});

export type ServiceInput = z.input<typeof ServiceSchema>;
export type Service = z.output<typeof ServiceSchema>;
