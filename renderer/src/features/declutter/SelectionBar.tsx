import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/** Always-visible selection count with the actions that apply to it in this view. */
export function SelectionBar() {
  const { selected, shown, view, selectAllShown, clearSelection, requestRemoval, restore } = useStore(
    useShallow((s) => ({
      selected: s.selectedIds.size,
      shown: s.ids.length,
      view: s.view,
      selectAllShown: s.selectAllShown,
      clearSelection: s.clearSelection,
      requestRemoval: s.requestRemoval,
      restore: s.restore,
    })),
  );
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span data-testid="selected-count">{formatCount(selected)} selected</span>
      {shown > 0 && selected < shown && (
        <button type="button" className="link-button" data-testid="select-all" onClick={selectAllShown}>
          Select all {formatCount(shown)} shown
        </button>
      )}
      {selected > 0 && (
        <button type="button" className="link-button" onClick={clearSelection}>
          Clear
        </button>
      )}
      {view === 'roster' && (
        <button
          type="button"
          className="danger"
          data-testid="remove-button"
          disabled={selected === 0}
          onClick={() => void requestRemoval()}
        >
          Remove…
        </button>
      )}
      {view === 'trash' && (
        <button type="button" data-testid="restore-button" disabled={selected === 0} onClick={() => void restore()}>
          Restore
        </button>
      )}
    </div>
  );
}
