import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { storeFeedPosts } from '../../../electron/core/feed/post-store.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc.js';
import type { FeedPage } from '../../../shared/feed-store.js';
import { addFeed, addPerson, feedPost } from '../../helpers/feed-fixtures.js';
import { memoryCore } from '../../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';
const hoursAgo = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();

describe('the hide control over stored posts', () => {
  let core: Core;
  let clock: Date;
  let ada: number;
  let grace: number;
  let adaBlog: number;
  let adaMastodon: number;
  let graceBlog: number;

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  const failure = async (channel: Channel, input: unknown) => {
    const result = await dispatch(core, channel, input);
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };
  const page = (input: ChannelInput<'feedPage'> = {}): Promise<FeedPage> => call('feedPage', { limit: 500, ...input });
  const visibleTitles = async (input: ChannelInput<'feedPage'> = {}) => (await page(input)).items.map((i) => i.title);
  const reasons = async () =>
    Object.fromEntries((await page({ includeHidden: true })).items.map((i) => [i.title, i.hidden?.reason ?? null]));

  beforeEach(() => {
    clock = new Date(NOW);
    core = memoryCore(NOW);
    Object.defineProperty(core, 'now', { value: () => clock });
    ada = addPerson(core.db, 'Ada Lovelace');
    grace = addPerson(core.db, 'Grace Hopper');
    adaBlog = addFeed(core.db, ada, 'https://ada.example/feed', 'Ada’s notes');
    adaMastodon = addFeed(core.db, ada, 'https://social.example/@ada.rss');
    graceBlog = addFeed(core.db, grace, 'https://grace.example/feed');
    storeFeedPosts(
      core.db,
      adaBlog,
      [
        feedPost('a1', { title: 'Engines', published: hoursAgo(5), excerpt: 'On the analytical engine' }),
        feedPost('a2', { title: 'Café crypto', published: hoursAgo(4), excerpt: 'A note' }),
        feedPost('a3', { title: 'Cryptography', published: hoursAgo(3), excerpt: 'Ciphers' }),
      ],
      hoursAgo(1),
    );
    storeFeedPosts(core.db, adaMastodon, [feedPost('m1', { title: 'Toot', published: hoursAgo(2) })], hoursAgo(1));
    storeFeedPosts(
      core.db,
      graceBlog,
      [
        feedPost('g1', { title: 'Compilers', published: hoursAgo(6), excerpt: 'COBOL and CRYPTO' }),
        feedPost('g2', { title: 'Bugs', published: hoursAgo(1) }),
      ],
      hoursAgo(1),
    );
  });
  afterEach(() => core.close());

  it('shows every post newest first, each with its person, photo and source', async () => {
    core.db
      .prepare("UPDATE contacts SET photo = ?, photo_type = 'image/png' WHERE id = ?")
      .run(Buffer.from([137, 80]), ada);
    const { items } = await page();
    expect(items[1]!.contactPhoto).toBe('data:image/png;base64,iVA=');
    expect(items[0]!.contactPhoto).toBeNull();
    expect(items.map((i) => i.title)).toEqual(['Bugs', 'Toot', 'Cryptography', 'Café crypto', 'Engines', 'Compilers']);
    expect(items[1]).toMatchObject({ contactName: 'Ada Lovelace', sourceKind: 'mastodon', hidden: null });
    expect(items[2]).toMatchObject({ source: 'Ada’s notes', sourceKind: 'web' });
  });

  it('hides one update, with Undo and Redo', async () => {
    const [engines] = (await page()).items.filter((i) => i.title === 'Engines');
    const hidden = await call('hideAdd', { kind: 'post', postId: engines!.id });
    expect(hidden.label).toBe('Hide “Engines”');
    expect(await visibleTitles()).not.toContain('Engines');
    expect((await reasons()).Engines).toBe('Hidden');
    expect((await call('historyState', {})).undo?.label).toBe('Hide “Engines”');
    expect((await call('undo', {})).label).toBe('Hide “Engines”');
    expect(await visibleTitles()).toContain('Engines');
    await call('redo', {});
    expect(await visibleTitles()).not.toContain('Engines');
    expect(await failure('hideAdd', { kind: 'post', postId: engines!.id })).toEqual({
      code: 'invalid_input',
      message: 'That update is already hidden.',
    });
  });

  it('mutes a person across all their feeds, and unmutes', async () => {
    expect((await call('hideAdd', { kind: 'mute', contactId: ada })).label).toBe('Mute Ada Lovelace');
    expect(await visibleTitles()).toEqual(['Bugs', 'Compilers']);
    expect((await reasons()).Toot).toBe('Muted');
    expect((await call('hideLift', { contactId: ada, kind: 'mute' })).label).toBe('Unmute Ada Lovelace');
    expect(await visibleTitles()).toHaveLength(6);
    expect((await call('undo', {})).label).toBe('Unmute Ada Lovelace');
    expect(await visibleTitles()).toEqual(['Bugs', 'Compilers']);
    await call('undo', {});
    expect(await visibleTitles()).toHaveLength(6);
    expect(await failure('hideLift', { contactId: ada, kind: 'mute' })).toEqual({
      code: 'not_found',
      message: 'Ada Lovelace is not muted or snoozed.',
    });
  });

  it('snoozes a person until a date, then shows them again by itself', async () => {
    expect((await call('hideAdd', { kind: 'mute', contactId: ada, days: 7 })).label).toBe(
      'Snooze Ada Lovelace for 7 days',
    );
    expect((await reasons()).Toot).toBe('Snoozed until 8 Nov');
    const [rule] = await call('hideList', {});
    expect(rule).toMatchObject({ kind: 'snooze', until: '2026-11-08T12:00:00.000Z', hiddenLast30Days: 4 });
    clock = new Date('2026-11-08T12:00:01.000Z');
    expect(await visibleTitles()).toHaveLength(6);
    expect(await call('hideList', {})).toEqual([]);
  });

  it('keeps the first N of each period per person, counting all their feeds as one', async () => {
    // Ada posted 4 times today (3 on her blog, 1 on Mastodon): the first two stay.
    expect((await call('hideAdd', { kind: 'cap', contactId: ada, per: 'day', max: 2 })).label).toBe(
      'Cap Ada Lovelace at 2 per day',
    );
    expect(await visibleTitles({ contactId: ada })).toEqual(['Café crypto', 'Engines']);
    expect((await reasons()).Toot).toBe('Over 2 per day');
    // A later post counts too; an older one arriving late takes a place among the first two.
    storeFeedPosts(core.db, adaBlog, [feedPost('a0', { title: 'Early bird', published: hoursAgo(7) })], NOW);
    expect(await visibleTitles({ contactId: ada })).toEqual(['Engines', 'Early bird']);
    const [cap] = await call('hideList', {});
    const edited = await call('hideEdit', { ruleId: cap!.id, max: 3 });
    expect(edited.label).toBe('Edit cap of Ada Lovelace');
    expect(await visibleTitles({ contactId: ada })).toEqual(['Café crypto', 'Engines', 'Early bird']);
    await call('undo', {});
    expect(await visibleTitles({ contactId: ada })).toEqual(['Engines', 'Early bird']);
    await call('hideLift', { contactId: ada, kind: 'cap' });
    expect(await visibleTitles({ contactId: ada })).toHaveLength(5);
  });

  it('mutes a word: whole words, any case or accent, in titles and summaries, also in posts that arrive later', async () => {
    expect((await call('hideAdd', { kind: 'word', phrase: 'CRYPTO' })).label).toBe('Mute word “CRYPTO”');
    const why = await reasons();
    expect(why['Café crypto']).toBe('Word: CRYPTO');
    expect(why.Compilers).toBe('Word: CRYPTO');
    expect(why.Cryptography).toBeNull();
    storeFeedPosts(core.db, graceBlog, [feedPost('g3', { title: 'More crypto', published: NOW })], NOW);
    expect((await reasons())['More crypto']).toBe('Word: CRYPTO');
    await call('hideAdd', { kind: 'word', phrase: 'cafe', days: 1 });
    expect((await call('hideList', {})).map((r) => [r.description, r.hiddenLast30Days])).toEqual([
      ['Word: cafe until 2 Nov', 1],
      ['Word: CRYPTO', 3],
    ]);
    expect((await call('hideLift', { phrase: 'crypto' })).label).toBe('Unmute word “CRYPTO”');
    expect(await visibleTitles()).toContain('More crypto');
    expect(await visibleTitles()).not.toContain('Café crypto');
  });

  it('never shows removed or trashed people, even with hidden posts shown, and brings them back on restore', async () => {
    await call('contactsRemove', { ids: [grace] });
    expect((await page({ includeHidden: true })).items.map((i) => i.contactName)).not.toContain('Grace Hopper');
    expect((await call('feedSubscriptions', {})).find((s) => s.contactId === grace)?.status).toBe('inactive');
    await call('contactsRestore', { ids: [grace] });
    expect(await visibleTitles()).toContain('Compilers');
  });

  it('filters by person and source, searches posts, and marks what is new since the last look', async () => {
    expect(await visibleTitles({ feedId: adaMastodon })).toEqual(['Toot']);
    expect(await visibleTitles({ search: 'engine' })).toEqual(['Engines']);
    expect(await visibleTitles({ search: 'cafe' })).toEqual(['Café crypto']);
    expect(await visibleTitles({ search: '"' })).toEqual([]);
    expect((await page()).lastLookedAt).toBeNull();
    await call('feedMarkLooked', {});
    clock = new Date('2026-11-01T13:00:00.000Z');
    storeFeedPosts(
      core.db,
      graceBlog,
      [feedPost('g4', { title: 'Fresh', published: hoursAgo(8) })],
      clock.toISOString(),
    );
    const items = (await page()).items;
    expect(items.filter((i) => i.isNew).map((i) => i.title)).toEqual(['Fresh']);
  });

  it('pages with a cursor, never repeating or skipping a post', async () => {
    const first = await call('feedPage', { limit: 4 });
    const second = await call('feedPage', { limit: 4, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual(await visibleTitles());
    expect(second.nextCursor).toBeNull();
  });

  it('keeps posts for the retention window only, hidden ones like the others', async () => {
    const [engines] = (await page()).items.filter((i) => i.title === 'Engines');
    await call('hideAdd', { kind: 'post', postId: engines!.id });
    storeFeedPosts(core.db, graceBlog, [feedPost('old', { title: 'Old', published: '2025-01-01T00:00:00.000Z' })], NOW);
    expect(await visibleTitles()).not.toContain('Old');
    clock = new Date('2026-11-01T17:00:00.000Z');
    const settings = await call('feedSettingsSet', { retentionDays: 365 });
    expect(settings).toEqual({ retentionDays: 365, refreshMinutes: 60, remoteImages: false });
    clock = new Date('2027-11-01T09:30:00.000Z');
    await call('feedSettingsSet', { retentionDays: 365 });
    // Only the posts of the last 365 days stay: Bugs (11:00) and Toot (10:00); the hidden Engines (07:00) goes too.
    expect((await page({ includeHidden: true })).items.map((i) => i.title)).toEqual(['Bugs', 'Toot']);
  });

  it('lists noisy posters: per week, an 8-week series and their share', async () => {
    const noisy = await call('feedNoisy', {});
    expect(noisy.map((n) => [n.name, n.perWeek, n.share])).toEqual([
      ['Ada Lovelace', 1, 4 / 6],
      ['Grace Hopper', 0.5, 2 / 6],
    ]);
    expect(noisy[0]!.weekly).toEqual([0, 0, 0, 0, 0, 0, 0, 4]);
  });

  it('refuses bad requests with specific errors and changes nothing', async () => {
    expect((await failure('hideAdd', { kind: 'shout', contactId: ada })).code).toBe('invalid_input');
    expect((await failure('hideAdd', { kind: 'cap', contactId: ada, per: 'month', max: 2 })).message).toMatch(/per/);
    expect((await failure('hideAdd', { kind: 'cap', contactId: ada, per: 'day', max: 0 })).message).toMatch(/max/);
    expect((await failure('hideAdd', { kind: 'word', phrase: '!!!' })).message).toMatch(
      /a muted word needs at least one letter or digit/,
    );
    expect(await failure('hideAdd', { kind: 'mute', contactId: 999 })).toEqual({
      code: 'not_found',
      message: 'No contact with id 999.',
    });
    expect((await failure('feedPage', { limit: 0 })).message).toMatch(/limit/);
    expect((await failure('hideEdit', { ruleId: 1, max: 2 })).code).toBe('not_found');
    expect(await call('hideList', {})).toEqual([]);
  });
});
