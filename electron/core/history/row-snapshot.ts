import type { Db } from '../db/open-database.js';
import { allRows, allValues, identifier, joinSql, runSql, sql, type SqlValue } from '../db/sql.js';
import { rematerializeContacts } from '../hide/hide-materialize.js';

/**
 * Every stored row about a set of contacts, as JSON, and the way back. Which tables name a
 * contact is read from the schema (any table with a `contact_id` column, plus merge
 * proposals), so a table added later is covered without touching this file.
 */
export interface RowSnapshot {
  contacts: Record<string, SnapshotValue>[];
  tables: Record<string, Record<string, SnapshotValue>[]>;
  proposals: Record<string, SnapshotValue>[];
}

type SnapshotValue = string | number | null | { blob: string };

const encode = (value: unknown): SnapshotValue =>
  Buffer.isBuffer(value) ? { blob: value.toString('base64') } : (value as string | number | null);
const decode = (value: SnapshotValue): SqlValue =>
  value !== null && typeof value === 'object' ? Buffer.from(value.blob, 'base64') : value;

function encodeRow(row: Record<string, unknown>): Record<string, SnapshotValue> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, encode(value)]));
}

/** Tables with a contact_id column; the audit log is history, not state, and is never rolled back. */
function contactTables(db: Db): string[] {
  return allValues<string>(
    db,
    sql`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p
         WHERE m.type = 'table' AND p.name = 'contact_id' AND m.name <> 'audit_log' ORDER BY m.name`,
  );
}

function columnsOf(db: Db, table: string): string[] {
  return allValues<string>(db, sql`SELECT name FROM pragma_table_info(${table})`);
}

export function snapshotContacts(db: Db, ids: readonly number[]): RowSnapshot {
  const json = JSON.stringify(ids);
  const tables = contactTables(db);
  const inIds = sql`(SELECT value FROM json_each(${json}))`;
  return {
    contacts: allRows<Record<string, unknown>>(db, sql`SELECT * FROM contacts WHERE id IN ${inIds}`).map(encodeRow),
    tables: Object.fromEntries(
      tables.map((table) => [
        table,
        allRows<Record<string, unknown>>(
          db,
          sql`SELECT * FROM ${identifier(table, tables)} WHERE contact_id IN ${inIds}`,
        ).map(encodeRow),
      ]),
    ),
    proposals: allRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM merge_proposals WHERE contact_a IN ${inIds} OR contact_b IN ${inIds}`,
    ).map(encodeRow),
  };
}

function insertRows(db: Db, table: string, rows: readonly Record<string, SnapshotValue>[], allowed: string[]): void {
  const columns = columnsOf(db, table);
  for (const row of rows) {
    const names = Object.keys(row).filter((column) => columns.includes(column));
    const list = names.map((name) => identifier(name, columns));
    const values = names.map((name) => decode(row[name]!));
    const placeholders = values.map((value) => sql`${value}`);
    runSql(
      db,
      sql`INSERT OR REPLACE INTO ${identifier(table, allowed)} (${joinSql(list, ', ')}) VALUES (${joinSql(placeholders, ', ')})`,
    );
  }
}

/**
 * A contact row goes back by UPDATE when it still exists: deleting or replacing it would
 * cascade into the audit log, which is history and must keep it.
 */
function putContactRow(db: Db, row: Record<string, SnapshotValue>): void {
  const columns = columnsOf(db, 'contacts');
  const id = Number(row.id);
  const exists = allValues<number>(db, sql`SELECT id FROM contacts WHERE id = ${id}`).length > 0;
  if (!exists) {
    insertRows(db, 'contacts', [row], ['contacts']);
    return;
  }
  const assignments = Object.keys(row)
    .filter((column) => column !== 'id' && columns.includes(column))
    .map((column) => sql`${identifier(column, columns)} = ${decode(row[column]!)}`);
  runSql(db, sql`UPDATE contacts SET ${joinSql(assignments, ', ')} WHERE id = ${id}`);
}

/**
 * Puts the contacts of a snapshot back exactly as they were: their rows, and every row about
 * them in other tables, replacing whatever those tables hold for them now.
 */
export function restoreContactRows(db: Db, snapshot: RowSnapshot, ids: readonly number[]): void {
  // Tables go back in name order, a child (feed_posts) before its parent (feeds): foreign keys are
  // checked when the transaction commits, by which time every parent is back.
  db.pragma('defer_foreign_keys = ON');
  const json = JSON.stringify(ids);
  const inIds = sql`(SELECT value FROM json_each(${json}))`;
  const tables = contactTables(db);
  for (const table of tables) runSql(db, sql`DELETE FROM ${identifier(table, tables)} WHERE contact_id IN ${inIds}`);
  runSql(db, sql`DELETE FROM merge_proposals WHERE contact_a IN ${inIds} OR contact_b IN ${inIds}`);
  for (const row of snapshot.contacts) putContactRow(db, row);
  for (const table of tables) insertRows(db, table, snapshot.tables[table] ?? [], tables);
  insertRows(db, 'merge_proposals', snapshot.proposals, ['merge_proposals']);
  rematerializeContacts(db, ids);
}
