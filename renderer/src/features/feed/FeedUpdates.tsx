import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { plural } from '../../components/format.js';
import { NO_FILTERS } from '../../store/feed-slice.js';
import { useStore } from '../../store/index.js';
import { FeedFilters } from './FeedFilters.js';
import { FeedList } from './FeedList.js';

/** The updates section: filters over the list, or the state that says why there is nothing. */
export function FeedUpdates() {
  return (
    <>
      <FeedFilters />
      <FeedUpdatesBody />
    </>
  );
}

function FeedUpdatesBody() {
  const loaded = useStore((s) => s.feedLoaded);
  const count = useStore((s) => s.feedItems.length);
  const filters = useStore((s) => s.feedFilters);
  const setFilters = useStore((s) => s.setFeedFilters);
  const feeds = useStore((s) => s.subscriptions.length);
  const feedsLoaded = useStore((s) => s.subscriptionsLoaded);
  const mastodon = useStore((s) => s.suggestions?.mastodon.length ?? 0);
  const followAll = useStore((s) => s.followAllMastodon);
  const setSection = useStore((s) => s.setFeedSection);
  if (!loaded) return <LoadingState label="Loading updates…" />;
  if (count > 0) return <FeedList />;
  const filtered = filters.search.trim() !== '' || filters.contactId !== null || filters.feedId !== null;
  if (filtered) {
    return (
      <EmptyState
        testId="feed-no-match"
        title="No updates match"
        action={
          <Button onClick={() => setFilters({ ...NO_FILTERS, includeHidden: filters.includeHidden })}>
            Clear filters
          </Button>
        }
      >
        Nothing {filters.includeHidden ? '' : 'visible '}matches this search or filter.
      </EmptyState>
    );
  }
  if (feedsLoaded && feeds === 0) {
    return (
      <EmptyState
        testId="feed-empty"
        title="No feeds yet"
        action={
          mastodon > 0 ? (
            <Button variant="primary" data-testid="follow-mastodon" onClick={() => void followAll()}>
              Follow {plural(mastodon, 'Mastodon account')}
            </Button>
          ) : (
            <Button onClick={() => setSection('subscriptions')}>Open Subscriptions</Button>
          )
        }
      >
        Prune shows what the people you know post: their blogs, newsletters and Mastodon accounts, in one calm list you
        can trim. Add a feed from anyone’s details in the Roster, import an OPML file, or follow the Mastodon accounts
        you imported.
      </EmptyState>
    );
  }
  return (
    <EmptyState testId="feed-all-hidden" title={filters.includeHidden ? 'No updates yet' : 'Nothing to show'}>
      {filters.includeHidden
        ? 'Your feeds have not published anything Prune has fetched yet. Refresh to fetch them now.'
        : 'Every update is hidden by your mutes, snoozes, caps or words. Turn on “Show hidden” to see them with their reasons.'}
    </EmptyState>
  );
}
