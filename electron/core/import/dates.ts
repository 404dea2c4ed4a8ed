import { isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale';

/** Fixed reference so parsing never depends on today's date. */
const REFERENCE = new Date(2000, 0, 1);

/**
 * Parses with date-fns in local time, then reads the wall-clock fields back as UTC:
 * the exports carry no time zone (or say UTC), and the machine's zone must not shift them.
 */
function parseWallClock(text: string, formats: readonly string[]): Date | null {
  for (const format of formats) {
    const local = parse(text, format, REFERENCE, { locale: enUS });
    if (isValid(local)) {
      return new Date(
        Date.UTC(
          local.getFullYear(),
          local.getMonth(),
          local.getDate(),
          local.getHours(),
          local.getMinutes(),
          local.getSeconds(),
        ),
      );
    }
  }
  return null;
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LINKEDIN_DAY = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{2}|\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * A real calendar day (no 30 February) in years 100–9999, checked without building a Date
 * (30k rows per import). Years below 100 are refused: `Date.UTC` would read them as 1900–1999.
 */
function isCalendarDay(year: number, monthIndex: number, day: number): boolean {
  const daysInMonth = monthIndex === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[monthIndex];
  return daysInMonth !== undefined && year >= 100 && year <= 9999 && day >= 1 && day <= daysInMonth;
}

/** A real calendar day as a UTC date. */
function calendarDay(year: number, monthIndex: number, day: number): Date | null {
  return isCalendarDay(year, monthIndex, day) ? new Date(Date.UTC(year, monthIndex, day)) : null;
}

/** A real calendar day as `YYYY-MM-DD`. */
function isoCalendarDay(year: number, monthIndex: number, day: number): string | null {
  return isCalendarDay(year, monthIndex, day) ? `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(day, 2)}` : null;
}

/**
 * LinkedIn's own `08 Feb 2026` / `4-Apr-21`, read directly: a 30,000-row export has 30,000 of
 * them, and date-fns' general parser would cost half a second. Other shapes go to date-fns.
 */
function linkedInDay(text: string): string | null | undefined {
  const match = LINKEDIN_DAY.exec(text);
  if (!match) return undefined;
  const monthIndex = MONTHS.indexOf(match[2]!.toLowerCase());
  if (monthIndex === -1) return undefined;
  const yearText = match[3]!;
  const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < 70 ? 2000 : 1900) : Number(yearText);
  return isoCalendarDay(year, monthIndex, Number(match[1]));
}

/** Which number comes first in a file's `26/08/2021`-style dates. */
export type DayOrder = 'day-first' | 'month-first';

/** `26.08.2021`, `8/26/21`, `4/11/18, 10:52 AM`: Excel re-saves and LinkedIn's 2018 exports. */
const NUMERIC_DATE =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const fullYear = (text: string): number =>
  text.length === 2 ? Number(text) + (Number(text) < 70 ? 2000 : 1900) : Number(text);

/**
 * Decides day-first or month-first for a whole file from the values that can only be read one
 * way (`26/08/2021` is day-first, `08/26/2021` month-first). Where every value is ambiguous,
 * dots mean day-first (European Excel), slashes month-first (LinkedIn's own US format).
 */
export function dayOrderOf<T>(items: Iterable<T>, read: (item: T) => string): DayOrder {
  let dotted = false;
  for (const item of items) {
    const match = NUMERIC_DATE.exec(read(item).trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'day-first';
    if (Number(match[3]) > 12) return 'month-first';
    dotted ||= match[2] === '.';
  }
  return dotted ? 'day-first' : 'month-first';
}

interface NumericDate {
  year: number;
  monthIndex: number;
  day: number;
  /** Seconds since midnight, or null when the value has no time or an impossible one. */
  seconds: number | null;
}

function numericDate(text: string, order: DayOrder): NumericDate | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[3])];
  const [day, month] = order === 'day-first' ? [first, second] : [second, first];
  let seconds: number | null = 0;
  if (match[5] !== undefined) {
    let hours = Number(match[5]);
    const meridiem = match[8]?.toLowerCase();
    if (meridiem && (hours < 1 || hours > 12)) seconds = null;
    else {
      if (meridiem) hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
      const [minutes, secs] = [Number(match[6]), Number(match[7] ?? 0)];
      seconds = hours < 24 && minutes < 60 && secs < 60 ? (hours * 60 + minutes) * 60 + secs : null;
    }
  }
  return { year: fullYear(match[4]!), monthIndex: month - 1, day, seconds };
}

/**
 * A connection date in any era's shape → `2026-02-08`; null if unparseable: `08 Feb 2026`,
 * `4-Apr-21`, `09-Feb-23`, ISO `2023-02-09`, and numeric `26.08.2021` / `8/26/2021` read in the
 * file's {@link DayOrder}.
 */
export function parseConnectionDate(raw: string, order: DayOrder = 'month-first'): string | null {
  const text = raw.trim();
  if (!text) return null;
  const fast = linkedInDay(text);
  if (fast !== undefined) return fast;
  const iso = ISO_DAY.exec(text);
  if (iso) return isoCalendarDay(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const numeric = numericDate(text, order);
  if (numeric) return isoCalendarDay(numeric.year, numeric.monthIndex, numeric.day);
  const date = parseWallClock(text, ['d MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy']);
  return date ? isoDate(date) : null;
}

/** ISO date `YYYY-MM-DD` from vCard BDAY-like or Google values; strict. */
export function parseIsoDay(raw: string): string | null {
  const date = parseWallClock(raw.trim(), ['yyyy-MM-dd']);
  return date ? isoDate(date) : null;
}

const MESSAGE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** LinkedIn message and invitation timestamps (`2025-06-01 14:03:22 UTC`, `4/11/18, 10:52 AM`) → ISO 8601 UTC. */
export function parseMessageTimestamp(raw: string, order: DayOrder = 'month-first'): string | null {
  const text = raw.trim().replace(/\s+UTC$/i, '');
  if (!text) return null;
  const match = MESSAGE_TIMESTAMP.exec(text);
  if (match) {
    const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const date = calendarDay(year, month - 1, day);
    return date && hours < 24 && minutes < 60 && seconds < 60
      ? new Date(date.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000).toISOString()
      : null;
  }
  const numeric = numericDate(text, order);
  if (numeric) {
    const date = calendarDay(numeric.year, numeric.monthIndex, numeric.day);
    return date && numeric.seconds !== null ? new Date(date.getTime() + numeric.seconds * 1000).toISOString() : null;
  }
  const date = parseWallClock(text, [
    'yyyy-MM-dd HH:mm:ss',
    'yyyy-MM-dd HH:mm',
    "yyyy-MM-dd'T'HH:mm:ss",
    'd MMM yyyy',
    'yyyy-MM-dd',
  ]);
  return date ? date.toISOString() : null;
}
