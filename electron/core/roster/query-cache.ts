import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

/**
 * Changes whenever the roster may have changed: this connection's writes (total_changes)
 * or another process's commits (data_version). Caches keyed by it can never serve stale data.
 */
export function changeStamp(db: Db): string {
  return `${prepared(db, 'SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
}

const caches = new WeakMap<Db, { stamp: string; entries: Map<string, unknown> }>();

/**
 * A value computed once per committed database state: counts, full sort orders. Inside a
 * transaction nothing is cached: a rollback does not move the stamp back, so a value seen
 * mid-import could outlive the rows it counted.
 */
export function cachedForState<T>(db: Db, key: string, compute: () => T): T {
  if (db.inTransaction) return compute();
  const stamp = changeStamp(db);
  let cache = caches.get(db);
  if (cache?.stamp !== stamp) {
    cache = { stamp, entries: new Map() };
    caches.set(db, cache);
  }
  if (!cache.entries.has(key)) cache.entries.set(key, compute());
  return cache.entries.get(key) as T;
}

type Answers = Map<string, readonly number[]>;
const recent = new WeakMap<Db, { stamp: string; answers: Answers; firstLetters: Answers }>();
/** Answers kept per database state: a search as you type asks for each query twice (head, then all). */
const RECENT_ANSWERS = 8;
/**
 * One-character searches are the slowest (a letter matches ~40% of a roster) and every search
 * starts with one, so their answers are kept apart, one per character, until the roster changes.
 */
const FIRST_LETTER_ANSWERS = 64;

/**
 * The answer to one of the last few queries, for the current committed database state (like
 * cachedForState, but only the newest few are kept: each can be 100,000 ids).
 */
export function recentAnswer(
  db: Db,
  key: string,
  compute: () => readonly number[],
  { firstLetter = false } = {},
): readonly number[] {
  if (db.inTransaction) return compute();
  const stamp = changeStamp(db);
  let cache = recent.get(db);
  if (cache?.stamp !== stamp) {
    cache = { stamp, answers: new Map(), firstLetters: new Map() };
    recent.set(db, cache);
  }
  const answers = firstLetter ? cache.firstLetters : cache.answers;
  const answer = answers.get(key) ?? compute();
  answers.delete(key); // re-inserted last: the Map's order is the recency order
  answers.set(key, answer);
  if (answers.size > (firstLetter ? FIRST_LETTER_ANSWERS : RECENT_ANSWERS))
    answers.delete(answers.keys().next().value!);
  return answer;
}

/** A full ordering of one status's contacts, and each contact's position in it. */
export interface SortOrder {
  ids: readonly number[];
  /** rank[id] = position in `ids`, or -1 for contacts not in this order. */
  rank: Int32Array;
}

export function toSortOrder(ids: readonly number[]): SortOrder {
  const rank = new Int32Array(maxOf(ids) + 1).fill(-1);
  ids.forEach((id, position) => {
    rank[id] = position;
  });
  return { ids, rank };
}

function maxOf(ids: readonly number[]): number {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  return max;
}

/**
 * Orders search hits by a cached full order: sorting the ranks of 40,000 hits in a typed array
 * is several times faster than asking SQLite to join and sort them again for every keystroke.
 */
export function orderByRank(hits: readonly number[], order: SortOrder): number[] {
  const ranks = new Int32Array(hits.length);
  let count = 0;
  for (const id of hits) {
    const position = id < order.rank.length ? order.rank[id]! : -1;
    if (position >= 0) ranks[count++] = position;
  }
  const sorted = ranks.subarray(0, count).sort();
  const ids = new Array<number>(count);
  for (let i = 0; i < count; i += 1) ids[i] = order.ids[sorted[i]!]!;
  return ids;
}
