import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterQuery, type RosterQueryInput } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { contactDetail, contactListings } from '../../electron/core/roster/contact-reads.js';
import { queryRoster, rosterFacets } from '../../electron/core/roster/roster-query.js';
import { openMergeProposals, resolveMergeProposal } from '../../electron/core/roster/merge-proposals.js';
import { corpusFile, textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const LISTING_INDEXES = ['contacts_by_company', 'contacts_by_connected', 'contacts_by_interaction', 'contacts_by_name'];

describe('importing into the roster', () => {
  let core: Core;
  beforeEach(() => {
    core = memoryCore();
  });
  afterEach(() => core.close());

  const indexNames = () =>
    core.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' ORDER BY name")
      .pluck()
      .all();
  const list = (query: RosterQueryInput = {}) =>
    contactListings(core.db, queryRoster(core.db, RosterQuery.parse(query)).ids);
  const byName = (name: string) => list().find((contact) => contact.name === name);

  it('imports the current LinkedIn export and reports the hidden profile as skipped', async () => {
    const summary = await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    expect(summary).toMatchObject({ added: 4, updated: 0, merged: 0, unchanged: 0, skipped: 1 });
    expect(summary.files[0]).toMatchObject({ format: 'linkedin-connections', error: null });
    expect(summary.files[0]!.skippedRows).toEqual([{ line: 8, reason: expect.stringMatching(/hidden/i) }]);
    expect(byName('Ada Lovelace')).toMatchObject({
      emails: ['ada@analytical.example'],
      company: 'Analytical Engines, Ltd.',
      position: 'Head of Computation',
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
      sources: ['linkedin'],
      status: 'active',
      connectedOn: '2015-12-10',
    });
    expect(byName('Linus Torvalds')?.profileUrl).toBe('https://www.linkedin.com/in/linustorvalds');
  });

  it('re-importing the same export changes nothing and duplicates nobody', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    const before = list();
    const again = await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    expect(again).toMatchObject({ added: 0, updated: 0, merged: 0, unchanged: 4 });
    expect(list()).toEqual(before);
  });

  it('a newer export updates the people it already has', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    const newer = [
      CONNECTIONS_HEADER,
      'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1815/,ada@analytical.example,Babbage & Co,Chief Scientist,10 Dec 2015',
    ].join('\r\n');
    const summary = await runImport(core.db, [textFile('Connections.csv', newer)]);
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    expect(byName('Ada Lovelace')).toMatchObject({ company: 'Babbage & Co', position: 'Chief Scientist' });
    expect(list()).toHaveLength(4);
  });

  it('into an empty roster, still matches a person who appears again within the same import', async () => {
    const connections = [
      CONNECTIONS_HEADER,
      'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1815/,,Analytical Engines,Analyst,10 Dec 2015',
      'Ada,Lovelace,https://www.linkedin.com/in/ADA-Lovelace-1815?trk=x,,Babbage & Co,Chief Scientist,10 Dec 2015',
      'Alan,Turing,https://www.linkedin.com/in/alan-turing,,Bletchley,,23 Jun 2012',
      'Alan,Turing,,alan@bletchley.example,,,23 Jun 2012',
      'A.,Turing,https://www.linkedin.com/in/alan-turing,alan@bletchley.example,,,23 Jun 2012',
    ].join('\r\n');
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ada Lovelace',
      'EMAIL:ada@home.example',
      'URL:https://www.linkedin.com/in/ada-lovelace-1815',
      'END:VCARD',
    ].join('\r\n');
    const summary = await runImport(core.db, [textFile('Connections.csv', connections), textFile('ada.vcf', vcard)]);
    // The URL-less Alan row is the same connection (name + Connected On) as the one before it.
    expect(summary).toMatchObject({ added: 2, updated: 2, merged: 1 });
    expect(list().map((contact) => contact.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(byName('Ada Lovelace')).toMatchObject({
      company: 'Babbage & Co',
      emails: ['ada@home.example'],
      sources: ['linkedin', 'vcard'],
    });
    expect(byName('Alan Turing')).toMatchObject({ emails: ['alan@bletchley.example'], company: 'Bletchley' });
  });

  it('merges the same person across LinkedIn and a vCard into one contact with both sources', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    const summary = await runImport(core.db, [corpusFile('vcard', 'contacts.vcf')]);
    expect(summary.merged).toBe(1);
    expect(summary.added).toBe(2);
    const ada = byName('Ada Lovelace')!;
    expect(ada.sources).toEqual(['linkedin', 'vcard']);
    expect(ada.emails).toEqual(['ada@analytical.example', 'ada.home@example.net']);
    expect(ada.company).toBe('Analytical Engines, Ltd.');
    const detail = contactDetail(core.db, ada.id);
    expect(detail.note).toMatch(/^Met at the 1843 conference/);
    expect(detail.sourceInfo.map((s) => s.source)).toEqual(['linkedin', 'vcard']);
  });

  it('matches pre-2021 exports by email and keeps removed-era dates', async () => {
    await runImport(core.db, [corpusFile('vcard', 'contacts.vcf')]);
    const summary = await runImport(core.db, [corpusFile('linkedin', 'Connections-2019.csv')]);
    expect(summary).toMatchObject({ added: 0, merged: 2 });
    expect(byName('Alan Turing')).toMatchObject({ sources: ['linkedin', 'vcard'], connectedOn: '2012-06-23' });
  });

  it('turns messages into interactions with counts and last interaction, ignoring spam', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    const summary = await runImport(core.db, [corpusFile('linkedin', 'messages.csv')]);
    expect(summary.interactions).toBe(3);
    const ada = contactDetail(core.db, byName('Ada Lovelace')!.id);
    expect(ada).toMatchObject({
      sentCount: 1,
      receivedCount: 1,
      lastInteractionAt: expect.stringMatching(/^2025-06-02T09:00:00/),
    });
    const grace = contactDetail(core.db, byName('Grace Hopper')!.id);
    expect(grace).toMatchObject({ sentCount: 0, receivedCount: 0, lastInteractionAt: null });
    expect(grace.recentInteractions).toEqual([expect.objectContaining({ folder: 'SPAM', direction: 'received' })]);
    const again = await runImport(core.db, [corpusFile('linkedin', 'messages.csv')]);
    expect(again.interactions).toBe(0);
  });

  it('imports Google, Outlook (Windows-1252) and Mastodon files', async () => {
    const summary = await runImport(core.db, [
      corpusFile('csv', 'google-contacts.csv'),
      corpusFile('csv', 'outlook-contacts-cp1252.csv'),
      corpusFile('mastodon', 'following_accounts.csv'),
      corpusFile('mastodon', 'blocked_accounts.txt'),
    ]);
    expect(summary.files.map((file) => file.format)).toEqual([
      'google-csv',
      'outlook-csv',
      'mastodon-following',
      'mastodon-blocked',
    ]);
    expect(summary.files.every((file) => file.error === null)).toBe(true);
    expect(byName('Grace Hopper')).toMatchObject({
      emails: ['grace@navy.example', 'ghopper@example.org'],
      sources: ['google'],
    });
    const facets = rosterFacets(core.db, 'active');
    expect(facets.bySource.mastodon).toBe(2);
    expect(facets.bySource.outlook).toBe(2);
    expect(byName('René Descartes')).toMatchObject({
      company: 'Société Générale d’Études',
      position: 'Philosophe',
      emails: ['rene@example.fr'],
      sources: ['outlook'],
    });
    expect(contactDetail(core.db, byName('Zoë Ångström')!.id).note).toBe('Price: 5€');
    expect(list({ search: 'angst' }).map((c) => c.name)).toEqual(['Zoë Ångström']);
  });

  it('reports a malformed file with its line and stores nothing from it', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv')]);
    const before = list();
    const broken = [
      CONNECTIONS_HEADER,
      'New,Person,,new@example.org,Acme,CEO,01 Jan 2020',
      'Bad,"Quote,,,x,y,01 Jan 2020',
    ].join('\n');
    const summary = await runImport(core.db, [textFile('broken.csv', broken)]);
    expect(summary.files[0]!.error).toEqual({ line: 3, message: expect.any(String) });
    expect(summary.added).toBe(0);
    expect(list()).toEqual(before);
  });

  it('a bad file among good ones is left out whole while the good ones import', async () => {
    const summary = await runImport(core.db, [
      textFile('junk.bin', '\u0000\u0001garbage'),
      corpusFile('linkedin', 'Connections.csv'),
    ]);
    expect(summary.added).toBe(4);
    const junk = summary.files.find((file) => file.name === 'junk.bin')!;
    expect(junk.error?.message).toMatch(/Prune can import|not a|recogni/i);
  });

  it('searches by prefix over name, company, position and email, folding diacritics', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv'), corpusFile('vcard', 'contacts.vcf')]);
    const names = (search: string) => list({ search }).map((contact) => contact.name);
    expect(names('lov')).toEqual(['Ada Lovelace']);
    expect(names('analyt')).toEqual(['Ada Lovelace']);
    expect(names('jose')).toEqual(['José Müller-Øster']);
    expect(names('barista')).toEqual(['José Müller-Øster']);
    expect(names('bletchley')).toEqual(['Alan Turing']);
    expect(names('"); DROP TABLE contacts; --')).toEqual([]);
    expect(names('a l')).toContain('Ada Lovelace');
  });

  it('sorts and filters', async () => {
    await runImport(core.db, [corpusFile('linkedin', 'Connections.csv'), corpusFile('vcard', 'contacts.vcf')]);
    const names = (query: RosterQueryInput) => list(query).map((contact) => contact.name);
    expect(names({ sort: 'connectedOn', direction: 'asc', sources: ['linkedin'] })).toEqual([
      'Linus Torvalds',
      'Ada Lovelace',
      'Grace Hopper',
      'José Müller-Øster',
    ]);
    expect(names({ sources: ['vcard'] })).toEqual(['Ada Lovelace', 'Alan Turing', 'Иван Петров']);
    expect(names({ hasEmail: false })).toEqual(['Grace Hopper', 'Linus Torvalds']);
    expect(names({ connectedAfter: '2019-01-01' })).toEqual(['Grace Hopper', 'José Müller-Øster']);
    expect(names({ company: 'us navy' })).toEqual(['Grace Hopper']);
    expect(names({ sort: 'email' })).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Иван Петров',
      'José Müller-Øster',
      'Grace Hopper',
      'Linus Torvalds',
    ]);
    expect(names({ sort: 'sources' })).toEqual([
      'Grace Hopper',
      'José Müller-Øster',
      'Linus Torvalds',
      'Ada Lovelace',
      'Alan Turing',
      'Иван Петров',
    ]);
    expect(names({ sort: 'name', direction: 'desc' }).at(0)).toBe('Иван Петров');
  });

  it('proposes a merge for same name and company without shared keys, and applies the decision', async () => {
    const csv = [
      CONNECTIONS_HEADER,
      'Sam,Lee,https://www.linkedin.com/in/sam-lee-1,,Acme,Engineer,01 Jan 2020',
      'Sam,Lee,https://www.linkedin.com/in/sam-lee-2,,ACME,Engineer,01 Jan 2021',
      'Sam,Lee,https://www.linkedin.com/in/sam-lee-3,,Other Corp,Engineer,01 Jan 2021',
    ].join('\n');
    const summary = await runImport(core.db, [textFile('Connections.csv', csv)]);
    expect(summary.mergeProposals).toBe(1);
    const [proposal] = openMergeProposals(core.db);
    expect(proposal).toMatchObject({
      a: { name: 'Sam Lee', company: 'Acme' },
      b: { name: 'Sam Lee', company: 'ACME' },
    });
    resolveMergeProposal(core.db, proposal!.id, 'accept', '2026-11-02T00:00:00.000Z');
    expect(list()).toHaveLength(2);
    expect(openMergeProposals(core.db)).toEqual([]);
    // Identifiers of the merged contact now lead to the kept one: re-import does not split them again.
    const again = await runImport(core.db, [textFile('Connections.csv', csv)]);
    expect(again).toMatchObject({ added: 0, mergeProposals: 0 });
    expect(list()).toHaveLength(2);
  });

  it('cancelling rolls the whole import back', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `P${i},Person,https://www.linkedin.com/in/p-${i},,Co,Role,01 Jan 2020`,
    );
    const controller = new AbortController();
    const run = runImport(core.db, [textFile('Connections.csv', [CONNECTIONS_HEADER, ...rows].join('\n'))], {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase !== 'saving') return;
        // The window may query while the import holds its transaction open.
        expect(queryRoster(core.db, RosterQuery.parse({})).totalInStatus).toBeGreaterThan(0);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(queryRoster(core.db, RosterQuery.parse({}))).toEqual({ ids: [], count: 0, totalInStatus: 0 });
    expect(queryRoster(core.db, RosterQuery.parse({ search: 'person' }))).toEqual({
      ids: [],
      count: 0,
      totalInStatus: 0,
    });
    expect(list()).toEqual([]);
    expect(core.db.inTransaction).toBe(false);
    expect(indexNames()).toEqual(LISTING_INDEXES);
  });

  it('a first big import builds the listing indexes at the end and leaves them all in place', async () => {
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `P${i},Person,https://www.linkedin.com/in/p-${i},,Co ${i % 7},Role,01 Jan 2020`,
    );
    const summary = await runImport(core.db, [textFile('Connections.csv', [CONNECTIONS_HEADER, ...rows].join('\n'))]);
    expect(summary.added).toBe(6000);
    expect(indexNames()).toEqual(LISTING_INDEXES);
    expect(list({ sort: 'company' })[0]!.company).toBe('Co 0');
  });
});
