import type { ContactSort } from '../../../../shared/domain.js';
import type { DataColumn } from '../../components/DataTable.js';
import type { ColumnPrefs } from '../../store/preferences-slice.js';

/** Default widths: the name column is flexible and gets the room first (long and Cyrillic names). */
export const CONTACT_COLUMNS: readonly DataColumn<ContactSort>[] = [
  { key: 'name', label: 'Name', width: 220, minWidth: 120, flexible: true },
  { key: 'company', label: 'Company', width: 170, minWidth: 80 },
  { key: 'position', label: 'Position', width: 190, minWidth: 80 },
  { key: 'email', label: 'Email', width: 220, minWidth: 80 },
  { key: 'connectedOn', label: 'Connected on', width: 136, minWidth: 96 },
  { key: 'lastInteraction', label: 'Last interaction', width: 148, minWidth: 96 },
  { key: 'sources', label: 'Sources', width: 168, minWidth: 80 },
];

export function visibleColumns(prefs: ColumnPrefs): DataColumn<ContactSort>[] {
  return CONTACT_COLUMNS.filter((column) => !prefs.hidden.includes(column.key)).map((column) => ({
    ...column,
    width: prefs.widths[column.key] ?? column.width,
  }));
}
