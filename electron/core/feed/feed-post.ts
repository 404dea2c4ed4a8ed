import { createHash } from 'node:crypto';
import type { FeedPost } from '../../../shared/feed.js';
import { parseFeedDate } from './feed-dates.js';
import { excerptOf, nonEmpty } from './feed-text.js';
import { resolveHttpUrl } from './feed-url.js';

/** What a format mapper reads out of one entry, before URLs, dates and keys are settled. */
export interface RawPost {
  guid: string | null | undefined;
  title: string | null;
  /** Candidate links in order of preference; the first that resolves to http(s) wins. */
  links: (string | null | undefined)[];
  base: string | null;
  published: (string | null | undefined)[];
  updated: (string | null | undefined)[];
  author: string | null | undefined;
  summaryHtml: string | null | undefined;
  contentHtml: string | null | undefined;
}

const firstDate = (candidates: (string | null | undefined)[]): string | null => {
  for (const candidate of candidates) {
    const date = parseFeedDate(candidate);
    if (date) return date;
  }
  return null;
};

function dedupeKeyOf(guid: string | null, link: string | null, post: RawPost): string {
  if (guid) return `id:${guid}`;
  if (link) return `link:${link}`;
  const digest = createHash('sha256')
    .update([post.title ?? '', post.summaryHtml ?? '', post.contentHtml ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
  return `hash:${digest}`;
}

export function buildPost(raw: RawPost): FeedPost {
  const guid = nonEmpty(raw.guid);
  let link: string | null = null;
  for (const candidate of raw.links) {
    link = resolveHttpUrl(candidate, raw.base);
    if (link) break;
  }
  const summaryHtml = nonEmpty(raw.summaryHtml);
  const contentHtml = nonEmpty(raw.contentHtml);
  return {
    dedupeKey: dedupeKeyOf(guid, link, raw),
    guid,
    title: nonEmpty(raw.title),
    link,
    published: firstDate(raw.published),
    updated: firstDate(raw.updated),
    author: nonEmpty(raw.author),
    summaryHtml,
    contentHtml,
    excerpt: excerptOf(contentHtml ?? summaryHtml),
  };
}

/**
 * Entries deduplicated by guid/id; entries without one, by link. The first occurrence is kept
 * (feeds list newest first, and a repeated entry is usually a stale copy further down).
 */
export function dedupePosts(posts: FeedPost[]): FeedPost[] {
  const seenKeys = new Set<string>();
  const seenLinks = new Set<string>();
  const kept: FeedPost[] = [];
  for (const post of posts) {
    if (seenKeys.has(post.dedupeKey)) continue;
    if (!post.guid && post.link && seenLinks.has(post.link)) continue;
    seenKeys.add(post.dedupeKey);
    if (post.link) seenLinks.add(post.link);
    kept.push(post);
  }
  return kept;
}
