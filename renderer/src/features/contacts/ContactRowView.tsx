import { memo } from 'react';
import type { ContactRow, ContactSort } from '../../../../shared/domain.js';
import { SourceBadges } from '../../components/SourceBadges.js';
import { Badge } from '../../components/Badge.js';
import { daysLeft, daysLeftLabel, formatDay } from '../../components/format.js';

function cell(row: ContactRow, key: ContactSort, trashDays: number | null) {
  switch (key) {
    case 'name': {
      const left = row.status === 'trashed' && trashDays !== null ? daysLeft(row.statusChangedAt, trashDays) : null;
      return (
        <>
          <span className="name-text">{row.name}</span>
          {row.reappearedIn && (
            <span className="reappeared-mark" title={`Listed again by ${row.reappearedIn}`}>
              {' '}
              ↺
            </span>
          )}
          {left !== null && (
            <Badge tone={left <= 3 ? 'warning' : 'neutral'} testId="days-left">
              {daysLeftLabel(left)}
            </Badge>
          )}
        </>
      );
    }
    case 'company':
      return row.company;
    case 'position':
      return row.position;
    case 'email':
      return row.primaryEmail;
    case 'connectedOn':
      return formatDay(row.connectedOn);
    case 'lastInteraction':
      return formatDay(row.lastInteractionAt);
    case 'sources':
      return <SourceBadges sources={row.sources} max={2} />;
  }
}

/** One contact row; memoized, so scrolling re-renders only rows that enter the window. */
export const ContactRowView = memo(function ContactRowView({
  row,
  id,
  index,
  columns,
  trashDays,
  selected,
  focused,
  top,
  onClick,
  onContextMenu,
}: {
  row: ContactRow | undefined;
  id: number;
  index: number;
  columns: readonly ContactSort[];
  trashDays: number | null;
  selected: boolean;
  focused: boolean;
  top: number;
  onClick(id: number, event: React.MouseEvent): void;
  onContextMenu(id: number, event: React.MouseEvent): void;
}) {
  return (
    <div
      role="row"
      id={`contact-row-${id}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`table-row${selected ? ' selected' : ''}${focused ? ' focused' : ''}${row ? '' : ' placeholder'}`}
      data-testid="contact-row"
      data-id={id}
      style={{ transform: `translateY(${top}px)` }}
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault(); // no text selection on Shift-click
      }}
      onClick={(event) => onClick(id, event)}
      onContextMenu={(event) => onContextMenu(id, event)}
    >
      {row ? (
        columns.map((key) => (
          <div key={key} role="gridcell" className={`cell cell-${key}`}>
            {cell(row, key, trashDays)}
          </div>
        ))
      ) : (
        <div role="gridcell" className="cell cell-loading">
          Loading…
        </div>
      )}
    </div>
  );
});

/** A row whose id is not known yet (the rest of a fresh search's list is on its way). */
export function PendingRow({ index, top }: { index: number; top: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="table-row placeholder"
      data-testid="contact-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="cell cell-loading">
        Loading…
      </div>
    </div>
  );
}
