import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../electron/core/export/csv.js';
import { exportCsv, exportMastodonFollowing, exportVcards } from '../../electron/core/export/roster-exports.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { contactListings } from '../../electron/core/roster/contact-reads.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { RosterQuery } from '../../shared/domain.js';
import { isEmailAddress, mailtoHref } from '../../shared/email-address.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = () => new Date('2026-11-01T12:00:00.000Z');

describe('nothing lost when decisions are carried back', () => {
  it('keeps every column Mastodon gave for each follow', async () => {
    const core = memoryCore();
    const follows = textFile(
      'following_accounts.csv',
      'Account address,Show boosts,Notify on new posts,Languages\n@noether@math.example,false,true,"de, en"\nada@x.example,true,false,\n',
    );
    await runImport(core.db, [follows], { now: NOW });
    const exported = exportMastodonFollowing(core.db);
    expect(exported.text).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\n' +
        'ada@x.example,true,false,\n' +
        'noether@math.example,false,true,"de, en"\n',
    );
    expect(exported.kept).toBe(2);
    // A header-less list has no settings: Mastodon's own defaults go out.
    await runImport(core.db, [textFile('following_accounts.csv', 'grace@navy.example\n')], { now: NOW });
    expect(exportMastodonFollowing(core.db).text).toContain('\ngrace@navy.example,true,false,\n');
    core.close();
  });

  it('carries notes out in vCard and CSV, and leaves phone numbers as they are', async () => {
    const core = memoryCore();
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nTEL:+1 212 555 0199\r\nTEL:-5\r\n' +
      'NOTE:Met at the Analytical Society\\nlikes poetry\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n';
    await runImport(core.db, [textFile('ada.vcf', card)], { now: NOW });
    expect(exportVcards(core.db)).toContain('NOTE:Met at the Analytical Society\\nlikes poetry');
    const [header, row] = Papa.parse<string[]>(exportCsv(core.db), { skipEmptyLines: true }).data;
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Notes')).toBe('Met at the Analytical Society\nlikes poetry');
    expect(cell('Phones')).toBe('+1 212 555 0199; -5');
    core.close();
  });

  it('neutralizes formulas, fullwidth ones too, but not phone-shaped values', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralizeFormula('＝1+1')).toBe(`'＝1+1`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('-2+3')).toBe(`'-2+3`);
    for (const phone of ['+1 212 555 0199', '(030) 1234-567', '+44.20.7946.0958', '-5'])
      expect(neutralizeFormula(phone)).toBe(phone);
  });

  it('a line break hidden in a name never becomes a line of the vCard export', async () => {
    const core = memoryCore();
    const card =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Mallory=0DEMAIL:evil@example.com\r\nN:Mallory;;;;\r\nEND:VCARD\r\n';
    await runImport(core.db, [textFile('m.vcf', card)], { now: NOW });
    const [contact] = contactListings(core.db, queryRoster(core.db, RosterQuery.parse({})).ids);
    expect(contact!.name).toBe('Mallory EMAIL:evil@example.com');
    expect(contact!.emails).toEqual([]);
    const lines = exportVcards(core.db).split('\r\n');
    expect(lines.filter((line) => line.startsWith('EMAIL'))).toEqual([]);
    expect(exportVcards(core.db)).not.toMatch(/[\r\u0085\u2028\u2029](?!\n)/);
    core.close();
  });

  it('stores only real email addresses, and mailto: links carry the address alone', async () => {
    expect(isEmailAddress('m@example.com?subject=hi&attach=/etc/passwd')).toBe(false);
    expect(isEmailAddress('ada.lovelace+work@analytical.example')).toBe(true);
    expect(isEmailAddress('zoë@bücher.example')).toBe(true);
    expect(mailtoHref('m@example.com?subject=hi')).toBeNull();
    expect(mailtoHref("o'brien@example.org")).toBe("mailto:o'brien@example.org");
    const core = memoryCore();
    await runImport(
      core.db,
      [
        textFile(
          'c.csv',
          'First Name,Last Name,E-mail Address\nEve,Hacker,m@example.com?subject=hi&attach=/etc/passwd\n',
        ),
      ],
      { now: NOW },
    );
    const [eve] = contactListings(core.db, queryRoster(core.db, RosterQuery.parse({})).ids);
    expect(eve).toMatchObject({ name: 'Eve Hacker', emails: [] });
    core.close();
  });
});
