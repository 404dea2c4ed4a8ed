import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc.js';
import type { Core } from './core.js';
import { backupToFile, restoreFromFile, restoreLatestBackup } from './backup/backup-handlers.js';
import { auditBatches } from './declutter/audit-log.js';
import { dismissReappearance, removeContacts, restoreContacts, undoLastBatch } from './declutter/removal.js';
import { exportRoster, linkedInChecklist, markChecklistItem } from './export/roster-exports.js';
import { runImport, type ImportInputFile } from './import/run-import.js';
import { contactDetail, queryRoster, rosterFacets, rowsByIds } from './roster/contact-reads.js';
import { openMergeProposals, resolveMergeProposal } from './roster/merge-proposals.js';
import { sampleNetworkFiles } from './sample/sample-files.js';

type Handler<C extends Channel> = (core: Core, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The handler table both hosts serve: contract channel → function(core, validated input). */
export const handlers: { [C in Channel]: Handler<C> } = {
  appInfo: (core) => ({
    version: core.version,
    host: core.host,
    dataDir: core.dataDir,
    schemaVersion: core.schemaVersion,
    rosterHealth: core.health(),
  }),
  rosterQuery: (core, query) => queryRoster(core.db, query),
  rosterRows: (core, { ids }) => rowsByIds(core.db, ids),
  rosterDetail: (core, { id }) => contactDetail(core.db, id),
  rosterFacets: (core, { status }) => rosterFacets(core.db, status),
  importFiles: (core, { files }) => importWithEvents(core, files, 'import'),
  importCancel: (core) => ({ cancelled: core.cancelActive() }),
  sampleLoad: (core, { size }) => importWithEvents(core, sampleNetworkFiles(2026, size), 'sample'),
  mergeList: (core) => openMergeProposals(core.db),
  contactsRemove: (core, { ids, reason }) =>
    writeAndAnnounce(core, 'remove', () => removeContacts(core.db, ids, reason, core.now().toISOString())),
  contactsRestore: (core, { ids }) =>
    writeAndAnnounce(core, 'restore', () => restoreContacts(core.db, ids, core.now().toISOString())),
  undo: (core) => writeAndAnnounce(core, 'undo', () => undoLastBatch(core.db, core.now().toISOString())),
  reappearedDismiss: (core, { ids }) =>
    writeAndAnnounce(core, 'reappeared', () => ({ changed: dismissReappearance(core.db, ids) })),
  auditList: (core) => auditBatches(core.db),
  checklistList: (core) => linkedInChecklist(core.db),
  checklistMark: (core, { contactId, done }) => {
    markChecklistItem(core.db, contactId, done, core.now().toISOString());
    return { done };
  },
  exportRoster: (core, { format }) => exportRoster(core.db, format),
  mergeResolve: (core, { id, action }) =>
    writeAndAnnounce(core, 'merge', () => resolveMergeProposal(core.db, id, action, core.now().toISOString())),
  backupRestoreLatest: (core) => restoreLatestBackup(core),
  backupCreate: (core, { out }) => backupToFile(core, out),
  backupRestore: (core, { file }) => restoreFromFile(core, file),
};

/** A write that changes who is in the roster: one at a time, then every window refreshes. */
async function writeAndAnnounce<T>(
  core: Core,
  reason: 'merge' | 'remove' | 'restore' | 'undo' | 'reappeared',
  write: () => T,
): Promise<T> {
  const result = await core.exclusive(write);
  core.emit('rosterChanged', { reason });
  return result;
}

async function importWithEvents(core: Core, files: readonly ImportInputFile[], reason: 'import' | 'sample') {
  const summary = await core.exclusive((signal) =>
    runImport(core.db, files, {
      signal,
      now: core.now,
      onProgress: (progress) => core.emit('importProgress', progress),
    }),
  );
  core.emit('rosterChanged', { reason });
  return summary;
}
