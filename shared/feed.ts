import { z } from 'zod';

/** The syndication formats Prune reads. `rdf` is RSS 1.0 (and 0.90). */
export const FeedFormat = z.enum(['rss', 'atom', 'rdf', 'json']);
export type FeedFormat = z.infer<typeof FeedFormat>;

/** An absolute http(s) URL; every link Prune keeps from a feed is one (a `javascript:` link is dropped). */
export const HttpUrl = z.string().regex(/^https?:\/\//i, 'expected an http(s) URL');

/** An ISO 8601 instant in UTC, as `Date.prototype.toISOString` writes it. */
export const IsoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected an ISO instant');

/**
 * One post of a feed as parsed, before storage. Dates are null when the feed gives none (or
 * none that parses): the caller stores its own "first seen" instead. HTML is kept as the feed
 * gave it; it is sanitized when shown, never here.
 */
export const FeedPost = z.object({
  /** Stable across fetches: `id:<guid or atom id>`, else `link:<url>`, else `hash:<digest of title and content>`. */
  dedupeKey: z.string().min(1),
  guid: z.string().nullable(),
  title: z.string().nullable(),
  link: HttpUrl.nullable(),
  published: IsoInstant.nullable(),
  updated: IsoInstant.nullable(),
  author: z.string().nullable(),
  summaryHtml: z.string().nullable(),
  contentHtml: z.string().nullable(),
  /** Plain text of the content (or summary): tags stripped, entities decoded, whitespace collapsed, ≤ 300 characters. */
  excerpt: z.string(),
});
export type FeedPost = z.infer<typeof FeedPost>;

/** A feed as parsed: what names it (a Mastodon account's feed names the person) and its posts, deduplicated. */
export const ParsedFeed = z.object({
  format: FeedFormat,
  title: z.string().nullable(),
  description: z.string().nullable(),
  /** The site the feed belongs to (RSS `<link>`, Atom `rel="alternate"`, JSON Feed `home_page_url`). */
  siteUrl: HttpUrl.nullable(),
  /** The channel image, Atom logo/icon or JSON Feed icon: a Mastodon account's avatar. */
  imageUrl: HttpUrl.nullable(),
  posts: z.array(FeedPost),
});
export type ParsedFeed = z.infer<typeof ParsedFeed>;

/** Why a fetch or parse failed, for code; each failure also carries a sentence for people. */
export const FeedFailureKind = z.enum([
  'invalid-url',
  'timeout',
  'network',
  'http',
  'rate-limited',
  'too-large',
  'too-many-redirects',
  'redirect-loop',
  'not-a-feed',
  'unsafe-xml',
  'malformed',
  'cancelled',
]);
export type FeedFailureKind = z.infer<typeof FeedFailureKind>;

export const FeedFailure = z.object({ kind: FeedFailureKind, message: z.string() });
export type FeedFailure = z.infer<typeof FeedFailure>;

/** What a subscription remembers between refreshes. */
export const FeedFetchState = z.object({
  url: HttpUrl,
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastFetchedAt: IsoInstant.nullable(),
  /** When the scheduler next fetches it; null while paused. */
  nextDueAt: IsoInstant.nullable(),
  /** The last failure in words for people, cleared by a success. */
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  /** Set after 5 failures in a row; only an explicit retry fetches it again. */
  paused: z.boolean(),
  postCount: z.number().int().nonnegative(),
});
export type FeedFetchState = z.infer<typeof FeedFetchState>;

/** A feed named in an OPML file, with the categories (nested outlines) it sits in. */
export const OpmlFeed = z.object({
  title: z.string().nullable(),
  xmlUrl: z.string(),
  htmlUrl: z.string().nullable(),
  categories: z.array(z.string()),
});
export type OpmlFeed = z.infer<typeof OpmlFeed>;

/** Progress of one refresh of many feeds, reported after each feed. */
export const RefreshProgress = z.object({
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  ok: z.number().int().nonnegative(),
  notModified: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type RefreshProgress = z.infer<typeof RefreshProgress>;
