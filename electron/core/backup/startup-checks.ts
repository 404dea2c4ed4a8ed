import Database from 'better-sqlite3';
import type { RosterHealth } from '../../../shared/backup.js';
import type { Core } from '../core.js';
import { latestGoodBackup } from './restore-roster.js';
import { messageOf, quickCheck } from './roster-file-check.js';
import { takeRosterBackup } from './write-backup.js';

/**
 * What hosts run once the window has painted: SQLite's `quick_check` on the roster (a few hundred
 * ms at 100,000 contacts, which is why it is not part of opening), then today's backup if one is
 * due and the roster is sound. A damaged roster is reported with the newest backup that passes
 * its own check, through the `rosterHealth` event and `appInfo`.
 */
export async function runStartupChecks(core: Core): Promise<RosterHealth> {
  const problem = core.openProblem ?? checkOpenRoster(core);
  if (problem) {
    const health: RosterHealth = {
      status: 'damaged',
      problem,
      latestGoodBackup: latestGoodBackup(core.dataDir, core.nativeBinding),
    };
    core.setHealth(health);
    return health;
  }
  const health: RosterHealth = { status: 'ok', problem: null, latestGoodBackup: null };
  core.setHealth(health);
  if (core.dailyBackupDue && core.databaseFile) await takeDailyBackup(core, core.databaseFile);
  return health;
}

function checkOpenRoster(core: Core): string | null {
  try {
    const findings = quickCheck(core.db);
    return findings ? `The roster failed SQLite's integrity check: ${findings}` : null;
  } catch (error) {
    return `The roster failed SQLite's integrity check: ${messageOf(error)}`;
  }
}

/**
 * From a separate read-only connection: it reads a committed snapshot, so an import that starts
 * meanwhile neither waits for the backup nor leaks half-done work into it.
 */
async function takeDailyBackup(core: Core, file: string): Promise<void> {
  const reader = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(core.nativeBinding ? { nativeBinding: core.nativeBinding } : {}),
  });
  try {
    await takeRosterBackup(reader, core.dataDir, 'daily', core.now(), core.nativeBinding);
  } catch (error) {
    // A missed daily backup must not stop the app; the next start tries again.
    console.error(`Prune: today's backup failed: ${messageOf(error)}`);
  } finally {
    reader.close();
  }
}
