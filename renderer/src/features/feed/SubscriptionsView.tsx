import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { FeedStatusRow } from './FeedStatusRow.js';
import { FeedSuggestions } from './FeedSuggestions.js';
import { pickOpmlFile } from './pick-opml-file.js';

/** Every feed with its status, the suggestions, and OPML in and out. */
export function SubscriptionsView() {
  const feeds = useStore((s) => s.subscriptions);
  const loaded = useStore((s) => s.subscriptionsLoaded);
  const importOpml = useStore((s) => s.importOpml);
  const exportOpml = useStore((s) => s.exportOpml);
  const failing = feeds.filter((feed) => feed.paused || feed.status === 'failing').length;
  const chooseOpml = async () => {
    const file = await pickOpmlFile();
    if (file) await importOpml(file);
  };
  return (
    <div className="feed-page" data-testid="subscriptions-view">
      <div className="side-view-bar">
        <p className="checklist-progress">
          {loaded ? plural(feeds.length, 'feed') : ''}
          {failing > 0 ? ` · ${plural(failing, 'needs', 'need')} attention` : ''}
        </p>
        <Button data-testid="opml-import" onClick={() => void chooseOpml()}>
          Import OPML…
        </Button>
        <Button data-testid="opml-export" disabled={feeds.length === 0} onClick={() => void exportOpml()}>
          Export OPML
        </Button>
      </div>
      <FeedSuggestions />
      {!loaded ? (
        <LoadingState label="Loading your feeds…" />
      ) : feeds.length === 0 ? (
        <EmptyState testId="subscriptions-empty" title="No feeds yet">
          Open someone in the Roster and choose “Add feed…” with their blog, website or @user@domain, follow the
          suggestions above, or import the OPML file a feed reader exports.
        </EmptyState>
      ) : (
        <ul className="plain-list feed-status-list">
          {feeds.map((feed) => (
            <FeedStatusRow key={feed.id} feed={feed} showPerson />
          ))}
        </ul>
      )}
    </div>
  );
}
