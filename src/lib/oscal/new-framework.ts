/**
 * The front matter and body of a new framework entry, written from the fields the
 * writer gives and the OSCAL catalog's metadata.
 */
import { frameworkHolders, frameworkKinds } from '../../schemas/frameworks.ts';
import type { NewFramework } from './framework-file.ts';
import type { CatalogMetadata } from './catalog-metadata.ts';
import type { Problem } from '../content/problems.ts';
import { suggest } from '../content/suggest.ts';

/** Fields a writer may give for a new framework entry; what the catalog says fills the rest. */
export interface FrameworkFields {
  title?: string | undefined;
  shortName?: string | undefined;
  aliases?: string[] | undefined;
  kind?: string | undefined;
  authority?: string | undefined;
  jurisdictions?: string[] | undefined;
  industries?: string[] | undefined;
  summary?: string | undefined;
  holder?: string | undefined;
  website?: string | undefined;
}

/** The front matter of a new framework entry, from the writer's fields and the catalog's metadata. */
export function describeNewFramework(
  fields: FrameworkFields,
  metadata: CatalogMetadata,
  count: number,
  file: string,
): { value: NewFramework } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const need = (field: string, message: string) => problems.push({ file, field, message });
  const title = fields.title ?? metadata.title;
  const authority = fields.authority ?? metadata.authority;
  const jurisdictions = fields.jurisdictions?.length ? fields.jurisdictions : metadata.jurisdictions;
  const creating = 'The framework does not exist yet, so the importer creates it';

  if (!title) need('title', `${creating}, and the catalog's metadata has no title. Pass \`--title "…"\`.`);
  if (!authority)
    need(
      'authority',
      `${creating}, and the catalog's metadata names no publisher or creator. Pass \`--authority "…"\` with the ` +
        `body that owns the framework.`,
    );
  if (jurisdictions.length === 0) {
    need(
      'jurisdictions',
      `${creating}, and the catalog does not make evident where it applies. Pass \`--jurisdiction\` once for each ` +
        `place, such as \`--jurisdiction "United States"\`, or \`--jurisdiction Global\`.`,
    );
  }
  const kinds = frameworkKinds.map((kind) => `\`${kind}\``).join(', ');
  if (fields.kind === undefined) {
    need(
      'kind',
      `${creating}, and needs its kind, which a catalog does not say. Pass \`--kind\` with one of ${kinds}.`,
    );
  } else if (!(frameworkKinds as readonly string[]).includes(fields.kind)) {
    const closest = suggest(fields.kind, frameworkKinds);
    need(
      'kind',
      `Found \`${fields.kind}\`, which is not a kind of framework. Pass \`--kind\` with one of ${kinds}.` +
        `${closest ? ` Did you mean \`${closest}\`?` : ''}`,
    );
  }
  if (fields.holder !== undefined && !(frameworkHolders as readonly string[]).includes(fields.holder)) {
    const closest = suggest(fields.holder, frameworkHolders);
    const holders = frameworkHolders.map((holder) => `\`${holder}\``).join(', ');
    need(
      'holder',
      `Found \`${fields.holder}\`, which is not a holder. Pass \`--holder\` with one of ${holders}.` +
        `${closest ? ` Did you mean \`${closest}\`?` : ''}`,
    );
  }
  if (problems.length > 0) return { problems };

  const version = metadata.version ? `, version ${metadata.version}` : '';
  const value: NewFramework = {
    title: title!,
    ...(fields.shortName ? { shortName: fields.shortName } : {}),
    ...(fields.aliases?.length ? { aliases: fields.aliases } : {}),
    kind: fields.kind as NewFramework['kind'],
    authority: authority!,
    jurisdictions,
    ...(fields.industries?.length ? { industries: fields.industries } : {}),
    summary:
      fields.summary ??
      `The ${count} controls of ${metadata.title ?? title}${version}, as published ` +
        `by ${metadata.authority ?? authority}.`,
    ...(fields.holder ? { holder: fields.holder as NewFramework['holder'] } : {}),
    ...(fields.website ? { website: fields.website } : {}),
  };
  return { value };
}

/** The body of a new framework entry: where its requirements come from. */
export function describeSource(metadata: CatalogMetadata): string {
  const version = metadata.version ? `, version ${metadata.version}` : '';
  const modified = metadata.lastModified ? ` (last modified ${metadata.lastModified.slice(0, 10)})` : '';
  return (
    `The requirements listed here are the controls of the OSCAL catalog ` +
    `*${metadata.title ?? 'named above'}*${version}${modified}.`
  );
}
