import type { Db } from '../db/open-database.js';
import { allRows, allValues, getValue, identifier, runSql, sql } from '../db/sql.js';
import { nameKey } from '../roster/identity.js';
import { indexNewContact, unindexContact } from '../roster/search-index.js';

/**
 * OPML imports in the one undo history ('subscribe' batches). Each keeps the subscriptions it
 * added and the people it created (`subscribe_history`). Undo removes those subscriptions (with
 * their posts) and deletes the people it created outright, with their search entries, when
 * nothing else holds them: they existed only as this import's placeholders, and Trash is for
 * people the user had. Redo brings both back, with their ids when still free, so later history
 * entries that name them (a mute, a merge) still find them.
 */

interface HistoryRow {
  feed_id: number;
  contact_id: number;
  url: string;
  created_name: string | null;
}

/** Tables whose rows belong to this import's own subscriptions, not to anything else about the person. */
const THE_IMPORTS_OWN = new Set(['feeds', 'feed_posts', 'subscribe_history']);

export function recordSubscription(
  db: Db,
  batchId: number,
  entry: { feedId: number; contactId: number; url: string; createdName: string | null },
): void {
  runSql(
    db,
    sql`INSERT INTO subscribe_history (batch_id, feed_id, contact_id, url, created_name)
        VALUES (${batchId}, ${entry.feedId}, ${entry.contactId}, ${entry.url}, ${entry.createdName})`,
  );
}

/** "Import 12 subscriptions", "Import Ada Lovelace’s subscription": what the Edit menu and toasts say. */
export function subscribeBatchLabel(count: number, onlyName: string | null): string {
  if (count === 1 && onlyName) return `Import ${onlyName}’s subscription`;
  return `Import ${count.toLocaleString('en-US')} subscription${count === 1 ? '' : 's'}`;
}

const rowsOf = (db: Db, batchId: number): HistoryRow[] =>
  allRows<HistoryRow>(
    db,
    sql`SELECT feed_id, contact_id, url, created_name FROM subscribe_history WHERE batch_id = ${batchId} ORDER BY feed_id`,
  );

/** Whether anything but this import's subscriptions refers to the person (a source, an email, a rule, a removal…). */
function holdsMore(db: Db, contactId: number): boolean {
  const tables = allValues<string>(
    db,
    sql`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p
         WHERE m.type = 'table' AND p.name = 'contact_id' ORDER BY m.name`,
  ).filter((table) => !THE_IMPORTS_OWN.has(table));
  return tables.some(
    (table) =>
      getValue<number>(
        db,
        sql`SELECT EXISTS (SELECT 1 FROM ${identifier(table, tables)} WHERE contact_id = ${contactId})`,
      ) === 1,
  );
}

/** Removes what the batch added; returns how many subscriptions went. */
export function undoSubscribeBatch(db: Db, batchId: number): number {
  const rows = rowsOf(db, batchId);
  let removed = 0;
  for (const row of rows) removed += runSql(db, sql`DELETE FROM feeds WHERE id = ${row.feed_id}`).changes;
  for (const row of rows) {
    if (row.created_name === null) continue;
    const feedsLeft = getValue<number>(db, sql`SELECT count(*) FROM feeds WHERE contact_id = ${row.contact_id}`);
    if (feedsLeft > 0 || holdsMore(db, row.contact_id)) {
      // They stay, so Redo must not create them again.
      runSql(
        db,
        sql`UPDATE subscribe_history SET created_name = NULL WHERE batch_id = ${batchId} AND contact_id = ${row.contact_id}`,
      );
      continue;
    }
    if (runSql(db, sql`DELETE FROM contacts WHERE id = ${row.contact_id}`).changes > 0)
      unindexContact(db, row.contact_id);
  }
  return removed;
}

const idFree = (db: Db, table: 'contacts' | 'feeds', id: number): boolean =>
  getValue<number>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM ${identifier(table, ['contacts', 'feeds'])} WHERE id = ${id})`,
  ) === 0;

/** Re-creates the people and subscriptions after an undo; returns how many subscriptions came back. */
export function redoSubscribeBatch(db: Db, batchId: number, now: string): number {
  const rows = rowsOf(db, batchId);
  const recreated = new Map<number, number>();
  for (const row of rows) {
    if (row.created_name === null || recreated.has(row.contact_id)) continue;
    // Deleted on undo; their id may have gone to someone new since.
    const wantedId = idFree(db, 'contacts', row.contact_id) ? row.contact_id : null;
    const id = Number(
      runSql(
        db,
        sql`INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at)
            VALUES (${wantedId}, ${row.created_name}, ${nameKey(row.created_name)}, ${now}, ${now})`,
      ).lastInsertRowid,
    );
    indexNewContact(db, id, { name: row.created_name, company: null, position: null, emails: [] });
    recreated.set(row.contact_id, id);
  }
  let added = 0;
  for (const row of rows) {
    const contactId = recreated.get(row.contact_id) ?? row.contact_id;
    const present = getValue<number>(db, sql`SELECT EXISTS (SELECT 1 FROM contacts WHERE id = ${contactId})`);
    const subscribed = getValue<number>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM feeds WHERE contact_id = ${contactId} AND url = ${row.url})`,
    );
    if (present === 0 || subscribed === 1) continue;
    const feedId = Number(
      runSql(
        db,
        sql`INSERT INTO feeds (id, contact_id, url, next_due_at, created_at)
            VALUES (${idFree(db, 'feeds', row.feed_id) ? row.feed_id : null}, ${contactId}, ${row.url}, ${now}, ${now})`,
      ).lastInsertRowid,
    );
    runSql(
      db,
      sql`UPDATE subscribe_history SET feed_id = ${feedId}, contact_id = ${contactId}
           WHERE batch_id = ${batchId} AND feed_id = ${row.feed_id}`,
    );
    added += 1;
  }
  return added;
}
