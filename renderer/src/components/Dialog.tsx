import { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusableIn, restoreFocus } from './focusable.js';

interface DialogProps {
  title: ReactNode;
  children: ReactNode;
  /** The footer buttons; the confirming one last. */
  actions: ReactNode;
  /** Esc, the Cancel button, a click outside: the dialog's parent unmounts it. */
  onCancel(): void;
  /** Enter anywhere but on a button, link or multi-line field. */
  onConfirm?(): void;
  testId?: string;
  wide?: boolean;
  /** Two columns of work side by side (the reconnect panel). */
  large?: boolean;
}

const ENTER_HANDLED_BY_TARGET = new Set(['BUTTON', 'A', 'TEXTAREA', 'SELECT', 'SUMMARY']);

/**
 * Every dialog in Prune: a native modal <dialog> (the page behind is inert), Tab kept
 * inside, Enter confirms, Esc cancels, and focus goes back where it came from (or to the
 * list when that control is gone). Rendered only while open.
 */
export function Dialog({ title, children, actions, onCancel, onConfirm, testId, wide, large }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const element = dialog.current!;
    const opener = document.activeElement;
    if (!element.open) element.showModal();
    // The named field, or the dialog's text: then Enter confirms and Tab reaches the buttons.
    const first =
      element.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ??
      element.querySelector<HTMLElement>('.dialog-body');
    first?.focus();
    return () => {
      if (element.open) element.close();
      setTimeout(() => restoreFocus(opener), 0);
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Tab') {
      const items = focusableIn(event.currentTarget);
      if (items.length === 0) return;
      const index = items.indexOf(target);
      const next = event.shiftKey
        ? index <= 0
          ? items.at(-1)
          : items[index - 1]
        : index === items.length - 1
          ? items[0]
          : items[index + 1];
      event.preventDefault();
      next?.focus();
    } else if (event.key === 'Enter' && onConfirm && !ENTER_HANDLED_BY_TARGET.has(target.tagName)) {
      event.preventDefault();
      onConfirm();
    }
  };

  return (
    <dialog
      ref={dialog}
      className={`dialog${wide ? ' dialog-wide' : ''}${large ? ' dialog-large' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel.current();
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) cancel.current(); // the backdrop
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body" tabIndex={-1}>
        {children}
      </div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
