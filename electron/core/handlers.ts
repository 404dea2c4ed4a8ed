import type { Channel, ChannelOutput, ParsedInput, RosterChangeReason } from '../../shared/ipc.js';
import type { Core } from './core.js';
import { backupToFile, restoreFromFile, restoreLatestBackup } from './backup/backup-handlers.js';
import { auditBatches } from './declutter/audit-log.js';
import {
  dismissReappearance,
  emptyTrash,
  purgeContacts,
  purgeTrash,
  removeContacts,
  restoreContacts,
} from './declutter/removal.js';
import { historyState, redoLast, undoLast } from './history/undo-history.js';
import { CoreError } from '../../shared/result.js';
import { exportRoster, linkedInChecklist, markChecklistItem } from './export/roster-exports.js';
import { writeExportFile } from './export/write-export-file.js';
import { importIntoRoster } from './import/import-in-worker.js';
import type { ImportInputFile } from './import/run-import.js';
import { contactDetail, contactListings, rowsByIds } from './roster/contact-reads.js';
import { queryRoster, rosterFacets } from './roster/roster-query.js';
import { openMergeProposals, resolveMergeProposal } from './roster/merge-proposals.js';
import { sampleNetworkFiles } from './sample/sample-files.js';
import { feedHandlers, loadSamplePosts } from './feed/feed-handlers.js';
import { rulesHandlers, runRulesAfterChange } from './rules/rules-handlers.js';
import { addAddressByHand } from './reconnect/addresses.js';
import { markAndRead, reconnectList, reconnectPlan } from './reconnect/plan.js';
import { listTemplates, readSettings, saveSettings, saveTemplate } from './reconnect/templates.js';
import { startOverHandlers } from './start-over/start-over-handlers.js';

