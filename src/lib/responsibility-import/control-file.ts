/**
 * Writes what a provider's matrix says about one requirement into a control's Markdown file. A new control gets
 * every field a control needs; an existing one has only what the import owns replaced: its responsibility, provider
 * part and customer part, and the requirement added to its mapping of the framework. Every other field, its
 * comments and the body stay as written, and importing the same matrix again gives the same bytes.
 */
import { isMap, isSeq, parseDocument, splitFrontMatter, stringify } from '../content/front-matter.ts';
import type { Responsibility } from '../../schemas/shared.ts';
import { editField, setField, yamlOptions } from './front-matter-edit.ts';

/** What the import writes into a control for one requirement. */
export interface ImportedParts {
  responsibility: Responsibility;
  providerPart?: string | undefined;
  customerPart?: string | undefined;
  framework: string;
  requirement: string;
  /** Text the source marks as not exportable, for the internal build only. */
  internalNote?: string | undefined;
}

/** The fields of a new control besides those the import owns. */
export interface NewControlFields {
  title: string;
  domain: string;
  services: string[];
}

/** Who does what, from the parts the source gives: both parts make a shared control. */
export function getResponsibility(providerPart?: string, customerPart?: string): Responsibility {
  if (providerPart && customerPart) return 'shared';
  return providerPart ? 'provider' : 'customer';
}

/** A complete control file for a requirement the content has no control for yet. */
export function createControlText(fields: NewControlFields, parts: ImportedParts, body: string): string {
  const data = {
    title: fields.title,
    domain: fields.domain,
    responsibility: parts.responsibility,
    providerPart: parts.providerPart,
    customerPart: parts.customerPart,
    services: fields.services,
    mappings: [{ framework: parts.framework, requirements: [parts.requirement] }],
    internalNote: parts.internalNote,
  };
  const document = parseDocument(stringify(data, yamlOptions));
  const services = document.get('services', true);
  if (isSeq(services)) services.flow = true;
  const requirements = document.getIn(['mappings', 0, 'requirements'], true);
  if (isSeq(requirements)) requirements.flow = true;
  return `---\n${document.toString(yamlOptions)}---\n\n${body.trim()}\n`;
}

/**
 * An existing control file with the import's parts written in, or the reason it cannot be edited safely. The
 * internal note is written only when the control has none, so a note the writer wrote is never replaced.
 */
export function updateControlText(text: string, parts: ImportedParts): { text: string } | { error: string } {
  const frontMatter = splitFrontMatter(text);
  if (!frontMatter) {
    return {
      error:
        'The file has no front matter, so the control cannot be updated. Start it with a line `---`, the fields ' +
        'in YAML, and another line `---`.',
    };
  }
  const document = parseDocument(frontMatter.yaml, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    return {
      error:
        'The front matter is not valid YAML fields, so the control cannot be updated safely. Run ' +
        '`npm run content:check` to see where, fix it, and import again.',
    };
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  let yaml = frontMatter.yaml;
  const set = (key: string, value: string | undefined, after: string[]) => {
    if (typeof data[key] === 'string' && typeof value === 'string' && data[key].trim() === value) return;
    if (data[key] === value) return;
    yaml = setField(yaml, key, value, after);
  };
  set('responsibility', parts.responsibility, ['domain', 'title']);
  set('providerPart', parts.providerPart, ['responsibility']);
  set('customerPart', parts.customerPart, ['providerPart', 'responsibility']);
  if (parts.internalNote && data.internalNote === undefined) set('internalNote', parts.internalNote, []);

  const mappings = Array.isArray(data.mappings) ? (data.mappings as Record<string, unknown>[]) : [];
  const index = mappings.findIndex((mapping) => mapping?.framework === parts.framework);
  const listed = index >= 0 ? mappings[index]!.requirements : undefined;
  if (
    index < 0 ||
    !Array.isArray(listed) ||
    !listed.map((id) => String(id).toLowerCase()).includes(parts.requirement)
  ) {
    yaml = editField(yaml, 'mappings', (mappingDocument) => {
      const list = mappingDocument.get('mappings', true);
      if (!isSeq(list)) {
        mappingDocument.set('mappings', mappingDocument.createNode([]));
        return addMapping(mappingDocument, parts);
      }
      list.flow = false;
      if (index < 0) return addMapping(mappingDocument, parts);
      const requirements = mappingDocument.getIn(['mappings', index, 'requirements'], true);
      if (isSeq(requirements)) requirements.add(parts.requirement);
      else mappingDocument.setIn(['mappings', index, 'requirements'], flowList(mappingDocument, [parts.requirement]));
    });
  }
  return {
    text: `${text.slice(0, frontMatter.start)}${yaml}${text.slice(frontMatter.start + frontMatter.yaml.length)}`,
  };
}

function addMapping(document: ReturnType<typeof parseDocument>, parts: ImportedParts) {
  document.addIn(['mappings'], { framework: parts.framework, requirements: flowList(document, [parts.requirement]) });
}

function flowList(document: ReturnType<typeof parseDocument>, items: string[]) {
  const node = document.createNode(items);
  node.flow = true;
  return node;
}
