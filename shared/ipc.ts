import { z } from 'zod';
import {
  AppInfo,
  AuditBatch,
  BatchResult,
  ChecklistItem,
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
  RosterQueryResult,
} from './domain.js';
import type { Result } from './result.js';

/** Files travel as bytes so both hosts (Electron, browser) take the same path. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
export const ImportFile = z.object({
  name: z.string().min(1).max(500),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'file is larger than 512 MB'),
  /** For a header-less list of Mastodon handles: what it holds, as the user said. */
  listKind: HandleListKind.optional(),
});

const Id = z.number().int().positive();
const Empty = z.object({}).strict();

/**
 * The one IPC contract. Each key is both the channel name and the bridge method
 * name; hosts validate `input` with the schema, `output` documents what comes back.
 */
export const contract = {
  appInfo: { input: Empty, output: AppInfo },
  rosterQuery: { input: RosterQuery, output: RosterQueryResult },
  rosterRows: { input: z.object({ ids: z.array(Id).max(1000) }).strict(), output: z.array(ContactRow) },
  rosterDetail: { input: z.object({ id: Id }).strict(), output: ContactDetail },
  rosterFacets: { input: z.object({ status: ContactStatus.default('active') }).strict(), output: Facets },
  importFiles: { input: z.object({ files: z.array(ImportFile).min(1).max(50) }).strict(), output: ImportSummary },
  importCancel: { input: Empty, output: z.object({ cancelled: z.boolean() }) },
  sampleLoad: {
    input: z.object({ size: z.number().int().min(10).max(5000).default(2000) }).strict(),
    output: ImportSummary,
  },
  mergeList: { input: Empty, output: z.array(MergeProposal) },
  contactsRemove: {
    input: z
      .object({ ids: z.array(Id).min(1).max(100_000), reason: z.string().max(500).nullable().default(null) })
      .strict(),
    output: BatchResult,
  },
  contactsRestore: { input: z.object({ ids: z.array(Id).min(1).max(100_000) }).strict(), output: BatchResult },
  undo: { input: Empty, output: BatchResult.extend({ action: z.string().nullable() }) },
  reappearedDismiss: {
    input: z.object({ ids: z.array(Id).min(1).max(100_000) }).strict(),
    output: z.object({ changed: z.number().int() }),
  },
  auditList: { input: Empty, output: z.array(AuditBatch) },
  checklistList: { input: Empty, output: z.array(ChecklistItem) },
  checklistMark: {
    input: z.object({ contactId: Id, done: z.boolean() }).strict(),
    output: z.object({ done: z.boolean() }),
  },
  exportRoster: { input: z.object({ format: ExportFormat }).strict(), output: ExportResult },
  mergeResolve: {
    input: z.object({ id: Id, action: z.enum(['accept', 'dismiss']) }).strict(),
    output: z.object({ keptContactId: z.number().int().nullable() }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const channels = Object.keys(contract) as Channel[];

/** Events the core pushes to the window. */
export const events = {
  importProgress: ImportProgress,
  rosterChanged: z.object({
    reason: z.enum(['import', 'merge', 'sample', 'remove', 'restore', 'undo', 'purge', 'reappeared']),
  }),
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
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds the bridge object from two transport functions, so the preload and the browser
 * host's bridge cannot drift apart: same keys, same shape, by construction.
 */
export function createPruneApi(
  invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): PruneApi {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (input: unknown) => invoke(channel, input);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return api as PruneApi;
}
