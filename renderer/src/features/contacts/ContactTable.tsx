import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ContactSort } from '../../../../shared/domain.js';
import { DataTable, type DataTableController } from '../../components/DataTable.js';
import { isListView } from '../../store/view-slice.js';
import { store, useStore } from '../../store/index.js';
import { visibleColumns } from './columns.js';
import { ContactRowView, PendingRow } from './ContactRowView.js';
import { ListEmptyState } from './ListEmptyState.js';
import { RowContextMenu, type ContextMenuAt } from './RowContextMenu.js';

const ROW_HEIGHT = 36;
const TYPE_AHEAD_MS = 700;

/** The contact list: virtualized over the query's ordered ids, rows fetched by visible window. */
export function ContactTable() {
  const ids = useStore((s) => s.ids);
  const shownCount = useStore((s) => s.shownCount);
  const rowCache = useStore((s) => s.rowCache);
  useStore((s) => s.rowsVersion); // re-render when rows arrive in the (mutable) cache
  const selectedId = useStore((s) => s.selectedId);
  const selectedIds = useStore((s) => s.selectedIds);
  const view = useStore((s) => s.view);
  const prefs = useStore((s) => (isListView(s.view) ? s.columnPrefs[s.view] : s.columnPrefs.roster));
  const sort = useStore(useShallow((s) => ({ key: s.query.sort, direction: s.query.direction })));
  const focusRequest = useStore((s) => s.focusRequest);
  const trashDays = useStore((s) => s.info?.trashDays ?? null);
  const actions = useStore(
    useShallow((s) => ({
      ensureRows: s.ensureRows,
      clickRow: s.clickRow,
      moveFocus: s.moveFocus,
      moveFocusTo: s.moveFocusTo,
      typeAhead: s.typeAhead,
      toggleFocused: s.toggleFocused,
      selectAllShown: s.selectAllShown,
      clearSelection: s.clearSelection,
      requestRemoval: s.requestRemoval,
      restore: s.restore,
      setSort: s.setSort,
      setColumnWidth: s.setColumnWidth,
    })),
  );
  const controller = useRef<DataTableController>(null);
  const typed = useRef({ text: '', at: 0 });
  const [menu, setMenu] = useState<ContextMenuAt | null>(null);
  const columns = useMemo(() => visibleColumns(prefs), [prefs]);
  const columnKeys = useMemo(() => columns.map((c) => c.key), [columns]);
  const userSized = useMemo(() => new Set(Object.keys(prefs.widths) as ContactSort[]), [prefs]);

  useEffect(() => {
    if (focusRequest?.target === 'list') document.querySelector<HTMLElement>('[data-testid="contact-list"]')?.focus();
  }, [focusRequest]);

  const show = (index: number | null) => {
    if (index !== null) controller.current?.scrollToIndex(index);
  };
  const onRowClick = useCallback(
    (id: number, event: React.MouseEvent) =>
      actions.clickRow(id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey }),
    [actions],
  );
  const onRowContextMenu = useCallback(
    (id: number, event: React.MouseEvent) => {
      event.preventDefault();
      if (!store.getState().selectedIds.has(id)) actions.clickRow(id, { toggle: false, range: false });
      setMenu({ id, x: event.clientX, y: event.clientY });
    },
    [actions],
  );
  const onVisibleRange = useCallback((first: number, last: number) => actions.ensureRows(first, last), [actions]);
  const onResize = useCallback(
    (key: ContactSort, width: number) => {
      if (isListView(view)) actions.setColumnWidth(view, key, width);
    },
    [actions, view],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // keys on header buttons are theirs
    const command = event.ctrlKey || event.metaKey;
    const page = Math.max(1, Math.floor((event.currentTarget.clientHeight - ROW_HEIGHT) / ROW_HEIGHT) - 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp')
      show(actions.moveFocus(event.key === 'ArrowDown' ? 1 : -1, event.shiftKey));
    else if (event.key === 'PageDown' || event.key === 'PageUp')
      show(actions.moveFocus((event.key === 'PageDown' ? 1 : -1) * page, event.shiftKey));
    else if (event.key === 'Home' || event.key === 'End')
      show(actions.moveFocusTo(event.key === 'Home' ? 0 : shownCount - 1, event.shiftKey));
    else if (event.key === ' ' && typed.current.text === '') actions.toggleFocused();
    else if (command && event.key.toLowerCase() === 'a') actions.selectAllShown();
    else if (event.key === 'Escape') actions.clearSelection();
    else if ((event.key === 'Delete' || event.key === 'Backspace') && view === 'roster') void actions.requestRemoval();
    else if (event.key === 'Delete' || event.key === 'Backspace') void actions.restore();
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      const index = selectedId === null ? -1 : ids.indexOf(selectedId);
      const at = index === -1 ? null : controller.current?.rowRect(index);
      if (at && selectedId !== null) setMenu({ id: selectedId, ...at });
    } else if (event.key.length === 1 && !command && !event.altKey && event.key !== ' ') {
      const now = performance.now();
      const text = (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + event.key;
      typed.current = { text, at: now };
      void actions.typeAhead(text).then(show);
    } else return;
    event.preventDefault();
  };

  return (
    <>
      <DataTable
        label={view === 'roster' ? 'Contacts' : view === 'trash' ? 'Trash' : 'Removed people'}
        testId="contact-list"
        columns={columns}
        userSized={userSized}
        sort={sort}
        onSort={actions.setSort}
        onResize={onResize}
        rowCount={shownCount}
        rowHeight={ROW_HEIGHT}
        controller={controller}
        onVisibleRange={onVisibleRange}
        onKeyDown={onKeyDown}
        activeDescendant={selectedId !== null && shownCount > 0 ? `contact-row-${selectedId}` : undefined}
        empty={<ListEmptyState />}
        renderRow={(index, top) => {
          const id = ids[index];
          // Past the first screen of a fresh search, before the rest of its ids arrive.
          if (id === undefined) return <PendingRow key={`pending-${index}`} index={index} top={top} />;
          return (
            <ContactRowView
              key={id}
              id={id}
              index={index}
              row={rowCache.get(id)}
              columns={columnKeys}
              trashDays={trashDays}
              selected={selectedIds.has(id)}
              focused={id === selectedId}
              top={top}
              onClick={onRowClick}
              onContextMenu={onRowContextMenu}
            />
          );
        }}
      />
      {menu && <RowContextMenu at={menu} onClose={() => setMenu(null)} />}
    </>
  );
}
