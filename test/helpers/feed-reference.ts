import type { HideRuleRow } from '../../electron/core/hide/hide-rule-row.js';

/**
 * The plain TypeScript statement of which posts the feed shows and why the others are hidden
 * (docs/feed.md), for the property test against the SQL. Deliberately naive: every rule checked
 * against every post.
 */

export interface RefPost {
  id: number;
  contactId: number;
  feedId: number;
  publishedAt: string;
  title: string | null;
  summary: string | null;
}

export interface RefHidden {
  ruleId: number;
  kind: HideRuleRow['kind'];
}

const KIND_ORDER: HideRuleRow['kind'][] = ['post', 'mute', 'snooze', 'word', 'cap'];

/** FTS5 unicode61 with remove_diacritics: letters and digits, folded, split on anything else. */
export const refTokens = (text: string | null): string[] =>
  (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{Co}]+/u)
    .filter(Boolean);

function containsPhrase(text: string | null, phrase: string): boolean {
  const words = refTokens(text);
  const wanted = refTokens(phrase);
  if (wanted.length === 0) return false;
  for (let start = 0; start + wanted.length <= words.length; start += 1)
    if (wanted.every((word, offset) => words[start + offset] === word)) return true;
  return false;
}

const mondayOf = (iso: string): string => {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
};

const periodKey = (iso: string, per: 'day' | 'week'): string => (per === 'day' ? iso.slice(0, 10) : mondayOf(iso));

const byTimeAsc = (a: RefPost, b: RefPost): number =>
  a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id - b.id;

function overCap(post: RefPost, posts: readonly RefPost[], rule: HideRuleRow): boolean {
  const key = periodKey(post.publishedAt, rule.per!);
  const earlier = posts
    .filter((other) => other.contactId === post.contactId && periodKey(other.publishedAt, rule.per!) === key)
    .sort(byTimeAsc);
  return earlier.findIndex((other) => other.id === post.id) >= rule.max!;
}

function hides(rule: HideRuleRow, post: RefPost, posts: readonly RefPost[]): boolean {
  switch (rule.kind) {
    case 'post':
      return rule.post_id === post.id;
    case 'mute':
    case 'snooze':
      return rule.contact_id === post.contactId;
    case 'word':
      return containsPhrase(post.title, rule.phrase!) || containsPhrase(post.summary, rule.phrase!);
    case 'cap':
      return rule.contact_id === post.contactId && overCap(post, posts, rule);
  }
}

export function refHiddenReason(
  post: RefPost,
  posts: readonly RefPost[],
  rules: readonly HideRuleRow[],
  now: string,
): RefHidden | null {
  const active = rules
    .filter((rule) => rule.lifted_at === null && (rule.until === null || rule.until > now))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id - b.id);
  const rule = active.find((candidate) => hides(candidate, post, posts));
  return rule ? { ruleId: rule.id, kind: rule.kind } : null;
}

/** The whole feed, newest first, as the SQL pages should add up to. */
export function refFeed(
  posts: readonly RefPost[],
  rules: readonly HideRuleRow[],
  removed: ReadonlySet<number>,
  now: string,
  includeHidden: boolean,
): { id: number; hidden: RefHidden | null }[] {
  return posts
    .filter((post) => !removed.has(post.contactId))
    .map((post) => ({ post, hidden: refHiddenReason(post, posts, rules, now) }))
    .filter((entry) => includeHidden || entry.hidden === null)
    .sort((a, b) => byTimeAsc(b.post, a.post))
    .map(({ post, hidden }) => ({ id: post.id, hidden }));
}
