/**
 * The one reading of "N years ago", "in the last N days", "before" and "after" that both the SQL
 * compiler and the reference evaluator use: each becomes an ISO text bound, and facts (ISO dates
 * or timestamps) compare to it as text, so both sides agree to the character.
 */

const DAY_MS = 86_400_000;

export const daysAgo = (now: Date, days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString();

export function yearsAgo(now: Date, years: number): string {
  const date = new Date(now.getTime());
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString();
}

/** The day after `day` (YYYY-MM-DD): "after 2015-01-01" starts on 2015-01-02. */
export const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export type DateTest = { below: string } | { atLeast: string } | { missing: true };

/** What a date operator asks of a fact's value. */
export function dateTest(op: string, value: unknown, now: Date): DateTest {
  switch (op) {
    case 'olderThanYears':
      return { below: yearsAgo(now, value as number) };
    case 'olderThanDays':
      return { below: daysAgo(now, value as number) };
    case 'withinDays':
      return { atLeast: daysAgo(now, value as number) };
    case 'before':
      return { below: value as string };
    case 'after':
      return { atLeast: dayAfter(value as string) };
    default:
      return { missing: true };
  }
}
