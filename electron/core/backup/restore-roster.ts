import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { CoreError } from '../../../shared/result.js';
import type { RestoreResult } from '../../../shared/backup.js';
import { listBackups, newPreRestorePath, pruneBackups } from './backup-files.js';
import type { BackupInfo } from '../../../shared/backup.js';
import { checkRosterFile } from './roster-file-check.js';
import { tempPathBeside } from './write-backup.js';

export interface RestoreOptions {
  dataDir: string;
  now: Date;
  nativeBinding?: string | undefined;
}

/**
 * Replaces the (closed) roster file with a copy of `candidate`. The candidate must be a whole
 * Prune roster this version knows; the current roster is copied to backups/ first; the new file
 * is written beside the roster under a temp name and renamed over it, so the roster is never
 * half-written. Refusals change nothing.
 */
export async function restoreRosterFile(
  rosterFile: string,
  candidate: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const check = checkRosterFile(candidate, options);
  if (!check.ok) throw new CoreError('invalid_input', `Not restored: ${check.problem} Your roster was not changed.`);

  const temp = tempPathBeside(rosterFile);
  try {
    // Through the backup API, not a byte copy: a candidate in WAL mode may keep changes in its -wal.
    const source = new Database(candidate, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    try {
      await source.backup(temp);
    } finally {
      source.close();
    }
    const copied = checkRosterFile(temp, options);
    if (!copied.ok) throw new CoreError('database', `Not restored: the copy failed its check (${copied.problem}).`);

    const previousCopy = existsSync(rosterFile) ? keepCurrentRoster(rosterFile, options) : null;
    // A stale -wal beside the new file would be replayed into it: remove it (it is in the copy) first.
    for (const suffix of ['-wal', '-shm']) rmSync(rosterFile + suffix, { force: true });
    renameSync(temp, rosterFile);
    pruneBackups(options.dataDir);
    return { restoredFrom: candidate, previousCopy, schemaVersion: check.schemaVersion };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A byte copy of the roster as it is, with its -wal: it may be damaged, so SQLite is not asked to read it. */
function keepCurrentRoster(rosterFile: string, options: RestoreOptions): string {
  const copy = newPreRestorePath(options.dataDir, options.now);
  copyFileSync(rosterFile, copy);
  if (existsSync(`${rosterFile}-wal`)) copyFileSync(`${rosterFile}-wal`, `${copy}-wal`);
  return copy;
}

/** The newest backup that passes its own check (older ones are tried when a newer one is damaged). */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): BackupInfo | null {
  for (const backup of listBackups(dataDir)) {
    if (checkRosterFile(backup.file, { nativeBinding }).ok) return backup;
  }
  return null;
}
