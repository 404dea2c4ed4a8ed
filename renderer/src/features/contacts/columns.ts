import type { ContactSort } from '../../../../shared/domain.js';
import type { DataColumn } from '../../components/DataTable.js';
import type { ColumnPrefs } from '../../store/preferences-slice.js';

/** Default widths: the name column is flexible and gets the room first (long and Cyrillic names). */
export const CONTACT_COLUMNS: readonly DataColumn<ContactSort>[] = [
  { key: 'name', label: 'Name', width: 220, minWidth: 140, flexible: true, maxWidth: 420 },
  { key: 'company', label: 'Company', width: 160, minWidth: 110 },
  { key: 'position', label: 'Position', width: 170, minWidth: 110 },
  { key: 'email', label: 'Email', width: 200, minWidth: 130 },
  // Date columns do not shrink below their header: "Connected on" and "Last interaction" stay whole.
  { key: 'connectedOn', label: 'Connected on', width: 124, minWidth: 118 },
  { key: 'lastInteraction', label: 'Last interaction', width: 134, minWidth: 128 },
  // Two badges ("LinkedIn", "vCard") side by side; a third shows as "+1".
  { key: 'sources', label: 'Sources', width: 140, minWidth: 126 },
];

export function visibleColumns(prefs: ColumnPrefs): DataColumn<ContactSort>[] {
  return CONTACT_COLUMNS.filter((column) => !prefs.hidden.includes(column.key)).map((column) => ({
    ...column,
    width: prefs.widths[column.key] ?? column.width,
  }));
}
