import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { allValues, emptySql, getValue, identifier, joinSql, sql } from '../../../electron/core/db/sql.js';
import { statusIs } from '../../../electron/core/roster/contact-status.js';

describe('sql tag', () => {
  it('turns values into parameters and splices fragments with their values in order', () => {
    const inner = sql`b = ${'x'}`;
    const query = sql`SELECT 1 WHERE a = ${1} AND ${inner} AND c = ${null}`;
    expect(query.text).toBe('SELECT 1 WHERE a = ? AND b = ? AND c = ?');
    expect(query.values).toEqual([1, 'x', null]);
  });

  it('never lets hostile text become SQL: it is bound, and SQLite compares it as a value', () => {
    const db = openDatabase(':memory:');
    const hostile = "x' OR 1=1; DROP TABLE contacts; --";
    expect(getValue<number>(db, sql`SELECT count(*) FROM contacts WHERE display_name = ${hostile}`)).toBe(0);
    expect(getValue<number>(db, sql`SELECT count(*) FROM sqlite_master WHERE name = 'contacts'`)).toBe(1);
    db.close();
  });

  it('takes identifiers only from the closed set the caller names', () => {
    const tables = ['contact_phones', 'contact_urls'] as const;
    expect(identifier('contact_urls', tables).text).toBe('contact_urls');
    expect(() => identifier('contacts; DROP TABLE x' as 'contact_urls', tables)).toThrow(/Not an allowed/);
    expect(() => statusIs('active', 'c.id) OR (1' as 'c.id')).toThrow(/Not an allowed/);
  });

  it('joins optional conditions, and an empty fragment adds nothing', () => {
    const where = joinSql([sql`a = ${1}`, sql`b IN (SELECT value FROM json_each(${'[2,3]'}))`], ' AND ');
    expect(where.text).toBe('a = ? AND b IN (SELECT value FROM json_each(?))');
    expect(where.values).toEqual([1, '[2,3]']);
    expect(sql`SELECT 1${emptySql}`.text).toBe('SELECT 1');
  });

  it('runs through the statement cache with either result mode for the same text', () => {
    const db = openDatabase(':memory:');
    const query = sql`SELECT value FROM json_each(${'[1,2]'})`;
    expect(allValues<number>(db, query)).toEqual([1, 2]);
    expect(getValue<number>(db, query)).toBe(1);
    db.close();
  });
});
