import { Button } from '../../components/Button.js';
import { Tooltip } from '../../components/Tooltip.js';
import { useStore } from '../../store/index.js';
import { MOD } from '../shell/shortcuts.js';

/** Undo and Redo, named like an Edit menu: "Undo Merge Lise Meitner". */
export function HistoryButtons() {
  const history = useStore((s) => s.history);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const undoLabel = history.undo ? `Undo ${history.undo.label}` : 'Nothing to undo';
  const redoLabel = history.redo ? `Redo ${history.redo.label}` : 'Nothing to redo';
  return (
    <span className="history-buttons">
      <Tooltip text={`${undoLabel} (${MOD}+Z)`}>
        <Button
          variant="ghost"
          className="icon-button"
          aria-label={undoLabel}
          data-testid="toolbar-undo"
          disabled={!history.undo}
          onClick={() => void undo()}
        >
          ↶
        </Button>
      </Tooltip>
      <Tooltip text={`${redoLabel} (${MOD}+Shift+Z)`}>
        <Button
          variant="ghost"
          className="icon-button"
          aria-label={redoLabel}
          data-testid="toolbar-redo"
          disabled={!history.redo}
          onClick={() => void redo()}
        >
          ↷
        </Button>
      </Tooltip>
    </span>
  );
}
