import type { Migration } from './migration.js';
import { allowBatchAction } from './0110-feed-gaps.js';

/**
 * Dismissing a proposal and "Never suggest this person" join the one undo history (issue 12):
 * `batches` accepts 'dismiss' and 'protect', and `review_resolutions` keeps the proposals such a
 * batch took out of the queue (and the dismissal each replaced), so Undo puts back exactly those.
 * `protect_history` names the person a 'protect' batch protected.
 *
 * The starter rule "Changed field" is now called "Changed jobs" (same starter key); a copy the
 * user renamed keeps their name.
 */
export const undoableReview: Migration = {
  version: 150,
  name: 'undoable dismissals and protections',
  up(db) {
    db.exec(`
      CREATE TABLE review_resolutions (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        proposal_id INTEGER NOT NULL,
        rule_id INTEGER NOT NULL,
        contact_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        why TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- The dismissal this one replaced (a fact changed since), restored by Undo.
        previous_fingerprint TEXT,
        previous_dismissed_at TEXT,
        PRIMARY KEY (batch_id, proposal_id)
      ) WITHOUT ROWID;

      CREATE TABLE protect_history (
        batch_id INTEGER PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL
      );
    `);
    allowBatchAction(db, 'dismiss');
    allowBatchAction(db, 'protect');
    db.exec(`
      UPDATE rules SET name = 'Changed jobs', rule = json_set(rule, '$.name', 'Changed jobs')
       WHERE starter_key = 'changed-field' AND name = 'Changed field';
    `);
  },
};
