import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/index.js';
import { FeedCard } from './FeedCard.js';

const ESTIMATE = 132;
/** Ask for the next page while this many cards are still below the window. */
const AHEAD = 12;

const NEXT_KEYS = new Set(['ArrowDown', 'j', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'k', 'PageUp']);

/**
 * The updates, newest first, as an ARIA feed: one virtualized column of cards whose heights
 * are measured, the next keyset page fetched as the end comes into view. J/K or the arrows
 * move between cards, H opens the focused card's hide menu.
 */
export function FeedList() {
  const items = useStore((s) => s.feedItems);
  const hasMore = useStore((s) => s.feedCursor !== null);
  const loadingMore = useStore((s) => s.feedLoadingMore);
  const loadMore = useStore((s) => s.loadMoreFeed);
  const lastLookedAt = useStore((s) => s.feedLastLookedAt);
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const moveFocus = useRef(false);
  /** A hide menu closed: if its card went away with the focus, the card now in its place takes it. */
  const refocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    overscan: 6,
    useFlushSync: false,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastShown = virtualItems.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= items.length - AHEAD) void loadMore();
  }, [hasMore, loadingMore, lastShown, items.length, loadMore]);

  const current = Math.min(focusIndex, Math.max(0, items.length - 1));
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    virtualizer.scrollToIndex(current, { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${current}"] article`)?.focus({ preventScroll: true }),
    );
  }, [current, virtualizer]);

  useEffect(() => {
    if (!refocus.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    refocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${current}"] article`)?.focus({ preventScroll: true });
  }, [items, current]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const onCard = (event.target as HTMLElement).tagName === 'ARTICLE';
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || items.length === 0) return;
    let next: number | null = null;
    if (NEXT_KEYS.has(event.key) && (onCard || event.key !== 'j')) next = current + 1;
    else if (PREVIOUS_KEYS.has(event.key) && (onCard || event.key !== 'k')) next = current - 1;
    else if (event.key === 'Home' && onCard) next = 0;
    else if (event.key === 'End' && onCard) next = items.length - 1;
    else if ((event.key === 'h' || event.key === 'H') && onCard) {
      event.preventDefault();
      setMenuFor(items[current]!.id);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    moveFocus.current = true;
    setFocusIndex(Math.max(0, Math.min(items.length - 1, next)));
  };

  const newDivider = (index: number) =>
    lastLookedAt !== null && index > 0 && items[index - 1]!.isNew && !items[index]!.isNew;

  return (
    <div ref={scroller} className="feed-scroller" data-testid="feed-list">
      <div
        role="feed"
        aria-label="Updates"
        aria-busy={loadingMore}
        className="feed-canvas"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualItems.map((virtual) => {
          const item = items[virtual.index]!;
          return (
            <div
              key={virtual.key}
              className={`feed-slot${menuFor === item.id ? ' feed-slot-raised' : ''}`}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              <FeedCard
                ref={virtualizer.measureElement}
                item={item}
                index={virtual.index}
                total={hasMore ? -1 : items.length}
                focused={virtual.index === current}
                menuOpen={menuFor === item.id}
                onMenuOpenChange={(open) => {
                  setMenuFor(open ? item.id : null);
                  if (!open) refocus.current = true;
                }}
                onFocus={() => setFocusIndex(virtual.index)}
                newDivider={newDivider(virtual.index)}
              />
            </div>
          );
        })}
      </div>
      {loadingMore && (
        <p className="feed-more muted" role="status">
          Loading more updates…
        </p>
      )}
    </div>
  );
}
