import path from 'node:path';
import { latestSchemaVersion, runMigrations } from '../db/migrate.js';
import { openConnection, type Db, type OpenDatabaseOptions } from '../db/open-database.js';
import { DamagedRosterError, messageOf } from './roster-file-check.js';
import { takeRosterBackup } from './write-backup.js';

export interface OpenRosterOptions extends OpenDatabaseOptions {
  now: () => Date;
}

/**
 * Opens a roster file for a host. An existing roster that needs a newer schema is first copied
 * to backups/ (verified); if that copy fails, nothing is migrated and the error says why.
 */
export async function openRoster(file: string, options: OpenRosterOptions): Promise<Db> {
  const db = openConnection(file, options);
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > 0 && current < latestSchemaVersion()) {
      await takeRosterBackup(db, path.dirname(file), 'pre-migration', options.now(), options.nativeBinding);
    }
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's own words for a file that is damaged or no database at all, or our backup check failing. */
export function isDamage(error: unknown): boolean {
  if (error instanceof DamagedRosterError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * Like openRoster, but a damaged roster yields its problem instead of an exception, so the host
 * can still start and offer to restore a backup. Anything else (a newer schema, no permission) throws.
 */
export async function openRosterTolerantly(
  file: string,
  options: OpenRosterOptions,
): Promise<{ db: Db; problem: null } | { db: null; problem: string }> {
  try {
    return { db: await openRoster(file, options), problem: null };
  } catch (error) {
    if (!isDamage(error)) throw error;
    return { db: null, problem: `The roster could not be opened: ${messageOf(error)}` };
  }
}
