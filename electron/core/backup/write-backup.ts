import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/backup.js';
import type { Db } from '../db/open-database.js';
import { newBackupPath, pruneBackups, type BackupKind } from './backup-files.js';
import { DamagedRosterError, quickCheck } from './roster-file-check.js';

/** A temp name in the destination's own folder, so the final rename never crosses file systems. */
export const tempPathBeside = (file: string): string =>
  path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Copies the open roster with SQLite's online backup API into a temp file beside `destination`,
 * makes the copy a self-contained single file (no WAL), runs `quick_check` on it and only then
 * renames it into place: a failed or interrupted backup never leaves a file that looks whole.
 */
export async function writeVerifiedBackup(
  db: Db,
  destination: string,
  nativeBinding?: string,
): Promise<{ file: string; bytes: number }> {
  const temp = tempPathBeside(destination);
  try {
    await db.backup(temp);
    const copy = new Database(temp, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      copy.pragma('journal_mode = DELETE');
      const problem = quickCheck(copy);
      if (problem) throw new DamagedRosterError(`The backup failed its check (${problem}); nothing was kept.`);
    } finally {
      copy.close();
    }
    renameSync(temp, destination);
    return { file: destination, bytes: statSync(destination).size };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A backup into the data folder's backups/, then only the newest seven are kept. */
export async function takeRosterBackup(
  db: Db,
  dataDir: string,
  kind: BackupKind,
  at: Date,
  nativeBinding?: string,
): Promise<BackupInfo> {
  const destination = newBackupPath(dataDir, kind, at);
  await writeVerifiedBackup(db, destination, nativeBinding);
  pruneBackups(dataDir);
  return { file: destination, at: at.toISOString(), kind };
}
