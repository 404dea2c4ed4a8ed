import type { ParsedFeed } from '../../../shared/feed.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { allRows } from '../db/sql.js';
import { sql } from '../db/sql.js';
import { writeFeedSetting, readFeedSetting } from '../feed/feed-settings.js';
import { nameContactFromMastodonFeed } from '../feed/mastodon-naming.js';
import { rankPostsOf } from '../hide/hide-materialize.js';
import { createRandom, type Random } from './random.js';

/**
 * A year of updates for "Try a sample network" (issue 11): about 10 per person in the sample
 * (20,000 for the default 2,000 people), stored directly, never fetched. Heavy-tailed like real
 * feeds: posters are ranked and weighted 1/rank^1.1, so a handful post most of it. Heavy posters
 * have a blog and their Mastodon account (two feeds, one poster); the words include a few that
 * people like to mute.
 */

const DAY_MS = 86_400_000;
const TOPICS = [
  'crypto',
  'AI',
  'hiring',
  'remote work',
  'conference',
  'product launch',
  'open source',
  'leadership',
  'design systems',
  'TypeScript',
  'SQLite',
  'gardening',
  'cycling',
  'coffee',
  'book notes',
  'travel',
  'startup',
  'fundraising',
  'burnout',
  'weekly links',
  'café culture',
  'podcast',
  'elections',
  'football',
];
const OPENERS = [
  'Thoughts on',
  'Notes from',
  'Why I changed my mind about',
  'A short thread on',
  'What I learned about',
  'Hot take:',
  'Reading list:',
  'Small wins in',
  'Three lessons from',
  'Asking for advice on',
];
const SENTENCES = [
  'I have been meaning to write this down for a while.',
  'Here is what worked for our team, and what did not.',
  'Curious whether anyone else sees the same thing.',
  'Long post, but the last paragraph is the point.',
  'We are hiring, by the way: reach out if this sounds like you.',
  'Photos from the weekend are in the thread below.',
  'Links and sources at the end.',
];

export interface SamplePostsResult {
  feeds: number;
  posts: number;
}

interface Poster {
  id: number;
  name: string;
  handle: string | null;
  /** Known only from Mastodon follows (named by their handle until their feed names them). */
  mastodonOnly: 0 | 1;
}

const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'someone';

const sampleFeed = (title: string, siteUrl: string): ParsedFeed => ({
  format: 'rss',
  title,
  description: null,
  siteUrl,
  imageUrl: null,
  posts: [],
});

function postText(random: Random): { title: string; summary: string } {
  const topic = random.pick(TOPICS);
  const summary = `${random.pick(SENTENCES)} ${random.chance(0.3) ? `More on ${random.pick(TOPICS)} soon.` : random.pick(SENTENCES)}`;
  return { title: `${random.pick(OPENERS)} ${topic}`, summary };
}

/** Stores the sample's feeds and posts for the people in the roster; again for the same roster adds nothing. */
export function addSamplePosts(
  db: Db,
  options: {
    seed: number;
    size: number;
    now: Date;
    /** `user@host` → the account's display name: the title its feed gives (sample-files.ts). */
    mastodonNames?: ReadonlyMap<string, string>;
  },
): SamplePostsResult {
  const random = createRandom(options.seed + 11);
  const nowMs = options.now.getTime();
  const nowIso = options.now.toISOString();
  const people = allRows<Poster>(
    db,
    sql`SELECT c.id, c.display_name AS name, (SELECT min(h.handle) FROM contact_handles h WHERE h.contact_id = c.id) AS handle,
               NOT EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source <> 'mastodon') AS mastodonOnly
          FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = c.id) ORDER BY c.id`,
  );
  if (people.length === 0) return { feeds: 0, posts: 0 };
  // About a third of the people publish something; the order of ranks is shuffled by the seed.
  const posters = people.filter(() => random.chance(0.35));
  for (let i = posters.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [posters[i], posters[j]] = [posters[j]!, posters[i]!];
  }
  const weights = posters.map((_, rank) => 1 / (rank + 1) ** 1.1);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const totalPosts = Math.round(options.size * 10);
  const addFeed = prepared(
    db,
    `INSERT OR IGNORE INTO feeds (contact_id, url, title, site_url, last_fetched_at, next_due_at, is_sample, created_at)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?)`,
  );
  const feedId = prepared(db, 'SELECT id FROM feeds WHERE contact_id = ? AND url = ?');
  const addPost = prepared(
    db,
    `INSERT OR IGNORE INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at, title, url, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction((): SamplePostsResult => {
    let feeds = 0;
    let posts = 0;
    posters.forEach((poster, rank) => {
      const count = Math.max(1, Math.round((totalPosts * weights[rank]!) / totalWeight));
      const slug = slugOf(poster.name);
      // Someone known only by their handle has no blog: their Mastodon account is their feed.
      const sources: { url: string; title: string; site: string }[] = poster.mastodonOnly
        ? []
        : [
            {
              url: `https://${slug}.blog.example/feed.xml`,
              title: `${poster.name}’s blog`,
              site: `https://${slug}.blog.example/`,
            },
          ];
      const [user, host] = (poster.handle ?? '').replace(/^@/, '').split('@');
      const accountName = options.mastodonNames?.get(`${user}@${host}`.toLowerCase()) ?? poster.name;
      if (user && host && (sources.length === 0 || rank < 20 || random.chance(0.5)))
        sources.push({ url: `https://${host}/@${user}.rss`, title: accountName, site: `https://${host}/@${user}/` });
      if (sources.length === 0) return;
      const ids = sources.map((source) => {
        feeds += addFeed.run(poster.id, source.url, source.title, source.site, nowIso, nowIso).changes;
        return { id: (feedId.get(poster.id, source.url) as { id: number }).id, site: source.site };
      });
      // As a refresh would: a handle-only person takes their account's name (and its merge proposals).
      const account = sources.at(-1)!;
      if (poster.mastodonOnly && account.title !== poster.name)
        nameContactFromMastodonFeed(db, ids.at(-1)!.id, sampleFeed(account.title, account.site), nowIso);
      for (let n = 0; n < count; n += 1) {
        // Recent weeks a little busier than the start of the year.
        const age = Math.floor(365 * DAY_MS * random.next() ** 1.3);
        const published = new Date(nowMs - age).toISOString();
        const feed = ids[n % ids.length]!;
        const { title, summary } = postText(random);
        posts += addPost.run(
          feed.id,
          poster.id,
          `id:sample-${poster.id}-${n}`,
          published,
          published,
          title,
          `${feed.site}posts/${n}`,
          summary,
        ).changes;
      }
    });
    // Caps count each post's place in its day and week.
    rankPostsOf(
      db,
      posters.map((poster) => poster.id),
      null,
    );
    // The "new since you last looked" divider has something to show: the last two days.
    if (readFeedSetting(db, 'lastLookedAt') === null)
      writeFeedSetting(db, 'lastLookedAt', new Date(nowMs - 2 * DAY_MS).toISOString());
    return { feeds, posts };
  })();
}
