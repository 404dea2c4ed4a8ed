/**
 * `prune backup --out <file>` and `prune restore-backup <file>`: command functions for the CLI
 * to register. Both reach the core through `dispatch`, like every host.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BackupResult, RestoreResult } from '../../shared/backup.js';
import type { Result } from '../../shared/result.js';
import { readAppVersion } from '../core/app-version.js';
import { openRosterTolerantly } from '../core/backup/open-roster.js';
import { createCoreForDatabase, DATABASE_FILE, resolveDataDir, type Core } from '../core/core.js';
import { defaultDataDir } from '../core/default-data-dir.js';
import { dispatch } from '../core/dispatch.js';

export const BACKUP_USAGE = `  prune backup --out <file> [--db <path>]                  a verified copy of the roster
  prune restore-backup <file> [--db <path>]                replace the roster with a backup (the current one is kept)`;

/**
 * Opens the roster for one command, tolerating damage (restore-backup is how a damaged roster is
 * repaired) and backing it up before any migration, then closes it. The CLI's other commands
 * still open through the sync `openDatabase`, which migrates without a backup: a shared
 * `withCore` should open this way.
 */
export async function withRosterCore<T>(dbPath: string | undefined, run: (core: Core) => Promise<T>): Promise<T> {
  const file = dbPath ? path.resolve(dbPath) : path.join(resolveDataDir(defaultDataDir()), DATABASE_FILE);
  const now = () => new Date();
  const opened = await openRosterTolerantly(file, { now });
  const core = createCoreForDatabase(opened.db, {
    dataDir: path.dirname(file),
    host: 'cli',
    version: readAppVersion(new URL('../../package.json', import.meta.url)),
    databaseFile: file,
    openProblem: opened.problem,
    now,
  });
  try {
    return await run(core);
  } finally {
    core.close();
  }
}

function usage(message: string): number {
  console.error(`${message}\n\nUsage:\n${BACKUP_USAGE}`);
  return 1;
}

function report<T>(result: Result<T>, print: (value: T) => void): number {
  if (!result.ok) {
    console.error(`prune: ${result.error.message}`);
    return 1;
  }
  print(result.value);
  return 0;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupCommand(args: string[]): Promise<number> {
  let values: { db?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({ args, options: { db: { type: 'string' }, out: { type: 'string' } } }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (!values.out) return usage('prune backup: --out names the file to write.');
  const out = path.resolve(values.out);
  return withRosterCore(values.db, async (core) =>
    report((await dispatch(core, 'backupCreate', { out })) as Result<BackupResult>, (backup) =>
      console.log(`Backed up the roster to ${backup.file} (${megabytes(backup.bytes)}, checked with quick_check).`),
    ),
  );
}

export async function restoreBackupCommand(args: string[]): Promise<number> {
  let parsed: { values: { db?: string | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) return usage('prune restore-backup: name exactly one backup file.');
  const candidate = path.resolve(file);
  return withRosterCore(parsed.values.db, async (core) =>
    report((await dispatch(core, 'backupRestore', { file: candidate })) as Result<RestoreResult>, (restored) => {
      console.log(`Restored the roster from ${restored.restoredFrom} (schema ${restored.schemaVersion}).`);
      if (restored.previousCopy) console.log(`The roster as it was is kept at ${restored.previousCopy}`);
    }),
  );
}
