import { useEffect, useRef } from 'react';

/** A native <dialog> shown modally (focus trapped, Escape closes) whenever `open` becomes true. */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return dialog;
}
