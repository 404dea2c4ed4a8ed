import type { DataColumn } from './DataTable.js';

/**
 * Column widths for the space there is, names first: the flexible column keeps its width
 * and takes whatever is left; when space is short, the other columns (only those the user
 * has not sized) give up room down to their minimum before anything scrolls sideways.
 */
export function fitColumns<K extends string>(
  columns: readonly DataColumn<K>[],
  available: number,
  userSized: ReadonlySet<K>,
): number[] {
  const widths = columns.map((column) => column.width);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const flexible = columns.findIndex((column) => column.flexible);
  if (total <= available) {
    if (flexible >= 0) widths[flexible]! += available - total;
    return widths;
  }
  let excess = total - available;
  const shrinkable = columns
    .map((column, index) => ({ index, room: column.width - column.minWidth }))
    .filter(({ index, room }) => index !== flexible && room > 0 && !userSized.has(columns[index]!.key));
  const room = shrinkable.reduce((sum, { room: r }) => sum + r, 0);
  if (room === 0) return widths;
  const share = Math.min(1, excess / room);
  for (const { index, room: r } of shrinkable) {
    const cut = Math.min(r, Math.ceil(r * share));
    widths[index]! -= cut;
    excess -= cut;
  }
  // Rounding up may free a pixel or two: the names take them.
  if (excess < 0 && flexible >= 0) widths[flexible]! -= excess;
  return widths;
}
