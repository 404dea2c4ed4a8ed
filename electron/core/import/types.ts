import type { ImportFormat, SourceKind } from '../../../shared/domain.js';

/**
 * One person as a parser read them from one file, before identity matching.
 * Parsers fill what the format has and leave the rest empty; the importer
 * normalizes identifiers (emails, LinkedIn slugs, Mastodon handles) itself.
 */
export interface ImportedPerson {
  source: SourceKind;
  /** 1-based line where this record starts in the decoded file. */
  line: number;
  /** A stable id the source gives the record (vCard UID), if any. */
  sourceUid: string | null;
  firstName: string;
  lastName: string;
  /** Display name as the source spells it; built from first/last when absent. */
  fullName: string;
  /** Emails as given, the preferred/primary one first. */
  emails: string[];
  phones: string[];
  company: string | null;
  position: string | null;
  /** LinkedIn profile URL as given (https://www.linkedin.com/in/<slug>...). */
  profileUrl: string | null;
  /** Fediverse handles as given: `user@domain` or `@user@domain`. */
  handles: string[];
  /** Other web addresses (homepages, Mastodon profile URLs, …). */
  urls: string[];
  /** ISO date `YYYY-MM-DD` the connection was made, if the source says. */
  connectedOn: string | null;
  note: string | null;
  photo: ImportedPhoto | null;
  /** Mastodon list membership: following, muted or blocked. */
  relation: 'following' | 'muted' | 'blocked' | null;
  /** The source's other columns about this membership, by header (Mastodon: Show boosts, …). */
  sourceSettings: Record<string, string> | null;
}

export type ImportedPhoto = { kind: 'inline'; mediaType: string; data: Uint8Array } | { kind: 'url'; url: string };

/** One LinkedIn message or invitation, seen from the owner of the export. */
export interface ImportedInteraction {
  line: number;
  kind: 'message' | 'invitation';
  direction: 'sent' | 'received';
  /** ISO 8601 timestamp (UTC) of the message or invitation. */
  at: string;
  /** The other party: the person the owner wrote to or heard from. */
  counterpartName: string;
  counterpartProfileUrl: string | null;
  conversationId: string | null;
  folder: string | null;
}

/** A row that was read but deliberately not imported, with the reason a user can act on. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ParsedFile {
  format: ImportFormat;
  people: ImportedPerson[];
  interactions: ImportedInteraction[];
  skipped: SkippedRow[];
  /** Files found inside an archive (LinkedIn export .zip), each parsed on its own. */
  parts?: ArchivePart[];
}

/** One file inside an archive: read, or refused with its reason (the other parts still import). */
export type ArchivePart = { name: string; parsed: ParsedFile } | { name: string; error: ParseFailure };

/** Parsers never throw on bad input: they return this with the first line that is wrong. */
export interface ParseFailure {
  line: number;
  message: string;
  /**
   * `unknown-list-kind`: the user can resolve it (a header-less handle list needs to be told its kind);
   * `unrecognized`: not a format Prune reads at all (no line is to blame).
   */
  code?: 'unknown-list-kind' | 'unrecognized';
}

export type ParseOutcome = { ok: true; file: ParsedFile } | { ok: false; error: ParseFailure };

/** Helper for parsers: a person with every field empty. */
export function emptyPerson(source: SourceKind, line: number): ImportedPerson {
  return {
    source,
    line,
    sourceUid: null,
    firstName: '',
    lastName: '',
    fullName: '',
    emails: [],
    phones: [],
    company: null,
    position: null,
    profileUrl: null,
    handles: [],
    urls: [],
    connectedOn: null,
    note: null,
    photo: null,
    relation: null,
    sourceSettings: null,
  };
}
