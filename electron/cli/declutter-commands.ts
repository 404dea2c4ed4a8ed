import path from 'node:path';
import { ExportFormat } from '../../shared/domain.js';
import { contactIdArguments, oneOf, parseCommand, plural, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

export async function removeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { reason: { type: 'string' } });
  const ids = await contactIdArguments(positionals, 'remove');
  const result = await withCore(values.db, (core) =>
    call(core, 'contactsRemove', { ids, reason: values.reason ?? null }),
  );
  console.log(`Moved ${result.changed} of ${ids.length} to the trash. Nobody was notified. Undo with: prune undo`);
  return 0;
}

export async function restoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  const ids = await contactIdArguments(positionals, 'restore');
  const result = await withCore(values.db, (core) => call(core, 'contactsRestore', { ids }));
  console.log(`Restored ${result.changed} of ${ids.length} from the trash.`);
  return 0;
}

/** Entries that name what they did; the rest say how many people moved. */
const NAMED_ENTRIES: ReadonlySet<string> = new Set(['hide', 'subscribe', 'dismiss', 'protect']);

/** Undo and redo walk the app's one history: removals, restores and merges. */
export async function undoCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, {});
  const result = await withCore(values.db, (core) => call(core, 'undo', {}));
  if (NAMED_ENTRIES.has(result.action)) {
    console.log(`Undid: ${result.label}.`);
    return 0;
  }
  console.log(
    `Undid the last ${result.action}: ${plural(result.changed, 'contact')} back as before (${result.label}).`,
  );
  return 0;
}

export async function redoCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, {});
  const result = await withCore(values.db, (core) => call(core, 'redo', {}));
  if (NAMED_ENTRIES.has(result.action)) {
    console.log(`Redid: ${result.label}.`);
    return 0;
  }
  console.log(`Redid the last ${result.action}: ${plural(result.changed, 'contact')} changed again (${result.label}).`);
  return 0;
}

export async function purgeCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { days: { type: 'string' } });
  const days = values.days === undefined ? null : Number(values.days);
  if (days !== null && (!Number.isFinite(days) || days < 0))
    throw new UsageError('--days must be a number of days, 0 or more.');
  const { result, trashDays } = await withCore(values.db, async (core) => ({
    result: await call(core, 'trashPurge', { days }),
    trashDays: core.trashDays,
  }));
  console.log(`${plural(result.changed, 'trashed contact')} older than ${days ?? trashDays} days became tombstones.`);
  return 0;
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  const format = oneOf(values.format, ExportFormat.options, '--format');
  if (!values.out) throw new UsageError('--out names the file to write.');
  const out = path.resolve(values.out);
  const exported = await withCore(values.db, (core) =>
    call(core, 'exportToFile', { format, out, force: values.force }),
  );
  if (format === 'mastodon-following') {
    const { unfollows, count } = exported;
    console.log(`${count} follows kept. Importing this file in overwrite mode would unfollow ${unfollows.length}:`);
    for (const handle of unfollows) console.log(`  @${handle}`);
  }
  console.log(`Wrote ${exported.file}`);
  return 0;
}
