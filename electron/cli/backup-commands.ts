/**
 * `prune backup --out <file>` and `prune restore-backup <file>`. Both go through dispatch like
 * every command; `withCore` opens a damaged roster too, since restoring is how it is repaired.
 */
import path from 'node:path';
import { parseCommand, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { out: { type: 'string' } });
  if (!values.out) throw new UsageError('prune backup: --out names the file to write.');
  const out = path.resolve(values.out);
  const backup = await withCore(values.db, (core) => call(core, 'backupCreate', { out }));
  console.log(`Backed up the roster to ${backup.file} (${megabytes(backup.bytes)}, checked with quick_check).`);
  return 0;
}

export async function restoreBackupCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('prune restore-backup: name exactly one backup file.');
  const candidate = path.resolve(file);
  const restored = await withCore(values.db, (core) => call(core, 'backupRestore', { file: candidate }), {
    create: true,
  });
  console.log(`Restored the roster from ${restored.restoredFrom} (schema ${restored.schemaVersion}).`);
  if (restored.previousCopy) console.log(`The roster as it was is kept at ${restored.previousCopy}`);
  return 0;
}
