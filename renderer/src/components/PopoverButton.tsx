import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Gap between the button and its panel, and the least room kept from the window's edge. */
const GAP = 4;
const MARGIN = 8;

/**
 * A button that opens a small non-modal panel of controls (filters that do not fit in a
 * toolbar). A native popover: Esc or a click outside closes it, Tab goes from the button into
 * it, and it sits in the top layer, so no toolbar that clips its overflow cuts it off.
 */
export function PopoverButton({
  label,
  panelLabel,
  active = false,
  testId,
  children,
}: {
  label: ReactNode;
  panelLabel: string;
  /** Shown like a pressed chip: something inside the panel is set. */
  active?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const id = `popover-${useId().replace(/[^\w-]/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = panel.current!;
    // Placed under the button when it opens, kept inside the window.
    const place = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open' || !button.current) return;
      const anchor = button.current.getBoundingClientRect();
      const left = Math.min(anchor.left, window.innerWidth - element.offsetWidth - MARGIN);
      element.style.left = `${Math.max(MARGIN, left)}px`;
      element.style.top = `${anchor.bottom + GAP}px`;
    };
    element.addEventListener('toggle', place);
    return () => element.removeEventListener('toggle', place);
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`chip popover-button${active ? ' chip-active' : ''}`}
        popoverTarget={id}
        data-testid={testId}
      >
        {label}
        <span className="menu-caret" aria-hidden>
          ▾
        </span>
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        role="group"
        aria-label={panelLabel}
        className="popover-panel"
        data-testid={testId ? `${testId}-panel` : undefined}
      >
        {children}
      </div>
    </>
  );
}
