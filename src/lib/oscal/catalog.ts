/**
 * Reads framework requirements out of an OSCAL catalog (or a resolved profile catalog)
 * in JSON: every control and control enhancement that is not withdrawn becomes a
 * requirement with the catalog's id, label, title and a short plain-text statement.
 * Pure functions: the caller reads the file and decides what to write.
 */
import type { z } from 'astro/zod';
import { RequirementSchema } from '../../schemas/frameworks.ts';
import { describeIssue, formatFieldPath, formatFound, type Problem } from '../content/problems.ts';

/** A requirement as written to a framework's front matter. */
export type RequirementInput = z.input<typeof RequirementSchema>;

/** What the catalog says about itself, for a new framework entry. */
export interface CatalogMetadata {
  title: string | undefined;
  version: string | undefined;
  /** The `last-modified` timestamp as written in the catalog. */
  lastModified: string | undefined;
  /** The party that publishes or created the catalog, by its role in the metadata. */
  authority: string | undefined;
  /** Where the catalog applies, when its publisher's address or email makes it evident; empty otherwise. */
  jurisdictions: string[];
}

export interface CatalogImport {
  /** Everything wrong with the input; when not empty, `requirements` must not be used. */
  problems: Problem[];
  requirements: RequirementInput[];
  metadata: CatalogMetadata;
  /** How many withdrawn controls were left out. */
  withdrawn: number;
}

/** Longest description kept; longer statements are cut at a clause boundary. */
export const descriptionLength = 300;

/** The namespace of OSCAL's own property names; properties in other namespaces mean something else. */
const oscalNamespace = 'http://csrc.nist.gov/ns/oscal';

/** The other OSCAL models, named as a writer would know them, to explain why they are not catalogs. */
const otherModels: Record<string, string> = {
  'component-definition': 'component definition',
  'system-security-plan': 'system security plan',
  'assessment-plan': 'assessment plan',
  'assessment-results': 'assessment results',
  'plan-of-action-and-milestones': 'plan of action and milestones',
  'mapping-collection': 'mapping collection',
};

/** Roles whose party is taken as the catalog's authority, most telling first. */
const authorityRoles = ['publisher', 'creator', 'prepared-by', 'author', 'owner', 'contact'];

interface Prop {
  name?: unknown;
  value?: unknown;
  class?: unknown;
  ns?: unknown;
}
interface Part {
  name?: unknown;
  prose?: unknown;
  props?: unknown;
  parts?: unknown;
}
interface Param {
  id?: unknown;
  label?: unknown;
  values?: unknown;
  select?: { 'how-many'?: unknown; choice?: unknown };
  constraints?: unknown;
}
interface Control {
  id?: unknown;
  title?: unknown;
  props?: unknown;
  params?: unknown;
  parts?: unknown;
  controls?: unknown;
}
type Path = (string | number)[];

/**
 * Reads the requirements of an OSCAL catalog JSON document. `file` names the
 * input in problems. Controls are taken in document order, each followed by its
 * enhancements; withdrawn ones (`status` property `withdrawn`) are skipped.
 */
