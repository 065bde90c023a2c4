/**
 * Reads framework requirements out of an OSCAL catalog (or a resolved profile catalog)
 * in JSON: every control and control enhancement that is not withdrawn becomes a
 * requirement with the catalog's id, label, title and a short plain-text statement.
 * Pure functions: the caller reads the file and decides what to write.
 */
import type { z } from 'astro/zod';
import { RequirementSchema } from '../../schemas/frameworks.ts';
import { describeIssue, formatFieldPath, type Problem } from '../content/problems.ts';
import { asArray, getProps, type Control, type Param, type Path } from './catalog-json.ts';
import { readMetadata, type CatalogMetadata } from './catalog-metadata.ts';
import { checkCatalogModel } from './catalog-model.ts';
import { summariseStatement, toPlainText } from './catalog-prose.ts';

/** A requirement as written to a framework's front matter. */
export type RequirementInput = z.input<typeof RequirementSchema>;

export interface CatalogImport {
  /** Everything wrong with the input; when not empty, `requirements` must not be used. */
  problems: Problem[];
  requirements: RequirementInput[];
  metadata: CatalogMetadata;
  /** How many withdrawn controls were left out. */
  withdrawn: number;
}

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
        `The control has no \`${missing}\`, and every OSCAL control needs an \`id\` and a \`title\`. Correct the ` +
          `catalog, or pass \`--schema\` to check it against the OSCAL catalog schema.`,
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
        `The control id \`${control.id}\` is also used at \`${twin}\`, but requirement ids must be unique. ` +
          `Correct one of them in the catalog.`,
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
        ? `Every control in the catalog (${result.withdrawn}) is withdrawn, so there is nothing to import. Check ` +
            `that this is the catalog you meant.`
        : 'The catalog lists no controls, so there is nothing to import. Check that this is the catalog you ' +
            'meant: a resolved profile catalog holds the controls its profile selects.',
    );
  }
  return result;
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
