import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { SHORTER_TEMPLATES } from '../../../electron/core/db/migrations/0140-shorter-reconnect-templates.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0140 (shorter reconnect templates)', () => {
  it('rewrites the shipped templates still as shipped, keeps one the user edited and their own', () => {
    const db = databaseAtVersion(100, { foreignKeys: true });
    db.exec(`
      UPDATE reconnect_templates SET body = body || char(10) || 'PS: my own words' WHERE position = 1;
      INSERT INTO reconnect_templates (name, subject, body, position, updated_at)
        VALUES ('Mine', 'Hello', 'Hi {firstName}', 2, 'x');
      INSERT INTO reconnect_settings (key, value) VALUES ('myName', 'Sam Example');
    `);
    const edited = db.prepare('SELECT body FROM reconnect_templates WHERE position = 1').pluck().get() as string;
    runMigrations(db);
    const rows = db.prepare('SELECT name, subject, body FROM reconnect_templates ORDER BY position').all();
    expect(rows).toEqual([
      SHORTER_TEMPLATES[0],
      { name: 'Re-introduction', subject: 'Reconnecting[ with {myName}]', body: edited },
      { name: 'Mine', subject: 'Hello', body: 'Hi {firstName}' },
    ]);
    expect(edited).toMatch(/PS: my own words$/);
    expect(db.prepare('SELECT value FROM reconnect_settings').pluck().all()).toEqual(['Sam Example']);
  });
});
