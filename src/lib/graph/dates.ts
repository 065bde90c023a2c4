/**
 * The day the site is built, as `YYYY-MM-DD` in UTC. `SOURCE_DATE_EPOCH`
 * (seconds since 1970) fixes it, so a rebuild of the same content is identical.
 */
export function getBuildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new Error(
        `SOURCE_DATE_EPOCH is \`${epoch}\`, which is not a whole number of seconds since 1970. Set it to a value such as \`1767225600\`, or unset it.`,
      );
    }
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Formatted dates: a large site shows the same few hundred dates on thousands of pages, and formatting is slow. */
const formattedDates = new Map<string, string>();

/** Formats a `YYYY-MM-DD` date for reading: `30 June 2026`. */
export function formatDate(date: string): string {
  let formatted = formattedDates.get(date);
  if (formatted === undefined) formattedDates.set(date, (formatted = longDate.format(new Date(`${date}T00:00:00Z`))));
  return formatted;
}

/** Formats a period: `1 October 2025 to 30 September 2026`. */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} to ${formatDate(period.end)}`;
}
