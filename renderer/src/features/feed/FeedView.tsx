import { useEffect } from 'react';
import { useStore } from '../../store/index.js';
import { FeedSectionNav } from './FeedSectionNav.js';
import { FeedUpdates } from './FeedUpdates.js';
import { HiddenRulesView } from './HiddenRulesView.js';
import { NoisyView } from './NoisyView.js';
import { RefreshControl } from './RefreshControl.js';
import { SubscriptionsView } from './SubscriptionsView.js';

/** The Feed view: its sections, the refresh control, and the section shown. */
export function FeedView() {
  const section = useStore((s) => s.feedSection);
  const loaded = useStore((s) => s.subscriptionsLoaded);
  const loadSubscriptions = useStore((s) => s.loadSubscriptions);
  // The filters, the empty state and Refresh all need to know which feeds there are.
  useEffect(() => {
    if (!loaded) void loadSubscriptions();
  }, [loaded, loadSubscriptions]);
  return (
    <section className="feed-view" data-testid="feed-view" aria-label="Feed">
      <div className="feed-header">
        <FeedSectionNav />
        <span className="spacer" />
        <RefreshControl />
      </div>
      <div id="feed-section" className="feed-section" role="tabpanel" aria-label={section}>
        {section === 'updates' && <FeedUpdates />}
        {section === 'noisy' && <NoisyView />}
        {section === 'hidden' && <HiddenRulesView />}
        {section === 'subscriptions' && <SubscriptionsView />}
      </div>
    </section>
  );
}
