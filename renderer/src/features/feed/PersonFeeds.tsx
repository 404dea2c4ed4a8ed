import { useEffect } from 'react';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';
import { FeedStatusRow } from './FeedStatusRow.js';

/** The detail pane's feeds: each with its status, and "Add feed…". */
export function PersonFeeds({ contactId, name, active }: { contactId: number; name: string; active: boolean }) {
  const feeds = useStore((s) => (s.personFeeds?.contactId === contactId ? s.personFeeds.feeds : null));
  const load = useStore((s) => s.loadPersonFeeds);
  const openAddFeed = useStore((s) => s.openAddFeed);
  useEffect(() => {
    void load(contactId);
  }, [contactId, load]);
  if (!active && (feeds === null || feeds.length === 0)) return null;
  return (
    <section className="person-feeds" aria-labelledby="person-feeds-title" data-testid="person-feeds">
      <div className="person-feeds-header">
        <h3 id="person-feeds-title">Feeds</h3>
        {active && (
          <Button variant="ghost" data-testid="add-feed" onClick={() => openAddFeed(contactId, name)}>
            Add feed…
          </Button>
        )}
      </div>
      {feeds === null ? null : feeds.length === 0 ? (
        <p className="muted">None yet: their blog, website or Mastodon address shows what they post in the Feed.</p>
      ) : (
        <ul className="plain-list">
          {feeds.map((feed) => (
            <FeedStatusRow key={feed.id} feed={feed} showPerson={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
