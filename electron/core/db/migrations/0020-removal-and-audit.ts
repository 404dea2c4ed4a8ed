import type { Migration } from './migration.js';

export const removalAndAudit: Migration = {
  version: 20,
  name: 'removal state, audit log, reappearance',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN removal_reason TEXT;
      -- Set when an import lists a trashed or removed contact again; the user confirms or dismisses.
      ALTER TABLE contacts ADD COLUMN reappeared_source TEXT;
      ALTER TABLE contacts ADD COLUMN reappeared_at TEXT;

      -- One row per removal, restore or purge; what undo reverses, and what the user can review.
      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('remove', 'restore', 'purge')),
        reason TEXT,
        at TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE TABLE audit_log (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        PRIMARY KEY (batch_id, contact_id)
      ) WITHOUT ROWID;
      CREATE INDEX audit_log_by_contact ON audit_log (contact_id);

      -- The LinkedIn removal checklist: Prune cannot remove anyone on LinkedIn, the user does,
      -- one profile at a time; ticks survive restarts.
      CREATE TABLE linkedin_checklist (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        done_at TEXT NOT NULL
      );
    `);
  },
};
