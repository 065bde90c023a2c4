/** Tells an OSCAL catalog from the other OSCAL models, and explains what to import instead. */
import { formatFieldPath, formatFound, type Problem } from '../content/problems.ts';
import { asArray, type Path } from './catalog-json.ts';

/** The other OSCAL models, named as a writer would know them, to explain why they are not catalogs. */
const otherModels: Record<string, string> = {
  'component-definition': 'component definition',
  'system-security-plan': 'system security plan',
  'assessment-plan': 'assessment plan',
  'assessment-results': 'assessment results document',
  'plan-of-action-and-milestones': 'plan of action and milestones',
  'mapping-collection': 'mapping collection',
};

/** Explains why a document is not an OSCAL catalog, or returns undefined when it is one. */
export function checkCatalogModel(document: unknown, file: string): Problem | undefined {
  const wrong = describeWrongModel(document);
  return wrong && { file, field: formatFieldPath(wrong.path), message: wrong.message };
}

function describeWrongModel(document: unknown): { path: Path; message: string } | undefined {
  const expected =
    'Import an OSCAL catalog or resolved profile catalog in JSON: an object whose one top-level field is `catalog`.';
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { path: [], message: `Found ${formatFound(document)}, not an OSCAL document. ${expected}` };
  }
  const fields = Object.keys(document);
  const root = document as Record<string, unknown>;
  if ('catalog' in root) {
    if (typeof root.catalog === 'object' && root.catalog !== null && !Array.isArray(root.catalog)) return undefined;
    return {
      path: ['catalog'],
      message: `Found ${formatFound(root.catalog)}, but \`catalog\` must be a group of fields. ${expected}`,
    };
  }
  if ('profile' in root) {
    const profile = (root.profile ?? {}) as { imports?: unknown; 'back-matter'?: { resources?: unknown } };
    const imports = asArray<{ href?: unknown }>(profile.imports)
      .map((entry) =>
        typeof entry.href === 'string' ? describeImport(entry.href, profile['back-matter']?.resources) : undefined,
      )
      .filter((href): href is string => href !== undefined);
    const from =
      imports.length > 0 ? ` from ${imports.map((href) => `\`${href}\``).join(', ')}` : ' from other catalogs';
    return {
      path: ['profile'],
      message:
        `This is an OSCAL profile: it selects controls${from} but does not hold their text. Import the ` +
        `resolved profile catalog instead (its top-level field is \`catalog\`; such files are often named ` +
        `\`…-resolved-profile_catalog.json\`), or resolve the profile into a catalog first.`,
    };
  }
  const model = fields.find((field) => field in otherModels);
  if (model) {
    // A security plan is where a provider publishes its shared responsibility, which has an importer of its own.
    const responsibility =
      model === 'system-security-plan'
        ? ' To import the shared responsibility it exports, run `npm run import:responsibility -- <file> --provider ' +
          '<id> --framework <id>`.'
        : '';
    return {
      path: [model],
      message: `This is an OSCAL ${otherModels[model]}, not a catalog. ${expected}${responsibility}`,
    };
  }
  const found =
    fields.length === 0
      ? 'an empty JSON object'
      : `a JSON object with the fields ${fields
          .slice(0, 5)
          .map((field) => `\`${field}\``)
          .join(', ')}${fields.length > 5 ? ' …' : ''}`;
  return { path: [], message: `Found ${found}, not an OSCAL catalog. ${expected}` };
}

/**
 * Names the catalog a profile imports. An `#uuid` link points into the profile's
 * back matter, where the JSON link's file name is the most useful name to show.
 */
function describeImport(href: string, resources: unknown): string {
  if (!href.startsWith('#')) return href;
  const resource = asArray<{ uuid?: unknown; title?: unknown; description?: unknown; rlinks?: unknown }>(
    resources,
  ).find((candidate) => candidate.uuid === href.slice(1));
  const links = asArray<{ href?: unknown; 'media-type'?: unknown }>(resource?.rlinks);
  const link = links.find((candidate) => String(candidate['media-type']).includes('json')) ?? links[0];
  if (typeof link?.href === 'string') return link.href.slice(link.href.lastIndexOf('/') + 1);
  const name = resource?.title ?? resource?.description;
  return typeof name === 'string' ? name : href;
}
