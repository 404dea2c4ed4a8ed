import type { SourceKind } from '../../../shared/domain.js';
import { linkedInSlug } from '../roster/identity.js';
import { columnIndex, columnReader, readCsv, type ColumnReader } from './csv-table.js';
import { emptyPerson, type ImportedPerson, type ParseOutcome, type SkippedRow } from './types.js';

/**
 * Google and Outlook CSVs differ in column names, not in shape: a header row, then one
 * person per row. Each format supplies how to read one row.
 */
export function parseAddressBookCsv(
  text: string,
  format: 'google-csv' | 'outlook-csv',
  source: SourceKind,
  readRow: (get: (...names: string[]) => string, person: ImportedPerson, headers: readonly string[]) => void,
): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const [header, ...rows] = csv.records;
  if (!header) return { ok: false, error: { line: 1, message: 'The file is empty.' } };
  const columns = columnIndex(header.fields);
  const headers = header.fields.map((name) => name.trim());
  // Columns are looked up once per file, by the same rule as every other CSV parser.
  const readers = new Map<string, ColumnReader>();
  const reader = (names: string[]): ColumnReader => {
    const key = names.join('\u0000');
    let read = readers.get(key);
    if (!read) readers.set(key, (read = columnReader(columns, ...names)));
    return read;
  };
  const people: ImportedPerson[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of rows) {
    const get = (...names: string[]): string => reader(names)(record);
    const person = emptyPerson(source, record.line);
    readRow(get, person, headers);
    sortLinks(person);
    if (!person.fullName) person.fullName = `${person.firstName} ${person.lastName}`.trim();
    if (!person.fullName && person.emails.length === 0 && person.phones.length === 0 && !person.company) {
      skipped.push({ line: record.line, reason: 'Row has no name, email, phone or company' });
      continue;
    }
    people.push(person);
  }
  return { ok: true, file: { format, people, interactions: [], skipped } };
}

/** A LinkedIn profile among a contact's web pages is their profile URL, not just a link. */
function sortLinks(person: ImportedPerson): void {
  const others: string[] = [];
  for (const url of person.urls) {
    if (!person.profileUrl && linkedInSlug(url)) person.profileUrl = url;
    else others.push(url);
  }
  person.urls = others;
}

/** Joins first names etc. into the optional-field shape parsers use. */
export const joinName = (...parts: string[]): string => parts.filter(Boolean).join(' ');
