import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestSchemaVersion, runMigrations } from '../../../electron/core/db/migrate.js';
import { databaseAtVersion } from '../../helpers/database-at-version.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql};\n`).join('\n');
}

describe('database schema', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('matches the committed snapshot after all migrations', async () => {
    const db = new Database(':memory:');
    runMigrations(db);
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema.snapshot.sql');
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
  });

  it('numbers migrations in increasing order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('opens with WAL and foreign keys on, and is idempotent on reopen', () => {
    const file = path.join(temp.dir, 'reopen.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = path.join(temp.dir, 'newer.db');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${latestSchemaVersion() + 10}`);
    future.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Prune.*Nothing was changed/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion() + 10);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'contacts'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('moves removal state out of contacts (v20 → v30) without losing who is trashed, removed or reappeared', () => {
    const db = databaseAtVersion(20);
    const insert = db.prepare(
      `INSERT INTO contacts (id, display_name, sort_name, status, status_changed_at, removal_reason,
         reappeared_source, reappeared_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-02')`,
    );
    insert.run(1, 'Ada', 'ada', 'active', null, null, null, null);
    insert.run(2, 'Grace', 'grace', 'trashed', '2026-03-01', 'Spam', 'linkedin', '2026-04-01');
    insert.run(3, 'Linus', 'linus', 'removed', null, null, null, null);
    runMigrations(db);
    expect(db.prepare('SELECT * FROM contact_removals ORDER BY contact_id').all()).toEqual([
      {
        contact_id: 2,
        status: 'trashed',
        changed_at: '2026-03-01',
        reason: 'Spam',
        reappeared_source: 'linkedin',
        reappeared_at: '2026-04-01',
      },
      // No recorded change date: the last update stands in for it.
      {
        contact_id: 3,
        status: 'removed',
        changed_at: '2026-01-02',
        reason: null,
        reappeared_source: null,
        reappeared_at: null,
      },
    ]);
    const columns = (db.prepare('PRAGMA table_info(contacts)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('status');
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
  });

  it('rebuilds sources and the search index (v30 → v40) with every row and token kept', () => {
    const db = databaseAtVersion(30, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, company, position, created_at, updated_at)
        VALUES (7, 'Ada Lovelace', 'ada lovelace', 'Analytical Engines', 'Mathematician', 'x', 'x');
      INSERT INTO contact_emails (contact_id, normalized, address, rank) VALUES (7, 'ada@engines.example', 'ada@engines.example', 0);
      INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at)
        VALUES (7, 'mastodon', 'following', '2026-01-01', '2026-02-01');
    `);
    runMigrations(db);
    expect(
      db.prepare('SELECT contact_id, source, relation, first_seen_at, last_seen_at FROM contact_sources').all(),
    ).toEqual([
      {
        contact_id: 7,
        source: 'mastodon',
        relation: 'following',
        first_seen_at: '2026-01-01',
        last_seen_at: '2026-02-01',
      },
    ]);
    const search = (query: string) =>
      db.prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?').pluck().all(query);
    for (const query of ['"a"*', '"lov"*', '"engines"', '"mathem"*', '"ada"* "engines"*'])
      expect(search(query)).toEqual([7]);
    expect(() =>
      db.exec(
        "INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at) VALUES (7, 'myspace', NULL, 'x', 'x')",
      ),
    ).toThrow(/CHECK constraint failed/);
  });

  it('rolls back a failing migration whole, leaving user_version as it was', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const broken = {
      version: latestSchemaVersion() + 1,
      name: 'broken',
      up: (d: Database.Database) => {
        d.exec('CREATE TABLE half_done (x)');
        d.exec('THIS IS NOT SQL');
      },
    };
    expect(() =>
      db.transaction(() => {
        broken.up(db);
        db.pragma(`user_version = ${broken.version}`);
      })(),
    ).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
  });

  it('rebuilds batches and the audit log (v40 → v60) keeping every entry; old undone batches cannot be redone', () => {
    const db = databaseAtVersion(40, { foreignKeys: true });
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (1, 'Ada', 'ada', 'x', 'x');
      INSERT INTO batches (id, action, reason, at, undone_at) VALUES
        (1, 'remove', 'spam', '2026-01-01', '2026-01-02'), (2, 'remove', NULL, '2026-01-03', NULL);
      INSERT INTO audit_log VALUES (1, 1, 'active', 'trashed'), (2, 1, 'active', 'trashed');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT id, action, reason, undone_at, redoable FROM batches ORDER BY id').all()).toEqual([
      { id: 1, action: 'remove', reason: 'spam', undone_at: '2026-01-02', redoable: 0 },
      { id: 2, action: 'remove', reason: null, undone_at: null, redoable: 0 },
    ]);
    expect(db.prepare('SELECT * FROM audit_log ORDER BY batch_id').all()).toHaveLength(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The child's foreign key follows the rename: deleting a batch still takes its log rows.
    db.prepare('DELETE FROM batches WHERE id = 1').run();
    expect(db.prepare('SELECT batch_id FROM audit_log').pluck().all()).toEqual([2]);
  });

  it('adds follow settings (v60 → v70) with every source row kept and no settings invented', () => {
    const db = databaseAtVersion(60);
    db.exec(`
      INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (1, 'noether@math.example', 'n', 'x', 'x');
      INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at) VALUES (1, 'mastodon', 'following', 'a', 'b');
    `);
    runMigrations(db);
    expect(db.prepare('SELECT source, relation, settings FROM contact_sources').all()).toEqual([
      { source: 'mastodon', relation: 'following', settings: null },
    ]);
  });
});
