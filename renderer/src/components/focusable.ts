const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside `root`, in order. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hidden);
}

/**
 * Focus the view's home (its list, or its section) when what had focus is gone, the skip link
 * is used or a view is opened from the keyboard. A view still loading its first rows is waited
 * for (up to 2 s), unless the user puts focus somewhere meanwhile.
 */
export function focusFallback(): void {
  const until = performance.now() + 2_000;
  const focusedBefore = document.activeElement;
  const attempt = (): void => {
    const home = document.querySelector<HTMLElement>('#workspace [data-focus-home]');
    if (home) home.focus();
    else if (performance.now() < until) {
      const moved = document.activeElement !== focusedBefore && document.activeElement !== document.body;
      if (!moved) requestAnimationFrame(attempt);
    }
  };
  attempt();
}

/** Puts focus back on `element` if it can still take it, else on the view's home. */
export function restoreFocus(element: Element | null): void {
  // The body "had" focus when nothing did (a dialog opened after its opener went away).
  const real = element instanceof HTMLElement && element !== document.body;
  if (real && element.isConnected && !(element as HTMLButtonElement).disabled) {
    element.focus();
    if (document.activeElement === element) return;
  }
  focusFallback();
}
