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

/** Two-digit years in LinkedIn's old `4-Apr-15` dates: 00–69 are 2000s, 70–99 are 1900s. */
function expandTwoDigitYear(text: string): string {
  return text.replace(/-(\d{2})$/, (_match, yy: string) => `-${Number(yy) < 70 ? '20' : '19'}${yy}`);
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

/** `08 Feb 2026`, `8 Feb 2026`, `4-Apr-21`, `2026-02-08`, `2/8/2026` → `2026-02-08`; null if unparseable. */
export function parseConnectionDate(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const fast = linkedInDay(text);
  if (fast !== undefined) return fast;
  const date = parseWallClock(expandTwoDigitYear(text), [
    'd MMM yyyy',
    'd-MMM-yyyy',
    'yyyy-MM-dd',
    'M/d/yyyy',
    'd MMMM yyyy',
  ]);
  return date ? isoDate(date) : null;
}

/** ISO date `YYYY-MM-DD` from vCard BDAY-like or Google values; strict. */
export function parseIsoDay(raw: string): string | null {
  const date = parseWallClock(raw.trim(), ['yyyy-MM-dd']);
  return date ? isoDate(date) : null;
}

const MESSAGE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** LinkedIn message and invitation timestamps → ISO 8601 UTC. */
export function parseMessageTimestamp(raw: string): string | null {
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
  const date = parseWallClock(text, [
    'yyyy-MM-dd HH:mm:ss',
    'yyyy-MM-dd HH:mm',
    "yyyy-MM-dd'T'HH:mm:ss",
    'M/d/yy, h:mm a',
    'M/d/yyyy, h:mm a',
    'M/d/yy h:mm a',
    'd MMM yyyy',
  ]);
  return date ? date.toISOString() : null;
}
