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
  top,
}: {
  row: ContactRow | undefined;
  id: number;
  index: number;
  selected: boolean;
  top: number;
}) {
  const select = useStore((s) => s.select);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`table-row ${selected ? 'selected' : ''} ${row ? '' : 'placeholder'}`}
      data-testid="contact-row"
      data-id={id}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => void select(id)}
    >
      {row ? (
        <>
          <div role="gridcell" className="cell cell-name">
            {row.name}
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
  const ensureRows = useStore((s) => s.ensureRows);
  const select = useStore((s) => s.select);
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

  const moveSelection = (step: number) => {
    if (ids.length === 0) return;
    const current = selectedId === null ? -1 : ids.indexOf(selectedId);
    const next = Math.min(ids.length - 1, Math.max(0, current + step));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    void select(ids[next]!);
  };

  return (
    <div
      className="contact-table"
      role="grid"
      aria-rowcount={ids.length + 1}
      aria-label="Contacts"
      data-testid="contact-list"
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          moveSelection(event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'PageDown' || event.key === 'PageUp') {
          event.preventDefault();
          moveSelection((event.key === 'PageDown' ? 1 : -1) * Math.max(1, items.length - 2));
        }
      }}
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
                  selected={id === selectedId}
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
