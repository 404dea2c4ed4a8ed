import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';

describe('migration 0150 (undoable dismissals and protections)', () => {
  it('keeps rules, proposals, dismissals and the history; renames an untouched "Changed field" starter', () => {
    const db = databaseAtVersion(110, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (1, 'Ada', 'ada', 'x', 'x');
      INSERT INTO rules (id, name, rule, enabled, starter_key, created_at, updated_at) VALUES
        (1, 'Changed field', '{"name":"Changed field","when":{"all":[]},"then":{"kind":"flag"}}', 1, 'changed-field', 'x', 'x'),
        (2, 'Mine', '{"name":"Mine","when":{"all":[]},"then":{"kind":"flag"}}', 0, NULL, 'x', 'x');
      INSERT INTO batches (id, action, reason, at) VALUES (1, 'subscribe', NULL, 'x');
      INSERT INTO rule_proposals (id, rule_id, contact_id, action, why, fingerprint, created_at)
        VALUES (7, 2, 1, '{"kind":"flag"}', 'Mine', 'f', 'x');
      INSERT INTO rule_dismissals (rule_id, contact_id, fingerprint, dismissed_at) VALUES (1, 1, 'g', 'x');
      INSERT INTO protected_contacts (contact_id, protected_at) VALUES (1, 'x');
    `);
    runMigrations(db);
    expect(
      db.prepare("SELECT id, name, json_extract(rule, '$.name') AS inner, enabled FROM rules ORDER BY id").all(),
    ).toEqual([
      { id: 1, name: 'Changed jobs', inner: 'Changed jobs', enabled: 1 },
      { id: 2, name: 'Mine', inner: 'Mine', enabled: 0 },
    ]);
    expect(db.prepare('SELECT id, why FROM rule_proposals').all()).toEqual([{ id: 7, why: 'Mine' }]);
    expect(db.prepare('SELECT count(*) FROM rule_dismissals').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM protected_contacts').pluck().get()).toBe(1);
    expect(db.prepare('SELECT action FROM batches').pluck().all()).toEqual(['subscribe']);
    db.prepare("INSERT INTO batches (action, at) VALUES ('dismiss', 'x'), ('protect', 'x')").run();
    expect(() => db.prepare("INSERT INTO batches (action, at) VALUES ('nonsense', 'x')").run()).toThrow(/CHECK/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('leaves a starter the user renamed alone', () => {
    const db = databaseAtVersion(110);
    db.exec(`INSERT INTO rules (id, name, rule, enabled, starter_key, created_at, updated_at) VALUES
      (1, 'Job hoppers', '{"name":"Job hoppers","when":{"all":[]},"then":{"kind":"flag"}}', 0, 'changed-field', 'x', 'x')`);
    runMigrations(db);
    expect(db.prepare('SELECT name FROM rules').pluck().all()).toEqual(['Job hoppers']);
  });
});
