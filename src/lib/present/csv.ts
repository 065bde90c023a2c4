/** Line ending of CSV records, as RFC 4180 specifies. */
const recordSeparator = '\r\n';

/**
 * Formats one CSV field (RFC 4180): quoted when it holds a comma, a double
 * quote, a line break or leading or trailing space, with double quotes doubled.
 * Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading apostrophe, so a spreadsheet opening the file shows it rather than
 * running it as a formula (OWASP's advice on CSV injection).
 */
export function formatCsvField(value: string | number | undefined): string {
  const raw = value === undefined ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Marks the text as UTF-8 for spreadsheets: without it, Excel reads a CSV file in the system's legacy code page, and
 * `ü` or `·` show as `Ã¼` or `Â·`. Other CSV readers skip it.
 */
const byteOrderMark = '\uFEFF';

/**
 * Formats records as CSV text (RFC 4180) that spreadsheets open as UTF-8: a byte order mark, then CRLF after every
 * record, the first record the header.
 */
export function formatCsv(records: readonly (readonly (string | number | undefined)[])[]): string {
  return byteOrderMark + records.map((record) => record.map(formatCsvField).join(',') + recordSeparator).join('');
}
