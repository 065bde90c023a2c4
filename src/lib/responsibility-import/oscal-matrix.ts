/**
 * Reads what a provider exports in OSCAL JSON: a leveraged system's security plan (`system-security-plan`, whose
 * `by-components[].export` lists what it `provided` and the `responsibilities` it leaves to leveraging systems),
 * and NIST's prototype responsibility matrix (`shared-responsibility-definition`, whose by-components hold
 * `provided` and `responsibilities` directly, each marked `exportable`). A by-component's own `description` says
 * how the provider implements the control inside its system, which it does not share, so it is never read.
 */
import { formatFieldPath } from '../content/problems.ts';
import { getStatementPart, type MatrixStatement, type ReadMatrix, type SourceText } from './matrix.ts';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an OSCAL security plan or responsibility matrix into statements, with every problem found. */
export function readOscalMatrix(document: unknown, file: string): ReadMatrix {
  const read: ReadMatrix = { format: 'an OSCAL document', statements: [], problems: [], notes: [] };
  const problem = (path: Path, message: string) => read.problems.push({ file, field: formatFieldPath(path), message });
  const root = isRecord(document) ? document : {};
  const lists: { path: Path; value: unknown }[] = [];
  let metadata: unknown;
  if (isRecord(root['system-security-plan'])) {
    const plan = root['system-security-plan'];
    read.format = 'an OSCAL system security plan';
    metadata = plan.metadata;
    const implementation = plan['control-implementation'];
    lists.push({
      path: ['system-security-plan', 'control-implementation', 'implemented-requirements'],
      value: isRecord(implementation) ? implementation['implemented-requirements'] : undefined,
    });
  } else if (isRecord(root['shared-responsibility-definition'])) {
    const matrix = root['shared-responsibility-definition'];
    read.format = 'a responsibility matrix';
    metadata = matrix.metadata;
    const capabilities = Array.isArray(matrix.capabilities) ? matrix.capabilities : [];
    capabilities.forEach((capability, index) => {
      const key =
        isRecord(capability) && 'control-implementation' in capability
          ? 'control-implementation'
          : 'control_implementation';
      const implementation = isRecord(capability) ? capability[key] : undefined;
      lists.push({
        path: ['shared-responsibility-definition', 'capabilities', index, key, 'implemented-requirements'],
        value: isRecord(implementation) ? implementation['implemented-requirements'] : undefined,
      });
    });
    if (capabilities.length === 0) {
      problem(
        ['shared-responsibility-definition', 'capabilities'],
        'The matrix lists no capabilities. Expected `capabilities`, a list whose `control_implementation` holds ' +
          'the `implemented-requirements`.',
      );
    }
  } else {
    const found = isRecord(document)
      ? Object.keys(document)
          .map((key) => `\`${key}\``)
          .join(', ')
      : '';
    problem(
      [],
      'The file is neither an OSCAL system security plan nor a responsibility matrix' +
        `${found ? ` (found ${found})` : ''}. ` +
        'Expected `system-security-plan`, as a leveraged system publishes it with `export.provided` and ' +
        '`export.responsibilities`, or `shared-responsibility-definition`; a CSV file needs the `.csv` extension.',
    );
    return read;
  }
  if (isRecord(metadata) && typeof metadata.title === 'string') {
    const version = typeof metadata.version === 'string' ? `, version ${metadata.version}` : '';
    read.title = `${metadata.title.trim()}${version}`;
  }

  for (const list of lists) {
    if (!Array.isArray(list.value)) {
      problem(list.path, 'Expected a list of the requirements the provider implements, with their `control-id`.');
      continue;
    }
    list.value.forEach((requirement, index) => readRequirement(requirement, [...list.path, index]));
  }
  if (read.problems.length === 0 && read.statements.length === 0) {
    problem(
      [],
      'The file exports nothing: no by-component lists what the provider `provided` or the `responsibilities` it ' +
        'leaves to its customers. Export them from the provider system, under `by-components[].export`.',
    );
  }
  return read;

  function readRequirement(requirement: unknown, path: Path): void {
    if (!isRecord(requirement)) {
      problem(path, 'Expected a requirement with a `control-id`.');
      return;
    }
    const id = requirement['control-id'];
    if (typeof id !== 'string' || id.trim() === '') {
      problem(
        [...path, 'control-id'],
        'The requirement has no `control-id`. Add the control it implements, such as `ac-2`.',
      );
      return;
    }
    const parts: { components: unknown; path: Path; part?: string | undefined }[] = [
      { components: requirement['by-components'], path: [...path, 'by-components'] },
    ];
    const statements = Array.isArray(requirement.statements) ? requirement.statements : [];
    statements.forEach((statement, index) => {
      if (!isRecord(statement)) return;
      const statementId = typeof statement['statement-id'] === 'string' ? statement['statement-id'] : undefined;
      parts.push({
        components: statement['by-components'],
        path: [...path, 'statements', index, 'by-components'],
        part: getStatementPart(statementId),
      });
    });
    for (const { components, path: componentsPath, part } of parts) {
      if (!Array.isArray(components)) continue;
      components.forEach((component, index) => {
        if (!isRecord(component)) return;
        const exported = isRecord(component.export) ? component.export : component;
        const base: Path = [...componentsPath, index, ...(exported === component ? [] : ['export'])];
        const statement: MatrixStatement = {
          requirement: id,
          place: { field: formatFieldPath([...path, 'control-id']) },
          part,
          provided: readTexts(exported.provided, [...base, 'provided']),
          responsibilities: readTexts(exported.responsibilities, [...base, 'responsibilities']),
        };
        if (statement.provided.length + statement.responsibilities.length > 0) read.statements.push(statement);
      });
    }
  }

  function readTexts(items: unknown, path: Path): SourceText[] {
    if (items === undefined) return [];
    if (!Array.isArray(items)) {
      problem(path, 'Expected a list of items, each with a `description`.');
      return [];
    }
    return items.flatMap((item, index) => {
      const description = isRecord(item) ? item.description : undefined;
      if (typeof description !== 'string' || description.trim() === '') {
        problem([...path, index, 'description'], 'The item has no `description`. Write what it says in `description`.');
        return [];
      }
      const exportable = (item as Record<string, unknown>).exportable;
      if (exportable !== undefined && typeof exportable !== 'boolean') {
        problem(
          [...path, index, 'exportable'],
          `Found \`${JSON.stringify(exportable)}\`, but \`exportable\` takes \`true\` or \`false\`.`,
        );
        return [];
      }
      return [{ text: description, exportable: exportable !== false }];
    });
  }
}
