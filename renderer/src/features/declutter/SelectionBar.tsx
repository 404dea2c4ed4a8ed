import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/**
 * Always-visible selection count with the actions that apply to it in this view. Remove is
 * a plain button: the colour of destruction belongs to the confirmation, not to looking.
 */
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
      <span data-testid="selected-count" aria-live="polite">
        {formatCount(selected)} selected
      </span>
      {shown > 0 && selected < shown && (
        <Button variant="ghost" data-testid="select-all" onClick={selectAllShown}>
          Select all {formatCount(shown)} shown
        </Button>
      )}
      {selected > 0 && (
        <Button variant="ghost" onClick={clearSelection}>
          Clear
        </Button>
      )}
      {view === 'roster' && (
        <Button data-testid="remove-button" disabled={selected === 0} onClick={() => void requestRemoval()}>
          Remove…
        </Button>
      )}
      {view === 'trash' && (
        <Button data-testid="restore-button" disabled={selected === 0} onClick={() => void restore()}>
          Restore
        </Button>
      )}
    </div>
  );
}
