import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const SHOWN = 5;

/** What the imported roster already says: Mastodon accounts to follow at once, websites to try. */
export function FeedSuggestions() {
  const suggestions = useStore((s) => s.suggestions);
  const followAll = useStore((s) => s.followAllMastodon);
  const subscribe = useStore((s) => s.subscribe);
  const [allSites, setAllSites] = useState(false);
  if (!suggestions || (suggestions.mastodon.length === 0 && suggestions.websites.length === 0)) return null;
  const { mastodon, websites } = suggestions;
  const sites = allSites ? websites : websites.slice(0, SHOWN);
  return (
    <section className="feed-suggestions" aria-labelledby="suggestions-title" data-testid="feed-suggestions">
      <h3 id="suggestions-title">Suggested from your roster</h3>
      {mastodon.length > 0 && (
        <div className="suggestion">
          <p>
            {plural(mastodon.length, 'imported Mastodon account')} (
            {mastodon
              .slice(0, 3)
              .map((m) => m.name)
              .join(', ')}
            {mastodon.length > 3 ? '…' : ''}) publish their public posts as a feed.
          </p>
          <Button variant="primary" data-testid="follow-mastodon" onClick={() => void followAll()}>
            Follow all {plural(mastodon.length, 'account')}
          </Button>
        </div>
      )}
      {websites.length > 0 && (
        <div className="suggestion">
          <p>Websites from your contacts’ cards; Prune looks for their feeds.</p>
          <ul className="plain-list site-suggestions">
            {sites.map((site) => (
              <li key={`${site.contactId}-${site.url}`}>
                <span className="feed-person">{site.name}</span> <span className="muted">{site.url}</span>
                <Button
                  variant="ghost"
                  data-testid="suggestion-add"
                  onClick={() => void subscribe(site.contactId, site.url)}
                >
                  Add feed
                </Button>
              </li>
            ))}
          </ul>
          {websites.length > SHOWN && (
            <Button variant="ghost" onClick={() => setAllSites(!allSites)}>
              {allSites ? 'Show fewer' : `Show all ${plural(websites.length, 'website')}`}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
