import type { FeedFailure, ParsedFeed } from '../../../shared/feed.js';
import { decodeFeedText } from './decode-feed-text.js';
import { discoverFeeds, type DiscoveredFeed } from './discover-feeds.js';
import { DEFAULT_FETCH_LIMITS, type FeedFetchLimits, type FetchLike } from './fetch-limits.js';
import { httpFetch, type FeedRequest } from './http-fetch.js';
import { parseFeed, type ParseFeedOptions, type ParseFeedResult } from './parse-feed.js';

export type FetchFeedResult =
  | { status: 'ok'; url: string; etag: string | null; lastModified: string | null; feed: ParsedFeed }
  | { status: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | {
      status: 'failed';
      failure: FeedFailure;
      httpStatus: number | null;
      /** From `Retry-After` on a 429 or 503. */
      retryAfterMs: number | null;
      /** When the address is an HTML page: the feeds it names (empty when none). */
      discovered: DiscoveredFeed[];
    };

/** How bytes become a feed; the default parses on this thread, a host may pass one that uses a worker. */
export type FeedParser = (bytes: Uint8Array, options: ParseFeedOptions) => ParseFeedResult | Promise<ParseFeedResult>;

/** Fetch and parse one feed under the limits. Never throws. */
export async function fetchFeed(
  fetch: FetchLike,
  request: FeedRequest,
  limits: FeedFetchLimits = DEFAULT_FETCH_LIMITS,
  signal?: AbortSignal,
  parse: FeedParser = parseFeed,
): Promise<FetchFeedResult> {
  const answer = await httpFetch(fetch, request, limits, signal);
  if (answer.status === 'failed') return { ...answer, discovered: [] };
  if (answer.status === 'not-modified') return answer;
  const parsed = await parse(answer.bytes, { url: answer.url, contentType: answer.contentType });
  if (parsed.ok) {
    return { status: 'ok', url: answer.url, etag: answer.etag, lastModified: answer.lastModified, feed: parsed.feed };
  }
  const discovered = parsed.isHtml ? discoverFeeds(decodeFeedText(answer.bytes, answer.contentType), answer.url) : [];
  const failure: FeedFailure = parsed.isHtml
    ? {
        kind: 'not-a-feed',
        message:
          discovered.length === 0
            ? 'Not a feed: the page is HTML and names no feed'
            : `Not a feed: the page is HTML; it names ${discovered.length === 1 ? 'a feed' : `${discovered.length} feeds`} (${discovered[0]!.url})`,
      }
    : parsed.failure;
  return { status: 'failed', failure, httpStatus: null, retryAfterMs: null, discovered };
}
