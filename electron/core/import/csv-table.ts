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

const DELIMITERS = [',', ';', '\t'] as const;

/** Occurrences of `char` outside double quotes in one line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count += 1;
  }
  return count;
}

/**
 * The field separator, from the first lines: Excel in European locales saves `;`, some tools
 * tab. A separator other than `,` wins only where a line splits on it into more fields than on
 * `,` (LinkedIn's preamble sentence has commas, its header line has more).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text.slice(0, 8192).split('\n', 12);
  const most = (char: string) => Math.max(0, ...lines.map((line) => countOutsideQuotes(line, char)));
  const counts = DELIMITERS.map((char) => ({ char, count: most(char) }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.char : ',';
}

/**
 * Parses CSV text into records with line numbers. Never throws: quoting errors name their line.
 * Line ends are normalized first: LinkedIn's exports mix LF (preamble) and CRLF (rows).
 */
export function readCsv(rawText: string): CsvOutcome {
  const text = rawText.replace(/\r\n?/g, '\n');
  let result: Papa.ParseResult<string[]>;
  try {
    // One pass over the whole text: a step callback per row costs as much again as the parsing.
    const delimiter = detectDelimiter(text);
    result = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  } catch (error) {
    return { ok: false, error: { line: 0, message: `Could not read the CSV: ${(error as Error).message}` } };
  }
  // Rows end at a '\n' outside quotes, so each row starts one line after the previous one,
  // plus the line breaks quoted inside that one. Blank lines come back as one empty field.
  const rowLines: number[] = [];
  let line = 1;
  for (const fields of result.data) {
    rowLines.push(line);
    line += 1 + lineBreaksIn(fields);
  }
  // A problem inside a row that comes out empty (a lone `"` on the last line) is let pass, as
  // reading row by row did: such rows are skipped with whatever was wrong in them.
  const isEmptyRow = (fields: readonly string[] | undefined) => fields?.length === 1 && fields[0] === '';
  const error = result.errors.find((problem) => !isEmptyRow(result.data[problem.row ?? -1]));
  if (error) {
    return {
      ok: false,
      error: {
        line: error.index === undefined ? (rowLines[error.row ?? 0] ?? 1) : lineOf(text, error.index),
        message: QUOTE_PROBLEMS[error.code] ?? `Malformed CSV: ${error.message}`,
      },
    };
  }
  const records: CsvRecord[] = [];
  result.data.forEach((fields, row) => {
    if (!isEmptyRow(fields)) records.push({ line: rowLines[row]!, fields });
  });
  return { ok: true, records };
}

function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

/** 1-based line containing a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
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

export type ColumnReader = (record: CsvRecord) => string;

/**
 * The one column-lookup rule every CSV parser uses: a column by header name (case and spaces
 * ignored; the first of several names present wins), read trimmed, '' when absent. The column
 * is looked up once, for parsers that read the same column from every row of a large file.
 */
export function columnReader(columns: Map<string, number>, ...names: string[]): ColumnReader {
  const position = names.map((name) => columns.get(name.toLowerCase())).find((at) => at !== undefined);
  return position === undefined ? () => '' : (record) => (record.fields[position] ?? '').trim();
}

export const orNull = (value: string): string | null => (value === '' ? null : value);
