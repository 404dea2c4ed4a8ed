import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0050: weak identity keys', () => {
  it('gives people already in the roster their weak keys, keeping every row and strong key', () => {
    const db = databaseAtVersion(40, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, first_name, last_name, display_name, sort_name, company, connected_on, created_at, updated_at)
        VALUES (1, 'Ada', 'Lovelace', 'Ada Lovelace', 'ada lovelace', 'Acme', '2021-04-04', 'x', 'x'),
               (2, '', '', '+44 20 7946 0958', '+44 20 7946 0958', NULL, NULL, 'x', 'x'),
               (3, 'Grace', 'Hopper', 'Grace Hopper', 'grace hopper', 'US Navy', NULL, 'x', 'x');
      INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at)
        VALUES (1, 'linkedin', NULL, 'x', 'x'), (2, 'vcard', NULL, 'x', 'x'), (3, 'google', NULL, 'x', 'x');
      INSERT INTO contact_phones (contact_id, number) VALUES (2, '+44 20 7946 0958');
      INSERT INTO identity_keys (key, contact_id) VALUES ('email:grace@navy.example', 3);
      INSERT INTO contact_removals (contact_id, status, changed_at) VALUES (1, 'removed', 'x');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT key, contact_id FROM identity_keys ORDER BY contact_id, key').all()).toEqual([
      { key: '~linkedin:name:ada lovelace|2021-04-04', contact_id: 1 },
      { key: '~vcard:tel:+442079460958', contact_id: 2 },
      { key: 'email:grace@navy.example', contact_id: 3 },
      { key: '~google:nameonly:grace hopper', contact_id: 3 },
      { key: '~google:org:grace hopper|us navy', contact_id: 3 },
    ]);
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
    expect(db.prepare('SELECT status FROM contact_removals WHERE contact_id = 1').pluck().get()).toBe('removed');
  });
});
