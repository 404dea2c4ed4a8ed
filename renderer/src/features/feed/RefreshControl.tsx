import { Button } from '../../components/Button.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/** Refresh now, with a progress bar and Cancel while it runs; the window stays usable. */
export function RefreshControl() {
  const refreshing = useStore((s) => s.refreshing);
  const progress = useStore((s) => s.refreshProgress);
  const refresh = useStore((s) => s.refreshFeeds);
  const cancel = useStore((s) => s.cancelRefresh);
  const feeds = useStore((s) => s.subscriptions.length);
  // A scheduled refresh reports progress too: show it and let it be cancelled the same way.
  if (!refreshing && !progress) {
    return (
      <Button data-testid="feed-refresh" disabled={feeds === 0} onClick={() => void refresh()}>
        Refresh
      </Button>
    );
  }
  const label = progress
    ? `Fetching ${formatCount(progress.done)} of ${formatCount(progress.total)} feeds`
    : 'Starting the refresh…';
  return (
    <span className="refresh-progress" data-testid="feed-refresh-progress">
      <span className="refresh-label" aria-live="polite">
        {label}
      </span>
      <ProgressBar value={progress?.done ?? 0} max={progress?.total ?? 0} label="Refreshing feeds" />
      <Button variant="ghost" data-testid="feed-refresh-cancel" onClick={() => void cancel()}>
        Cancel
      </Button>
    </span>
  );
}
