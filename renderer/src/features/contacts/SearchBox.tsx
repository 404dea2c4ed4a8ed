import { useEffect, useRef } from 'react';
import { useStore } from '../../store/index.js';

/**
 * Search as you type, every keystroke (a query takes a few ms; the store drops stale
 * answers). Ctrl/Cmd+F or "/" focus it, Escape clears it, ↓ goes to the first result.
 */
export function SearchBox() {
  const search = useStore((s) => s.query.search);
  const updateQuery = useStore((s) => s.updateQuery);
  const focusRequest = useStore((s) => s.focusRequest);
  const startList = useStore((s) => s.moveFocusTo);
  const nothingSelected = useStore((s) => s.selectedId === null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest?.target !== 'search') return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  return (
    <input
      ref={input}
      type="search"
      className="search text-input"
      data-testid="search-input"
      placeholder="Search contacts"
      title="Search names, companies, positions and email addresses"
      aria-label="Search contacts"
      value={search}
      onChange={(event) => updateQuery({ search: event.target.value })}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && search) {
          event.preventDefault();
          updateQuery({ search: '' });
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          document.querySelector<HTMLElement>('[data-testid="contact-list"]')?.focus();
          if (nothingSelected) startList(0, false);
        }
      }}
    />
  );
}
