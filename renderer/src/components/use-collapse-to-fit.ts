import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * True while a one-line toolbar's full content would not fit its width, so the toolbar can
 * move its less-used controls into an overflow menu. Remembers the width the full content
 * needed and comes back out once the toolbar is that wide again (no flicker at the edge).
 * The toolbar must not wrap (`flex-wrap: nowrap`), so overflowing shows as scrollWidth.
 */
export function useCollapseToFit(toolbar: RefObject<HTMLElement | null>): boolean {
  const [collapsed, setCollapsed] = useState(false);
  const state = useRef({ collapsed: false, needed: 0 });

  const check = () => {
    const element = toolbar.current;
    if (!element) return;
    const current = state.current;
    if (!current.collapsed && element.scrollWidth > element.clientWidth + 1) {
      current.needed = element.scrollWidth;
      current.collapsed = true;
      setCollapsed(true);
    } else if (current.collapsed && element.clientWidth >= current.needed) {
      current.collapsed = false;
      setCollapsed(false);
    }
  };

  // After every render (the content may have grown: counts arrive, a filter is set) and on resize.
  useLayoutEffect(check);
  useLayoutEffect(() => {
    const observer = new ResizeObserver(check);
    if (toolbar.current) observer.observe(toolbar.current);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return collapsed;
}
