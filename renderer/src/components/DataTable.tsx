import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { fitColumns } from './fit-columns.js';

export interface DataColumn<K extends string> {
  key: K;
  label: string;
  width: number;
  minWidth: number;
  /** Takes the room left over (at least `width`): the column people read first. */
  flexible?: boolean;
  /** For the flexible column: room past this goes to the other columns instead. */
  maxWidth?: number;
}

export interface DataTableController {
  scrollToIndex(index: number): void;
  /** The row's top edge in viewport coordinates (for a context menu opened from the keyboard). */
  rowRect(index: number): { x: number; y: number } | null;
}

interface DataTableProps<K extends string> {
  label: string;
  columns: readonly DataColumn<K>[];
  /** Columns whose width the user chose: never shrunk to fit. */
  userSized: ReadonlySet<K>;
  sort: { key: K; direction: 'asc' | 'desc' } | null;
  onSort(key: K): void;
  onResize(key: K, width: number): void;
  rowCount: number;
  rowHeight: number;
  /** One row element, absolutely placed at `top` inside the body. */
  renderRow(index: number, top: number): ReactNode;
  onVisibleRange(first: number, last: number): void;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  activeDescendant?: string;
  empty?: ReactNode;
  controller: React.RefObject<DataTableController | null>;
  testId?: string;
}

const RESIZE_STEP = 16;
/** The row's horizontal padding, both sides. */
const PADDING = 24;

/**
 * A virtualized grid whose header scrolls sideways with its body (one scroller, sticky
 * header), rows as wide as the columns, resizable columns (drag or arrow keys on the
 * handle). The grid itself takes focus; rows are its active descendant.
 */
export function DataTable<K extends string>(props: DataTableProps<K>) {
  const { columns, rowCount, rowHeight, onVisibleRange } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // React batches scroll renders with everything else instead of rendering inside the scroll event.
    useFlushSync: false,
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= first) onVisibleRange(first, last);
  }, [first, last, onVisibleRange]);

  useEffect(() => {
    props.controller.current = {
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      rowRect(index) {
        const element = scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]`);
        const box = element?.getBoundingClientRect();
        return box ? { x: box.left + 48, y: box.bottom } : null;
      },
    };
  });

  const [available, setAvailable] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current!;
    setAvailable(element.clientWidth - PADDING);
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth - PADDING));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const widths = fitColumns(columns, available, props.userSized);
  const template = widths.map((width) => `${width}px`).join(' ');
  const minWidth = widths.reduce((sum, width) => sum + width, 0) + PADDING;
  const canvasStyle = { minWidth, '--table-columns': template } as CSSProperties;

  return (
    <div
      className="data-table"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      aria-activedescendant={props.activeDescendant}
      aria-multiselectable
      tabIndex={0}
      data-focus-home
      data-testid={props.testId}
      onKeyDown={props.onKeyDown}
    >
      <div
        ref={scroller}
        className="table-body"
        // Marks the pinned first column's edge once other columns slide under it (no re-render).
        onScroll={(event) =>
          event.currentTarget.parentElement?.toggleAttribute('data-scrolled-x', event.currentTarget.scrollLeft > 0)
        }
      >
        <div className="table-canvas" style={canvasStyle}>
          <div className="table-row table-header" role="row" aria-rowindex={1}>
            {columns.map((column, index) => (
              <HeaderCell
                key={column.key}
                column={{ ...column, width: widths[index]! }}
                sort={props.sort?.key === column.key ? props.sort.direction : null}
                onSort={props.onSort}
                onResize={props.onResize}
              />
            ))}
          </div>
          {rowCount === 0 ? (
            // As wide as the visible area and pinned to it, so a wide table does not push the message off-centre.
            <div className="table-empty" style={{ width: available + PADDING }}>
              {props.empty}
            </div>
          ) : (
            <div role="rowgroup" className="table-rows" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => props.renderRow(item.index, item.start - rowHeight))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function HeaderCell<K extends string>({
  column,
  sort,
  onSort,
  onResize,
}: {
  column: DataColumn<K>;
  sort: 'asc' | 'desc' | null;
  onSort(key: K): void;
  onResize(key: K, width: number): void;
}) {
  const resize = (width: number) => onResize(column.key, Math.max(column.minWidth, Math.round(width)));
  return (
    <div
      role="columnheader"
      className="cell header-cell"
      aria-sort={sort === null ? undefined : sort === 'asc' ? 'ascending' : 'descending'}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`sort-${column.key}`}
        onClick={() => onSort(column.key)}
      >
        <span className="sort-label">{column.label}</span>
        <span className="sort-arrow" aria-hidden>
          {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : ''}
        </span>
      </button>
      <span
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${column.label}`}
        aria-valuenow={column.width}
        aria-valuemin={column.minWidth}
        tabIndex={0}
        className="resize-handle"
        data-testid={`resize-${column.key}`}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
          event.preventDefault();
          event.stopPropagation();
          resize(column.width + (event.key === 'ArrowRight' ? RESIZE_STEP : -RESIZE_STEP));
        }}
        onPointerDown={(event) => {
          event.preventDefault();
          const startX = event.clientX;
          const startWidth = column.width;
          const move = (moveEvent: PointerEvent) => resize(startWidth + moveEvent.clientX - startX);
          const up = () => {
            window.removeEventListener('pointermove', move);
            window.removeEventListener('pointerup', up);
          };
          window.addEventListener('pointermove', move);
          window.addEventListener('pointerup', up);
        }}
      />
    </div>
  );
}
