/** Line ending of CSV records, as RFC 4180 specifies. */
const recordSeparator = '\r\n';

/**
 * Formats one CSV field (RFC 4180): quoted when it holds a comma, a double
 * quote, a line break or leading or trailing space, with double quotes doubled.
 */
export function formatCsvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Formats records as CSV text (RFC 4180): CRLF after every record, the first record the header. */
export function formatCsv(records: readonly (readonly (string | number | undefined)[])[]): string {
  return records.map((record) => record.map(formatCsvField).join(',') + recordSeparator).join('');
}
