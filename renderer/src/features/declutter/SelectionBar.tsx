import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/**
 * Always-visible selection count with the actions that apply to it in this view. Remove is
 * a plain button: the colour of destruction belongs to the confirmation, not to looking.
 */
export function SelectionBar() {
  const s = useStore(
    useShallow((state) => ({
      selected: state.selectedIds.size,
      shown: state.shownCount,
      view: state.view,
      selectAllShown: state.selectAllShown,
      clearSelection: state.clearSelection,
      requestRemoval: state.requestRemoval,
      requestDeletion: state.requestDeletion,
      restore: state.restore,
    })),
  );
  const none = s.selected === 0;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span data-testid="selected-count" aria-live="polite">
        {formatCount(s.selected)} selected
      </span>
      {s.shown > 0 && s.selected < s.shown && (
        <Button variant="ghost" className="hide-narrow" data-testid="select-all" onClick={s.selectAllShown}>
          Select all {formatCount(s.shown)} shown
        </Button>
      )}
      {!none && (
        <Button variant="ghost" className="hide-narrow" onClick={s.clearSelection}>
          Clear
        </Button>
      )}
      {s.view === 'roster' && (
        <Button data-testid="remove-button" disabled={none} onClick={() => void s.requestRemoval()}>
          Remove…
        </Button>
      )}
      {s.view !== 'roster' && (
        <Button data-testid="restore-button" disabled={none} onClick={() => void s.restore()}>
          Restore
        </Button>
      )}
      {s.view === 'trash' && (
        <>
          <Button data-testid="delete-now-button" disabled={none} onClick={() => s.requestDeletion(false)}>
            Delete now…
          </Button>
          <Button data-testid="empty-trash-button" disabled={s.shown === 0} onClick={() => s.requestDeletion(true)}>
            Empty Trash…
          </Button>
        </>
      )}
    </div>
  );
}
