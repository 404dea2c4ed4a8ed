import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterQuery, type ContactStatus } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { purgeTrash, removeContacts, restoreContacts } from '../../electron/core/declutter/removal.js';
import { undoLast } from '../../electron/core/history/undo-history.js';
import { neutralizeFormula, safeCsvRow } from '../../electron/core/export/csv.js';
import {
  exportCsv,
  exportMastodonFollowing,
  exportVcards,
  linkedInChecklist,
  markChecklistItem,
} from '../../electron/core/export/roster-exports.js';
import { parseImportFile } from '../../electron/core/import/parse-import-file.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { contactDetail, contactListings } from '../../electron/core/roster/contact-reads.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { corpusFile, textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';
const LATER = '2026-12-15T12:00:00.000Z';

/** A roster from LinkedIn, an address book and Mastodon: the three services decisions go back to. */
async function seededCore(): Promise<Core> {
  const core = memoryCore(NOW);
  await runImport(core.db, [
    corpusFile('linkedin', 'Connections.csv'),
    corpusFile('vcard', 'contacts.vcf'),
    corpusFile('mastodon', 'following_accounts.csv'),
  ]);
  return core;
}

describe('removal, undo, trash and tombstones', () => {
  let core: Core;
  beforeEach(async () => {
    core = await seededCore();
  });
  afterEach(() => core.close());

  const list = (status: ContactStatus = 'active') =>
    contactListings(core.db, queryRoster(core.db, RosterQuery.parse({ status })).ids);
  const idOf = (name: string) => list().find((contact) => contact.name === name)!.id;

  it('moves a selection to the trash as one batch with its reason, and restores it', () => {
    const ids = [idOf('Ada Lovelace'), idOf('Grace Hopper')];
    expect(removeContacts(core.db, ids, 'Never talk', NOW)).toEqual({ batchId: expect.any(Number), changed: 2 });
    expect(list('trashed').map((c) => [c.name, c.removalReason])).toEqual([
      ['Ada Lovelace', 'Never talk'],
      ['Grace Hopper', 'Never talk'],
    ]);
    expect(list().map((c) => c.name)).not.toContain('Ada Lovelace');
    const search = (status: ContactStatus) =>
      queryRoster(core.db, RosterQuery.parse({ search: 'lovelace', status })).ids;
    expect(search('active')).toEqual([]);
    expect(search('trashed')).toEqual([ids[0]]);
    expect(removeContacts(core.db, ids, null, NOW).changed).toBe(0);
    expect(restoreContacts(core.db, [ids[0]!], NOW).changed).toBe(1);
    expect(list('trashed').map((c) => c.name)).toEqual(['Grace Hopper']);
    expect(search('active')).toEqual([ids[0]]);
    expect(list().find((c) => c.name === 'Ada Lovelace')?.removalReason).toBeNull();
  });

  it('undo reverses the last batch, then the one before', () => {
    const ada = idOf('Ada Lovelace');
    const grace = idOf('Grace Hopper');
    removeContacts(core.db, [ada, grace], null, NOW);
    restoreContacts(core.db, [grace], NOW);
    expect(undoLast(core.db, NOW)).toMatchObject({ action: 'restore', changed: 1 });
    expect(
      list('trashed')
        .map((c) => c.id)
        .sort(),
    ).toEqual([ada, grace].sort());
    expect(undoLast(core.db, NOW)).toMatchObject({ action: 'remove', changed: 2 });
    expect(list('trashed')).toEqual([]);
    expect(() => undoLast(core.db, NOW)).toThrow('Nothing to undo.');
  });

  it('undoing a restore puts people back in the trash with the date and reason of their removal', () => {
    const ada = idOf('Ada Lovelace');
    removeContacts(core.db, [ada], 'Recruiter spam', NOW);
    restoreContacts(core.db, [ada], LATER);
    undoLast(core.db, LATER);
    expect(contactDetail(core.db, ada)).toMatchObject({
      status: 'trashed',
      removalReason: 'Recruiter spam',
      statusChangedAt: NOW,
    });
    // The 30-day window still counts from the removal, not from the undo.
    expect(purgeTrash(core.db, 30, LATER).changed).toBe(1);
  });

  it('a re-import does not bring removed people back; it flags where they reappeared', async () => {
    const ada = idOf('Ada Lovelace');
    removeContacts(core.db, [ada], 'Old colleague', NOW);
    const summary = await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    expect(summary).toMatchObject({ added: 0, reappeared: 1 });
    const [trashed] = list('trashed');
    expect(trashed).toMatchObject({
      id: ada,
      reappeared: true,
      reappearedIn: 'linkedin',
      removalReason: 'Old colleague',
    });
    expect(list().map((c) => c.name)).not.toContain('Ada Lovelace');
  });

  it('purges trash older than the window to tombstones that keep identifiers and the reason', async () => {
    const ada = idOf('Ada Lovelace');
    removeContacts(core.db, [ada], 'Spam', NOW);
    expect(purgeTrash(core.db, 30, '2026-11-20T00:00:00.000Z').changed).toBe(0);
    expect(purgeTrash(core.db, 30, LATER).changed).toBe(1);
    const [tombstone] = list('removed');
    expect(tombstone).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@analytical.example', 'ada.home@example.net'],
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
      removalReason: 'Spam',
      company: null,
      position: null,
    });
    expect(contactDetail(core.db, ada).note).toBeNull();
    // What the tombstone no longer holds cannot find it either; its name still does.
    const searchRemoved = (search: string) =>
      queryRoster(core.db, RosterQuery.parse({ search, status: 'removed' })).ids;
    expect(searchRemoved('computation')).toEqual([]);
    expect(searchRemoved('lovelace')).toEqual([ada]);
    expect(() => undoLast(core.db, LATER)).not.toThrow(); // undoes the removal batch, not the purge
    expect(list('removed')).toHaveLength(1);
    const again = await runImport(core.db, [corpusFile('vcard', 'contacts.vcf')]);
    expect(again.reappeared).toBe(1);
    expect(list('removed')[0]).toMatchObject({ reappeared: true, reappearedIn: 'vcard' });
  });
});

