import type { SliceCreator } from './slice.js';

/** The one action a toast offers: undo what it reports, or redo what it undid. */
export type ToastAction = 'undo' | 'redo';

export interface Toast {
  id: number;
  message: string;
  action: ToastAction | null;
  /** Kept for readers of the old shape: the toast offers Undo. */
  undoable: boolean;
}

export interface ToastSlice {
  toast: Toast | null;
  showToast(message: string, action: ToastAction | boolean | null): void;
  hideToast(): void;
}

const TOAST_MS = 10_000;

export const createToastSlice: SliceCreator<ToastSlice> =
  ({ setTimer }) =>
  (set, get) => {
    let toastCounter = 0;
    return {
      toast: null,
      showToast(message, action) {
        const id = ++toastCounter;
        const kind = action === true ? 'undo' : action === false ? null : action;
        set({ toast: { id, message, action: kind, undoable: kind === 'undo' } });
        setTimer(() => {
          if (get().toast?.id === id) set({ toast: null });
        }, TOAST_MS);
      },
      hideToast: () => set({ toast: null }),
    };
  };
