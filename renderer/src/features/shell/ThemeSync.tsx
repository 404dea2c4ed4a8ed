import { useEffect } from 'react';
import { useStore } from '../../store/index.js';

/** The Settings override on <html>; without one, the CSS follows prefers-color-scheme. */
export function ThemeSync() {
  const theme = useStore((s) => s.theme);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}
