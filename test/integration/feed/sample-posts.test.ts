import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch.js';
import { memoryCore } from '../../helpers/memory-core.js';
import type { FeedPage } from '../../../shared/feed-store.js';

describe('"Try a sample network" with a year of posts', () => {
  it('stores about 10 posts a person over the last year, heavy-tailed, on feeds that are never fetched', async () => {
    const core = memoryCore('2026-11-01T12:00:00.000Z');
    const loaded = await dispatch(core, 'sampleLoad', { size: 400 });
    expect(loaded.ok).toBe(true);
    const { posts, oldest, newest } = core.db
      .prepare('SELECT count(*) AS posts, min(published_at) AS oldest, max(published_at) AS newest FROM feed_posts')
      .get() as { posts: number; oldest: string; newest: string };
    expect(posts).toBeGreaterThan(3_600);
    expect(posts).toBeLessThan(4_400);
    expect(oldest >= '2025-11-01T12:00:00.000Z' && newest <= '2026-11-01T12:00:00.000Z').toBe(true);
    const perPerson = core.db
      .prepare('SELECT count(*) AS n FROM feed_posts GROUP BY contact_id ORDER BY n DESC')
      .pluck()
      .all() as number[];
    // A handful of people post most of it.
    const topFive = perPerson.slice(0, 5).reduce((sum, n) => sum + n, 0);
    expect(topFive / posts).toBeGreaterThan(0.4);
    expect(perPerson.length).toBeGreaterThan(50);
    // Some people have two feeds (a blog and Mastodon) and count as one poster.
    expect(core.db.prepare('SELECT count(*) FROM feeds').pluck().get()).toBeGreaterThan(perPerson.length);
    const refresh = await dispatch(core, 'feedRefresh', {});
    expect(refresh).toMatchObject({ ok: true, value: { feeds: 0 } });
    const page = await dispatch(core, 'feedPage', {});
    if (!page.ok) throw new Error(page.error.message);
    const { items } = page.value as FeedPage;
    expect(items).toHaveLength(50);
    expect(items.some((item) => item.isNew)).toBe(true);
    // Loading it again adds no duplicates.
    await dispatch(core, 'sampleLoad', { size: 400 });
    expect(core.db.prepare('SELECT count(*) FROM feed_posts').pluck().get()).toBe(posts);
    core.close();
  });

  it('names its handle-only posters from their Mastodon feeds, as a refresh would, and proposes the merges', async () => {
    const core = memoryCore('2026-11-01T12:00:00.000Z');
    expect((await dispatch(core, 'sampleLoad', { size: 400 })).ok).toBe(true);
    const mastodonPosters = core.db
      .prepare(
        `SELECT DISTINCT c.id, c.display_name AS name FROM feeds f JOIN contacts c ON c.id = f.contact_id
          WHERE f.url LIKE '%/@%.rss' AND NOT EXISTS
            (SELECT 1 FROM feeds b WHERE b.contact_id = c.id AND b.url NOT LIKE '%/@%.rss')`,
      )
      .all() as { id: number; name: string }[];
    expect(mastodonPosters.length).toBeGreaterThan(0);
    for (const poster of mastodonPosters) {
      expect(poster.name).not.toContain('@');
      const proposals = core.db
        .prepare(
          `SELECT count(*) FROM merge_proposals m JOIN contacts o ON o.id = (CASE WHEN m.contact_a = ? THEN m.contact_b ELSE m.contact_a END)
            WHERE (m.contact_a = ? OR m.contact_b = ?) AND o.display_name = ?`,
        )
        .pluck()
        .get(poster.id, poster.id, poster.id, poster.name) as number;
      expect(proposals).toBeGreaterThan(0);
    }
    core.close();
  });
});
