import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Menu, type MenuItem } from './Menu.js';

/**
 * A button that opens a menu (never a <select>: choosing is explicit). Enter, Space or
 * ArrowDown open it on the first item; picking or Esc closes it and focus returns here.
 */
export function MenuButton({
  label,
  items,
  testId,
  align = 'start',
  ariaLabel,
  open: controlledOpen,
  onOpenChange,
}: {
  label: ReactNode;
  items: readonly MenuItem[];
  testId?: string;
  align?: 'start' | 'end';
  /** The button's accessible name when its label is a symbol. */
  ariaLabel?: string;
  /** Controlled by the parent when a key elsewhere opens it (the feed's H). */
  open?: boolean;
  onOpenChange?(open: boolean): void;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => (onOpenChange ? onOpenChange(next) : setOwnOpen(next));
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const popover = useRef<HTMLDivElement>(null);
  // Inside a scrolling list (the feed) the list scrolls so the whole menu can be seen.
  useLayoutEffect(() => {
    if (open) popover.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  return (
    <span className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="btn btn-secondary menu-button"
        aria-haspopup="menu"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        <span className="menu-caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <div ref={popover} id={menuId} className={`menu-popover menu-popover-${align}`}>
          <Menu
            items={items}
            label={ariaLabel ?? (typeof label === 'string' ? label : 'Menu')}
            testId={testId ? `${testId}-list` : undefined}
            onClose={(refocus) => {
              setOpen(false);
              if (refocus) button.current?.focus();
            }}
          />
        </div>
      )}
    </span>
  );
}
