import {
  importCountFields,
  type FileImportReport,
  type ImportCounts,
  type ImportProgress,
  type ImportSummary,
} from '../../../shared/domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { suspendListingIndexes } from '../db/bulk-load.js';
import { prepared } from '../db/prepared.js';
import { noteInvitationSent, upsertWithReconnect } from '../reconnect/import-hooks.js';
import { refreshInteractionTotals } from '../roster/interaction-writes.js';
import { reindexContacts } from '../roster/search-index.js';
import { contactForCounterpart, recordInteraction } from '../roster/interaction-writes.js';
import { proposeHandleMergesFor } from '../roster/handle-merge-proposals.js';
import { proposeMergesFor, proposeSharedIdentifierMerges } from '../roster/merge-proposals.js';
import type { HandleListKind } from './mastodon-csv.js';
import { cleanPerson } from './clean-person.js';
import { parseImportFile } from './parse-import-file.js';
import type { ImportedInteraction, ImportedPerson, ParsedFile } from './types.js';

export interface ImportInputFile {
  name: string;
  bytes: Uint8Array;
  /** What a header-less list of Mastodon handles in this file is, when the user said. */
  listKind?: HandleListKind;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** A parsed file, or one part of an export archive, with the report it fills in. */
interface ImportUnit {
  parsed: ParsedFile;
  report: FileImportReport;
}

const CHUNK = 2000;
const BULK_LOAD_THRESHOLD = 5000;
const MAX_REPORTED_SKIPS = 500;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function emptyReport(name: string, format: FileImportReport['format']): FileImportReport {
  return {
    name,
    format,
    added: 0,
    updated: 0,
    merged: 0,
    unchanged: 0,
    skipped: 0,
    interactions: 0,
    reappeared: 0,
    skippedRows: [],
    error: null,
  };
}

function skip(report: FileImportReport, line: number, reason: string): void {
  report.skipped += 1;
  if (report.skippedRows.length < MAX_REPORTED_SKIPS) report.skippedRows.push({ line, reason });
}

/**
 * Flattens archives into their parts, each its own file: a part that cannot be read is
 * reported (in `failed`) and the others still import.
 */
function toUnits(name: string, parsed: ParsedFile, failed: FileImportReport[]): ImportUnit[] {
  const own: ImportUnit[] =
    parsed.format === 'linkedin-zip' ? [] : [{ parsed, report: emptyReport(name, parsed.format) }];
  for (const unit of own) for (const row of unit.parsed.skipped) skip(unit.report, row.line, row.reason);
  const parts = (parsed.parts ?? []).flatMap((part) => {
    const partName = `${name} › ${part.name}`;
    if ('parsed' in part) return toUnits(partName, part.parsed, failed);
    failed.push({ ...emptyReport(partName, null), error: part.error });
    return [];
  });
  return [...own, ...parts];
}

/**
 * Imports files into the roster. Every file is parsed before anything is written; a file
 * that cannot be parsed is reported with its line and left out whole. The rest is written
 * in ONE transaction, in chunks that yield to the event loop so progress can be shown and
 * the import cancelled (which rolls everything back).
 */
export async function runImport(
  db: Db,
  files: readonly ImportInputFile[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const progress = (phase: ImportProgress['phase'], fileName: string, done: number, total: number): void =>
    options.onProgress?.({ phase, fileName, done, total });

  const failed: FileImportReport[] = [];
  const units: ImportUnit[] = [];
  for (const [index, file] of files.entries()) {
    progress('parsing', file.name, index, files.length);
    await yieldToEventLoop();
    const outcome = parseImportFile(file.name, file.bytes, { listKind: file.listKind });
    if (outcome.ok) units.push(...toUnits(file.name, outcome.file, failed));
    else failed.push({ ...emptyReport(file.name, null), error: outcome.error });
  }
  units.sort((a, b) => Number(a.parsed.people.length === 0) - Number(b.parsed.people.length === 0));

  const totalRecords = units.reduce(
    (sum, unit) => sum + unit.parsed.people.length + unit.parsed.interactions.length,
    0,
  );
  let done = 0;
  const reindex = new Set<number>();
  const touched = new Set<number>();
  /** Contacts a Mastodon list touched: the only ones a handle can propose merges for. */
  const followed = new Set<number>();
  const interactionContacts = new Set<number>();
  const sharedIdentifiers: { contactId: number; otherId: number; key: string }[] = [];

  /** The one write loop: chunks that report progress, yield to the event loop and honour Cancel. */
  async function inChunks<T>(items: readonly T[], fileName: string, write: (item: T) => void): Promise<void> {
    for (let start = 0; start < items.length; start += CHUNK) {
      const end = Math.min(items.length, start + CHUNK);
      for (let index = start; index < end; index += 1) write(items[index]!);
      done += end - start;
      progress('saving', fileName, done, totalRecords);
      await yieldToEventLoop();
      if (options.signal?.aborted) throw new CoreError('cancelled', 'Import cancelled; nothing was changed.');
    }
  }

  db.exec('BEGIN IMMEDIATE');
  try {
    // A first big import into an empty roster builds the listing indexes once at the end.
    const peopleCount = units.reduce((sum, unit) => sum + unit.parsed.people.length, 0);
    const emptyRoster = prepared(db, 'SELECT NOT EXISTS (SELECT 1 FROM contacts)').pluck().get() === 1;
    const restoreIndexes = emptyRoster && peopleCount >= BULK_LOAD_THRESHOLD ? suspendListingIndexes(db) : () => {};
    // With no identity keys stored yet, the keys this import writes are all there can be.
    const noKeysYet = prepared(db, 'SELECT NOT EXISTS (SELECT 1 FROM identity_keys)').pluck().get() === 1;
    const knownKeys = noKeysYet ? new Set<string>() : undefined;
    for (const { parsed, report } of units) {
      await inChunks<ImportedPerson>(parsed.people, report.name, (person) => {
        const result = upsertWithReconnect(db, cleanPerson(person), now, reindex, knownKeys);
        report[result.outcome] += 1;
        touched.add(result.contactId);
        if (person.source === 'mastodon') followed.add(result.contactId);
        for (const gone of result.absorbed) touched.delete(gone);
        for (const { contactId, key } of result.shared)
          sharedIdentifiers.push({ contactId: result.contactId, otherId: contactId, key });
      });
      await inChunks<ImportedInteraction>(parsed.interactions, report.name, (interaction) => {
        const contactId = contactForCounterpart(db, interaction);
        if (contactId === null) {
          const who = interaction.counterpartName || interaction.counterpartProfileUrl || 'the other party';
          skip(report, interaction.line, `No contact in your roster matches ${who}`);
          return;
        }
        if (recordInteraction(db, contactId, interaction)) report.interactions += 1;
        noteInvitationSent(db, contactId, interaction, now);
        interactionContacts.add(contactId);
      });
    }
    progress('indexing', '', done, totalRecords);
    restoreIndexes();
    reindexContacts(db, reindex);
    refreshInteractionTotals(db, interactionContacts);
    const mergeProposals =
      proposeMergesFor(db, touched, now) +
      proposeSharedIdentifierMerges(db, sharedIdentifiers, now) +
      proposeHandleMergesFor(db, followed, now);
    const record = prepared(
      db,
      `INSERT INTO imports (file_name, format, imported_at, added, updated, merged, skipped, interactions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const { report } of units) {
      record.run(
        report.name,
        report.format,
        now,
        report.added,
        report.updated,
        report.merged,
        report.skipped,
        report.interactions,
      );
    }
    db.exec('COMMIT');
    progress('done', '', totalRecords, totalRecords);
    return summarize([...units.map((unit) => unit.report), ...failed], mergeProposals);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function summarize(files: FileImportReport[], mergeProposals: number): ImportSummary {
  const totals = Object.fromEntries(
    importCountFields.map((field) => [field, files.reduce((sum, file) => sum + file[field], 0)]),
  ) as ImportCounts;
  return { ...totals, mergeProposals, files };
}
