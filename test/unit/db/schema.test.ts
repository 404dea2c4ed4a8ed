import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestSchemaVersion, runMigrations } from '../../../electron/core/db/migrate.js';
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
});
