import Papa from 'papaparse';
import type { ParseFailure } from './types.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvOutcome = { ok: true; records: CsvRecord[] } | { ok: false; error: ParseFailure };

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'A quoted field is never closed: a " opens here and no matching " follows.',
  InvalidQuotes:
    'A quoted field is malformed: text follows its closing quote, or a quote inside it is not doubled ("").',
};

/**
 * Parses CSV text into records with line numbers. Never throws: quoting errors name their line.
 * Line ends are normalized first: LinkedIn's exports mix LF (preamble) and CRLF (rows).
 */
export function readCsv(rawText: string): CsvOutcome {
  const text = rawText.replace(/\r\n?/g, '\n');
  const lineStarts = lineStartOffsets(text);
  const records: CsvRecord[] = [];
  let problem: ParseFailure | null = null;
  let previousEnd = 0;
  try {
    Papa.parse<string[]>(text, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: true,
      step: (result, parser) => {
        const error = result.errors[0];
        if (error) {
          problem = {
            line: lineOf(lineStarts, error.index ?? previousEnd),
            message: QUOTE_PROBLEMS[error.code] ?? `Malformed CSV: ${error.message}`,
          };
          parser.abort();
          return;
        }
        let start = previousEnd;
        while (text.charCodeAt(start) === 10) start += 1;
        previousEnd = result.meta.cursor;
        records.push({ line: lineOf(lineStarts, start), fields: result.data });
      },
    });
  } catch (error) {
    return { ok: false, error: { line: 0, message: `Could not read the CSV: ${(error as Error).message}` } };
  }
  return problem ? { ok: false, error: problem } : { ok: true, records };
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line containing a character offset (binary search over line starts). */
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
    const key = name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (key && !columns.has(key)) columns.set(key, position);
  });
  return columns;
}

/** Reads a column by header name; trimmed, '' when absent. */
export function field(record: CsvRecord, columns: Map<string, number>, name: string): string {
  const position = columns.get(name.toLowerCase());
  return position === undefined ? '' : (record.fields[position] ?? '').trim();
}

/**
 * {@link field} with the column looked up once: for parsers that read the same column
 * from every row of a large file.
 */
export function columnReader(columns: Map<string, number>, name: string): (record: CsvRecord) => string {
  const position = columns.get(name.toLowerCase());
  return position === undefined ? () => '' : (record) => (record.fields[position] ?? '').trim();
}

export const orNull = (value: string): string | null => (value === '' ? null : value);
