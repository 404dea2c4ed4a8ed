import { z } from 'zod';
import {
  AppInfo,
  AuditBatch,
  ChecklistItem,
  ContactListing,
  ExportFormat,
  ExportResult,
  HandleListKind,
  ContactDetail,
  ContactRow,
  Facets,
  ContactStatus,
  ImportProgress,
  ImportSummary,
  MergeProposal,
  RosterQuery,
  RosterWindowQuery,
  RosterQueryResult,
} from './domain.js';
import { BatchResult, HistoryState, MergeSurvivors, UndoResult } from './history.js';
import { BackupResult, RestoreResult, RosterHealth } from './backup.js';
import type { Result } from './result.js';
import { feedChannels, feedEvents } from './feed-channels.js';
import { rulesChannels, rulesEvents } from './rules-channels.js';
import { reconnectContract } from './reconnect-contract.js';
import { startOverChannels } from './start-over.js';

/** Files travel as bytes so both hosts (Electron, browser) take the same path. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
export const ImportFile = z.object({
  name: z.string().min(1).max(500),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'file is larger than 512 MB'),
  /** For a header-less list of Mastodon handles: what it holds, as the user said. */
  listKind: HandleListKind.optional(),
});

/** A contact (or other row) id: every host checks ids here, once. */
export const Id = z.number().int().positive();
const Ids = z.array(Id).min(1).max(200_000);
const FilePath = z.string().min(1).max(4096);
const Empty = z.object({}).strict();

/**
 * The one IPC contract. Each key is both the channel name and the bridge method
 * name; hosts validate `input` with the schema, `output` documents what comes back.
 */
