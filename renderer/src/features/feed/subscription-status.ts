import type { FeedSubscription } from '../../../../shared/feed-store.js';
import type { BadgeTone } from '../../components/Badge.js';
import { formatTimestamp } from '../../components/format.js';
import { relativeTime } from './relative-time.js';

/** A feed's state in a word and a tone, for its badge. */
export function statusBadge(feed: FeedSubscription): { label: string; tone: BadgeTone } {
  switch (feed.status) {
    case 'ok':
      return { label: 'OK', tone: 'accent' };
    case 'new':
      return { label: 'Not fetched yet', tone: 'neutral' };
    case 'failing':
      return { label: `Failing (${feed.consecutiveFailures}×)`, tone: 'warning' };
    case 'paused':
      return { label: 'Paused', tone: 'warning' };
    default:
      return { label: 'Not fetched: person removed', tone: 'neutral' };
  }
}

/** "Fetched 2 hours ago · next in 58 minutes", in the user's locale, as of `now` (the minute clock). */
export function fetchTimes(feed: FeedSubscription, now = Date.now()): string {
  const fetched = feed.lastFetchedAt ? `Fetched ${relativeTime(feed.lastFetchedAt, now)}` : 'Never fetched';
  const next = feed.paused
    ? 'waits for Retry'
    : feed.nextDueAt
      ? `next ${relativeTime(feed.nextDueAt, now)}`
      : feed.status === 'inactive'
        ? 'not scheduled'
        : '';
  return [fetched, next].filter(Boolean).join(' · ');
}

export const fetchTimesTitle = (feed: FeedSubscription): string =>
  [
    feed.lastFetchedAt && `Last fetched ${formatTimestamp(feed.lastFetchedAt)}`,
    feed.nextDueAt && `Next due ${formatTimestamp(feed.nextDueAt)}`,
  ]
    .filter(Boolean)
    .join('\n');
