import type Database from 'better-sqlite3';
import { openDatabase } from '../db/open-database.js';

/**
 * What starting over keeps: the user's preferences, not their data. Feed settings (retention,
 * refresh, remote images; not the "last looked" marker, which belongs to the posts), the
 * reconnect settings (your name, reminder days) and the message templates as edited. The theme
 * lives in the window's own storage and is never touched.
 */
const KEPT_ROWS: readonly { table: string; where?: string }[] = [
  { table: 'feed_settings', where: "key <> 'last_looked_at'" },
  { table: 'reconnect_settings' },
  { table: 'reconnect_templates' },
];

/**
 * Writes a new roster at `file`: every migration from the first (so starter rules ship disabled
 * and templates as shipped, exactly as for a new user, whatever tables later versions add),
 * then the preferences copied from `previous`. The file is a single self-contained database.
 */
export function writeFreshRoster(file: string, previous: Database.Database, nativeBinding?: string): void {
  const db = openDatabase(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.transaction(() => {
      for (const { table, where } of KEPT_ROWS) {
        if (!hasTable(previous, table)) continue;
        const rows = previous.prepare(`SELECT * FROM ${table}${where ? ` WHERE ${where}` : ''}`).all() as Record<
          string,
          unknown
        >[];
        if (rows.length === 0) continue;
        db.prepare(`DELETE FROM ${table}`).run();
        const columns = Object.keys(rows[0]!);
        const insert = db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        );
        for (const row of rows) insert.run(row);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

const hasTable = (db: Database.Database, table: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
