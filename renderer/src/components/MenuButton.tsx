import { useId, useRef, useState, type ReactNode } from 'react';
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
}: {
  label: ReactNode;
  items: readonly MenuItem[];
  testId?: string;
  align?: 'start' | 'end';
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  return (
    <span className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="btn btn-secondary menu-button"
        aria-haspopup="menu"
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
        <div id={menuId} className={`menu-popover menu-popover-${align}`}>
          <Menu
            items={items}
            label={typeof label === 'string' ? label : 'Menu'}
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
