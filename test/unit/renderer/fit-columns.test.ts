import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../renderer/src/components/fit-columns.js';
import { parseLocaleDate } from '../../../renderer/src/components/locale-date.js';

const columns = [
  { key: 'name', label: 'Name', width: 200, minWidth: 120, flexible: true },
  { key: 'company', label: 'Company', width: 160, minWidth: 100 },
  { key: 'email', label: 'Email', width: 200, minWidth: 120 },
] as const;

describe('fitColumns: names get the room first', () => {
  it('gives the name column everything left over', () => {
    expect(fitColumns(columns, 1000, new Set())).toEqual([640, 160, 200]);
  });
  it('shrinks the other columns, never the name, when space is short', () => {
    expect(fitColumns(columns, 480, new Set())).toEqual([201, 125, 154]);
  });
  it('then the names give way if that makes everything fit; otherwise the table scrolls and they keep their room', () => {
    expect(fitColumns(columns, 400, new Set())).toEqual([180, 100, 120]);
    expect(fitColumns(columns, 340, new Set())).toEqual([120, 100, 120]);
    expect(fitColumns(columns, 300, new Set())).toEqual([200, 100, 120]);
    expect(fitColumns(columns, 400, new Set(['name']))).toEqual([200, 100, 120]);
  });
  it('never shrinks a column the user sized (the names give way before it)', () => {
    expect(fitColumns(columns, 480, new Set(['email']))).toEqual([180, 100, 200]);
  });
  it('past its maxWidth, the name column leaves the room to the others (those the user did not size)', () => {
    const capped = [{ ...columns[0], maxWidth: 400 }, columns[1], columns[2]];
    expect(fitColumns(capped, 1000, new Set())).toEqual([401, 266, 333]);
    expect(fitColumns(capped, 1000, new Set(['email']))).toEqual([400, 400, 200]);
    expect(fitColumns(capped, 700, new Set())).toEqual([340, 160, 200]);
    expect(fitColumns(capped, 1000, new Set(['company', 'email']))).toEqual([640, 160, 200]);
  });
});

describe('parseLocaleDate', () => {
  it('reads ISO days and the month names the table shows', () => {
    expect(parseLocaleDate('2014-11-07')).toBe('2014-11-07');
    expect(parseLocaleDate('Nov 7, 2014')).toBe('2014-11-07');
    expect(parseLocaleDate('7 November 2014')).toBe('2014-11-07');
  });
  it('reads the numeric order of the locale and refuses impossible days', () => {
    const order = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(new Date(Date.UTC(2014, 10, 7)));
    expect(parseLocaleDate(order)).toBe('2014-11-07');
    expect(parseLocaleDate('2014-02-30')).toBeNull();
    expect(parseLocaleDate('soon')).toBeNull();
  });
});
