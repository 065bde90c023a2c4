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
