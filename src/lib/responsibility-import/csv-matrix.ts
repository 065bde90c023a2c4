/**
 * Reads a responsibility matrix saved as CSV: a header row, then a row per requirement or statement. The header
 * names the columns, in any order and case: the requirement (`requirement`, `control_id`), what the provider does
 * (`provider`, `export_provided`, `CSP responsibility`, or the provider's name or id, alone or followed by
 * `responsibility`, as in `Microsoft responsibility`) and what the customer does (`customer`,
 * `export_responsibility`); optionally the statement (`statement_id`) and whether the row may be shown to customers
 * (`exportable`, true by default). Other columns, such as the provider's own implementation `description`, are not
 * read.
 */
import { readCsvTable } from './csv-table.ts';
import { getStatementPart, type MatrixStatement, type ReadMatrix } from './matrix.ts';

/** The header names each column is recognised by, compared in lowercase with `_` and `-` read as spaces. */
const columnNames = {
  requirement: ['requirement', 'requirement id', 'control', 'control id'],
  statement: ['statement', 'statement id'],
  provider: [
    'provider',
    'provider part',
    'provider responsibility',
    'provided',
    'export provided',
    'csp',
    'csp responsibility',
    'cloud service provider responsibility',
  ],
  customer: ['customer', 'customer part', 'customer responsibility', 'export responsibility'],
  exportable: ['exportable'],
} as const;

type Column = keyof typeof columnNames;

const truth: Record<string, boolean> = {
  true: true,
  yes: true,
  y: true,
  1: true,
  false: false,
  no: false,
  n: false,
  0: false,
};

/** The header names of a column in the form they are compared in: lowercase, `_` and `-` read as spaces. */
const normalise = (name: string) => name.toLowerCase().replace(/[_-]/g, ' ').replace(/\s+/g, ' ').trim();

/** The provider whose matrix is read, by whose id or name its column may be headed. */
export interface MatrixProvider {
  id: string;
  name: string;
}

/**
 * Reads a CSV matrix into statements, with every problem found; the provider's column may also be headed with the
 * provider's id or name, alone or followed by `responsibility` or `part`.
 */
export function readCsvMatrix(text: string, file: string, provider?: MatrixProvider): ReadMatrix {
  const read: ReadMatrix = { format: 'a CSV matrix', statements: [], problems: [], notes: [] };
  const table = readCsvTable(text);
  if ('error' in table) {
    read.problems.push({ file, line: table.line, field: '', message: table.error });
    return read;
  }
  const [header, ...rows] = table.records;
  if (!header) {
    read.problems.push({
      file,
      field: '',
      message: 'The file is empty. Expected a header row, then a row per requirement.',
    });
    return read;
  }
  const names = header.fields.map((name) => name.trim());
  const normalised = names.map(normalise);
  const byProviderName = (provider ? [provider.id, provider.name] : [])
    .map(normalise)
    .flatMap((name) => [name, `${name} responsibility`, `${name} part`]);
  const accepted = { ...columnNames, provider: [...columnNames.provider, ...byProviderName] };
  const columns = new Map<Column, number>();
  for (const [column, headers] of Object.entries(accepted) as [Column, readonly string[]][]) {
    const index = normalised.findIndex((name) => headers.includes(name));
    if (index >= 0) columns.set(column, index);
  }
  const missing: string[] = [];
  if (!columns.has('requirement')) missing.push('the requirement (`requirement` or `control_id`)');
  if (!columns.has('provider') && !columns.has('customer')) {
    missing.push(
      `what the provider does (\`provider\`, \`export_provided\` or \`${provider?.name ?? 'CSP'} ` +
        'responsibility`) or what the customer does (`customer` or ' +
        '`export_responsibility`)',
    );
  }
  if (missing.length > 0) {
    read.problems.push({
      file,
      line: header.line,
      field: '',
      message:
        `The header row (${names.map((name) => `\`${name}\``).join(', ')}) has no column for ` +
        `${missing.join(', nor ')}. ` +
        'Name the columns in the first row.',
    });
    return read;
  }
  const unread = names.filter((_, index) => ![...columns.values()].includes(index) && names[index] !== '');
  if (unread.length > 0) {
    read.notes.push(`Columns not imported: ${unread.map((name) => `\`${name}\``).join(', ')}.`);
  }

  const cell = (fields: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  for (const { line, fields } of rows) {
    const problem = (column: Column, message: string) =>
      read.problems.push({ file, line, field: names[columns.get(column)!]!, message });
    const requirement = cell(fields, 'requirement');
    const provided = cell(fields, 'provider');
    const responsibility = cell(fields, 'customer');
    const exportableText = cell(fields, 'exportable').toLowerCase();
    if (requirement === '') {
      problem('requirement', 'The row names no requirement. Write the requirement, such as `ac-2`, or delete the row.');
      continue;
    }
    if (provided === '' && responsibility === '') {
      problem(
        columns.has('provider') ? 'provider' : 'customer',
        'The row says neither what the provider does nor what the customer does. Fill in one, or delete the row.',
      );
      continue;
    }
    const exportable = exportableText === '' ? true : truth[exportableText];
    if (exportable === undefined) {
      problem('exportable', `Found \`${cell(fields, 'exportable')}\`, but the column takes \`true\` or \`false\`.`);
      continue;
    }
    const statement: MatrixStatement = {
      requirement,
      place: { line, field: names[columns.get('requirement')!]! },
      part: getStatementPart(cell(fields, 'statement') || undefined),
      provided: provided ? [{ text: provided, exportable }] : [],
      responsibilities: responsibility ? [{ text: responsibility, exportable }] : [],
    };
    read.statements.push(statement);
  }
  if (read.problems.length === 0 && read.statements.length === 0) {
    read.problems.push({
      file,
      field: '',
      message: 'The file has a header row but no rows. Add a row per requirement.',
    });
  }
  return read;
}
