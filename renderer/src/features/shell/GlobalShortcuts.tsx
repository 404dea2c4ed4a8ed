import { useEffect } from 'react';
import { focusFallback } from '../../components/focusable.js';
import { store, useStore } from '../../store/index.js';
import { commandForKey } from './shortcuts.js';

/** Window-level keys become the same commands the desktop menu sends. */
export function GlobalShortcuts() {
  const focusRequest = useStore((s) => s.focusRequest);
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
  // A view opened from the keyboard or the menu takes focus, so its keys work at once.
  useEffect(() => {
    if (focusRequest?.target === 'home') focusFallback();
  }, [focusRequest]);
  return null;
}