type Handler<C extends Channel> = (core: Core, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The handler table every host serves (Electron, browser, CLI): contract channel → function(core, validated input). */
export const handlers: { [C in Channel]: Handler<C> } = {
  appInfo: (core) => ({
    version: core.version,
    host: core.host,
    dataDir: core.dataDir,
    schemaVersion: core.schemaVersion,
    trashDays: core.trashDays,
    rosterHealth: core.health(),
  }),
  rosterQuery: (core, query) => queryRoster(core.db, query),
  rosterRows: (core, { ids }) => rowsByIds(core.db, ids),
  rosterDetail: (core, { id }) => contactDetail(core.db, id),
  rosterFacets: (core, { status }) => rosterFacets(core.db, status),
  contactsList: (core, { query }) => contactListings(core.db, queryRoster(core.db, query).ids),
  importFiles: (core, { files }) => importWithEvents(core, files, 'import'),
  importCancel: (core) => ({ cancelled: core.cancelActive() }),
  sampleLoad: async (core, { size }) => {
    const summary = await importWithEvents(core, sampleNetworkFiles(2026, size), 'sample');
    await loadSamplePosts(core, size);
    return summary;
  },
  mergeList: (core) => openMergeProposals(core.db),
  contactsRemove: (core, { ids, reason }) =>
    writeAndAnnounce(core, 'remove', () => removeContacts(core.db, ids, reason, stamp(core))),
  contactsRestore: (core, { ids }) =>
    writeAndAnnounce(core, 'restore', () => restoreContacts(core.db, ids, stamp(core))),
  undo: (core) => writeAndAnnounce(core, 'undo', () => undoLast(core.db, stamp(core))),
  redo: (core) => writeAndAnnounce(core, 'redo', () => redoLast(core.db, stamp(core))),
  historyState: (core) => historyState(core.db),
  trashDelete: (core, { ids }) => writeAndAnnounce(core, 'purge', () => purgeContacts(core.db, ids, stamp(core))),
  trashEmpty: (core) => writeAndAnnounce(core, 'purge', () => emptyTrash(core.db, stamp(core))),
  trashPurge: (core, { days }) =>
    writeAndAnnounce(core, 'purge', () => purgeTrash(core.db, days ?? core.trashDays, stamp(core))),
  reappearedDismiss: (core, { ids }) =>
    writeAndAnnounce(core, 'reappeared', () => ({ changed: dismissReappearance(core.db, ids) })),
  auditList: (core) => auditBatches(core.db),
  checklistList: (core) => linkedInChecklist(core.db),
  checklistMark: (core, { contactId, done }) => {
    markChecklistItem(core.db, contactId, done, stamp(core));
    return { done };
  },
  exportRoster: (core, { format, ids }) => exportRoster(core.db, format, core.now(), ids),
  mergeResolve: (core, { id, action, survivors }) =>
    writeAndAnnounce(core, 'merge', () => resolveMergeProposal(core.db, id, action, stamp(core), survivors)),
  backupRestoreLatest: (core) => restoreLatestBackup(core),
  backupCreate: (core, { out }) => backupToFile(core, out),
  backupRestore: (core, { file }) => restoreFromFile(core, file),
  exportToFile: async (core, { format, ids, out, force }) => {
    const exported = exportRoster(core.db, format, core.now(), ids);
    const file = await writeExportFile(out, exported.text, { rosterFile: core.databaseFile, overwrite: force });
    return { file, count: exported.count, unfollows: exported.unfollows };
  },
  exportSave: async (core, { fileName, text }) => {
    if (!core.chooseSavePath) throw new CoreError('invalid_input', 'This window downloads exports instead.');
    const chosen = await core.chooseSavePath(fileName);
    if (!chosen) return { savedTo: null };
    // The dialog already asked before replacing a file.
    return { savedTo: await writeExportFile(chosen, text, { rosterFile: core.databaseFile, overwrite: true }) };
  },
  ...feedHandlers,
  ...rulesHandlers,
  reconnectPlan: (core, { contactId }) => reconnectPlan(core.db, contactId, core.now()),
  reconnectMark: (core, request) =>
    writeAndAnnounce(core, 'reconnect', () => markAndRead(core.db, request, core.now())),
  reconnectList: (core) => reconnectList(core.db, core.now()),
  reconnectAddAddress: (core, { contactId, address }) =>
    writeAndAnnounce(core, 'reconnect', () => addAddressByHand(core.db, contactId, address)),
  reconnectTemplates: (core) => listTemplates(core.db),
  reconnectTemplateSave: (core, template) => saveTemplate(core.db, template, stamp(core)),
  reconnectSettings: (core) => readSettings(core.db),
  reconnectSettingsSave: (core, settings) => saveSettings(core.db, settings),
  ...startOverHandlers,
};

const stamp = (core: Core): string => core.now().toISOString();

/** How the "busy" message names each write. */
const JOB_NAMES: Record<RosterChangeReason, string> = {
  import: 'an import',
  sample: 'loading the sample network',
  merge: 'a merge',
  remove: 'a removal',
  restore: 'a restore',
  undo: 'an undo',
  redo: 'a redo',
  purge: 'emptying old trash',
  reappeared: 'a reappearance review',
  backupRestore: 'restoring a backup',
  reconnect: 'a reconnect step',
  feed: 'a feed change',
  startOver: 'starting over',
};

/** A write that changes who is in the roster: one at a time, then every window refreshes. */
async function writeAndAnnounce<T>(core: Core, reason: RosterChangeReason, write: () => T): Promise<T> {
  const result = await core.exclusive(JOB_NAMES[reason], write);
  core.emit('rosterChanged', { reason });
  return result;
}

async function importWithEvents(core: Core, files: readonly ImportInputFile[], reason: 'import' | 'sample') {
  const summary = await core.exclusive(JOB_NAMES[reason], (signal) =>
    importIntoRoster(core, files, { signal, onProgress: (progress) => core.emit('importProgress', progress) }),
  );
  core.emit('rosterChanged', { reason });
  await core.exclusive('running the rules', () => runRulesAfterChange(core));
  return summary;
}
