import { useEffect } from 'react';
import { store } from '../../store/index.js';
import { commandForKey } from './shortcuts.js';

/** Window-level keys become the same commands the desktop menu sends. */
export function GlobalShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      store.getState().runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
