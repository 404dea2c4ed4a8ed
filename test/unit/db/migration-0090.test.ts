import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0090: rules', () => {
  it('adds the rule tables and keeps every person, source, batch and removal', () => {
    const db = databaseAtVersion(70, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, company, connected_on, created_at, updated_at)
        VALUES (1, 'Ada Lovelace', 'ada lovelace', 'Acme', '2015-12-10', 'x', 'x'),
               (2, 'Grace Hopper', 'grace hopper', 'US Navy', NULL, 'x', 'x');
      INSERT INTO contact_sources (contact_id, source, first_seen_at, last_seen_at) VALUES (1, 'linkedin', 'x', 'x');
      INSERT INTO batches (id, action, at) VALUES (1, 'remove', 'x');
      INSERT INTO audit_log (batch_id, contact_id, from_status, to_status) VALUES (1, 2, 'active', 'trashed');
      INSERT INTO contact_removals (contact_id, status, changed_at) VALUES (2, 'trashed', 'x');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT id, company FROM contacts ORDER BY id').all()).toEqual([
      { id: 1, company: 'Acme' },
      { id: 2, company: 'US Navy' },
    ]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(db.prepare('SELECT status FROM contact_removals WHERE contact_id = 2').pluck().get()).toBe('trashed');
    for (const table of [
      'rules',
      'rule_proposals',
      'rule_dismissals',
      'protected_contacts',
      'contact_tags',
      'field_changes',
    ])
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    // Deleting a person takes their rule rows with them.
    db.exec(
      `INSERT INTO protected_contacts VALUES (1, 'x'); INSERT INTO contact_tags (contact_id, tag, tagged_at) VALUES (1, 'vip', 'x')`,
    );
    db.exec('DELETE FROM contacts WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM protected_contacts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM contact_tags').pluck().get()).toBe(0);
  });
});
