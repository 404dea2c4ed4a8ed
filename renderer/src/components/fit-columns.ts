import type { DataColumn } from './DataTable.js';

/**
 * Column widths for the space there is, names first: the flexible column keeps its width
 * and takes whatever is left; when space is short, the other columns (only those the user
 * has not sized) give up room down to their minimum, then the names down to theirs if that
 * makes everything fit; otherwise the table scrolls sideways.
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
    return spreadPastMax(columns, widths, flexible, userSized);
  }
  let excess = total - available;
  const shrinkable = columns
    .map((column, index) => ({ index, room: column.width - column.minWidth }))
    .filter(({ index, room }) => index !== flexible && room > 0 && !userSized.has(columns[index]!.key));
  const room = shrinkable.reduce((sum, { room: r }) => sum + r, 0);
  const share = room === 0 ? 0 : Math.min(1, excess / room);
  for (const { index, room: r } of shrinkable) {
    const cut = Math.min(r, Math.ceil(r * share));
    widths[index]! -= cut;
    excess -= cut;
  }
  // Rounding up may free a pixel or two: the names take them. Still short by what the names have
  // past their minimum: they give it, and everything fits. Shorter still, the table scrolls
  // sideways anyway (the names pinned), so they keep their room.
  if (flexible >= 0) {
    const namesRoom = widths[flexible]! - columns[flexible]!.minWidth;
    if (excess < 0 || (excess <= namesRoom && !userSized.has(columns[flexible]!.key))) widths[flexible]! -= excess;
  }
  return widths;
}

/**
 * A name column wider than its `maxWidth` is mostly empty while addresses beside it are cut: what
 * it has past that goes to the other columns the user has not sized, in proportion to their widths.
 */
function spreadPastMax<K extends string>(
  columns: readonly DataColumn<K>[],
  widths: number[],
  flexible: number,
  userSized: ReadonlySet<K>,
): number[] {
  const max = columns[flexible]?.maxWidth;
  if (max === undefined || widths[flexible]! <= max) return widths;
  const takers = columns.flatMap((column, index) => (index !== flexible && !userSized.has(column.key) ? [index] : []));
  const base = takers.reduce((sum, index) => sum + widths[index]!, 0);
  if (base === 0) return widths;
  const spare = widths[flexible]! - max;
  let given = 0;
  for (const index of takers) {
    const share = Math.floor((spare * widths[index]!) / base);
    widths[index]! += share;
    given += share;
  }
  widths[flexible] = widths[flexible]! - given;
  return widths;
}
