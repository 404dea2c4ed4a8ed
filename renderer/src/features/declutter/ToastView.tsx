import { useEffect } from 'react';
import { useStore } from '../../store/index.js';

/** The last action's outcome, with Undo; Ctrl/Cmd+Z undoes the last batch from anywhere but a text field. */
export function ToastView() {
  const toast = useStore((s) => s.toast);
  const undo = useStore((s) => s.undo);
  const hide = useStore((s) => s.hideToast);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (!typing && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
  if (!toast) return null;
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="toast">
      <span>{toast.message}</span>
      {toast.undoable && (
        <button type="button" className="link-button toast-undo" data-testid="undo-button" onClick={() => void undo()}>
          Undo
        </button>
      )}
      <button type="button" className="link-button" aria-label="Dismiss" onClick={hide}>
        ✕
      </button>
    </div>
  );
}
