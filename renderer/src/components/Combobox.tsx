import { useId, useMemo, useRef, useState } from 'react';
import { matchOptions, type ComboboxOption } from './combobox-match.js';

interface ComboboxProps {
  /** Said to assistive technology; shown as the placeholder. */
  label: string;
  options: readonly ComboboxOption[];
  /** The chosen option's id; '' for the "all" choice. */
  value: string;
  /** The first choice, always offered: "Everyone". */
  allLabel: string;
  onChange(id: string): void;
  testId?: string;
  /** How many matches the list shows at once; type to narrow the rest. */
  limit?: number;
}

/**
 * A searchable choice among many (ARIA combobox with a listbox): type to filter, arrows move,
 * Enter picks, Esc closes and restores. Shows at most `limit` matches so thousands stay quick.
 */
export function Combobox({ label, options, value, allLabel, onChange, testId, limit = 50 }: ComboboxProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const chosen = options.find((option) => option.id === value);
  const { shown, more } = useMemo(() => {
    const matched = matchOptions(options, query, limit);
    return {
      shown: query.trim() ? matched.shown : [{ id: '', label: allLabel }, ...matched.shown],
      more: matched.more,
    };
  }, [options, query, limit, allLabel]);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const pick = (option: ComboboxOption | undefined) => {
    if (!option) return;
    close();
    if (option.id !== value) onChange(option.id);
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };

  return (
    <div className="combobox" data-testid={testId}>
      <input
        ref={input}
        className="text-input combobox-input"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown.length > 0 ? optionId(active) : undefined}
        placeholder={label}
        value={open ? query : (chosen?.label ?? allLabel)}
        data-testid={testId && `${testId}-input`}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => !open && openAt(0)}
        onBlur={close}
        onChange={(event) => {
          setQuery(event.target.value);
          openAt(0);
        }}
        onKeyDown={(event) => {
          const last = shown.length - 1;
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            if (!open) openAt(0);
            else setActive((index) => Math.min(last, index + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open) openAt(last);
            else setActive((index) => Math.max(0, index - 1));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            pick(shown[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            close();
            requestAnimationFrame(() => input.current?.select());
          }
        }}
      />
      <span className="combobox-caret" aria-hidden>
        ▾
      </span>
      <div className="combobox-popup" hidden={!open}>
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list">
          {open &&
            shown.map((option, index) => (
              <li
                key={option.id || 'all'}
                id={optionId(index)}
                role="option"
                aria-selected={option.id === value}
                className={`combobox-option${index === active ? ' is-active' : ''}`}
                data-testid={testId && `${testId}-option`}
                // Keep the focus in the input; pick on press so blur does not close first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
                onMouseMove={() => setActive(index)}
                ref={index === active ? (node) => node?.scrollIntoView({ block: 'nearest' }) : undefined}
              >
                {option.label}
              </li>
            ))}
        </ul>
        {open && shown.length === 0 && <p className="combobox-note">No one matches “{query.trim()}”</p>}
        {open && more > 0 && (
          <p className="combobox-note" data-testid={testId && `${testId}-more`}>
            {more.toLocaleString()} more: type to narrow
          </p>
        )}
      </div>
    </div>
  );
}
