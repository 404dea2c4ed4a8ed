import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/index.js';

const DEBOUNCE_MS = 120;

/** Search as you type, debounced; Ctrl/Cmd+F or "/" focuses it, Escape clears it. */
export function SearchBox() {
  const search = useStore((s) => s.query.search);
  const updateQuery = useStore((s) => s.updateQuery);
  const [text, setText] = useState(search);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => updateQuery({ search: text }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search, updateQuery]);

  useEffect(() => {
    const focus = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') || (event.key === '/' && !typing)) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', focus);
    return () => window.removeEventListener('keydown', focus);
  }, []);

  return (
    <input
      ref={input}
      type="search"
      className="search"
      data-testid="search-input"
      placeholder="Search name, company, position, email"
      aria-label="Search contacts"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setText('');
          updateQuery({ search: '' });
        }
      }}
    />
  );
}
