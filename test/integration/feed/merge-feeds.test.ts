import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { storeFeedPosts } from '../../../electron/core/feed/post-store.js';
import type { FeedPage } from '../../../shared/feed-store.js';
import { addFeed, addPerson, feedPost } from '../../helpers/feed-fixtures.js';
import { memoryCore } from '../../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';

describe('merging two people who both have feeds', () => {
  let core: Core;
  let blogPerson: number;
  let mastodonPerson: number;
  const visible = async () => {
    const result = await dispatch(core, 'feedPage', { includeHidden: true });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as FeedPage).items.map((item) => [item.title, item.contactId, item.hidden?.reason ?? null]);
  };
  const ok = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  beforeEach(() => {
    core = memoryCore(NOW);
    blogPerson = addPerson(core.db, 'Ada Lovelace');
    mastodonPerson = addPerson(core.db, 'Ada Lovelace');
    const blog = addFeed(core.db, blogPerson, 'https://ada.example/feed');
    const mastodon = addFeed(core.db, mastodonPerson, 'https://social.example/@ada.rss');
    storeFeedPosts(core.db, blog, [feedPost('b1', { title: 'Blog one', published: '2026-11-01T08:00:00.000Z' })], NOW);
    storeFeedPosts(
      core.db,
      mastodon,
      [
        feedPost('m1', { title: 'Toot one', published: '2026-11-01T09:00:00.000Z' }),
        feedPost('m2', { title: 'Toot crypto', published: '2026-11-01T10:00:00.000Z' }),
      ],
      NOW,
    );
    core.db
      .prepare("INSERT INTO merge_proposals (contact_a, contact_b, reason, created_at) VALUES (?, ?, 'same', ?)")
      .run(blogPerson, mastodonPerson, NOW);
  });
  afterEach(() => core.close());

  it('moves feeds, posts and rules to the kept person, counts caps over both, and undoes exactly', async () => {
    await ok('hideAdd', { kind: 'cap', contactId: blogPerson, per: 'day', max: 1 });
    await ok('hideAdd', { kind: 'word', phrase: 'crypto' });
    const before = await visible();
    expect(before).toEqual([
      ['Toot crypto', mastodonPerson, 'Word: crypto'],
      ['Toot one', mastodonPerson, null],
      ['Blog one', blogPerson, null],
    ]);
    const [proposal] = (await ok('mergeList', {})) as { id: number }[];
    await ok('mergeResolve', { id: proposal!.id, action: 'accept' });
    const kept = ((await visible())[0] as [string, number, string | null])[1];
    // One person now: the first post of the day stays, the rest are over the cap.
    expect(await visible()).toEqual([
      ['Toot crypto', kept, 'Word: crypto'],
      ['Toot one', kept, 'Over 1 per day'],
      ['Blog one', kept, null],
    ]);
    expect(((await ok('feedSubscriptions', {})) as unknown[]).length).toBe(2);
    await ok('undo', {});
    expect(await visible()).toEqual(before);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    await ok('redo', {});
    expect((await visible()).map((row) => row[2])).toEqual(['Word: crypto', 'Over 1 per day', null]);
  });
});
