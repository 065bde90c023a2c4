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
        `SOURCE_DATE_EPOCH is \`${epoch}\`, which is not a whole number of seconds since 1970. Set it to a value ` +
          `such as \`1767225600\`, or unset it.`,
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

/**
 * Adds whole calendar months to a `YYYY-MM-DD` date, keeping the day of the month
 * or, when the month is shorter, its last day: 31 January plus one month is 28 February.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
