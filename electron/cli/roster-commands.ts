import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContactStatus, HandleListKind, importCountFields, type ImportSummary } from '../../shared/domain.js';
import type { ChannelInput } from '../../shared/ipc.js';
import { parseCommand, oneOf, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

/** The contract takes at most this many files per request; more are imported in several. */
const FILES_PER_REQUEST = 50;

interface FileError {
  file: string;
  line: number;
  message: string;
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    json: { type: 'boolean', default: false },
    as: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('prune import: name at least one file.');
  // What every header-less Mastodon handle list of this call holds, where its file name does not say.
  const listKind = values.as === undefined ? undefined : oneOf(values.as, HandleListKind.options, '--as');
  const files: ChannelInput<'importFiles'>['files'] = [];
  const unreadable: FileError[] = [];
  for (const file of positionals) {
    try {
      files.push({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)), listKind });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      unreadable.push({ file, line: 0, message: `Cannot read ${file}: ${code}` });
    }
  }
  const summaries = await withCore(
    values.db,
    async (core) => {
      const done: ImportSummary[] = [];
      for (let start = 0; start < files.length; start += FILES_PER_REQUEST)
        done.push(await call(core, 'importFiles', { files: files.slice(start, start + FILES_PER_REQUEST) }));
      return done;
    },
    { create: true },
  );
  const reports = summaries.flatMap((summary) => summary.files);
  const errors = [
    ...unreadable,
    ...reports.flatMap((file) => (file.error ? [{ file: file.name, ...file.error }] : [])),
  ];
  const sum = (pick: (summary: ImportSummary) => number) => summaries.reduce((total, s) => total + pick(s), 0);
  const counts = Object.fromEntries(importCountFields.map((field) => [field, sum((s) => s[field])]));
  const totals = { ...counts, mergeProposals: sum((s) => s.mergeProposals), errors };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(totals)}\n`);
  } else {
    for (const file of reports) {
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
}

export async function contactsCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, {
    search: { type: 'string', default: '' },
    status: { type: 'string', default: 'active' },
    json: { type: 'boolean', default: false },
  });
  const status = oneOf(values.status, ContactStatus.options, '--status');
  const contacts = await withCore(values.db, (core) =>
    call(core, 'contactsList', { query: { search: values.search, status } }),
  );
  if (values.json) process.stdout.write(`${JSON.stringify(contacts)}\n`);
  else
    for (const c of contacts)
      console.log([c.id, c.name, c.company ?? '', c.emails[0] ?? '', c.sources.join('+')].join('\t'));
  return 0;
}
