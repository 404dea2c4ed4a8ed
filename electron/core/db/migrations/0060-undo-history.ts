import type { Migration } from './migration.js';

/**
 * One undo history for every user action (issue 9): merges join removals and restores as
 * batches, and an undone batch can be redone until the user does something new.
 *
 * `batches` gets a wider CHECK, which SQLite can only do by rebuilding the table. Its child
 * `audit_log` is rebuilt alongside (dropping `batches` first would cascade into it); renaming
 * the new parent to `batches` rewrites the child's foreign key to match.
 */
export const undoHistory: Migration = {
  version: 60,
  name: 'undo history: merges, redo',
  up(db) {
    db.exec(`
      CREATE TABLE batches_next (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action = 'remove' OR action = 'restore' OR action = 'purge' OR action = 'merge'),
        reason TEXT,
        at TEXT NOT NULL,
        undone_at TEXT,
        -- Order of undoing, so Redo takes the most recently undone batch first.
        undone_seq INTEGER,
        -- Cleared when the user does something new after an undo: that batch can no longer be redone.
        redoable INTEGER NOT NULL DEFAULT 1
      );
      INSERT INTO batches_next (id, action, reason, at, undone_at, redoable)
        SELECT id, action, reason, at, undone_at, 0 FROM batches;

      CREATE TABLE audit_log_next (
        batch_id INTEGER NOT NULL REFERENCES batches_next (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        PRIMARY KEY (batch_id, contact_id)
      ) WITHOUT ROWID;
      INSERT INTO audit_log_next SELECT batch_id, contact_id, from_status, to_status FROM audit_log;
      DROP TABLE audit_log;
      DROP TABLE batches;
      ALTER TABLE batches_next RENAME TO batches;
      ALTER TABLE audit_log_next RENAME TO audit_log;
      CREATE INDEX audit_log_by_contact ON audit_log (contact_id);

      -- What undoing a merge needs: both people as they were, and what the merge chose.
      CREATE TABLE merge_history (
        batch_id INTEGER PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
        proposal_id INTEGER,
        kept_id INTEGER NOT NULL,
        dropped_id INTEGER NOT NULL,
        kept_name TEXT NOT NULL,
        dropped_name TEXT NOT NULL,
        -- JSON: which side each field came from ({"company":"b",…}).
        survivors TEXT NOT NULL,
        -- JSON: the rows of both contacts and of every table that names them, before the merge.
        snapshot TEXT NOT NULL,
        -- The kept contact's updated_at right after the merge: if it moved, unmerging would lose data.
        kept_updated_at TEXT NOT NULL
      );
    `);
  },
};
