import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { emptyTrash, purgeContacts, removeContacts, restoreContacts } from '../../electron/core/declutter/removal.js';
import { historyState, redoLast, undoLast } from '../../electron/core/history/undo-history.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { contactDetail, contactListings } from '../../electron/core/roster/contact-reads.js';
import { openMergeProposals, resolveMergeProposal } from '../../electron/core/roster/merge-proposals.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { RosterQuery, type ContactStatus } from '../../shared/domain.js';
import { corpusFile, textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';
const LATER = '2026-11-01T12:10:00.000Z';

/** Lise on LinkedIn (with a profile, at one company) and in an address book (with an email, at another title). */
const LISE = [
  textFile(
    'Connections.csv',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Lise,Meitner,https://www.linkedin.com/in/lise-meitner,,Kaiser Wilhelm Institute,Physicist,01 Mar 2019\n',
  ),
  textFile(
    'lise.vcf',
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lise Meitner\r\nN:Meitner;Lise;;;\r\nORG:Kaiser Wilhelm Institute\r\n' +
      'TITLE:Head of Physics\r\nEMAIL:lise@kwi.example\r\nTEL:+49 30 1234567\r\nEND:VCARD\r\n',
  ),
];

describe('one undo history for every user action', () => {
  let core: Core;
  const listed = (status: ContactStatus = 'active') =>
    contactListings(core.db, queryRoster(core.db, RosterQuery.parse({ status })).ids);
  const byName = (name: string) => listed().filter((contact) => contact.name === name);

  beforeEach(async () => {
    core = memoryCore(NOW);
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv'), ...LISE], { now: () => new Date(NOW) });
  });
  afterEach(() => core.close());

  it('undoes the merge the user just accepted, not an earlier restore, and names it', () => {
    const grace = byName('Grace Hopper')[0]!.id;
    removeContacts(core.db, [grace], 'tidy', NOW);
    restoreContacts(core.db, [grace], NOW);
    const [lise, liseCard] = byName('Lise Meitner');
    const before = [contactDetail(core.db, lise!.id), contactDetail(core.db, liseCard!.id)];
    const [proposal] = openMergeProposals(core.db);
    expect(proposal!.a.profileUrl).toBe('https://www.linkedin.com/in/lise-meitner');
    expect(proposal!.b.emails).toEqual(['lise@kwi.example']);

    resolveMergeProposal(core.db, proposal!.id, 'accept', LATER);
    expect(byName('Lise Meitner')).toHaveLength(1);
    expect(historyState(core.db).undo).toMatchObject({ action: 'merge', label: 'Merge Lise Meitner' });

    expect(undoLast(core.db, LATER)).toMatchObject({ action: 'merge', label: 'Merge Lise Meitner', changed: 2 });
    const after = [contactDetail(core.db, lise!.id), contactDetail(core.db, liseCard!.id)];
    expect(after).toEqual(before);
    expect(openMergeProposals(core.db).map((p) => p.id)).toEqual([proposal!.id]);
    expect(byName('Grace Hopper')).toHaveLength(1);
    expect(historyState(core.db)).toMatchObject({
      undo: { action: 'restore', label: 'Restore Grace Hopper' },
      redo: { action: 'merge', label: 'Merge Lise Meitner' },
    });
  });

  it('merges with the fields the user picked, and redo repeats the same choices', () => {
    const [proposal] = openMergeProposals(core.db);
    resolveMergeProposal(core.db, proposal!.id, 'accept', LATER, { position: 'b' });
    const merged = () => contactDetail(core.db, byName('Lise Meitner')[0]!.id);
    expect(merged()).toMatchObject({
      position: 'Head of Physics',
      company: 'Kaiser Wilhelm Institute',
      profileUrl: 'https://www.linkedin.com/in/lise-meitner',
      emails: ['lise@kwi.example'],
      sources: ['linkedin', 'vcard'],
    });
    undoLast(core.db, LATER);
    expect(
      byName('Lise Meitner')
        .map((c) => c.position)
        .sort(),
    ).toEqual(['Head of Physics', 'Physicist']);
    expect(redoLast(core.db, LATER)).toMatchObject({ action: 'merge', label: 'Merge Lise Meitner' });
    expect(byName('Lise Meitner')).toHaveLength(1);
    expect(merged().position).toBe('Head of Physics');
    expect(historyState(core.db).redo).toBeNull();
  });

  it('redoes removals and restores, and a new action ends what could be redone', () => {
    const [ada, grace] = listed();
    removeContacts(core.db, [ada!.id, grace!.id], 'spam', NOW);
    expect(undoLast(core.db, LATER)).toMatchObject({ action: 'remove', label: 'Remove 2 people', changed: 2 });
    expect(listed('trashed')).toEqual([]);
    expect(redoLast(core.db, LATER)).toMatchObject({ action: 'remove', changed: 2 });
    expect(listed('trashed').map((c) => [c.name, c.removalReason])).toEqual([
      ['Ada Lovelace', 'spam'],
      ['Grace Hopper', 'spam'],
    ]);
    undoLast(core.db, LATER);
    removeContacts(core.db, [ada!.id], null, LATER);
    expect(historyState(core.db)).toMatchObject({ undo: { label: 'Remove Ada Lovelace' }, redo: null });
    expect(() => redoLast(core.db, LATER)).toThrow('Nothing to redo.');
  });

  it('brings a removed person (a tombstone) back, and undo returns them to the removed', () => {
    const linus = byName('Linus Torvalds')[0]!.id;
    removeContacts(core.db, [linus], 'left', NOW);
    purgeContacts(core.db, [linus], NOW);
    expect(listed('removed').map((c) => c.name)).toEqual(['Linus Torvalds']);
    expect(restoreContacts(core.db, [linus], LATER).changed).toBe(1);
    expect(contactDetail(core.db, linus)).toMatchObject({
      status: 'active',
      profileUrl: 'https://www.linkedin.com/in/linustorvalds',
    });
    undoLast(core.db, LATER);
    expect(listed('removed').map((c) => [c.name, c.removalReason])).toEqual([['Linus Torvalds', 'left']]);
  });

  it('refuses to unmerge someone a later import changed, and keeps the merge', async () => {
    const [proposal] = openMergeProposals(core.db);
    resolveMergeProposal(core.db, proposal!.id, 'accept', LATER);
    await runImport(
      core.db,
      [
        textFile(
          'Connections.csv',
          'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
            'Lise,Meitner,https://www.linkedin.com/in/lise-meitner,,Max Planck Institute,Physicist,01 Mar 2019\n',
        ),
      ],
      { now: () => new Date('2026-11-02T09:00:00.000Z') },
    );
    expect(() => undoLast(core.db, LATER)).toThrow(/Lise Meitner changed after the merge/);
    expect(byName('Lise Meitner')).toHaveLength(1);
  });

  it('empties the trash and deletes now, finally: neither is in the undo history', () => {
    const [ada, grace] = listed();
    removeContacts(core.db, [ada!.id, grace!.id], null, NOW);
    expect(purgeContacts(core.db, [ada!.id], LATER).changed).toBe(1);
    expect(emptyTrash(core.db, LATER).changed).toBe(1);
    expect(listed('removed').map((c) => c.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(historyState(core.db).undo).toMatchObject({ action: 'remove', label: 'Remove 2 people' });
    expect(undoLast(core.db, LATER).changed).toBe(0);
  });
});
