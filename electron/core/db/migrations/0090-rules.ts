import type { Migration } from './migration.js';

/**
 * The rule engine (issue 12): rules, the proposals they make, dismissals remembered per person
 * and rule (with a fingerprint of the facts the rule read, so a proposal returns only when one of
 * them changes), protected people, tags, and the history of company and position changes that
 * imports now keep.
 */
export const rulesEngine: Migration = {
  version: 90,
  name: 'rules, proposals, tags, protection, field history',
  up(db) {
    db.exec(`
      CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- JSON { name, when, then }, as shared/rules-schema.ts validates it.
        rule TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        -- Set for the rules Prune ships (disabled); they can be edited and disabled, not deleted.
        starter_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE rule_proposals (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        -- JSON: the rule's action when it proposed this.
        action TEXT NOT NULL,
        why TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        -- An accepted proposal whose batch was undone counts as open again.
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted')),
        batch_id INTEGER REFERENCES batches (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (rule_id, contact_id)
      );
      CREATE INDEX rule_proposals_by_contact ON rule_proposals (contact_id);
      CREATE INDEX rule_proposals_by_batch ON rule_proposals (batch_id);

      CREATE TABLE rule_dismissals (
        rule_id INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (rule_id, contact_id)
      ) WITHOUT ROWID;

      -- "Never suggest this person": no rule proposes them.
      CREATE TABLE protected_contacts (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        protected_at TEXT NOT NULL
      );

      CREATE TABLE contact_tags (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        -- The accepted group that added it, so Undo takes back exactly those.
        batch_id INTEGER REFERENCES batches (id) ON DELETE SET NULL,
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX contact_tags_by_batch ON contact_tags (batch_id);

      -- Imports keep the previous company or position with the date it changed.
      CREATE TABLE field_changes (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('company', 'position')),
        previous TEXT,
        current TEXT,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX field_changes_by_contact ON field_changes (contact_id, field, changed_at);
    `);
  },
};
