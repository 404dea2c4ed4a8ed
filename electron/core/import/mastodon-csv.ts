import type { HandleListKind } from '../../../shared/domain.js';
import { columnIndex, columnReader, readCsv, type CsvRecord } from './csv-table.js';
import { emptyPerson, type ImportedPerson, type ParseOutcome, type SkippedRow } from './types.js';

export type MastodonFormat = 'mastodon-following' | 'mastodon-muted' | 'mastodon-blocked';
export type { HandleListKind };

export const HANDLE_LIST_FORMAT: Record<HandleListKind, MastodonFormat> = {
  following: 'mastodon-following',
  blocked: 'mastodon-blocked',
  muted: 'mastodon-muted',
};

const RELATION: Record<MastodonFormat, ImportedPerson['relation']> = {
  'mastodon-following': 'following',
  'mastodon-muted': 'muted',
  'mastodon-blocked': 'blocked',
};

/** `user@domain` or `@user@domain`; domains may be internationalized. */
export const HANDLE_PATTERN = /^@?[^\s@,"]+@[^\s@,"]+\.[^\s@,"]+$/u;

/** Mastodon's own export names: `following_accounts.csv`, `blocked_accounts.csv`, `muted_accounts.csv`. */
export function handleListKindFromFileName(fileName: string): HandleListKind | null {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  if (/follow(ing|s)?[_ -]?accounts|^following/.test(base)) return 'following';
  if (/block(ed|s)?[_ -]?accounts|^blocked/.test(base)) return 'blocked';
  if (/mut(ed|es)?[_ -]?accounts|^muted/.test(base)) return 'muted';
  return null;
}

function personFor(handle: string, line: number, format: MastodonFormat): ImportedPerson {
  const person = emptyPerson('mastodon', line);
  person.handles = [handle];
  person.fullName = handle.replace(/^@/, '');
  person.relation = RELATION[format];
  return person;
}

/**
 * Mastodon's account exports: following and muted (with an `Account address` header), and
 * header-less lists of one handle per line (blocks, and follows in older exports), whose
 * kind the caller decides.
 */
export function parseMastodonCsv(text: string, format: MastodonFormat, hasHeader: boolean): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const [header] = csv.records;
  const handleOf =
    hasHeader && header
      ? columnReader(columnIndex(header.fields), 'Account address')
      : (record: CsvRecord) => (record.fields[0] ?? '').trim();
  const people: ImportedPerson[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of hasHeader ? csv.records.slice(1) : csv.records) {
    const handle = handleOf(record);
    if (!handle) continue;
    if (!HANDLE_PATTERN.test(handle)) {
      skipped.push({ line: record.line, reason: `"${handle.slice(0, 80)}" is not a Mastodon address (user@domain)` });
      continue;
    }
    people.push(personFor(handle, record.line, format));
  }
  return { ok: true, file: { format, people, interactions: [], skipped } };
}
