import Database from 'better-sqlite3';
import { runMigrations } from './migrate.js';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string | undefined;
}

/** Opens (creating if needed) the roster file with Prune's pragmas, schema untouched. */
export function openConnection(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) the roster database and brings its schema up to date, with no
 * backup first: for in-memory and scratch databases. App hosts open rosters with `openRoster`.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = openConnection(file, options);
  try {
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
