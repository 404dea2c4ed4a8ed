import type Database from 'better-sqlite3';
import type { Migration } from './migration.js';

/**
 * Feed gaps (issue 11): Mastodon avatars as contact photos, OPML imports in the undo history,
 * and a feed's kind for the Source filter.
 *
 * - `contacts.photo_avatar_url`: the feed avatar the photo was downloaded from; NULL when the
 *   photo came from an import (or there is none). An imported photo replaces an avatar, never
 *   the other way round.
 * - `feeds.avatar_checked_url/_at/_error`: the avatar last tried and why it was skipped, so an
 *   avatar is fetched again only when its address changes (or a failed one, a day later).
 * - `feeds.kind`: 'mastodon' for an account's public feed (`https://host/@user.rss`, the shape
 *   mastodon-feed-url.ts writes), else 'web'; computed from the URL, never stored apart from it.
 * - `batches` accepts 'subscribe' (an OPML import), and `subscribe_history` keeps what such a
 *   batch added, so Undo can take it away and Redo bring it back.
 */

/**
 * Widens the CHECK of `batches.action` in place. Rebuilding `batches` would mean rebuilding
 * every table that refers to it (five by now); SQLite documents editing the stored schema for
 * loosening a CHECK (sqlite.org/lang_altertable.html, "other kinds of table schema changes"):
 * every stored row already satisfies the wider constraint, so the file's format is unchanged.
 */
export function allowBatchAction(db: Database.Database, action: string): void {
  const stored = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'batches'")
    .pluck()
    .get() as string;
  const check = /CHECK \(action IN \(([^)]*)\)\)/.exec(stored);
  if (!check) throw new Error('batches.action has no CHECK (action IN (...)) to widen');
  if (check[1]!.split(',').some((item) => item.trim() === `'${action}'`)) return;
  const widened = stored.replace(check[0], `CHECK (action IN (${check[1]}, '${action}'))`);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'batches'").run(widened);
    db.pragma(`schema_version = ${schemaVersion + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}

export const feedGaps: Migration = {
  version: 110,
  name: 'feed avatars, undoable OPML imports, feed kinds',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN photo_avatar_url TEXT;
      ALTER TABLE feeds ADD COLUMN avatar_checked_url TEXT;
      ALTER TABLE feeds ADD COLUMN avatar_checked_at TEXT;
      ALTER TABLE feeds ADD COLUMN avatar_error TEXT;
      ALTER TABLE feeds ADD COLUMN kind TEXT GENERATED ALWAYS AS (
        CASE WHEN url GLOB 'https://?*/@?*.rss' AND url NOT GLOB 'https://*/*/*' THEN 'mastodon' ELSE 'web' END
      ) VIRTUAL;

      -- What a 'subscribe' batch added: each feed, and the person when the batch created them
      -- (created_name set), so Undo removes exactly these and Redo re-creates them.
      CREATE TABLE subscribe_history (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        feed_id INTEGER NOT NULL,
        contact_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        created_name TEXT,
        PRIMARY KEY (batch_id, feed_id)
      ) WITHOUT ROWID;
    `);
    allowBatchAction(db, 'subscribe');
  },
};
