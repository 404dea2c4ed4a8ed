import { z } from 'zod';
import { HiddenReason } from './feed-hide.js';

/** Stored feeds and posts as the window and the CLI see them (issue 11). */

const Id = z.number().int().positive();

/** `new`: never fetched; `ok`; `failing`: backing off; `paused`: 5 failures in a row, waits for Retry; `inactive`: the person is removed or trashed, so it is not fetched. */
export const SubscriptionStatus = z.enum(['new', 'ok', 'failing', 'paused', 'inactive']);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

export const FeedSubscription = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  contactName: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  siteUrl: z.string().nullable(),
  imageUrl: z.string().nullable(),
  status: SubscriptionStatus,
  lastFetchedAt: z.string().nullable(),
  /** Null while paused or inactive. */
  nextDueAt: z.string().nullable(),
  /** The last failure in words, cleared by a success. */
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  paused: z.boolean(),
  /** Stored posts of this feed. */
  posts: z.number().int(),
  /** 'mastodon' for an account's public feed, else 'web' (the Source filter's kinds). */
  kind: z.enum(['mastodon', 'web']),
  /** Why the account's avatar did not become the person's picture (a Mastodon feed), else null. */
  avatarError: z.string().nullable(),
});
export type FeedSubscription = z.infer<typeof FeedSubscription>;

/** `address`: a feed URL, a website URL (its feeds are discovered) or a Mastodon handle `@user@domain`. */
export const FeedSubscribeRequest = z
  .object({ contactId: Id, address: z.string().trim().min(1, 'a feed address is required').max(2048) })
  .strict();

export const FeedSubscribeResult = z.object({
  feedId: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  /** False when the person already had this feed. */
  created: z.boolean(),
  /** Posts stored by the first fetch. */
  newPosts: z.number().int(),
});
export type FeedSubscribeResult = z.infer<typeof FeedSubscribeResult>;

/** A refresh of many feeds; `feedIds` null = every due feed, `force` fetches even those not due. */
export const FeedRefreshRequest = z
  .object({ feedIds: z.array(Id).min(1).max(100_000).nullable().default(null), force: z.boolean().default(true) })
  .strict();

export const FeedRefreshResult = z.object({
  feeds: z.number().int(),
  fetched: z.number().int(),
  notModified: z.number().int(),
  newPosts: z.number().int(),
  failed: z.array(z.object({ feedId: z.number().int(), url: z.string(), error: z.string() })),
  cancelled: z.boolean(),
});
export type FeedRefreshResult = z.infer<typeof FeedRefreshResult>;

/** Reported after each feed of a refresh, like importProgress. */
export const FeedRefreshProgress = z.object({
  total: z.number().int(),
  done: z.number().int(),
  ok: z.number().int(),
  notModified: z.number().int(),
  failed: z.number().int(),
  newPosts: z.number().int(),
  finished: z.boolean(),
});
export type FeedRefreshProgress = z.infer<typeof FeedRefreshProgress>;

/** Where a page starts: after this post in newest-first order. */
export const FeedCursor = z.object({ publishedAt: z.string().min(1).max(40), id: Id }).strict();
export type FeedCursor = z.infer<typeof FeedCursor>;

export const FeedPageRequest = z
  .object({
    cursor: FeedCursor.nullable().default(null),
    limit: z.number().int().min(1).max(500).default(50),
    /** "Show hidden": hidden posts come back in place, each with its reason. */
    includeHidden: z.boolean().default(false),
    contactId: Id.nullable().default(null),
    feedId: Id.nullable().default(null),
    /** Only one kind of source: Mastodon accounts, or blogs and sites ('web'). */
    sourceKind: z.enum(['mastodon', 'web']).nullable().default(null),
    /** Words to find in title or summary (every word, as prefixes). */
    search: z.string().trim().max(500).nullable().default(null),
  })
  .strict();
export type FeedPageRequest = z.input<typeof FeedPageRequest>;

export const FeedItem = z.object({
  id: z.number().int(),
  feedId: z.number().int(),
  contactId: z.number().int(),
  contactName: z.string(),
  /** The contact's own photo (from their card) as a data: URL when it is small (≤ 64 KB); else null. */
  contactPhoto: z.string().nullable(),
  /** The source: the feed's title, else its host. */
  source: z.string(),
  /** The feed's image (a Mastodon account's avatar); shown only when remote images are on. */
  imageUrl: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** Plain text excerpt. */
  summary: z.string().nullable(),
  /** The feed's HTML, unsanitized: the renderer must sanitize (DOMPurify) before showing it. */
  contentHtml: z.string().nullable(),
  publishedAt: z.string(),
  /** When Prune first stored it (ISO). */
  firstSeenAt: z.string(),
  /** A Mastodon account's public feed, or any other (blog, site). */
  sourceKind: z.enum(['mastodon', 'web']),
  /** First stored after the last "mark as looked". */
  isNew: z.boolean(),
  hidden: HiddenReason.nullable(),
});
export type FeedItem = z.infer<typeof FeedItem>;

export const FeedPage = z.object({
  items: z.array(FeedItem),
  /** Pass back for the next page; null at the end. */
  nextCursor: FeedCursor.nullable(),
  /** When the user last looked (ISO), null if never: items first stored after it are `isNew`. */
  lastLookedAt: z.string().nullable(),
});
export type FeedPage = z.infer<typeof FeedPage>;

export const FeedSettings = z.object({
  /** Posts older than this are deleted (hidden ones like the others). */
  retentionDays: z.number().int().min(1).max(36_500),
  /** Minutes between automatic refreshes. */
  refreshMinutes: z.number().int().min(5).max(10_080),
  /** Remote images (avatars, pictures in posts) stay off until the user turns them on. */
  remoteImages: z.boolean(),
});
export type FeedSettings = z.infer<typeof FeedSettings>;

export const FeedSuggestions = z.object({
  /** Imported Mastodon accounts without a feed yet: one action follows them all. */
  mastodon: z.array(
    z.object({ contactId: z.number().int(), name: z.string(), handle: z.string(), feedUrl: z.string() }),
  ),
  /** Website URLs from imported cards and CSVs, for people without a feed. */
  websites: z.array(z.object({ contactId: z.number().int(), name: z.string(), url: z.string() })),
});
export type FeedSuggestions = z.infer<typeof FeedSuggestions>;

export const OpmlImportResult = z.object({
  /** Outlines matched to a person (by feed URL, site URL, then title) and subscribed. */
  subscribed: z.array(z.object({ feedId: z.number().int(), contactId: z.number().int(), url: z.string() })),
  /** Outlines that matched nobody: offer them as new people, or skip. */
  unmatched: z.array(z.object({ title: z.string().nullable(), xmlUrl: z.string(), htmlUrl: z.string().nullable() })),
  /** People created for unmatched outlines (when asked with createPeople). */
  created: z.number().int(),
  /** The undo history's entry ("Import 12 subscriptions"); null when nothing new was added. */
  undoLabel: z.string().nullable(),
});
export type OpmlImportResult = z.infer<typeof OpmlImportResult>;

/** Why the feed changed; windows reload what they show. */
export const FeedChangeReason = z.enum(['subscribe', 'unsubscribe', 'refresh', 'hide', 'settings', 'opml', 'sample']);
export type FeedChangeReason = z.infer<typeof FeedChangeReason>;
