import { zipSync, strToU8 } from 'fflate';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { openMergeProposals } from '../../../electron/core/roster/merge-proposals.js';
import { contactDetail } from '../../../electron/core/roster/contact-reads.js';
import { toLinkedInConnectionsCsv } from '../../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../../electron/core/sample/generate-network.js';
import { corpusPath, makeTempDir } from '../../helpers/temp-dir.js';
import { prune, rosterIn } from './cli.js';
import * as shapes from './files.js';

/** Issue 8, case by case, through the CLI, on invented files in the shapes of real exports. */
describe('real export shapes, through the CLI', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const roster = (name: string) => {
    mkdirSync(path.join(temp.dir, `${name}-files`), { recursive: true });
    return rosterIn(temp.dir, name);
  };

  it('an old export without URLs, imported twice, then a current one: one Ada, now with her URL', async () => {
    const r = roster('eras');
    const old = r.write('Connections.csv', shapes.connectionsOld);
    expect(await r.import([old])).toMatchObject({ added: 2, skipped: 1, errors: [] });
    expect(await r.import([old])).toMatchObject({ added: 0, unchanged: 2 });
    const current = r.write('Connections-2025.csv', shapes.connectionsCurrent);
    expect(await r.import([current])).toMatchObject({ added: 0, updated: 2, errors: [] });
    const contacts = await r.contacts();
    expect(contacts.map((c) => [c.name, c.profileUrl, c.connectedOn])).toEqual([
      ['Ada Lovelace', 'https://www.linkedin.com/in/ada-example', '2021-04-04'],
      ['Charles Babbage', 'https://www.linkedin.com/in/charles-example', '2019-01-12'],
    ]);
    expect(await r.import([old])).toMatchObject({ added: 0 });
    expect(await r.contacts()).toHaveLength(2);
  });

  it('a current export first, then an old one of the same network: no one twice', async () => {
    const r = roster('eras-reverse');
    await r.import([r.write('Connections.csv', shapes.connectionsCurrent)]);
    expect(await r.import([r.write('Connections-2021.csv', shapes.connectionsOld)])).toMatchObject({ added: 0 });
    expect(await r.contacts()).toHaveLength(2);
  });

  it('one shared address keeps two people apart and proposes the merge, naming the address', async () => {
    const r = roster('family');
    const file = r.write('google.csv', shapes.googleFamily);
    expect(await r.import([file])).toMatchObject({ added: 4, mergeProposals: 1, errors: [] });
    expect(await r.import([file])).toMatchObject({ added: 0, mergeProposals: 0 });
    expect((await r.contacts()).map((c) => c.name)).toEqual([
      'Ada Lovelace',
      'Bohr, Niels',
      'Charles Babbage',
      'Lise Meitner',
    ]);
    const db = openDatabase(r.db);
    const proposals = openMergeProposals(db);
    db.close();
    expect(proposals.map((p) => [p.a.name, p.b.name, p.reason])).toEqual([
      ['Ada Lovelace', 'Charles Babbage', 'Both use family@example.com, but their names differ'],
    ]);
  });

  it('names with commas in messages.csv: matched by profile URL, the owner found by URL, drafts not sent', async () => {
    const r = roster('messages');
    await r.import([r.write('Connections.csv', shapes.connectionsForMessages)]);
    const result = await r.import([r.write('messages.csv', shapes.messagesWithCommas)]);
    expect(result).toMatchObject({ interactions: 4, skipped: 1, errors: [] });
    const [grace, ada] = await Promise.all(
      ['Grace Hopper, PhD', 'Ada Lovelace'].map(async (name) => (await r.contacts()).find((c) => c.name === name)!),
    );
    const db = openDatabase(r.db);
    const counts = [grace!, ada!].map((c) => contactDetail(db, c.id)).map((d) => [d.sentCount, d.receivedCount]);
    db.close();
    expect(counts).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });

  it('reads connection dates of every era and re-save, day-first decided per file', async () => {
    const r = roster('dates');
    await r.import([r.write('Connections.csv', shapes.connectionsMixedDates)]);
    expect((await r.contacts()).map((c) => [c.name, c.connectedOn])).toEqual([
      ['Early Person', '2021-04-03'],
      ['Excel Person', '2023-02-09'],
      ['Iso Person', '2023-02-09'],
      ['Slash Person', '2021-08-26'],
    ]);
  });

  it('semicolon- and tab-separated exports are read', async () => {
    const r = roster('separators');
    const semicolon = r.write('Connections-excel.csv', shapes.connectionsSemicolon);
    expect(await r.import([semicolon])).toMatchObject({ added: 2, errors: [] });
    expect(await r.import([r.write('Connections-tab.csv', shapes.connectionsTab)])).toMatchObject({ added: 0 });
    expect((await r.contacts()).map((c) => [c.name, c.company, c.connectedOn])).toEqual([
      ['Ada Lovelace', 'Acme', '2021-08-26'],
      ['Grace Hopper', 'Navy; Reserve', '2020-04-03'],
    ]);
  });

  it('the 2018 export zip: Messages.csv is read, a broken part is reported and the rest imported', async () => {
    const r = roster('zip-2018');
    const zip = zipSync({
      'Connections.csv': strToU8(shapes.connections2018),
      'Messages.csv': strToU8(shapes.messages2018),
      'Invitations.csv': strToU8(shapes.brokenInvitations),
    });
    const result = await r.import([r.write('Basic_LinkedInDataExport.zip', zip)]);
    expect(result).toMatchObject({ code: 2, added: 2, interactions: 2 });
    expect(result.errors).toEqual([
      { file: 'Basic_LinkedInDataExport.zip › Invitations.csv', line: 2, message: expect.stringMatching(/quote/) },
    ]);
    expect((await r.contacts()).map((c) => [c.name, c.connectedOn])).toEqual([
      ['Ada Lovelace', '2018-11-04'],
      ['Grace Hopper', '2017-02-01'],
    ]);
  });

  it('a header-less Mastodon list is told by its file name, else by --as, else asks', async () => {
    const r = roster('mastodon');
    const unnamed = r.write('handles.txt', shapes.followingHeaderless);
    const refused = await r.import([unnamed]);
    expect(refused.code).toBe(2);
    expect(refused.errors[0]!.message).toMatch(/follows, blocks or mutes.*--as/);
    expect(await r.contacts()).toHaveLength(0);
    expect((await prune('import', unnamed, '--db', r.db, '--as', 'friends')).stderr).toMatch(/--as following\|/);

    await r.import([r.write('following_accounts.csv', shapes.followingHeaderless)]);
    const out = path.join(temp.dir, 'mastodon-following.csv');
    await prune('export', '--db', r.db, '--format', 'mastodon-following', '--out', out);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toMatch(/ada@mastodon\.example[\s\S]*grace@fedi\.example/);

    const muted = roster('mastodon-as');
    expect(await muted.import([muted.write('handles.txt', shapes.followingHeaderless)], '--as', 'muted')).toMatchObject(
      { added: 2, errors: [] },
    );
  });

  it('a Name column names people; a phone-only card shows its number and is not added twice', async () => {
    const r = roster('smaller');
    await r.import([r.write('contacts.csv', shapes.nameColumnCsv)]);
    const card = r.write('phone.vcf', shapes.phoneOnlyCard);
    await r.import([card]);
    expect(await r.import([card])).toMatchObject({ added: 0 });
    expect((await r.contacts()).map((c) => [c.name, c.emails])).toEqual([
      ['+44 20 7946 0958', []],
      ['Ada Lovelace', ['ada@example.com']],
      ['Grace Hopper', ['grace@example.com']],
    ]);
  });

  it('every corpus file imported twice leaves the contact count as it was', async () => {
    const r = roster('corpus');
    const files = ['linkedin', 'mastodon', 'csv', 'vcard', 'vcard/clients'].flatMap((folder) =>
      readdirSync(corpusPath(folder), { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('LICENSE'))
        .map((entry) => corpusPath(folder, entry.name)),
    );
    expect(await r.import(files, '--as', 'following')).toMatchObject({ errors: [] });
    const count = (await r.contacts()).length;
    expect(count).toBeGreaterThan(20);
    expect(await r.import(files, '--as', 'following')).toMatchObject({ added: 0, errors: [] });
    expect(await r.contacts()).toHaveLength(count);
  });

  it('an invented network exported pre-2021, then today: one contact per person', async () => {
    const r = roster('network');
    const network = generateNetwork({ seed: 8, size: 300 });
    const old = r.write('Connections-2020.csv', toLinkedInConnectionsCsv(network, { era: 'pre2021' }));
    expect(await r.import([old])).toMatchObject({ added: 300 });
    expect(await r.contacts()).toHaveLength(300);
    const current = r.write('Connections.csv', toLinkedInConnectionsCsv(network, { era: 'current' }));
    expect(await r.import([current])).toMatchObject({ added: 0, errors: [] });
    expect(await r.contacts()).toHaveLength(300);
  });
});
