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
        Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()),
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

/** `08 Feb 2026`, `8 Feb 2026`, `4-Apr-21`, `2026-02-08`, `2/8/2026` → `2026-02-08`; null if unparseable. */
export function parseConnectionDate(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const date = parseWallClock(expandTwoDigitYear(text), ['d MMM yyyy', 'd-MMM-yyyy', 'yyyy-MM-dd', 'M/d/yyyy', 'd MMMM yyyy']);
  return date ? isoDate(date) : null;
}

/** ISO date `YYYY-MM-DD` from vCard BDAY-like or Google values; strict. */
export function parseIsoDay(raw: string): string | null {
  const date = parseWallClock(raw.trim(), ['yyyy-MM-dd']);
  return date ? isoDate(date) : null;
}

/** LinkedIn message and invitation timestamps → ISO 8601 UTC. */
export function parseMessageTimestamp(raw: string): string | null {
  const text = raw.trim().replace(/\s+UTC$/i, '');
  if (!text) return null;
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
