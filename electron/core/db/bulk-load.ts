import type { Db } from './open-database.js';
import { identifier, sql as sqlText } from './sql.js';

/** Indexes that only serve sorted listing, not look-ups the import itself makes. */
const LISTING_INDEXES = ['contacts_by_company', 'contacts_by_connected', 'contacts_by_interaction'] as const;

/**
 * Drops the listing indexes for a bulk load and returns a function that rebuilds them:
 * SQLite builds an index from sorted data far faster than it maintains it row by row.
 * Call inside the load's transaction, so a rollback brings the indexes back too.
 */
export function suspendListingIndexes(db: Db): () => void {
  const definitions = LISTING_INDEXES.map(
    (name) =>
      db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(name) as
        string | undefined,
  ).filter((sql): sql is string => typeof sql === 'string');
  for (const name of LISTING_INDEXES) db.exec(sqlText`DROP INDEX IF EXISTS ${identifier(name, LISTING_INDEXES)}`.text);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const sql of definitions) db.exec(sql);
  };
}
