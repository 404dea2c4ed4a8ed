import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli.js';
import type { Core } from '../../../electron/core/core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { writeOpml } from '../../../electron/core/feed/opml.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc.js';
import { addFeed, addPerson } from '../../helpers/feed-fixtures.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const opml = (outlines: { title: string; xmlUrl: string; htmlUrl?: string }[]): string =>
  writeOpml(
    outlines.map((o) => ({ title: o.title, xmlUrl: o.xmlUrl, htmlUrl: o.htmlUrl ?? null, categories: [] })),
    { title: 'Reader export', now: NOW },
  );
const OUTLINES = [
  { title: 'Ada Lovelace', xmlUrl: 'https://ada.example/feed.xml' },
  { title: 'Grace Hopper', xmlUrl: 'https://grace.example/atom.xml' },
  { title: 'Katherine Johnson', xmlUrl: 'https://kj.example/rss' },
  { title: 'Mary Jackson', xmlUrl: 'https://mj.example/index.xml' },
];

describe('an OPML import is one entry of the undo history', () => {
  let core: Core;
  let ada: number;
  let adaOwnFeed: number;

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  const people = () => core.db.prepare('SELECT display_name FROM contacts ORDER BY id').pluck().all();
  const feeds = () => core.db.prepare('SELECT contact_id, url FROM feeds ORDER BY url').all();
  const searchHits = (word: string) =>
    core.db.prepare('SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?').pluck().get(word) as number;

  beforeEach(() => {
    core = memoryCore(NOW.toISOString());
    ada = addPerson(core.db, 'Ada Lovelace');
    adaOwnFeed = addFeed(core.db, ada, 'https://ada.example/notes.xml');
  });
  afterEach(() => core.close());

  it('Undo removes the subscriptions it added and the people it created; Redo brings them back', async () => {
    const before = { people: people(), feeds: feeds() };
    const result = await call('feedImportOpml', { text: opml(OUTLINES), createPeople: true });
    expect(result).toMatchObject({ created: 3, undoLabel: 'Import 4 subscriptions' });
    expect(people()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson', 'Mary Jackson']);
    expect(await call('historyState', {})).toMatchObject({
      undo: { action: 'subscribe', label: 'Import 4 subscriptions' },
      redo: null,
    });
    const created = result.subscribed.map((s) => s.contactId).filter((id) => id !== ada);
    core.db
      .prepare(
        "INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, title, published_at, first_seen_at) VALUES (?, ?, 'k', 'A post', 'x', 'x')",
      )
      .run(result.subscribed[1]!.feedId, result.subscribed[1]!.contactId);

    const undone = await call('undo', {});
    expect(undone).toMatchObject({ action: 'subscribe', label: 'Import 4 subscriptions', changed: 4 });
    expect({ people: people(), feeds: feeds() }).toEqual(before);
    expect(searchHits('Grace')).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM feed_posts').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT id FROM feeds').pluck().all()).toEqual([adaOwnFeed]);

    const redone = await call('redo', {});
    expect(redone).toMatchObject({ action: 'subscribe', label: 'Import 4 subscriptions', changed: 4 });
    expect(people()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson', 'Mary Jackson']);
    // The same people, by id, so later history entries about them still find them.
    expect(
      core.db
        .prepare(`SELECT id FROM contacts WHERE id IN (${created.join(',')}) ORDER BY id`)
        .pluck()
        .all(),
    ).toEqual([...created].sort((a, b) => a - b));
    expect(searchHits('Grace')).toBe(1);
    expect(feeds()).toHaveLength(5);
    const subscriptions = await call('feedSubscriptions', {});
    expect(subscriptions.filter((s) => s.status === 'new')).toHaveLength(5);

    // And once more: undo after redo leaves the roster as it was before the import.
    await call('undo', {});
    expect({ people: people(), feeds: feeds() }).toEqual(before);
  });

  it('keeps a created person who has since gained something of their own', async () => {
    const result = await call('feedImportOpml', { text: opml(OUTLINES.slice(1, 2)), createPeople: true });
    expect(result.undoLabel).toBe('Import Grace Hopper’s subscription');
    const grace = result.subscribed[0]!.contactId;
    core.db.prepare("INSERT INTO contact_urls (contact_id, url) VALUES (?, 'https://grace.example')").run(grace);
    await call('undo', {});
    expect(people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(feeds()).toEqual([{ contact_id: ada, url: 'https://ada.example/notes.xml' }]);
    await call('redo', {});
    expect(people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(feeds()).toContainEqual({ contact_id: grace, url: 'https://grace.example/atom.xml' });
  });

  it('adds no history entry when nothing new is subscribed', async () => {
    await call('feedImportOpml', { text: opml(OUTLINES.slice(0, 1)), createPeople: false });
    const again = await call('feedImportOpml', { text: opml(OUTLINES.slice(0, 1)), createPeople: false });
    expect(again).toMatchObject({ undoLabel: null, subscribed: [{ contactId: ada }] });
    expect(core.db.prepare("SELECT count(*) FROM batches WHERE action = 'subscribe'").pluck().get()).toBe(1);
  });

  it('a later action ends the chance to redo an undone import', async () => {
    await call('feedImportOpml', { text: opml(OUTLINES), createPeople: true });
    await call('undo', {});
    await call('hideAdd', { kind: 'mute', contactId: ada });
    expect((await call('historyState', {})).redo).toBeNull();
  });
});

describe('prune undo after prune feed import-opml', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
    let stdout = '';
    const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void (stdout += `${parts.join(' ')}\n`));
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    try {
      return { code: await runCli(args), stdout };
    } finally {
      log.mockRestore();
      write.mockRestore();
    }
  }

  it('undoes and redoes the import by name', async () => {
    const db = path.join(temp.dir, 'opml.db');
    const file = path.join(temp.dir, 'reader.opml');
    writeFileSync(file, opml(OUTLINES.slice(1)));
    const imported = await cli('feed', 'import-opml', file, '--new-people', '--db', db);
    expect(imported.stdout).toContain('Subscribed 3 feeds; 3 new people.');
    expect(imported.stdout).toContain('prune undo takes it back (Import 3 subscriptions).');
    expect(await cli('undo', '--db', db)).toEqual({ code: 0, stdout: 'Undid: Import 3 subscriptions.\n' });
    const subscriptions = async () =>
      JSON.parse((await cli('feed', 'subscriptions', '--json', '--db', db)).stdout) as unknown[];
    expect(await subscriptions()).toEqual([]);
    expect(await cli('redo', '--db', db)).toEqual({ code: 0, stdout: 'Redid: Import 3 subscriptions.\n' });
    expect(await subscriptions()).toHaveLength(3);
  });
});