export const contract = {
  appInfo: { input: Empty, output: AppInfo },
  rosterQuery: { input: RosterWindowQuery, output: RosterQueryResult },
  rosterRows: { input: z.object({ ids: z.array(Id).max(1000) }).strict(), output: z.array(ContactRow) },
  rosterDetail: { input: z.object({ id: Id }).strict(), output: ContactDetail },
  rosterFacets: { input: z.object({ status: ContactStatus.default('active') }).strict(), output: Facets },
  /** Everyone a query matches, with the fields scripts use (the CLI's `contacts`). */
  contactsList: { input: z.object({ query: RosterQuery }).strict(), output: z.array(ContactListing) },
  importFiles: { input: z.object({ files: z.array(ImportFile).min(1).max(50) }).strict(), output: ImportSummary },
  importCancel: { input: Empty, output: z.object({ cancelled: z.boolean() }) },
  sampleLoad: {
    input: z.object({ size: z.number().int().min(10).max(5000).default(2000) }).strict(),
    output: ImportSummary,
  },
  mergeList: { input: Empty, output: z.array(MergeProposal) },
  contactsRemove: {
    input: z.object({ ids: Ids, reason: z.string().max(500).nullable().default(null) }).strict(),
    output: BatchResult,
  },
  contactsRestore: { input: z.object({ ids: Ids }).strict(), output: BatchResult },
  undo: { input: Empty, output: UndoResult },
  redo: { input: Empty, output: UndoResult },
  /** What Undo and Redo would do now, named for the Edit menu and toasts. */
  historyState: { input: Empty, output: HistoryState },
  /** Trash older than `days` (default: the app's trash window) becomes tombstones. */
  trashPurge: {
    input: z.object({ days: z.number().min(0).max(36_500).nullable().default(null) }).strict(),
    output: BatchResult,
  },
  /** Trashed people become tombstones now ("Delete now"); final, not in the undo history. */
  trashDelete: { input: z.object({ ids: Ids }).strict(), output: BatchResult },
  /** Everyone in the trash becomes a tombstone now; final. */
  trashEmpty: { input: Empty, output: BatchResult },
  reappearedDismiss: {
    input: z.object({ ids: Ids }).strict(),
    output: z.object({ changed: z.number().int() }),
  },
  auditList: { input: Empty, output: z.array(AuditBatch) },
  checklistList: { input: Empty, output: z.array(ChecklistItem) },
  checklistMark: {
    input: z.object({ contactId: Id, done: z.boolean() }).strict(),
    output: z.object({ done: z.boolean() }),
  },
  /** The kept roster in a format; `ids` limits the address-book formats to a selection. */
  exportRoster: {
    input: z.object({ format: ExportFormat, ids: Ids.nullable().default(null) }).strict(),
    output: ExportResult,
  },
  mergeResolve: {
    input: z.object({ id: Id, action: z.enum(['accept', 'dismiss']), survivors: MergeSurvivors.default({}) }).strict(),
    output: z.object({ keptContactId: z.number().int().nullable() }),
  },
  /** Restores the newest backup in backups/ that passes its check (the damaged-roster banner). */
  backupRestoreLatest: { input: Empty, output: RestoreResult },
  /** CLI only (cliOnlyChannels): a verified copy of the roster at a path the user names. */
  backupCreate: { input: z.object({ out: FilePath }).strict(), output: BackupResult },
  /** CLI only (cliOnlyChannels): replaces the roster with a Prune roster file the user names. */
  backupRestore: { input: z.object({ file: FilePath }).strict(), output: RestoreResult },
  /** CLI only: an export written to a path, whole or not at all (never over the roster). */
  exportToFile: {
    input: z
      .object({
        format: ExportFormat,
        ids: Ids.nullable().default(null),
        out: FilePath,
        force: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ file: z.string(), count: z.number().int(), unfollows: z.array(z.string()) }),
  },
  /** Desktop: the native save dialog for an export the window made; null when the user cancelled. */
  exportSave: {
    input: z.object({ fileName: z.string().min(1).max(255), text: z.string().max(MAX_IMPORT_BYTES) }).strict(),
    output: z.object({ savedTo: z.string().nullable() }),
  },
  /** The update feed and its hide control (issue 11): shared/feed-channels.ts. */
  ...feedChannels,
  /** The rule engine and its Review queue (issue 12): shared/rules-channels.ts. */
  ...rulesChannels,
  ...reconnectContract,
  /** Leaving the sample network, starting over: shared/start-over.ts. */
  ...startOverChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const channels = Object.keys(contract) as Channel[];

/** Why the roster changed: every write that changes who is in it says so. */
export const RosterChangeReason = z.enum([
  'import',
  'merge',
  'sample',
  'remove',
  'restore',
  'undo',
  'redo',
  'purge',
  'reappeared',
  'backupRestore',
  'reconnect',
  /** A Mastodon account's feed named a contact that only had its handle (issue 11). */
  'feed',
  /** The roster was emptied ("Start over"). */
  'startOver',
]);
export type RosterChangeReason = z.infer<typeof RosterChangeReason>;

/**
 * What the desktop host's application and context menus ask the window to do. The browser
 * host has no native menus: the renderer offers the same commands through its own controls
 * and keyboard shortcuts.
 */
export const MenuCommand = z.enum([
  'import',
  'export-vcard',
  'export-csv',
  'export-mastodon-following',
  'export-linkedin-checklist',
  'export-audit-log',
  'undo',
  'redo',
  'select-all',
  'find',
  'view-roster',
  'view-trash',
  'view-removed',
  'view-checklist',
  'view-log',
  'view-feed',
  'view-rules',
  'view-reconnect',
  'shortcuts',
  'settings',
  'about',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Channels that take file paths: only the CLI may call them (dispatch refuses other hosts), and
 * windows never get them, so a compromised page cannot write or swap files where it likes.
 */
export const cliOnlyChannels = ['backupCreate', 'backupRestore', 'exportToFile'] as const satisfies readonly Channel[];
export type WindowChannel = Exclude<Channel, (typeof cliOnlyChannels)[number]>;
export const windowChannels = channels.filter(
  (channel): channel is WindowChannel => !(cliOnlyChannels as readonly Channel[]).includes(channel),
);

/** Events the core pushes to the window. */
export const events = {
  menuCommand: z.object({ command: MenuCommand }),
  /** Files the user opened with Prune (from the OS, or File › Import… in the desktop app). */
  filesOffered: z.object({ files: z.array(ImportFile).min(1).max(50) }),
  importProgress: ImportProgress,
  rosterChanged: z.object({
    reason: RosterChangeReason,
  }),
  /** The start-up check's finding (also in appInfo, for a window that subscribes late). */
  rosterHealth: RosterHealth,
  ...feedEvents,
  ...rulesEvents,
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** The electron IPC channel name for a contract key; namespaced so nothing else collides. */
export const ipcChannel = (channel: Channel): string => `prune:${channel}`;
export const ipcEventChannel = (event: EventName): string => `prune-event:${event}`;

/** What the preload (Electron) and the bridge script (browser host) both expose as `window.prune`. */
export type PruneApi = {
  [C in WindowChannel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds the bridge object from two transport functions, so the preload and the browser
 * host's bridge cannot drift apart: same keys, same shape, by construction.
 */
export function createPruneApi(
  invoke: (channel: WindowChannel, input: unknown) => Promise<Result<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): PruneApi {
  const api: Record<string, unknown> = {};
  for (const channel of windowChannels) {
    api[channel] = (input: unknown) => invoke(channel, input);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return api as PruneApi;
}

declare global {
  /** `window.prune`: defined by the Electron preload or by the browser host's bridge script. */
  interface Window {
    prune: PruneApi;
  }
}
