import type { SliceCreator } from './slice.js';

export interface Toast {
  id: number;
  message: string;
  undoable: boolean;
}

export interface ToastSlice {
  toast: Toast | null;
  showToast(message: string, undoable: boolean): void;
  hideToast(): void;
}

const TOAST_MS = 10_000;

export const createToastSlice: SliceCreator<ToastSlice> =
  ({ setTimer }) =>
  (set, get) => {
    let toastCounter = 0;
    return {
      toast: null,
      showToast(message, undoable) {
        const id = ++toastCounter;
        set({ toast: { id, message, undoable } });
        setTimer(() => {
          if (get().toast?.id === id) set({ toast: null });
        }, TOAST_MS);
      },
      hideToast: () => set({ toast: null }),
    };
  };
