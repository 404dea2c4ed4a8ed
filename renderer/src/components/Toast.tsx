export interface ToastAction {
  label: string;
  run(): void;
  testId?: string;
}

/** The outcome of the last action, with at most one action (Undo, Redo, Review). */
export function Toast({ message, action, onDismiss }: { message: string; action?: ToastAction; onDismiss(): void }) {
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="toast">
      <span className="toast-message">{message}</span>
      {action && (
        <button type="button" className="toast-action" data-testid={action.testId} onClick={action.run}>
          {action.label}
        </button>
      )}
      <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