export function readOscalCatalog(document: unknown, file: string): CatalogImport {
  const result: CatalogImport = { problems: [], requirements: [], metadata: readMetadata(undefined), withdrawn: 0 };
  const report = (path: Path, message: string) => result.problems.push({ file, field: formatFieldPath(path), message });

  const notCatalog = checkCatalogModel(document, file);
  if (notCatalog) {
    result.problems.push(notCatalog);
    return result;
  }
  const catalog = (document as { catalog: Record<string, unknown> }).catalog;
  result.metadata = readMetadata(catalog.metadata);
  const params = collectParams(catalog);

  const seen = new Map<string, string>();
  const visitControl = (control: Control, path: Path) => {
    const withdrawn = getProps(control.props, 'status').some((prop) => prop.value === 'withdrawn');
    if (withdrawn) result.withdrawn++;
    else addRequirement(control, path);
    asArray<Control>(control.controls).forEach((child, index) => visitControl(child, [...path, 'controls', index]));
  };
  const addRequirement = (control: Control, path: Path) => {
    if (typeof control.id !== 'string' || typeof control.title !== 'string') {
      const missing = typeof control.id !== 'string' ? 'id' : 'title';
      report(
        [...path, missing],
        `The control has no \`${missing}\`, and every OSCAL control needs an \`id\` and a \`title\`. Correct the catalog, or pass \`--schema\` to check it against the OSCAL catalog schema.`,
      );
      return;
    }
    const id = control.id.toLowerCase();
    const label = getLabel(control.props);
    const description = summariseStatement(control.parts, params);
    const requirement: RequirementInput = {
      id,
      ...(label ? { label } : {}),
      title: toPlainText(control.title, params),
      ...(description ? { description } : {}),
    };
    const parsed = RequirementSchema.safeParse(requirement, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report([...path, ...(issue.path as Path)], describeIssue(issue));
      return;
    }
    const twin = seen.get(id);
    if (twin !== undefined) {
      report(
        [...path, 'id'],
        `The control id \`${control.id}\` is also used at \`${twin}\`, but requirement ids must be unique. Correct one of them in the catalog.`,
      );
      return;
    }
    seen.set(id, formatFieldPath(path));
    result.requirements.push(requirement);
  };

  const visitGroup = (group: { controls?: unknown; groups?: unknown }, path: Path) => {
    asArray<Control>(group.controls).forEach((control, index) => visitControl(control, [...path, 'controls', index]));
    asArray<typeof group>(group.groups).forEach((child, index) => visitGroup(child, [...path, 'groups', index]));
  };
  visitGroup(catalog, ['catalog']);

  if (result.requirements.length === 0 && result.problems.length === 0) {
    report(
      ['catalog'],
      result.withdrawn > 0
        ? `Every control in the catalog (${result.withdrawn}) is withdrawn, so there is nothing to import. Check that this is the catalog you meant.`
        : 'The catalog lists no controls, so there is nothing to import. Check that this is the catalog you meant: a resolved profile catalog holds the controls its profile selects.',
    );
  }
  return result;
}

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
      message: `This is an OSCAL profile: it selects controls${from} but does not hold their text. Import the resolved profile catalog instead (its top-level field is \`catalog\`; such files are often named \`…-resolved-profile_catalog.json\`), or resolve the profile into a catalog first.`,
    };
  }
  const model = fields.find((field) => field in otherModels);
  if (model) {
    return { path: [model], message: `This is an OSCAL ${otherModels[model]}, not a catalog. ${expected}` };
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

function readMetadata(metadata: unknown): CatalogMetadata {
  const data = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const parties = asArray<{
    uuid?: unknown;
    name?: unknown;
    type?: unknown;
    addresses?: unknown;
    'email-addresses'?: unknown;
  }>(data.parties);
  const responsible = asArray<{ 'role-id'?: unknown; 'party-uuids'?: unknown }>(data['responsible-parties']);
  const byRole = authorityRoles
    .map((role) => responsible.find((entry) => entry['role-id'] === role))
    .map((entry) => asArray<string>(entry?.['party-uuids'])[0])
    .map((uuid) => parties.find((party) => uuid !== undefined && party.uuid === uuid))
    .find((party) => text(party?.name) !== undefined);
  const authority = byRole ?? parties.find((party) => party.type === 'organization' && text(party.name) !== undefined);
  return {
    title: text(data.title),
    version: text(data.version),
    lastModified: text(data['last-modified']),
    authority: text(authority?.name),
    jurisdictions: authority ? getJurisdictions(authority) : [],
  };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Where a party is, when evident: the countries of its addresses, or the United
 * States for a `.gov` or `.mil` email address (those domains are US-only).
 */
function getJurisdictions(party: { addresses?: unknown; 'email-addresses'?: unknown }): string[] {
  const countries = asArray<{ country?: unknown }>(party.addresses)
    .map((address) => address.country)
    .filter((code): code is string => typeof code === 'string' && /^[A-Za-z]{2}$/.test(code))
    .map((code) => regionNames.of(code.toUpperCase()) ?? code.toUpperCase());
  if (countries.length > 0) return [...new Set(countries)];
  const emails = asArray<unknown>(party['email-addresses']).filter(
    (email): email is string => typeof email === 'string',
  );
  return emails.some((email) => /\.(gov|mil)$/i.test(email.trim())) ? ['United States'] : [];
}

/** Every parameter of the catalog by id, wherever it is defined, since prose may insert a parent's parameter. */
function collectParams(catalog: Record<string, unknown>): Map<string, Param> {
  const params = new Map<string, Param>();
  const visit = (node: { params?: unknown; controls?: unknown; groups?: unknown }) => {
    for (const param of asArray<Param>(node.params)) if (typeof param.id === 'string') params.set(param.id, param);
    asArray<typeof node>(node.controls).forEach(visit);
    asArray<typeof node>(node.groups).forEach(visit);
  };
  visit(catalog);
  return params;
}

/**
 * The label a control is printed with. A catalog may give several (NIST SP 800-53
 * gives `AC-2(1)` and the zero-padded `AC-02(01)` with a `class`); the one without
 * a class is the plain label, so it is preferred.
 */
export function getLabel(props: unknown): string | undefined {
  const labels = getProps(props, 'label');
  const chosen = labels.find((prop) => prop.class === undefined) ?? labels[0];
  return typeof chosen?.value === 'string' && chosen.value.trim() !== '' ? chosen.value.trim() : undefined;
}

/**
 * The control's statement as one line of plain text, with item labels (`a.`, `1.`)
 * kept, parameters resolved, and cut to about `descriptionLength` characters at a
 * sentence or clause boundary.
 */
export function summariseStatement(parts: unknown, params: ReadonlyMap<string, Param>): string | undefined {
  const statement = asArray<Part>(parts).find((part) => part.name === 'statement');
  if (!statement) return undefined;
  const flatten = (part: Part): string[] => {
    const label = getProps(part.props, 'label')[0]?.value;
    const own = [
      typeof label === 'string' ? label : '',
      typeof part.prose === 'string' ? toPlainText(part.prose, params) : '',
    ]
      .filter((piece) => piece !== '')
      .join(' ');
    return [own, ...asArray<Part>(part.parts).flatMap(flatten)].filter((piece) => piece !== '');
  };
  const text = flatten(statement)
    .join(' ')
    .replace(/\s+([;,.:])(?=\s|$)/g, '$1');
  return text === '' ? undefined : shorten(text, descriptionLength);
}

/** Cuts text to at most `max` characters, at the last sentence or clause end that fits, marking the cut with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = -1;
  for (const match of text.matchAll(/[.;:](?=\s)/g)) {
    const end = match.index + 1;
    if (end > max - 3) break;
    const word = text.slice(text.lastIndexOf(' ', match.index) + 1, end);
    // Item labels (`a.`, `12.`), abbreviations and punctuation inside `[Assignment: …]` do not end a clause.
    if (/^\(?[a-z0-9]{1,3}\)?[.:]$|^(?:e\.g|i\.e|etc|vs)\.$/i.test(word)) continue;
    if (countOpenBrackets(text.slice(0, end)) > 0) continue;
    cut = end;
  }
  if (cut < max / 3) cut = text.lastIndexOf(' ', max - 3);
  if (cut <= 0) cut = max - 3;
  const kept = text.slice(0, cut).replace(/[\s;:,]+$/, '');
  return `${kept} …${']'.repeat(countOpenBrackets(kept))}`;
}

function countOpenBrackets(text: string): number {
  let open = 0;
  for (const character of text) {
    if (character === '[') open++;
    else if (character === ']' && open > 0) open--;
  }
  return open;
}

/**
 * Turns OSCAL markup (Markdown with `{{ insert: param, id }}` placeholders) into
 * plain text: link text kept, emphasis and code marks dropped, placeholders
 * replaced by the parameter's value, choice or `[Assignment: label]`.
 */
export function toPlainText(markup: string, params: ReadonlyMap<string, Param>, depth = 0): string {
  const plain = markup
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
  return plain
    .replace(/\{\{\s*insert:\s*([\w-]+)\s*,\s*([^\s}]+)\s*\}\}/g, (_, type: string, id: string) =>
      type === 'param' ? describeParam(id, params, depth) : `[${id}]`,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a parameter placeholder reads as: its set value, its choices, or what it asks to be assigned. */
function describeParam(id: string, params: ReadonlyMap<string, Param>, depth: number): string {
  const param = params.get(id);
  // Choices may insert other parameters; a loop in a broken catalog must not recurse forever.
  if (!param || depth > 4) return `[Assignment: ${id}]`;
  const resolve = (value: string) => toPlainText(value, params, depth + 1);
  const values = asArray<unknown>(param.values).filter((value): value is string => typeof value === 'string');
  if (values.length > 0) return values.map(resolve).join(', ');
  const choices = asArray<unknown>(param.select?.choice).filter(
    (choice): choice is string => typeof choice === 'string',
  );
  if (choices.length > 0) {
    const howMany = param.select?.['how-many'] === 'one-or-more' ? 'one or more' : 'one';
    return `[Selection (${howMany}): ${choices.map(resolve).join('; ')}]`;
  }
  const label = typeof param.label === 'string' && param.label.trim() !== '' ? resolve(param.label) : id;
  const constraints = asArray<{ description?: unknown }>(param.constraints)
    .map((constraint) => constraint.description)
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map(resolve);
  return constraints.length > 0 ? `[Assignment: ${label} (${constraints.join('; ')})]` : `[Assignment: ${label}]`;
}

/** The OSCAL properties of a given name; properties in another namespace are not OSCAL's and are ignored. */
function getProps(props: unknown, name: string): Prop[] {
  return asArray<Prop>(props).filter(
    (prop) => prop.name === name && (prop.ns === undefined || prop.ns === oscalNamespace),
  );
}

/** The items of a list that are present; anything else reads as an empty list, so a malformed catalog never throws. */
function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item): item is T => item !== null && item !== undefined) : [];
}
