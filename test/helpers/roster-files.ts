import Database from 'better-sqlite3';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { migrations } from '../../electron/core/db/migrations/index.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { sampleNetworkFiles } from '../../electron/core/sample/sample-files.js';

/** A current-schema roster file holding a seeded sample network, closed (WAL checkpointed). */
export async function makeRoster(file: string, size = 300): Promise<number> {
  const db = openDatabase(file);
  await runImport(db, sampleNetworkFiles(2026, size), { now: () => new Date('2026-11-01T12:00:00Z') });
  const count = countContacts(db);
  db.close();
  return count;
}

/** A roster file left at an older schema version with two people in it, as an older Prune wrote it. */
export function makeRosterAtVersion(file: string, version: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
  db.exec(`
    INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at)
      VALUES (1, 'Ada Lovelace', 'ada lovelace', 'x', 'x'), (2, 'Grace Hopper', 'grace hopper', 'x', 'x');
  `);
  db.close();
}

export function countContacts(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
}

export function contactsIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return countContacts(db);
  } finally {
    db.close();
  }
}

/**
 * Overwrites pages in the second half of a closed database with garbage: the schema on page 1
 * stays readable, so the file opens, but SQLite's quick_check finds the damage.
 */
export function damageRoster(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize, 0xa5);
    for (let page = Math.floor(pages / 2); page < pages; page += 3)
      writeSync(fd, garbage, 0, pageSize, page * pageSize);
  } finally {
    closeSync(fd);
  }
}
