import Database from 'better-sqlite3';
import { migrations } from '../../electron/core/db/migrations/index.js';

/**
 * An in-memory roster as an older Prune left it: every migration up to `version` applied in
 * one transaction, `user_version` set. Migration tests fill it, then run the rest.
 */
export function databaseAtVersion(version: number, options: { foreignKeys?: boolean } = {}): Database.Database {
  const db = new Database(':memory:');
  if (options.foreignKeys) db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
  return db;
}
