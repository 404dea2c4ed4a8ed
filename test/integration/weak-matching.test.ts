import { describe, expect, it } from 'vitest';
import { runImport } from '../../electron/core/import/run-import.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
const vcf = (...cards: string[]) => textFile('contacts.vcf', `${cards.join('\r\n')}\r\n`);
const googleCsv = (...rows: string[]) =>
  textFile('google.csv', ['First Name,Last Name,E-mail 1 - Value,Phone 1 - Value', ...rows].join('\n'));

/** Imports each file set in turn and returns the contact names after each. */
async function namesAfter(...imports: ReturnType<typeof textFile>[][]): Promise<string[][]> {
  const core = memoryCore();
  try {
    const names: string[][] = [];
    for (const files of imports) {
      await runImport(core.db, files);
      names.push(core.db.prepare('SELECT display_name FROM contacts ORDER BY sort_name, id').pluck().all() as string[]);
    }
    return names;
  } finally {
    core.close();
  }
}

describe('weak keys in address books', () => {
  it('a card with only a name, or only a phone, is the same card on the next import', async () => {
    const file = vcf(card('FN:Ada Lovelace'), card('TEL:+44 20 7946 0958'));
    expect(await namesAfter([file], [file])).toEqual([
      ['+44 20 7946 0958', 'Ada Lovelace'],
      ['+44 20 7946 0958', 'Ada Lovelace'],
    ]);
  });

  it('a phone-only card that later has a name and an email is completed, not added again', async () => {
    const before = vcf(card('TEL:+44 20 7946 0958'));
    const after = vcf(card('FN:Ada Lovelace', 'EMAIL:ada@example.com', 'TEL:0044 20 7946-0958'));
    expect(await namesAfter([before], [after])).toEqual([['+44 20 7946 0958'], ['Ada Lovelace']]);
  });

  it('two people of one name stay two when their emails or phones differ, import after import', async () => {
    const emails = googleCsv('John,Smith,john@one.example,', 'John,Smith,john@two.example,');
    expect((await namesAfter([emails], [emails]))[1]).toEqual(['John Smith', 'John Smith']);
    const phones = vcf(card('FN:John Smith', 'TEL:+1 202 555 0100'), card('FN:John Smith', 'TEL:+1 202 555 0199'));
    expect((await namesAfter([phones], [phones]))[1]).toEqual(['John Smith', 'John Smith']);
  });

  it('a shared landline does not make a family one person', async () => {
    const family = vcf(
      card('FN:Ada Lovelace', 'TEL:+44 20 7946 0958'),
      card('FN:Byron Lovelace', 'TEL:+44 20 7946 0958'),
    );
    expect((await namesAfter([family], [family]))[1]).toEqual(['Ada Lovelace', 'Byron Lovelace']);
  });

  it('weak keys never cross sources: a Google row does not join a vCard by phone', async () => {
    const card1 = vcf(card('FN:Ada Lovelace', 'TEL:+44 20 7946 0958'));
    const google = googleCsv('Ada,Lovelace,,+44 20 7946 0958');
    expect((await namesAfter([card1], [google]))[1]).toEqual(['Ada Lovelace', 'Ada Lovelace']);
  });
});

describe('LinkedIn connection keys read off the contact row', () => {
  it('a purged person from a current export stays out when an old export lists them', async () => {
    const { removeContacts, purgeTrash } = await import('../../electron/core/declutter/removal.js');
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const current = textFile(
      'Connections.csv',
      `${header}\nAda,Lovelace,https://www.linkedin.com/in/ada-x,,Acme,Eng,04 Apr 2021\n`,
    );
    const old = textFile(
      'Connections.csv',
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,,Acme,Eng,4-Apr-21\n',
    );
    const core = memoryCore();
    try {
      await runImport(core.db, [current]);
      const id = core.db.prepare('SELECT id FROM contacts').pluck().get() as number;
      removeContacts(core.db, [id], 'left', '2026-01-01T00:00:00.000Z');
      purgeTrash(core.db, 0, '2026-11-01T00:00:00.000Z');
      const again = await runImport(core.db, [old]);
      expect(again).toMatchObject({ added: 0, reappeared: 1 });
      expect(core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    } finally {
      core.close();
    }
  });
});
