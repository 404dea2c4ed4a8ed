const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat();

/** `2015-12-10` → "Dec 10, 2015" in the user's locale; date-only values are read as UTC so they never shift a day. */
export function formatDay(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

export function formatTimestamp(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

export const formatCount = (n: number): string => numberFormat.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

const DAY_MS = 86_400_000;

/** Whole days until a trashed person becomes a tombstone (never below zero). */
export function daysLeft(trashedAt: string | null, trashDays: number, now = Date.now()): number | null {
  if (!trashedAt) return null;
  const at = new Date(trashedAt).getTime();
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at + trashDays * DAY_MS - now) / DAY_MS));
}

export const daysLeftLabel = (days: number): string =>
  days === 0 ? 'leaves today' : days === 1 ? '1 day left' : `${days} days left`;
