import { z } from 'astro/zod';
import { emailSchema, idSchema, strictObject, textSchema, urlSchema } from './shared.ts';

/** A cloud provider whose artefacts and services the trust center relies on. */
export const ProviderSchema = strictObject({
  /** Id used by `publisher` and `operator` fields, such as `microsoft`. */
  id: idSchema,
  /** Display name, such as `Microsoft`. */
  name: textSchema,
  /** The provider's document portal, such as its Service Trust Portal. */
  portal: urlSchema.optional(),
  /** How to get the provider's gated documents from its portal. */
  portalAccess: textSchema.optional(),
});

/** The organisation's settings, from `content/site.yaml`. */
export const SiteSchema = strictObject({
  /** The organisation's name. */
  name: textSchema,
  /** The site's title; defaults to `<name> Trust Center`. */
  title: textSchema.optional(),
  /** One sentence describing the trust center, used in search results and link previews. */
  description: textSchema,
  /**
   * The address the site is published at, such as `https://trust.example.com`, or
   * `https://www.example.com/trust/` under a path: its path is the base of every link the site
   * writes, and every absolute URL (canonical links, sitemap, robots.txt, security.txt, exports)
   * is built on it.
   */
  url: urlSchema,
  /** Language of the content as a BCP 47 tag; `en` by default. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'Expected a language tag such as `en` or `en-GB`.' })
    .default('en'),
  /** Where to send questions and requests. */
  contacts: strictObject({
    /** Address for NDA requests for gated documents. */
    nda: emailSchema,
    /** Address for security reports. */
    security: emailSchema,
    /** Address for privacy and data-protection requests. */
    privacy: emailSchema.optional(),
  }),
  /** How many days ahead an expiring artefact is flagged; 90 by default. */
  reviewHorizonDays: z.number().int().positive().default(90),
  /** How many days after its last review a control is overdue; 365 by default. */
  controlReviewDays: z.number().int().positive().default(365),
  /**
   * How many months after its audit period ends an audit report without `validUntil` is relied on;
   * 12 by default. Past this window the report is stale until a new edition replaces it. An audit
   * report may set its own `reportWindowMonths`.
   */
  reportWindowMonths: z.number().int().positive().default(12),
  /**
   * How many months an audit report's period end, or the last day a bridge letter covers through,
   * is accepted before a bridge letter is needed; 3 by default.
   */
  bridgeAfterMonths: z.number().int().positive().default(3),
  /**
   * How many days before a new subprocessor starts customers are told of it, as the data processing
   * agreement promises; the subprocessors page states it. Not stated by default.
   */
  subprocessorNoticeDays: z.number().int().positive().optional(),
  /** The cloud providers the organisation relies on; none by default. */
  providers: z.array(ProviderSchema).default([]),
  /**
   * Whether the public build includes the `/attention/` pages, the writers' to-do list (expired and
   * expiring artefacts, overdue reviews, evidence gaps), and links to them; false by default, so
   * only the internal build and the build's summary show it.
   */
  publishAttention: z.boolean().default(false),
  /** A notice shown on every page, such as that dates are illustrative. */
  notice: textSchema.optional(),
});

export type SiteInput = z.input<typeof SiteSchema>;
export type Site = z.output<typeof SiteSchema>;
