import type { FeedSubscription } from '../../../../shared/feed-store.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { useMinuteClock } from './minute-clock.js';
import { fetchTimes, fetchTimesTitle, statusBadge } from './subscription-status.js';

/** Last fetched and next due, kept current by the shared minute clock (only this line re-renders). */
function FetchFacts({ feed }: { feed: FeedSubscription }) {
  const now = useMinuteClock();
  return (
    <div className="feed-status-facts muted" title={fetchTimesTitle(feed)} data-testid="subscription-times">
      {fetchTimes(feed, now)} · {plural(feed.posts, 'update')}
    </div>
  );
}

/** One feed with its status, error in words, post count, Retry and Unsubscribe; in the list and the detail pane. */
export function FeedStatusRow({ feed, showPerson }: { feed: FeedSubscription; showPerson: boolean }) {
  const retry = useStore((s) => s.retryFeed);
  const unsubscribe = useStore((s) => s.unsubscribe);
  const badge = statusBadge(feed);
  return (
    <li className="feed-status" data-testid="subscription">
      <div className="feed-status-main">
        <div className="feed-status-title">
          {showPerson && <span className="feed-person">{feed.contactName}</span>}
          <span className="feed-status-name">{feed.title ?? new URL(feed.url).host}</span>
          <Badge tone={badge.tone} testId="subscription-status">
            {badge.label}
          </Badge>
        </div>
        <div className="feed-status-url muted">{feed.url}</div>
        <FetchFacts feed={feed} />
        {feed.lastError && (
          <div className="feed-status-error" data-testid="subscription-error">
            {feed.lastError}
          </div>
        )}
        {feed.avatarError && (
          <div className="feed-status-facts muted" data-testid="subscription-avatar-error">
            Picture not used: {feed.avatarError}
          </div>
        )}
      </div>
      <div className="feed-status-actions">
        {(feed.paused || feed.status === 'failing') && (
          <Button data-testid="subscription-retry" onClick={() => void retry(feed.id)}>
            Retry
          </Button>
        )}
        <Button variant="ghost" data-testid="subscription-unsubscribe" onClick={() => void unsubscribe(feed.id)}>
          Unsubscribe
        </Button>
      </div>
    </li>
  );
}
