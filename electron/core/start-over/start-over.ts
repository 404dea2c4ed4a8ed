import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import type { StartOverResult } from '../../../shared/start-over.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import { newPreStartOverPath, pruneBackups } from '../backup/backup-files.js';
import { checkRosterFile } from '../backup/roster-file-check.js';
import { tempPathBeside, writeVerifiedBackup } from '../backup/write-backup.js';
import { writeFreshRoster } from './fresh-roster.js';
import { peopleInRoster } from './sample-state.js';

/**
 * "Start over": the roster as it was is copied to backups/ (verified with quick_check, or nothing
 * changes), a fresh roster is written beside it (every migration, preferences carried over) and
 * renamed into place, as one exclusive job. A fresh file rather than DELETEs: it holds exactly
 * what a new user's roster holds, whatever tables later versions add, and none of the old pages.
 */
export async function startOver(core: Core): Promise<StartOverResult> {
  if (core.openProblem) throw new CoreError('database', `${core.openProblem} Restore a backup instead.`);
  if (!core.databaseFile)
    throw new CoreError('invalid_input', 'This roster is in memory: it has no file to start over.');
  return core.replaceRoster(async (rosterFile) => {
    const current = new Database(rosterFile, {
      readonly: true,
      fileMustExist: true,
      ...(core.nativeBinding ? { nativeBinding: core.nativeBinding } : {}),
    });
    const fresh = tempPathBeside(rosterFile);
    try {
      const cleared = peopleInRoster(current);
      const backup = newPreStartOverPath(core.dataDir, core.now());
      await writeVerifiedBackup(current, backup, core.nativeBinding);
      writeFreshRoster(fresh, current, core.nativeBinding);
      const check = checkRosterFile(fresh, { nativeBinding: core.nativeBinding });
      if (!check.ok)
        throw new CoreError('database', `Not started over: the new roster failed its check (${check.problem}).`);
      current.close();
      for (const suffix of ['-wal', '-shm']) rmSync(rosterFile + suffix, { force: true });
      renameSync(fresh, rosterFile);
      pruneBackups(core.dataDir);
      return { backup, cleared };
    } catch (error) {
      rmSync(fresh, { force: true });
      for (const suffix of ['-wal', '-shm']) rmSync(fresh + suffix, { force: true });
      throw error;
    } finally {
      if (current.open) current.close();
    }
  }, 'starting over');
}
