import { MenuButton } from '../../components/MenuButton.js';
import { isListView } from '../../store/view-slice.js';
import { useStore } from '../../store/index.js';
import { CONTACT_COLUMNS } from './columns.js';

/** Which columns this view shows; remembered per view. */
export function ColumnsMenu() {
  const view = useStore((s) => s.view);
  const hidden = useStore((s) => (isListView(s.view) ? s.columnPrefs[s.view].hidden : []));
  const toggle = useStore((s) => s.toggleColumn);
  if (!isListView(view)) return null;
  return (
    <MenuButton
      label="Columns"
      testId="columns-menu"
      items={CONTACT_COLUMNS.filter((column) => column.key !== 'name').map((column) => ({
        id: `column-${column.key}`,
        label: column.label,
        checked: !hidden.includes(column.key),
        onSelect: () => toggle(view, column.key),
      }))}
    />
  );
}
