const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside `root`, in order. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hidden);
}

/** Where focus goes when what had it is gone or disabled: the main list, if the view has one. */
export function focusFallback(): void {
  const target =
    document.querySelector<HTMLElement>('[data-focus-home]') ?? document.querySelector<HTMLElement>('main');
  target?.focus();
}

/** Puts focus back on `element` if it can still take it, else on the view's home. */
export function restoreFocus(element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected && !(element as HTMLButtonElement).disabled) {
    element.focus();
    if (document.activeElement === element) return;
  }
  focusFallback();
}
