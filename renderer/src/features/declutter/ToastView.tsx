import { Toast } from '../../components/Toast.js';
import { useStore } from '../../store/index.js';

/** The last action's outcome, with Undo (or Redo after an undo). */
export function ToastView() {
  const toast = useStore((s) => s.toast);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const hide = useStore((s) => s.hideToast);
  if (!toast) return null;
  const action =
    toast.action === 'undo'
      ? { label: 'Undo', run: () => void undo(), testId: 'undo-button' }
      : toast.action === 'redo'
        ? { label: 'Redo', run: () => void redo(), testId: 'redo-button' }
        : undefined;
  return <Toast key={toast.id} message={toast.message} onDismiss={hide} action={action} />;
}
