import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS, MAX_PHOTO_BYTES } from '../../electron/core/import/clean-person.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { readContentLines } from '../../electron/core/import/vcard-lines.js';
import { contactDetail } from '../../electron/core/roster/contact-reads.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { RosterQuery } from '../../shared/domain.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = () => new Date('2026-11-01T12:00:00.000Z');

describe('hostile vCards are contained', () => {
  it('unfolds 60,000 quoted-printable soft breaks into the same value as one line', () => {
    const pieces = Array.from({ length: 60_000 }, (_, index) => `part${index}`);
    const [line] = readContentLines(`NOTE;ENCODING=QUOTED-PRINTABLE:${pieces.join('=\r\n')}\r\n`);
    expect(line!.value).toBe(pieces.join(''));
  });

  it('keeps fields within their limits and drops photos over 2 MB, importing the rest of the card', async () => {
    const core = memoryCore();
    const huge = 'x'.repeat(FIELD_LIMITS.note + 5_000);
    const photo = Buffer.alloc(MAX_PHOTO_BYTES + 1, 1).toString('base64');
    const card =
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${'Ada '.repeat(300)}\r\nORG:${'Acme '.repeat(200)}\r\n` +
      `NOTE:${huge}\r\nPHOTO;ENCODING=b;TYPE=PNG:${photo}\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n`;
    const summary = await runImport(core.db, [textFile('big.vcf', card)], { now: NOW });
    expect(summary).toMatchObject({ added: 1 });
    const [id] = queryRoster(core.db, RosterQuery.parse({})).ids;
    const detail = contactDetail(core.db, id!);
    // Capped, then trimmed of the space the cut left at the end.
    expect(detail.name).toBe('Ada '.repeat(125).trim());
    expect(detail.company!.trim()).toBe('Acme '.repeat(100).trim());
    expect(detail.note!.length).toBe(FIELD_LIMITS.note);
    expect(detail.photoDataUrl).toBeNull();
    expect(detail.emails).toEqual(['ada@example.org']);
    core.close();
  });
});
