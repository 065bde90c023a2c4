import { existsSync, readFileSync } from 'node:fs';

/** The NIST SP 800-53 rev. 5 catalog (public domain), the source of realistic control text. */
export const nistCatalogPath =
  process.env.NIST_CATALOG ??
  new URL('../../../shared/data/nist-800-53/NIST_SP-800-53_rev5_catalog.v5.0.1.json', import.meta.url).pathname;

/** One control or enhancement of the catalog, as plain text. */
export interface NistControl {
  /** Catalog id, such as `ac-2.1`. */
  id: string;
  /** Printed label, such as `AC-2(1)`. */
  label: string;
  title: string;
  /** The family's title, such as `Access Control`. */
  family: string;
  /** The statement's items, each as one line of text with parameters written out. */
  statement: string[];
  /** The discussion that follows the statement. */
  guidance: string;
  /** Whether it is an enhancement of another control. */
  enhancement: boolean;
}

interface OscalPart {
  name: string;
  prose?: string;
  parts?: OscalPart[];
  props?: { name: string; value: string }[];
}
interface OscalParam {
  id: string;
  label?: string;
  select?: { choice?: string[] };
}
interface OscalControl {
  id: string;
  title: string;
  props?: { name: string; value: string }[];
  params?: OscalParam[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

/** Every control and enhancement of the catalog that is not withdrawn, in catalog order. */
export function loadNistControls(path = nistCatalogPath): NistControl[] {
  if (!existsSync(path)) {
    throw new Error(
      `The NIST SP 800-53 rev. 5 catalog is not at \`${path}\`. Set \`NIST_CATALOG\` to the path of ` +
        `\`NIST_SP-800-53_rev5_catalog.v5.0.1.json\` from usnistgov/oscal-content.`,
    );
  }
  const catalog = JSON.parse(readFileSync(path, 'utf8')) as {
    catalog: { groups: { title: string; controls: OscalControl[] }[] };
  };
  const controls: NistControl[] = [];
  for (const group of catalog.catalog.groups) {
    const visit = (control: OscalControl, enhancement: boolean) => {
      const withdrawn = control.props?.some((prop) => prop.name === 'status' && prop.value === 'withdrawn');
      const statement = control.parts?.find((part) => part.name === 'statement');
      if (!withdrawn && statement) {
        const params = new Map((control.params ?? []).map((param) => [param.id, describeParam(param)]));
        const fill = (prose: string) =>
          prose
            .replace(/\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g, (_, id: string) => params.get(id) ?? '[Assignment]')
            .replace(/\s+/g, ' ')
            .trim();
        controls.push({
          id: control.id,
          label: control.props?.find((prop) => prop.name === 'label')?.value ?? control.id.toUpperCase(),
          title: control.title,
          family: group.title,
          statement: flatten(statement).map(fill).filter(Boolean),
          guidance: fill(control.parts?.find((part) => part.name === 'guidance')?.prose ?? ''),
          enhancement,
        });
      }
      for (const child of control.controls ?? []) visit(child, true);
    };
    for (const control of group.controls) visit(control, false);
  }
  return controls;
}

function describeParam(param: OscalParam): string {
  if (param.select?.choice) return `[Selection: ${param.select.choice.join('; ')}]`;
  return `[Assignment: ${param.label ?? 'organization-defined value'}]`;
}

/** The prose of a part and its sub-parts, each prefixed by its label. */
function flatten(part: OscalPart): string[] {
  const label = part.props?.find((prop) => prop.name === 'label')?.value;
  const own = part.prose ? [`${label ? `${label} ` : ''}${part.prose}`] : [];
  return [...own, ...(part.parts ?? []).flatMap(flatten)];
}
