/**
 * Reads CSV text (RFC 4180, as spreadsheets save it) into records, each with the line it starts on, so a problem
 * in a row can name its line. Quoted fields may hold commas, double quotes written twice and line breaks. Fields are
 * separated by commas, or by semicolons or tabs when the header row is: spreadsheets set to a language that writes
 * decimals with a comma save "CSV" with semicolons.
 */

/** The separators a header row may use, and their names for messages. */
const separators: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The separator of a CSV text: the one its first line, outside quotes, holds most often; a comma when none. */
function findSeparator(source: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const character of source) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character in separators) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}

/** One record of a CSV file: its fields, and the line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The records of a CSV text, or where and why it cannot be read. Blank lines are skipped. */
export function readCsvTable(text: string): { records: CsvRecord[] } | { line: number; error: string } {
  const records: CsvRecord[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const separator = findSeparator(source);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (index < source.length) {
    const character = source[index]!;
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (character === '"') {
        quoted = false;
        const next = source[index + 1];
        if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
          return {
            line,
            error:
              `A quoted field is followed by text before the next ${separators[separator]}. Write a double quote ` +
              'inside a quoted field as two double quotes (`""`).',
          };
        }
      } else {
        if (character === '\n') line += 1;
        field += character;
      }
      index += 1;
      continue;
    }
    if (character === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (character === separator) {
      fields.push(field);
      field = '';
    } else if (character === '\r' || character === '\n') {
      endRecord();
      if (character === '\r' && source[index + 1] === '\n') index += 1;
      line += 1;
      recordLine = line;
    } else {
      field += character;
    }
    index += 1;
  }
  if (quoted) {
    return {
      line: quoteLine,
      error:
        'A quoted field is never closed. Add the closing double quote, and write a double quote inside the field ' +
        'as two (`""`).',
    };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}
