import { z } from 'astro/zod';
import { getRepositoryHost, repositoryPlaceholders } from '../lib/history/repository.ts';
import { describeAccentProblem } from '../lib/brand/accent.ts';
import { hexColourPattern } from '../lib/brand/colour.ts';
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

/** The placeholder a request form's address template holds, replaced by the artefact's id. */
export const requestIdPlaceholder = '{id}';

/**
 * Where a reader asks for a gated artefact: an email address, to which a message with the artefact's
 * title and id is addressed, or the address of the organisation's own form or NDA click-through.
 */
export const RequestActionSchema = strictObject({
  /** An email address; the message is written for the reader, naming the artefact and asking for their company. */
  email: emailSchema.optional(),
  /**
   * The address of a request form or NDA click-through, with `{id}` where the artefact's id goes, such as
   * `https://forms.example/nda?document={id}`.
   */
  url: z
    .string({ error: 'Expected an address such as `https://forms.example/nda?document={id}`.' })
    .superRefine((template, context) => {
      const fix = 'Write it as `https://forms.example/nda?document={id}`.';
      const others = [...template.matchAll(/\{[^}]*\}/g)].map(([match]) => match).filter((m) => m !== '{id}');
      const message = !template.includes(requestIdPlaceholder)
        ? `It has no \`{id}\`, so every request would look the same. Put \`{id}\` where the artefact's id goes. ${fix}`
        : others.length > 0
          ? `\`${others[0]}\` is not a placeholder; only \`{id}\` is replaced. ${fix}`
          : !urlSchema.safeParse(template.replaceAll(requestIdPlaceholder, 'soc-2')).success
            ? `It is not an absolute address starting with \`https://\`. ${fix}`
            : undefined;
      if (message) context.addIssue({ code: 'custom', message, input: template });
    })
    .optional(),
}).refine((action) => (action.email === undefined) !== (action.url === undefined), {
  error: 'Give either `email` or `url`, one of the two: the reader is offered one action.',
});
export type RequestAction = z.output<typeof RequestActionSchema>;

/** An address template of a file on the repository's web host, with `{path}` and, where needed, `{branch}`. */
const fileUrlTemplateSchema = z
  .string({ error: 'Expected an address such as `https://git.example.com/trust/edit/{branch}/{path}`.' })
  .superRefine((template, context) => {
    const others = (template.match(/\{[^}]*\}/g) ?? []).filter((m) => !repositoryPlaceholders.some((p) => p === m));
    const message =
      others.length > 0
        ? `\`${others[0]}\` is not a placeholder: only \`{branch}\` and \`{path}\` are replaced.`
        : !template.includes('{path}') || !urlSchema.safeParse(template).success
          ? 'It is not an absolute address with `{path}` where the file goes.'
          : undefined;
    if (message) {
      context.addIssue({
        code: 'custom',
        message: `${message} Write it as \`https://git.example.com/trust/edit/{branch}/{path}\`.`,
        input: template,
      });
    }
  });

/** The git repository the content is kept in, for each entry page's edit link and its history from git. */
export const RepositorySchema = strictObject({
  /** The repository's web address, such as `https://github.com/acme/trust-center`. */
  url: urlSchema,
  /** The branch the site is built from, which edit and history links open; `main` by default. */
  branch: z.string().min(1).default('main'),
  /** The content folder's path in the repository, such as `content`; by default where git finds it. */
  path: z.string().optional(),
  /** The address of a file's web editor, with `{branch}` and `{path}`, for a host other than GitHub and GitLab. */
  editUrl: fileUrlTemplateSchema.optional(),
  /** The address of a file's history, with `{branch}` and `{path}`, for a host other than GitHub and GitLab. */
  historyUrl: fileUrlTemplateSchema.optional(),
}).refine((repository) => getRepositoryHost(repository.url) || (repository.editUrl && repository.historyUrl), {
  error:
    'The repository is on neither GitHub nor GitLab, so its edit and history addresses are not known. Give ' +
    '`editUrl` and `historyUrl`, such as `https://git.example.com/trust/edit/{branch}/{path}`.',
});
/** A colour written as `#rrggbb` or `#rgb`. */
const colourSchema = z
  .string({ error: 'Expected a colour written as `#rrggbb`, such as `#0b5cad`.' })
  .regex(hexColourPattern, { error: 'Expected a colour written as `#rrggbb`, such as `#0b5cad`.' });

