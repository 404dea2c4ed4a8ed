import { z } from 'zod';

/** A verified copy of the roster in the data folder's backups/ (file names sort by time). */
export const BackupInfo = z.object({
  file: z.string(),
  at: z.string(),
  kind: z.enum(['daily', 'pre-migration', 'manual']),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/**
 * What the start-up check found. `unchecked` until it has run (after the first paint);
 * `damaged` carries the reason and the newest backup that passed its own check, if any.
 */
export const RosterHealth = z.object({
  status: z.enum(['unchecked', 'ok', 'damaged']),
  problem: z.string().nullable(),
  latestGoodBackup: BackupInfo.nullable(),
});
export type RosterHealth = z.infer<typeof RosterHealth>;

export const BackupResult = z.object({ file: z.string(), bytes: z.number().int() });
export type BackupResult = z.infer<typeof BackupResult>;

export const RestoreResult = z.object({
  restoredFrom: z.string(),
  /** The roster as it was before the restore, kept in backups/. Null when there was none. */
  previousCopy: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;
