import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvRecord } from '../../../electron/core/import/csv-table.js';

/**
 * Row-by-row reading, as readCsv did before it parsed in one pass: the reference for lines and
 * errors. Empty rows are stepped over here rather than skipped by Papa, so a line of just `""`
 * still moves the next record's line on (the old reading numbered that record one line early).
 * As there, a problem inside a row that comes out empty is let pass.
 */
function readCsvByStep(rawText: string): { ok: true; records: CsvRecord[] } | { ok: false; line: number } {
  const text = rawText.replace(/\r\n?/g, '\n');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const records: CsvRecord[] = [];
  let problemLine: number | null = null;
  let previousEnd = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result, parser) => {
      const error = result.errors[0];
      const empty = result.data.length === 1 && result.data[0] === '';
      if (error && !empty) {
        problemLine = lineOf(error.index ?? previousEnd);
        parser.abort();
        return;
      }
      const start = previousEnd;
      previousEnd = result.meta.cursor + 1;
      if (!empty) records.push({ line: lineOf(start), fields: result.data });
    },
  });
  return problemLine === null ? { ok: true, records } : { ok: false, line: problemLine };
}

describe('readCsv', () => {
  it('numbers records by the line they start on, across quoted line breaks and blank lines', () => {
    const outcome = readCsv('a,b\r\n\r\n"multi\r\nline",x\n\n""\nlast,"q""uote"');
    expect(outcome).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['multi\nline', 'x'] },
        { line: 7, fields: ['last', 'q"uote'] },
      ],
    });
  });

  it('names the line of the first quoting problem', () => {
    expect(readCsv('a,b\n"ok",1\nc,"d"x\n')).toMatchObject({ ok: false, error: { line: 3 } });
    expect(readCsv('a,b\n\n"never closed,1\n2\n')).toMatchObject({ ok: false, error: { line: 3 } });
    expect(readCsv('a,b\n"')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', 'b'] }] });
  });

  it('reads the same records and error lines as reading row by row', () => {
    const piece = fc.constantFrom(
      'a',
      'Ada Lovelace',
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\uFEFF',
      'x"y',
      '"q,\nz"',
    );
    const csv = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(csv, (text) => {
        const expected = readCsvByStep(text);
        const actual = readCsv(text);
        if (expected.ok) expect(actual).toEqual(expected);
        else expect(actual).toMatchObject({ ok: false, error: { line: expected.line } });
      }),
      { numRuns: 5000 },
    );
  });
});