/** A file in the content folder, such as `brand/logo.svg`: an SVG or PNG image. */
const imageFileSchema = z
  .string({ error: 'Expected the path of an SVG or PNG file in `content/`, such as `brand/logo.svg`.' })
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(?:svg|png)$/, {
    error: 'Expected the path of an SVG or PNG file in `content/`, such as `brand/logo.svg`.',
  });

/** The organisation's brand: its logo, its accent colour and its favicon. */
export const BrandSchema = strictObject({
  /** The logo every page and print carries. */
  logo: strictObject({
    /** The logo's file in `content/`, such as `brand/logo.svg`. */
    file: imageFileSchema,
    /** What the logo shows, for readers who cannot see it, such as `Kestrel Ledger`. */
    alt: textSchema,
  }),
  /** A version of the logo drawn for dark backgrounds, such as `brand/logo-dark.svg`; the logo by default. */
  darkLogo: imageFileSchema.optional(),
  /**
   * The accent colour of links and controls on the light scheme, such as `#0b5cad`; it must meet WCAG AA contrast
   * there.
   */
  accent: colourSchema,
  /** The accent on the dark scheme; by default the accent, lightened until it meets WCAG AA there. */
  darkAccent: colourSchema.optional(),
  /** The browser tab's icon, an SVG or PNG file in `content/`; the logo by default. */
  favicon: imageFileSchema.optional(),
}).superRefine((brand, context) => {
  const checks = [
    { field: 'accent', colour: brand.accent, scheme: 'light' },
    { field: 'darkAccent', colour: brand.darkAccent, scheme: 'dark' },
  ] as const;
  for (const { field, colour, scheme } of checks) {
    const message = colour && describeAccentProblem(colour, scheme);
    if (message) context.addIssue({ code: 'custom', path: [field], message, input: colour });
  }
});
export type Brand = z.output<typeof BrandSchema>;

/** The organisation's settings, from `content/site.yaml`. */
export const SiteSchema = strictObject({
  /** The organisation's name. */
  name: textSchema,
  /** The site's title; defaults to `<name> Trust Center`. */
  title: textSchema.optional(),
  /** One sentence describing the trust center, used in search results and link previews. */
  description: textSchema,
  /**
   * The organisation's promise in one line, heading the home page, such as `Your ledgers stay in the EU`;
   * none by default.
   */
  promise: textSchema.optional(),
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
  /**
   * How readers ask for the organisation's own gated artefacts, by access level (`sign-in`, `nda`); by default an
   * email to the `nda` contact.
   */
  requestAccess: strictObject({
    /** How to ask for a `sign-in` artefact, such as the customer portal's document page. */
    'sign-in': RequestActionSchema.optional(),
    /** How to ask for an `nda` artefact, such as an NDA click-through form. */
    nda: RequestActionSchema.optional(),
  }).default({}),
  /** The organisation's status page, with live availability and current incidents; none by default. */
  status: urlSchema.optional(),
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
  /**
   * The git repository the content is kept in; each entry page then links to its file's editor and history and
   * shows its latest changes from git. None by default.
   */
  repository: RepositorySchema.optional(),
  /** A notice shown on every page, such as that dates are illustrative. */
  notice: textSchema.optional(),
  /** The organisation's logo, accent colour and favicon; the site's own blue and no logo by default. */
  brand: BrandSchema.optional(),
});

export type SiteInput = z.input<typeof SiteSchema>;
export type Site = z.output<typeof SiteSchema>;
