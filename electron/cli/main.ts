/**
 * The headless CLI over the same core as the app: `prune <command> [options]`.
 * Exit codes: 0 success, 1 usage or database error, 2 a file could not be imported at all.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContactStatus, importCountFields, RosterQuery } from '../../shared/domain.js';
import { CoreError } from '../../shared/result.js';
import { readAppVersion } from '../core/app-version.js';
import { createCoreForDatabase, DATABASE_FILE, resolveDataDir, type Core } from '../core/core.js';
import { defaultDataDir } from '../core/default-data-dir.js';
import { openDatabase } from '../core/db/open-database.js';
import { runImport, type ImportInputFile } from '../core/import/run-import.js';
import { removeContacts, restoreContacts, undoLastBatch, purgeTrash } from '../core/declutter/removal.js';
import { EXPORT_FORMATS, exportMastodonFollowing, exportRoster } from '../core/export/roster-exports.js';
import { contactListings } from '../core/roster/contact-listing.js';
import { LIST_KIND_OPTION, LIST_KIND_USAGE, readListKind } from './list-kind-option.js';
import { queryRoster } from '../core/roster/contact-reads.js';

const USAGE = `Usage:
  prune import <file...> [--db <path>] [--json] [${LIST_KIND_USAGE}]
  prune contacts [--db <path>] [--search <text>] [--status active|trashed|removed] [--json]
  prune remove <id...> [--db <path>] [--reason <text>]     move to the trash (nobody is notified)
  prune restore <id...> [--db <path>]                      bring back from the trash
  prune undo [--db <path>]                                 reverse the last remove or restore
  prune purge [--db <path>] [--days 30]                    trash older than N days becomes tombstones
  prune export --format vcard|csv|mastodon-following|linkedin-checklist|audit-log --out <file> [--db <path>]

--db defaults to the desktop app's roster (PRUNE_DATA_DIR overrides its folder).
--as says what a Mastodon list of one address per line holds, where its file name does not.`;

class UsageError extends Error {}

function openCore(dbPath: string | undefined): Core {
  const file = dbPath ? path.resolve(dbPath) : path.join(resolveDataDir(defaultDataDir()), DATABASE_FILE);
  const version = readAppVersion(new URL('../../package.json', import.meta.url));
  return createCoreForDatabase(openDatabase(file), { dataDir: path.dirname(file), host: 'cli', version });
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, ...LIST_KIND_OPTION },
  });
  if (positionals.length === 0) throw new UsageError('prune import: name at least one file.');
  const listKind = readListKind(values.as);
  if (listKind === null) throw new UsageError(`prune import: ${LIST_KIND_USAGE}, not "${values.as}".`);
  const files: ImportInputFile[] = [];
  const unreadable: { file: string; line: number; message: string }[] = [];
  for (const file of positionals) {
    try {
      files.push({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)), listKind });
    } catch (error) {
      unreadable.push({
        file,
        line: 0,
        message: `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
    }
  }
  const core = openCore(values.db);
  try {
    const summary = files.length > 0 ? await runImport(core.db, files, { now: core.now }) : null;
    const failedFiles = summary?.files.filter((file) => file.error) ?? [];
    const errors = [...unreadable, ...failedFiles.map((file) => ({ file: file.name, ...file.error! }))];
    const counts = Object.fromEntries(importCountFields.map((field) => [field, summary?.[field] ?? 0]));
    const totals = { ...counts, mergeProposals: summary?.mergeProposals ?? 0, errors };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(totals)}\n`);
    } else {
      for (const file of summary?.files ?? []) {
        if (file.error) continue;
        console.log(
          `${file.name} (${file.format}): ${file.added} added, ${file.updated} updated, ${file.merged} merged, ` +
            `${file.unchanged} unchanged, ${file.skipped} skipped, ${file.interactions} interactions`,
        );
        for (const row of file.skippedRows) console.log(`  line ${row.line}: skipped: ${row.reason}`);
      }
      if (totals.mergeProposals > 0) console.log(`${totals.mergeProposals} possible duplicates to review in the app.`);
      for (const error of errors) console.error(`${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    }
    return errors.length > 0 ? 2 : 0;
  } finally {
    core.close();
  }
}

async function contactsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      search: { type: 'string', default: '' },
      status: { type: 'string', default: 'active' },
      json: { type: 'boolean', default: false },
    },
  });
  const status = ContactStatus.safeParse(values.status);
  if (!status.success) throw new UsageError(`--status must be one of ${ContactStatus.options.join(', ')}.`);
  const core = openCore(values.db);
  try {
    const { ids } = queryRoster(core.db, RosterQuery.parse({ search: values.search, status: status.data }));
    const contacts = contactListings(core.db, ids);
    if (values.json) process.stdout.write(`${JSON.stringify(contacts)}\n`);
    else
      for (const c of contacts)
        console.log([c.id, c.name, c.company ?? '', c.emails[0] ?? '', c.sources.join('+')].join('\t'));
    return 0;
  } finally {
    core.close();
  }
}

function contactIds(positionals: readonly string[], command: string): number[] {
  if (positionals.length === 0) throw new UsageError(`prune ${command}: name at least one contact id.`);
  return positionals.map((value) => {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`"${value}" is not a contact id.`);
    return id;
  });
}

async function removeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, reason: { type: 'string' } },
  });
  const ids = contactIds(positionals, 'remove');
  const core = openCore(values.db);
  try {
    const result = removeContacts(core.db, ids, values.reason ?? null, core.now().toISOString());
    console.log(`Moved ${result.changed} of ${ids.length} to the trash. Nobody was notified. Undo with: prune undo`);
    return 0;
  } finally {
    core.close();
  }
}

async function restoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  const ids = contactIds(positionals, 'restore');
  const core = openCore(values.db);
  try {
    const result = restoreContacts(core.db, ids, core.now().toISOString());
    console.log(`Restored ${result.changed} of ${ids.length} from the trash.`);
    return 0;
  } finally {
    core.close();
  }
}

async function undoCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
  const core = openCore(values.db);
  try {
    const result = undoLastBatch(core.db, core.now().toISOString());
    console.log(
      `Undid the last ${result.action}: ${result.changed} contact${result.changed === 1 ? '' : 's'} back as before.`,
    );
    return 0;
  } finally {
    core.close();
  }
}

async function purgeCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, days: { type: 'string', default: '30' } } });
  const days = Number(values.days);
  if (!Number.isFinite(days) || days < 0) throw new UsageError('--days must be a number of days, 0 or more.');
  const core = openCore(values.db);
  try {
    const result = purgeTrash(core.db, days, core.now().toISOString());
    console.log(
      `${result.changed} trashed contact${result.changed === 1 ? '' : 's'} older than ${days} days became tombstones.`,
    );
    return 0;
  } finally {
    core.close();
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  });
  const format = EXPORT_FORMATS.find((name) => name === values.format);
  if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
  if (!values.out) throw new UsageError('--out names the file to write.');
  const core = openCore(values.db);
  try {
    await writeFile(values.out, exportRoster(core.db, format).text, 'utf8');
    if (format === 'mastodon-following') {
      const { unfollows, kept } = exportMastodonFollowing(core.db);
      console.log(`${kept} follows kept. Importing this file in overwrite mode would unfollow ${unfollows.length}:`);
      for (const handle of unfollows) console.log(`  @${handle}`);
    }
    console.log(`Wrote ${values.out}`);
    return 0;
  } finally {
    core.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  import: importCommand,
  contacts: contactsCommand,
  remove: removeCommand,
  restore: restoreCommand,
  undo: undoCommand,
  purge: purgeCommand,
  export: exportCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 1;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof CoreError || (error instanceof Error && error.name === 'SqliteError')) {
      console.error(`prune: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
