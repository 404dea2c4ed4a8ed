import type { FeedSubscription } from '../../../../shared/feed-store.js';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { fetchTimes, fetchTimesTitle, statusBadge } from './subscription-status.js';

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
        <div className="feed-status-facts muted" title={fetchTimesTitle(feed)}>
          {fetchTimes(feed)} · {plural(feed.posts, 'update')}
        </div>
        {feed.lastError && (
          <div className="feed-status-error" data-testid="subscription-error">
            {feed.lastError}
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
