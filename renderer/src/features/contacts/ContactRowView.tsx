import { memo } from 'react';
import type { ContactRow, ContactSort } from '../../../../shared/domain.js';
import { SourceBadges } from '../../components/SourceBadges.js';
import { formatDay } from '../../components/format.js';

function cell(row: ContactRow, key: ContactSort) {
  switch (key) {
    case 'name':
      return (
        <>
          {row.name}
          {row.reappearedIn && (
            <span className="reappeared-mark" title={`Listed again by ${row.reappearedIn}`}>
              {' '}
              ↺
            </span>
          )}
        </>
      );
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
      return <SourceBadges sources={row.sources} />;
  }
}

/** One contact row; memoized, so scrolling re-renders only rows that enter the window. */
export const ContactRowView = memo(function ContactRowView({
  row,
  id,
  index,
  columns,
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
            {cell(row, key)}
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
