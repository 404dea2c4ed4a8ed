import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { useStore } from '../../store/index.js';

/** Each list view's own empty state; "no match" only when a search or filter is set. */
export function ListEmptyState() {
  const loaded = useStore((s) => s.queryLoaded);
  const view = useStore((s) => s.view);
  const total = useStore((s) => s.totalInStatus);
  const trashDays = useStore((s) => s.info?.trashDays);
  const clearFilters = useStore((s) => s.clearFilters);
  const updateQuery = useStore((s) => s.updateQuery);
  const query = useStore((s) => s.query);
  if (!loaded) return <LoadingState label="Loading contacts…" />;
  if (total > 0) {
    const filtered =
      query.sources.length > 0 ||
      query.hasEmail !== null ||
      query.connectedAfter !== null ||
      query.connectedBefore !== null ||
      query.company !== null;
    return (
      <EmptyState
        testId="empty-list"
        title={query.search ? `No one matches “${query.search}”` : 'No one matches these filters'}
        action={
          <>
            {query.search && <Button onClick={() => updateQuery({ search: '' })}>Clear search</Button>}
            {filtered && <Button onClick={clearFilters}>Clear filters</Button>}
          </>
        }
      >
        {query.search && filtered ? 'Try fewer words, or clear the filters.' : query.search ? 'Try fewer words.' : null}
      </EmptyState>
    );
  }
  if (view === 'trash')
    return (
      <EmptyState testId="empty-list" title="The Trash is empty">
        People you remove wait here{trashDays ? ` for ${trashDays} days` : ''}, so you can restore them.
      </EmptyState>
    );
  if (view === 'removed')
    return (
      <EmptyState testId="empty-list" title="Nobody removed for good">
        People leave the Trash for this list after {trashDays ? `${trashDays} days` : 'a while'}. Prune keeps their name
        and addresses so re-imports do not bring them back.
      </EmptyState>
    );
  return (
    <EmptyState testId="empty-list" title="Your roster is empty">
      Everyone is in the Trash or removed. Import a newer export to bring your network back in.
    </EmptyState>
  );
}
