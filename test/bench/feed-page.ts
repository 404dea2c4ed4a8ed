import { openDatabase, type Db } from '../../electron/core/db/open-database.js';
import { feedPage, type PageRequest } from '../../electron/core/feed/feed-page.js';
import { addHide } from '../../electron/core/hide/hide-actions.js';
import { rankPostsOf } from '../../electron/core/hide/hide-materialize.js';
import { createRandom } from '../../electron/core/sample/random.js';
import type { FeedCursor } from '../../shared/feed-store.js';
import { percentile, round, timed } from './stats.js';

/**
 * `feedPage1M`, `feedDeepPage1M` and `hideApply1M` (issue 11): a store of `posts` posts from
 * `people` people over a year (heavy-tailed: weight 1/rank^0.8), with muted, snoozed and capped
 * people and muted words as the issue sets them, made through the same hide functions as the app.
 */

export interface FeedBenchSizes {
  posts: number;
  people: number;
  muted: number;
  snoozed: number;
  capped: number;
  words: number;
  /** Pages timed for each figure. */
  samples: number;
  /** How deep the deep page starts (visible updates before it). */
  depth: number;
}

const NOW = '2026-11-01T12:00:00.000Z';
const YEAR_MS = 365 * 86_400_000;
const VOCABULARY_SIZE = 3_000;

function buildStore(file: string, sizes: FeedBenchSizes): { db: Db; words: string[] } {
  const random = createRandom(11);
  const db = openDatabase(file);
  // Building the store is not what is measured: a big cache, no syncs while it is written.
  db.pragma('cache_size = -262144');
  db.pragma('synchronous = OFF');
  const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5]}`);
  const weights = Array.from({ length: sizes.people }, (_, rank) => 1 / (rank + 1) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, i) => (cumulative[i] = sum + weight), 0);
  const total = cumulative.at(-1)!;
  const pickPerson = (): number => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const sentence = (words: number): string =>
    Array.from({ length: words }, () => vocabulary[Math.floor(random.next() ** 1.5 * VOCABULARY_SIZE)]).join(' ');
  db.transaction(() => {
    const person = db.prepare(
      "INSERT INTO contacts (id, display_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
    );
    const feed = db.prepare("INSERT INTO feeds (id, contact_id, url, created_at) VALUES (?, ?, ?, 'x')");
    for (let id = 1; id <= sizes.people; id += 1) {
      person.run(id, `Person ${id}`, `person ${id}`);
      feed.run(id, id, `https://p${id}.example/feed`);
    }
    const post = db.prepare(
      `INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at, title, url, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const start = Date.parse(NOW) - YEAR_MS;
    // In time order, as refreshes would have stored them.
    const times = Array.from({ length: sizes.posts }, () => start + Math.floor(random.next() * YEAR_MS)).sort(
      (a, b) => a - b,
    );
    times.forEach((time, n) => {
      const id = pickPerson();
      const at = new Date(time).toISOString();
      post.run(id, id, `id:${n}`, at, at, sentence(6), `https://p${id}.example/${n}`, sentence(14));
    });
  })();
  rankPostsOf(db, 'all', null);
  db.exec('ANALYZE');
  // Rules as people make them: each one a hide action of the app.
  const people = Array.from({ length: sizes.people }, (_, i) => i + 1);
  for (let i = people.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  let next = 0;
  for (let i = 0; i < sizes.muted; i += 1) addHide(db, { kind: 'mute', contactId: people[next++]!, days: null }, NOW);
  for (let i = 0; i < sizes.snoozed; i += 1) addHide(db, { kind: 'mute', contactId: people[next++]!, days: 7 }, NOW);
  for (let i = 0; i < sizes.capped; i += 1)
    addHide(db, { kind: 'cap', contactId: people[next++]!, per: i % 2 ? 'day' : 'week', max: 3 }, NOW);
  const muted = new Set<string>();
  while (muted.size < sizes.words + 10) muted.add(vocabulary[random.int(200, VOCABULARY_SIZE - 1)]!);
  const words = [...muted];
  for (const phrase of words.slice(0, sizes.words)) addHide(db, { kind: 'word', phrase, days: null }, NOW);
  return { db, words: words.slice(sizes.words) };
}

const FIRST_PAGE: PageRequest = {
  cursor: null,
  limit: 50,
  includeHidden: false,
  contactId: null,
  feedId: null,
  sourceKind: null,
  search: null,
};

/** CPU time (user + system) of `work` in ms: on a machine shared with other jobs, wall time includes waiting for a core. */
function cpuTimed<T>(work: () => T): { ms: number; cpu: number; value: T } {
  const before = process.cpuUsage();
  const { ms, value } = timed(work);
  const used = process.cpuUsage(before);
  return { ms, cpu: (used.user + used.system) / 1000, value };
}

function p50p95(times: readonly number[]) {
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

export function benchFeedPage(file: string, sizes: FeedBenchSizes) {
  const built = timed(() => buildStore(file, sizes));
  const { db, words } = built.value;
  try {
    const first: number[] = [];
    const firstCpu: number[] = [];
    for (let i = 0; i < sizes.samples; i += 1) {
      const measured = cpuTimed(() => feedPage(db, FIRST_PAGE, NOW));
      first.push(measured.ms);
      firstCpu.push(measured.cpu);
    }
    // Walk to `depth` visible updates once, then time pages from there.
    let cursor: FeedCursor | null = null;
    for (let seen = 0; seen < sizes.depth; seen += 50) cursor = feedPage(db, { ...FIRST_PAGE, cursor }, NOW).nextCursor;
    const deep: number[] = [];
    const deepCpu: number[] = [];
    for (let i = 0; i < sizes.samples; i += 1) {
      const measured = cpuTimed(() => feedPage(db, { ...FIRST_PAGE, cursor }, NOW));
      deep.push(measured.ms);
      deepCpu.push(measured.cpu);
    }
    // A muted word plus a cap, until the next first page is ready: different ones each time.
    const apply: number[] = [];
    const applyCpu: number[] = [];
    const capped = new Set(db.prepare('SELECT contact_id FROM hide_rules WHERE contact_id IS NOT NULL').pluck().all());
    const heavy = (
      db
        .prepare('SELECT contact_id FROM feed_posts GROUP BY contact_id ORDER BY count(*) DESC LIMIT 200')
        .pluck()
        .all() as number[]
    ).filter((id) => !capped.has(id));
    for (let i = 0; i < Math.min(5, words.length); i += 1) {
      const measured = cpuTimed(() => {
        addHide(db, { kind: 'word', phrase: words[i]!, days: null }, NOW);
        addHide(db, { kind: 'cap', contactId: heavy[i]!, per: 'week', max: 2 }, NOW);
        return feedPage(db, FIRST_PAGE, NOW);
      });
      apply.push(measured.ms);
      applyCpu.push(measured.cpu);
    }
    const hidden = db.prepare('SELECT count(DISTINCT post_id) FROM hidden_posts').pluck().get() as number;
    return {
      build: round(built.ms),
      hiddenByWordsAndCaps: hidden,
      feedPage1M: p50p95(first),
      feedDeepPage1M: p50p95(deep),
      hideApply1M: round(percentile(apply, 50)),
      hideApply1MMax: round(Math.max(...apply)),
      /** The same figures in CPU time, for a machine shared with other jobs. */
      cpu: {
        feedPage1M: p50p95(firstCpu),
        feedDeepPage1M: p50p95(deepCpu),
        hideApply1M: round(percentile(applyCpu, 50)),
      },
    };
  } finally {
    db.close();
  }
}
