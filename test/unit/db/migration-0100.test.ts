import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0100 (reconnect)', () => {
  it('keeps every email, learns its source where the contact had one source, and ships two templates', () => {
    const db = databaseAtVersion(70, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at)
        VALUES (1, 'Mira', 'mira', 'x', 'x'), (2, 'Tomas', 'tomas', 'x', 'x'), (3, 'Ines', 'ines', 'x', 'x');
      INSERT INTO contact_emails (contact_id, normalized, address, rank) VALUES
        (1, 'mira@work.example', 'Mira@work.example', 0), (2, 't@a.example', 't@a.example', 0),
        (2, 't@b.example', 't@b.example', 1), (3, 'ines@x.example', 'ines@x.example', 0);
      INSERT INTO contact_sources (contact_id, source, first_seen_at, last_seen_at) VALUES
        (1, 'linkedin', 'x', 'x'), (2, 'linkedin', 'x', 'x'), (2, 'vcard', 'x', 'x');
    `);
    runMigrations(db);
    expect(
      db.prepare('SELECT contact_id, address, source FROM contact_emails ORDER BY contact_id, rank').all(),
    ).toEqual([
      { contact_id: 1, address: 'Mira@work.example', source: 'linkedin' },
      { contact_id: 2, address: 't@a.example', source: 'unknown' },
      { contact_id: 2, address: 't@b.example', source: 'unknown' },
      { contact_id: 3, address: 'ines@x.example', source: 'unknown' },
    ]);
    expect(db.prepare('SELECT name FROM reconnect_templates ORDER BY position').pluck().all()).toEqual([
      'Apology for a mistake',
      'Re-introduction',
    ]);
    expect(() =>
      db.exec(
        "INSERT INTO reconnect_attempts (contact_id, status, created_at, updated_at) VALUES (1, 'sent', 'x', 'x'), (1, 'drafted', 'x', 'x')",
      ),
    ).toThrow(/UNIQUE/);
  });
});
