import { Toast } from '../../components/Toast.js';
import { useStore } from '../../store/index.js';

/** The last action's outcome, with Undo when it can be undone. */
export function ToastView() {
  const toast = useStore((s) => s.toast);
  const undo = useStore((s) => s.undo);
  const hide = useStore((s) => s.hideToast);
  if (!toast) return null;
  return (
    <Toast
      key={toast.id}
      message={toast.message}
      onDismiss={hide}
      action={toast.undoable ? { label: 'Undo', run: () => void undo(), testId: 'undo-button' } : undefined}
    />
  );
}
