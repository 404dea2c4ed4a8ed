/**
 * Dates typed the way the user's locale writes them: the numeric order and separators of
 * Intl's own short format (11/22/2001, 22.11.2001, 2001-11-22), or the month names the
 * table shows ("Nov 7, 2014", "7 nov. 2014"). Returns an ISO day or null.
 */
const numeric = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
const ORDER = numeric
  .formatToParts(new Date(Date.UTC(2001, 10, 22)))
  .map((part) => part.type)
  .filter((type): type is 'year' | 'month' | 'day' => type === 'year' || type === 'month' || type === 'day');

const monthNames = (style: 'short' | 'long') => {
  const format = new Intl.DateTimeFormat(undefined, { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) =>
    format
      .format(new Date(Date.UTC(2001, month, 15)))
      .toLocaleLowerCase()
      .replace(/\.$/, ''),
  );
};
const MONTHS = [monthNames('long'), monthNames('short')];

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

const fullYear = (year: number) => (year < 100 ? 2000 + year - (year > 50 ? 100 : 0) : year);

export function parseLocaleDate(text: string): string | null {
  const trimmed = text.trim().toLocaleLowerCase();
  if (!trimmed) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return iso(...(trimmed.split('-').map(Number) as [number, number, number]));
  const numbers = trimmed.match(/\d+/g)?.map(Number) ?? [];
  const words = trimmed.match(/\p{L}+/gu) ?? [];
  const month = words
    .map((word) => MONTHS.map((names) => names.findIndex((name) => name.startsWith(word) && word.length >= 3)))
    .flat()
    .find((index) => index >= 0);
  if (month !== undefined && numbers.length === 2) {
    const [a, b] = numbers as [number, number];
    return a > 31 ? iso(a, month + 1, b) : iso(fullYear(b), month + 1, a);
  }
  if (numbers.length !== 3) return null;
  const value = Object.fromEntries(ORDER.map((type, index) => [type, numbers[index]!])) as Record<
    'year' | 'month' | 'day',
    number
  >;
  return iso(fullYear(value.year), value.month, value.day);
}

/** What the field shows as its hint: the locale's own numeric shape. */
export const LOCALE_DATE_HINT = numeric.format(new Date(Date.UTC(2014, 10, 7)));