describe('carrying decisions back to each service', () => {
  let core: Core;
  beforeEach(async () => {
    core = await seededCore();
  });
  afterEach(() => core.close());
  const idOf = (name: string) =>
    contactListings(core.db, queryRoster(core.db, RosterQuery.parse({})).ids).find((c) => c.name === name)!.id;

  it('exports the kept roster as vCard 4.0 that imports back as the same people', () => {
    removeContacts(core.db, [idOf('Grace Hopper')], null, NOW);
    const text = exportVcards(core.db);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    const outcome = parseImportFile('roster.vcf', new TextEncoder().encode(text));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const names = outcome.file.people.map((p) => p.fullName);
    expect(names).not.toContain('Grace Hopper');
    expect(outcome.file.people.find((p) => p.fullName === 'Ada Lovelace')).toMatchObject({
      emails: ['ada@analytical.example', 'ada.home@example.net'],
      company: 'Analytical Engines, Ltd.',
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
    });
  });

  it('exports CSV with formula cells neutralized', async () => {
    await runImport(core.db, [
      textFile(
        'c.csv',
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n=HYPERLINK("x"),Evil,,,+cmd,@SUM(A1),01 Jan 2020\n',
      ),
    ]);
    const rows = Papa.parse<string[]>(exportCsv(core.db), { skipEmptyLines: true }).data;
    const evil = rows.find((row) => row[2] === 'Evil')!;
    expect(evil[0]).toBe(`'=HYPERLINK("x") Evil`);
    expect(evil[1]).toBe(`'=HYPERLINK("x")`);
    expect(evil[5]).toBe(`'+cmd`);
    expect(evil[6]).toBe(`'@SUM(A1)`);
  });

  it('never lets a cell start a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (cells) => {
        const parsed = Papa.parse<string[]>(safeCsvRow(cells), { delimiter: ',' }).data[0] ?? [];
        for (const cell of parsed) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        for (const cell of cells) expect(neutralizeFormula(cell).endsWith(cell)).toBe(true);
      }),
    );
  });

  it('exports the kept Mastodon follows and previews who an overwrite import would unfollow', async () => {
    const [first] = contactListings(core.db, queryRoster(core.db, RosterQuery.parse({ search: 'test' })).ids);
    removeContacts(core.db, [first!.id], null, NOW);
    const result = exportMastodonFollowing(core.db);
    expect(result.text).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\nuser@example.com,true,false,\n',
    );
    expect(result.unfollows).toEqual(['user@test.com']);
  });

  it('keeps a LinkedIn removal checklist with saved progress', () => {
    removeContacts(core.db, [idOf('Ada Lovelace'), idOf('Linus Torvalds'), idOf('Иван Петров')], null, NOW);
    const items = linkedInChecklist(core.db);
    expect(items.map((item) => [item.name, item.profileUrl, item.done])).toEqual([
      ['Ada Lovelace', 'https://www.linkedin.com/in/ada-lovelace-1815', false],
      ['Linus Torvalds', 'https://www.linkedin.com/in/linustorvalds', false],
    ]);
    markChecklistItem(core.db, items[0]!.contactId, true, NOW);
    expect(linkedInChecklist(core.db).map((item) => item.done)).toEqual([true, false]);
  });
});
