import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConnectionDate } from '../../../electron/core/import/dates.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What the importer did before it formatted dates itself: a UTC Date, checked and printed. */
function viaDate(year: number, monthIndex: number, day: number): string | null {
  const date = new Date(Date.UTC(year, monthIndex, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === monthIndex && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

describe('LinkedIn connection dates', () => {
  it('knows leap years and rejects days a month does not have', () => {
    expect(parseConnectionDate('29 Feb 2024')).toBe('2024-02-29');
    expect(parseConnectionDate('29 Feb 2100')).toBeNull();
    expect(parseConnectionDate('29-Feb-00')).toBe('2000-02-29');
    expect(parseConnectionDate('31 Apr 2020')).toBeNull();
    expect(parseConnectionDate('0 Jan 2020')).toBeNull();
    expect(parseConnectionDate('01 Jan 0100')).toBe('0100-01-01');
    expect(parseConnectionDate('01 Jan 0099')).toBeNull();
  });

  it('reads every day, month and year as a UTC Date would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 11 }),
        fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })),
        fc.boolean(),
        (day, monthIndex, year, twoDigitYear) => {
          const yearText = twoDigitYear ? String(year % 100).padStart(2, '0') : String(year).padStart(4, '0');
          const fullYear = twoDigitYear ? (year % 100) + (year % 100 < 70 ? 2000 : 1900) : year;
          const text = `${day} ${MONTHS[monthIndex]!} ${yearText}`;
          expect(parseConnectionDate(text)).toBe(viaDate(fullYear, monthIndex, day));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
