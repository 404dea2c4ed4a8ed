import { z } from 'zod';
import {
  HideActionResult,
  HideEditRequest,
  HideLiftRequest,
  HideRequest,
  HideRuleListing,
  NoisyPoster,
} from './feed-hide.js';
import {
  FeedChangeReason,
  FeedPage,
  FeedPageRequest,
  FeedRefreshProgress,
  FeedRefreshRequest,
  FeedRefreshResult,
  FeedSettings,
  FeedSubscribeRequest,
  FeedSubscribeResult,
  FeedSubscription,
  FeedSuggestions,
  OpmlImportResult,
} from './feed-store.js';

/** The feed's part of the IPC contract (issue 11), spread into `contract` in ipc.ts. See docs/feed.md. */

const Id = z.number().int().positive();
const Empty = z.object({}).strict();
const MAX_OPML_CHARS = 20 * 1024 * 1024;

export const feedChannels = {
  feedSubscribe: { input: FeedSubscribeRequest, output: FeedSubscribeResult },
  feedUnsubscribe: { input: z.object({ feedId: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  feedSubscriptions: {
    input: z.object({ contactId: Id.nullable().default(null) }).strict(),
    output: z.array(FeedSubscription),
  },
  /** Fetches feeds now, with feedRefreshProgress events; one refresh at a time. */
  feedRefresh: { input: FeedRefreshRequest, output: FeedRefreshResult },
  feedRefreshCancel: { input: Empty, output: z.object({ cancelled: z.boolean() }) },
  /** A paused feed: due now, and fetched at once. */
  feedRetry: { input: z.object({ feedId: Id }).strict(), output: FeedSubscription },
  feedPage: { input: FeedPageRequest, output: FeedPage },
  /** Stores "now" as when the user last looked: the "new since you last looked" divider moves. */
  feedMarkLooked: { input: Empty, output: z.object({ lastLookedAt: z.string() }) },
  feedSettings: { input: Empty, output: FeedSettings },
  feedSettingsSet: { input: FeedSettings.partial().strict(), output: FeedSettings },
  feedSuggestions: { input: Empty, output: FeedSuggestions },
  /** Subscribes every imported Mastodon account that has no feed yet to its public posts. */
  feedFollowMastodon: { input: Empty, output: z.object({ subscribed: z.number().int() }) },
  /** The file as text, or as bytes (its encoding is then read from the XML declaration). */
  feedImportOpml: {
    input: z
      .object({
        text: z.string().min(1).max(MAX_OPML_CHARS).optional(),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_OPML_CHARS, 'an OPML file of up to 20 MB')
          .optional(),
        createPeople: z.boolean().default(false),
      })
      .strict()
      .refine(
        (input) => (input.text === undefined) !== (input.bytes === undefined),
        'give the OPML as text or as bytes',
      ),
    output: OpmlImportResult,
  },
  feedExportOpml: {
    input: Empty,
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  },
  /** Hide a post, mute/snooze a person, cap a person, mute a word: one undoable batch each. */
  hideAdd: { input: HideRequest, output: HideActionResult },
  hideLift: { input: HideLiftRequest, output: HideActionResult },
  hideEdit: { input: HideEditRequest, output: HideActionResult },
  /** Every active rule with when it ends and how many updates it hid in the last 30 days. */
  hideList: { input: Empty, output: z.array(HideRuleListing) },
  /** Who posts most: the last 4 weeks, newest rules included. */
  feedNoisy: {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    output: z.array(NoisyPoster),
  },
} as const;

export const feedEvents = {
  feedRefreshProgress: FeedRefreshProgress,
  feedChanged: z.object({ reason: FeedChangeReason }),
} as const;
