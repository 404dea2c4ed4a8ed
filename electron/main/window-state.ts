import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Where and how big the window was, so it opens the same way next time. */
const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Rectangle, b: Rectangle): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The saved state, or the defaults. A position on a display that is gone (an unplugged
 * monitor) is dropped, so the window never opens off screen; sizes keep to the minimum.
 */
export function loadWindowState(
  file: string,
  workAreas: readonly Rectangle[],
  defaults: { width: number; height: number; minWidth: number; minHeight: number },
): WindowState {
  let saved: WindowState | null = null;
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    saved = parsed.success ? parsed.data : null;
  } catch {
    saved = null;
  }
  if (!saved) return { width: defaults.width, height: defaults.height, maximized: false };
  const width = Math.max(defaults.minWidth, saved.width);
  const height = Math.max(defaults.minHeight, saved.height);
  const placed =
    saved.x !== undefined &&
    saved.y !== undefined &&
    workAreas.some((area) => intersects({ x: saved.x!, y: saved.y!, width, height }, area));
  return placed
    ? { x: saved.x, y: saved.y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized };
}

/** Saves the normal (unmaximized) bounds and whether the window is maximized. Never throws. */
export function saveWindowState(file: string, window: { getNormalBounds(): Rectangle; isMaximized(): boolean }): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: window.isMaximized() };
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Remembering the window is a courtesy; a read-only profile must not stop Prune from closing.
  }
}
