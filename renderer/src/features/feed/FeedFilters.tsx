import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Combobox } from '../../components/Combobox.js';
import type { FeedFilters } from '../../store/feed-slice.js';
import { useStore } from '../../store/index.js';

const SOURCE_KINDS = [
  { value: 'mastodon', label: 'Mastodon' },
  { value: 'web', label: 'Blogs and sites' },
] as const;

/** `kind:mastodon` or `feed:12` (the Source select's values) as filters; '' is every source. */
function sourceFilter(value: string): Pick<FeedFilters, 'feedId' | 'sourceKind'> {
  const [what, which] = value.split(':');
  if (what === 'kind' && (which === 'mastodon' || which === 'web')) return { feedId: null, sourceKind: which };
  if (what === 'feed') return { feedId: Number(which), sourceKind: null };
  return { feedId: null, sourceKind: null };
}

/** Search, person and source filters and "Show hidden", above the updates. */
export function FeedFilters() {
  const { filters, setFilters, subscriptions, focusRequest } = useStore(
    useShallow((s) => ({
      filters: s.feedFilters,
      setFilters: s.setFeedFilters,
      subscriptions: s.subscriptions,
      focusRequest: s.focusRequest,
    })),
  );
  const [search, setSearch] = useState(filters.search);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest?.target === 'search') input.current?.focus();
  }, [focusRequest]);
  // Typing settles before the query runs; the list keeps what it shows meanwhile.
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => setFilters({ search }), 200);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  const people = useMemo(() => {
    const byId = new Map(subscriptions.map((feed) => [feed.contactId, feed.contactName]));
    return [...byId].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ id: String(id), label: name }));
  }, [subscriptions]);
  const sources = useMemo(
    () =>
      subscriptions
        .filter((feed) => filters.contactId === null || feed.contactId === filters.contactId)
        .map((feed) => ({ id: feed.id, kind: feed.kind, label: feed.title ?? new URL(feed.url).host }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [subscriptions, filters.contactId],
  );
  // The kinds first (only those present), then each feed: one select, two levels.
  const kinds = SOURCE_KINDS.filter((kind) => sources.some((source) => source.kind === kind.value));
  const sourceValue = filters.sourceKind
    ? `kind:${filters.sourceKind}`
    : filters.feedId
      ? `feed:${filters.feedId}`
      : '';

  return (
    <div className="list-bar feed-filters">
      <input
        ref={input}
        className="text-input search"
        type="search"
        placeholder="Search updates"
        aria-label="Search updates"
        value={search}
        data-testid="feed-search"
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && search) {
            event.preventDefault();
            setSearch('');
          }
        }}
      />
      <Combobox
        label="Person"
        allLabel="Everyone"
        options={people}
        value={filters.contactId === null ? '' : String(filters.contactId)}
        testId="feed-person-filter"
        onChange={(id) => setFilters({ contactId: id ? Number(id) : null, feedId: null })}
      />
      <label className="select-label">
        <span className="visually-hidden">Source</span>
        <select
          className="text-input"
          value={sourceValue}
          data-testid="feed-source-filter"
          onChange={(event) => setFilters(sourceFilter(event.target.value))}
        >
          <option value="">All sources</option>
          {kinds.length > 0 && (
            <optgroup label="Kinds">
              {kinds.map((kind) => (
                <option key={kind.value} value={`kind:${kind.value}`}>
                  {kind.label}
                </option>
              ))}
            </optgroup>
          )}
          {sources.length > 0 && (
            <optgroup label="Feeds">
              {sources.map((source) => (
                <option key={source.id} value={`feed:${source.id}`}>
                  {source.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={filters.includeHidden}
          data-testid="show-hidden"
          onChange={(event) => setFilters({ includeHidden: event.target.checked })}
        />
        Show hidden
      </label>
    </div>
  );
}
