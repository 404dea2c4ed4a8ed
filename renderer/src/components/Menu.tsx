import { useEffect, useRef, type CSSProperties } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect(): void;
  disabled?: boolean;
  /** A tick for on/off items (role="menuitemcheckbox"). */
  checked?: boolean;
  hint?: string;
}

interface MenuProps {
  items: readonly MenuItem[];
  label: string;
  onClose(refocus: boolean): void;
  style?: CSSProperties;
  testId?: string;
}

/**
 * A menu list: arrows move, Home/End jump, Enter/Space pick, Esc closes, Tab or a click
 * outside closes. Used by MenuButton and by the rows' context menu.
 */
export function Menu({ items, label, onClose, style, testId }: MenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) close.current(false);
    };
    window.addEventListener('mousedown', outside, true);
    return () => window.removeEventListener('mousedown', outside, true);
  }, []);

  const enabled = () =>
    [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter(
      (item) => item.getAttribute('aria-disabled') !== 'true',
    );

  const onKeyDown = (event: React.KeyboardEvent) => {
    const list = enabled();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(list.length - 1);
    else if (event.key === 'Escape') close.current(true);
    else if (event.key === 'Tab') close.current(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const pick = (item: MenuItem) => {
    if (item.disabled) return;
    close.current(true);
    item.onSelect();
  };

  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={label}
      style={style}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <div
          key={item.id}
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          aria-disabled={item.disabled || undefined}
          tabIndex={-1}
          className="menu-item"
          data-testid={`menu-${item.id}`}
          onClick={() => pick(item)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              event.stopPropagation();
              pick(item);
            }
          }}
        >
          {item.checked !== undefined && (
            <span className="menu-check" aria-hidden>
              {item.checked ? '✓' : ''}
            </span>
          )}
          <span className="menu-label">{item.label}</span>
          {item.hint && <span className="menu-hint">{item.hint}</span>}
        </div>
      ))}
    </div>
  );
}
