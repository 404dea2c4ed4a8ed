import { DEFAULT_FETCH_LIMITS, type FeedFetchLimits, type FetchLike } from './fetch-limits.js';
import { fetchFeed, type FetchFeedResult } from './fetch-feed.js';
import { resolveHttpUrl } from './feed-url.js';
import { mastodonFeedUrl } from './mastodon-feed-url.js';

export type FindFeedResult = Exclude<FetchFeedResult, { status: 'not-modified' }>;

/**
 * What a person typed to subscribe to: a feed URL, a website URL (its first
 * `<link rel="alternate">` feed is fetched instead) or a Mastodon handle `@user@domain`. The
 * result's `url` is the feed's address to store. At most two fetches.
 */
export async function findFeed(
  fetch: FetchLike,
  input: string,
  userAgent: string,
  limits: FeedFetchLimits = DEFAULT_FETCH_LIMITS,
  signal?: AbortSignal,
): Promise<FindFeedResult> {
  const trimmed = input.trim();
  const bareDomain = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i.test(trimmed);
  const url =
    mastodonFeedUrl(trimmed) ?? resolveHttpUrl(trimmed) ?? (bareDomain ? resolveHttpUrl(`https://${trimmed}`) : null);
  if (!url || /\s/.test(trimmed)) {
    return {
      status: 'failed',
      failure: { kind: 'invalid-url', message: `Not a web address or a Mastodon handle: ${trimmed || '(empty)'}` },
      httpStatus: null,
      retryAfterMs: null,
      discovered: [],
    };
  }
  const first = await fetchFeed(fetch, { url, userAgent }, limits, signal);
  if (first.status !== 'failed' || first.discovered.length === 0) return first as FindFeedResult;
  return (await fetchFeed(fetch, { url: first.discovered[0]!.url, userAgent }, limits, signal)) as FindFeedResult;
}
