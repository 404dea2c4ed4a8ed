import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ContactRow, ContactSort } from '../../../../shared/domain.js';
import { SourceBadges } from '../../components/SourceBadges.js';
import { formatDay } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const ROW_HEIGHT = 36;

const COLUMNS: { key: ContactSort; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'position', label: 'Position' },
  { key: 'email', label: 'Email' },
  { key: 'connectedOn', label: 'Connected on' },
  { key: 'lastInteraction', label: 'Last interaction' },
  { key: 'sources', label: 'Sources' },
];

function SortHeader() {
  const { sort, direction, setSort } = useStore(
    useShallow((s) => ({ sort: s.query.sort, direction: s.query.direction, setSort: s.setSort })),
  );
  return (
    <div className="table-row table-header" role="row" aria-rowindex={1}>
      {COLUMNS.map(({ key, label }) => {
        const active = key === sort;
        return (
          <div
            key={label}
            role="columnheader"
            className="cell"
            aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            <button type="button" className="sort-button" data-testid={`sort-${key}`} onClick={() => setSort(key)}>
              {label}
              <span className="sort-arrow" aria-hidden>
                {active ? (direction === 'asc' ? '▲' : '▼') : ''}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}

const Row = memo(function Row({
  row,
  id,
  index,
  selected,
  focused,
  top,
}: {
  row: ContactRow | undefined;
  id: number;
  index: number;
  selected: boolean;
  focused: boolean;
  top: number;
}) {
  const clickRow = useStore((s) => s.clickRow);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`table-row ${selected ? 'selected' : ''} ${focused ? 'focused' : ''} ${row ? '' : 'placeholder'}`}
      data-testid="contact-row"
      data-id={id}
      style={{ transform: `translateY(${top}px)` }}
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault(); // no text selection on Shift-click
      }}
      onClick={(event) => clickRow(id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey })}
    >
      {row ? (
        <>
          <div role="gridcell" className="cell cell-name">
            {row.name}
            {row.reappearedIn && (
              <span className="reappeared-mark" title={`Listed again by ${row.reappearedIn}`}>
                {' '}
                ↺
              </span>
            )}
          </div>
          <div role="gridcell" className="cell">
            {row.company}
          </div>
          <div role="gridcell" className="cell">
            {row.position}
          </div>
          <div role="gridcell" className="cell">
            {row.primaryEmail}
          </div>
          <div role="gridcell" className="cell">
            {formatDay(row.connectedOn)}
          </div>
          <div role="gridcell" className="cell">
            {formatDay(row.lastInteractionAt)}
          </div>
          <div role="gridcell" className="cell">
            <SourceBadges sources={row.sources} />
          </div>
        </>
      ) : (
        <div role="gridcell" className="cell cell-loading">
          Loading…
        </div>
      )}
    </div>
  );
});

/** The contact list: virtualized over the query's ordered ids, rows fetched by visible window. */
export function ContactTable() {
  const ids = useStore((s) => s.ids);
  const rowCache = useStore((s) => s.rowCache);
  useStore((s) => s.rowsVersion); // re-render when rows arrive in the (mutable) cache
  const selectedId = useStore((s) => s.selectedId);
  const selectedIds = useStore((s) => s.selectedIds);
  const ensureRows = useStore((s) => s.ensureRows);
  const { moveFocus, toggleFocused, selectAllShown, clearSelection, requestRemoval, restore, view } = useStore(
    useShallow((s) => ({
      moveFocus: s.moveFocus,
      toggleFocused: s.toggleFocused,
      selectAllShown: s.selectAllShown,
      clearSelection: s.clearSelection,
      requestRemoval: s.requestRemoval,
      restore: s.restore,
      view: s.view,
    })),
  );
  const scroller = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= first) ensureRows(first, last);
  }, [first, last, ids, rowCache, ensureRows]);

  const move = (step: number, extend: boolean) => {
    const index = moveFocus(step, extend);
    if (index !== null) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const command = event.ctrlKey || event.metaKey;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') move(event.key === 'ArrowDown' ? 1 : -1, event.shiftKey);
    else if (event.key === 'PageDown' || event.key === 'PageUp')
      move((event.key === 'PageDown' ? 1 : -1) * Math.max(1, items.length - 2), event.shiftKey);
    else if (event.key === ' ') toggleFocused();
    else if (command && event.key.toLowerCase() === 'a') selectAllShown();
    else if (event.key === 'Escape') clearSelection();
    else if ((event.key === 'Delete' || event.key === 'Backspace') && view === 'roster') void requestRemoval();
    else if ((event.key === 'Delete' || event.key === 'Backspace') && view === 'trash') void restore();
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="contact-table"
      role="grid"
      aria-rowcount={ids.length + 1}
      aria-label="Contacts"
      data-testid="contact-list"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <SortHeader />
      <div ref={scroller} className="table-body" role="rowgroup">
        {ids.length === 0 ? (
          <p className="empty-list" data-testid="empty-list">
            No contacts match. Try fewer words or clear the filters.
          </p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const id = ids[item.index]!;
              return (
                <Row
                  key={id}
                  id={id}
                  index={item.index}
                  row={rowCache.get(id)}
                  selected={selectedIds.has(id)}
                  focused={id === selectedId}
                  top={item.start}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
