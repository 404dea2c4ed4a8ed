import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BackupResult, RestoreResult } from '../../../shared/backup.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import { latestGoodBackup, restoreRosterFile } from './restore-roster.js';
import { writeVerifiedBackup } from './write-backup.js';

/** `prune backup --out <file>`: a verified copy, written beside `out` under a temp name and renamed. */
export function backupToFile(core: Core, out: string): Promise<BackupResult> {
  const destination = path.resolve(out);
  if (core.databaseFile && destination === path.resolve(core.databaseFile)) {
    return Promise.reject(new CoreError('invalid_input', 'The backup cannot replace the roster it copies.'));
  }
  if (!existsSync(path.dirname(destination))) {
    return Promise.reject(new CoreError('invalid_input', `The folder ${path.dirname(destination)} does not exist.`));
  }
  return core.exclusive('a backup', () => writeVerifiedBackup(core.db, destination, core.nativeBinding));
}

/** `prune restore-backup <file>`. */
export function restoreFromFile(core: Core, file: string): Promise<RestoreResult> {
  return restore(core, path.resolve(file));
}

/** The damaged-roster banner's button: the newest backup that passes its check. */
export function restoreLatestBackup(core: Core): Promise<RestoreResult> {
  const backup = latestGoodBackup(core.dataDir, core.nativeBinding);
  if (!backup) return Promise.reject(new CoreError('not_found', 'There is no backup that passes its check.'));
  return restore(core, backup.file);
}

async function restore(core: Core, candidate: string): Promise<RestoreResult> {
  const result = await core.replaceRoster((rosterFile) =>
    restoreRosterFile(rosterFile, candidate, {
      dataDir: core.dataDir,
      now: core.now(),
      nativeBinding: core.nativeBinding,
    }),
  );
  if (core.openProblem)
    throw new CoreError('database', `Restored, but the roster still cannot be opened: ${core.openProblem}`);
  core.setHealth({ status: 'ok', problem: null, latestGoodBackup: null });
  core.emit('rosterChanged', { reason: 'backupRestore' });
  return result;
}
