import { CsvError, parse } from 'csv-parse/sync';
import type { ParseFailure } from './types.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvOutcome = { ok: true; records: CsvRecord[] } | { ok: false; error: ParseFailure };

/** Parses CSV text into records with line numbers. Never throws: quoting errors name their line. */
export function readCsv(text: string): CsvOutcome {
  try {
    const rows = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
    // csv-parse's own line counter counts CRLF inside quoted fields twice; byte offsets do not lie.
    const bytes = Buffer.from(text, 'utf8');
    const lineStarts = lineStartOffsets(bytes);
    let previousEnd = 0;
    const records = rows.map(({ record, info }) => {
      let start = previousEnd;
      while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start += 1;
      previousEnd = info.bytes;
      return { line: lineOf(lineStarts, start), fields: record };
    });
    return { ok: true, records };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      return { ok: false, error: { line: quoteErrorLine(text, error, line), message: explainCsvError(error) } };
    }
    return { ok: false, error: { line: 0, message: `Could not read the CSV: ${(error as Error).message}` } };
  }
}

function lineStartOffsets(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

/** 1-based line containing a byte offset (binary search over line starts). */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** An unclosed quote is reported by csv-parse at the end of the input; the user needs where it opened. */
function quoteErrorLine(text: string, error: CsvError, reported: number): number {
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return reported;
  const lines = text.split('\n');
  let inQuotes = false;
  let openedAt = reported;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    for (let i = 0; i < line.length; i += 1) {
      if (line[i] !== '"') continue;
      if (!inQuotes) {
        inQuotes = true;
        openedAt = index + 1;
      } else if (line[i + 1] === '"') {
        i += 1;
      } else {
        inQuotes = false;
      }
    }
  }
  return openedAt;
}

function explainCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted field is never closed: a " opens here and no matching " follows.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'A quote inside a quoted field is not doubled ("" is how CSV writes a quote).';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'Text follows a closing quote before the next comma.';
    default:
      return `The CSV is malformed: ${error.message}`;
  }
}

/** Finds the header row by content: the first record whose fields include every required name. */
export function findHeader(
  records: readonly CsvRecord[],
  required: readonly string[],
  searchRows = 10,
): { index: number; columns: Map<string, number> } | null {
  for (let index = 0; index < Math.min(records.length, searchRows); index += 1) {
    const columns = columnIndex(records[index]!.fields);
    if (required.every((name) => columns.has(name.toLowerCase()))) return { index, columns };
  }
  return null;
}

/** Header name (trimmed, lower-cased) → column position; the first occurrence wins. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, position) => {
    const key = name.replace(/^\uFEFF/, '').trim().toLowerCase();
    if (key && !columns.has(key)) columns.set(key, position);
  });
  return columns;
}

/** Reads a column by header name; trimmed, '' when absent. */
export function field(record: CsvRecord, columns: Map<string, number>, name: string): string {
  const position = columns.get(name.toLowerCase());
  return position === undefined ? '' : (record.fields[position] ?? '').trim();
}

export const orNull = (value: string): string | null => (value === '' ? null : value);
