import { z } from 'zod';
import { RosterHealth } from './backup.js';

/** Where a contact came from. One contact may carry several. */
export const SourceKind = z.enum(['linkedin', 'vcard', 'google', 'outlook', 'mastodon']);
export type SourceKind = z.infer<typeof SourceKind>;

/** active → trashed (undoable) → removed (tombstone keeping identifiers). */
export const ContactStatus = z.enum(['active', 'trashed', 'removed']);
export type ContactStatus = z.infer<typeof ContactStatus>;

/** Every file format the importer recognizes, detected from content. */
export const ImportFormat = z.enum([
  'linkedin-connections',
  'linkedin-messages',
  'linkedin-invitations',
  'linkedin-zip',
  'vcard',
  'google-csv',
  'outlook-csv',
  'mastodon-following',
  'mastodon-muted',
  'mastodon-blocked',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What a header-less list of Mastodon handles holds; its content cannot tell. */
export const HandleListKind = z.enum(['following', 'blocked', 'muted']);
export type HandleListKind = z.infer<typeof HandleListKind>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const ContactSort = z.enum([
  'name',
  'company',
  'position',
  'email',
  'connectedOn',
  'lastInteraction',
  'sources',
]);
export type ContactSort = z.infer<typeof ContactSort>;

/** One row of the contact list: what the table shows without opening the person. */
export const ContactRow = z.object({
  id: z.number().int(),
  name: z.string(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  connectedOn: z.string().nullable(),
  lastInteractionAt: z.string().nullable(),
  sources: z.array(SourceKind),
  status: ContactStatus,
  /** When the contact was trashed or removed (null while active). */
  statusChangedAt: z.string().nullable(),
  removalReason: z.string().nullable(),
  /** Set when a later import listed a trashed or removed contact again. */
  reappearedIn: SourceKind.nullable(),
  reappearedAt: z.string().nullable(),
});
export type ContactRow = z.infer<typeof ContactRow>;

export const ContactSourceInfo = z.object({
  source: SourceKind,
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});

export const InteractionInfo = z.object({
  kind: z.enum(['message', 'invitation']),
  direction: z.enum(['sent', 'received']),
  at: z.string(),
  folder: z.string().nullable(),
});
export type InteractionInfo = z.infer<typeof InteractionInfo>;

export const ContactDetail = ContactRow.extend({
  firstName: z.string(),
  lastName: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  handles: z.array(z.string()),
  urls: z.array(z.string()),
  profileUrl: z.string().nullable(),
  note: z.string().nullable(),
  /** A data: URL small enough to show inline, when the contact has a photo. */
  photoDataUrl: z.string().nullable(),
  sourceInfo: z.array(ContactSourceInfo),
  sentCount: z.number().int(),
  receivedCount: z.number().int(),
  recentInteractions: z.array(InteractionInfo),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactDetail = z.infer<typeof ContactDetail>;

/** A contact as the CLI prints it (`prune contacts --json`): stable field names scripts rely on. */
export const ContactListing = z.object({
  id: z.number().int(),
  name: z.string(),
  emails: z.array(z.string()),
  company: z.string().nullable(),
  position: z.string().nullable(),
  profileUrl: z.string().nullable(),
  sources: z.array(SourceKind),
  status: ContactStatus,
  connectedOn: z.string().nullable(),
  /** Trashed or removed, and listed again by a later import (see reappearedIn). */
  reappeared: z.boolean(),
  reappearedIn: SourceKind.nullable(),
  removalReason: z.string().nullable(),
});
export type ContactListing = z.infer<typeof ContactListing>;

/** The listing of anyone read in full (a stored contact, a merge candidate). */
export const toContactListing = (
  contact: ContactRow & { emails: string[]; profileUrl: string | null },
): ContactListing => ({
  id: contact.id,
  name: contact.name,
  emails: contact.emails,
  company: contact.company,
  position: contact.position,
  profileUrl: contact.profileUrl,
  sources: contact.sources,
  status: contact.status,
  connectedOn: contact.connectedOn,
  reappeared: contact.reappearedIn !== null,
  reappearedIn: contact.reappearedIn,
  removalReason: contact.removalReason,
});

export const RosterQuery = z.object({
  search: z.string().max(200).default(''),
  status: ContactStatus.default('active'),
  sort: ContactSort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  sources: z.array(SourceKind).max(5).default([]),
  hasEmail: z.boolean().nullable().default(null),
  connectedAfter: IsoDate.nullable().default(null),
  connectedBefore: IsoDate.nullable().default(null),
  company: z.string().max(300).nullable().default(null),
});
export type RosterQuery = z.infer<typeof RosterQuery>;
export type RosterQueryInput = z.input<typeof RosterQuery>;

/**
 * `head`: answer with only the first `head` ids (and their rows), the first screen of a search
 * as you type; the whole list follows with a second request, which the core answers from a
 * cache of recent queries.
 */
export const RosterWindowQuery = RosterQuery.extend({ head: z.number().int().min(1).max(200).optional() });
export type RosterWindowQuery = z.infer<typeof RosterWindowQuery>;

/**
 * The whole ordered id list of a query. The renderer virtualizes over it and fetches
 * rows by id window, so scrolling anywhere, range selection and "select all shown"
 * need no paging protocol (100k ints is ~0.6 MB).
 */
export const RosterQueryResult = z.object({
  /** Every match in order; only the first `head` when the request asked for a head. */
  ids: z.array(z.number().int()),
  /** How many contacts match (the length of the whole list). */
  count: z.number().int(),
  /** Contacts with this status before search and filters, for "N of M". */
  totalInStatus: z.number().int(),
  /** With a `head`: the rows of those ids, so the first screen paints from one answer. */
  rows: z.array(ContactRow).optional(),
});
export type RosterQueryResult = z.infer<typeof RosterQueryResult>;

export const Facets = z.object({
  total: z.number().int(),
  /** Contacts in each state, for the Roster / Trash / Removed tabs. */
  statusCounts: z.record(ContactStatus, z.number().int()),
  bySource: z.record(SourceKind, z.number().int()),
  withEmail: z.number().int(),
  topCompanies: z.array(z.object({ company: z.string(), count: z.number().int() })),
});
export type Facets = z.infer<typeof Facets>;

/** What an import did, per file and in total. */
export const ImportCounts = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  merged: z.number().int(),
  /** Seen again with nothing new: a re-import of the same export lands here. */
  unchanged: z.number().int(),
  skipped: z.number().int(),
  interactions: z.number().int(),
  /** Trashed or removed people the file lists again: they stay out and are flagged for review. */
  reappeared: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;
export const importCountFields = Object.keys(ImportCounts.shape) as (keyof ImportCounts)[];

export const FileImportReport = ImportCounts.extend({
  name: z.string(),
  format: ImportFormat.nullable(),
  /** The first skipped rows (at most 500) with reasons; `skipped` has the full count. */
  skippedRows: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  /**
   * Set when the file could not be imported at all; nothing from it was stored. `code`
   * `unknown-list-kind`: a header-less list of Mastodon handles; import it again with a `listKind`.
   * `unrecognized`: not a file Prune can read at all (line 0: no line is to blame).
   */
  error: z
    .object({
      line: z.number().int(),
      message: z.string(),
      code: z.enum(['unknown-list-kind', 'unrecognized']).optional(),
    })
    .nullable(),
});
export type FileImportReport = z.infer<typeof FileImportReport>;

export const ImportSummary = ImportCounts.extend({
  mergeProposals: z.number().int(),
  files: z.array(FileImportReport),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportProgress = z.object({
  phase: z.enum(['parsing', 'saving', 'indexing', 'done']),
  fileName: z.string(),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/** One side of a merge proposal: every field the user compares and can pick from (the detail, less history). */
export const MergeCandidate = ContactDetail.omit({
  photoDataUrl: true,
  sourceInfo: true,
  sentCount: true,
  receivedCount: true,
  recentInteractions: true,
  createdAt: true,
  updatedAt: true,
});
export type MergeCandidate = z.infer<typeof MergeCandidate>;

export const MergeProposal = z.object({
  id: z.number().int(),
  reason: z.string(),
  a: MergeCandidate,
  b: MergeCandidate,
});
export type MergeProposal = z.infer<typeof MergeProposal>;

export const AppInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'web', 'cli']),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  /** Days a removed person waits in the trash before becoming a tombstone. */
  trashDays: z.number(),
  rosterHealth: RosterHealth,
});
export type AppInfo = z.infer<typeof AppInfo>;

export const AuditBatch = z.object({
  id: z.number().int(),
  action: z.enum(['remove', 'restore', 'purge', 'merge']),
  reason: z.string().nullable(),
  at: z.string(),
  undoneAt: z.string().nullable(),
  count: z.number().int(),
  /** The first few names, for a readable log. */
  names: z.array(z.string()),
});
export type AuditBatch = z.infer<typeof AuditBatch>;

export const ChecklistItem = z.object({
  contactId: z.number().int(),
  name: z.string(),
  profileUrl: z.string(),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ExportFormat = z.enum(['vcard', 'csv', 'mastodon-following', 'linkedin-checklist', 'audit-log']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportResult = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  text: z.string(),
  /** How many people (or log entries) the file holds. */
  count: z.number().int(),
  /** Mastodon only: who an overwrite import of this file would unfollow. */
  unfollows: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;
