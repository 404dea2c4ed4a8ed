import type { ExportFormat } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import type { MenuItem } from '../../components/Menu.js';
import { MenuButton } from '../../components/MenuButton.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

export const EXPORT_OPTIONS: { format: ExportFormat; label: string }[] = [
  { format: 'vcard', label: 'Address book (vCard 4.0)' },
  { format: 'csv', label: 'Spreadsheet (CSV)' },
  { format: 'mastodon-following', label: 'Mastodon follows (following_accounts.csv)' },
  { format: 'linkedin-checklist', label: 'LinkedIn removal checklist (Markdown)' },
  { format: 'audit-log', label: 'Audit log (CSV)' },
];

/** Carries decisions back to each service as the files those services import. */
export function ExportMenu() {
  const runExport = useStore((s) => s.runExport);
  const selected = useStore((s) => s.selectedIds);
  const items: MenuItem[] = EXPORT_OPTIONS.map(({ format, label }) => ({
    id: format,
    label,
    onSelect: () => void runExport(format),
  }));
  // The address-book formats can carry just the people selected in the list.
  if (selected.size > 0)
    items.push(
      ...SELECTION_FORMATS.map(({ format, label }) => ({
        id: `${format}-selection`,
        label: `${label} of the ${plural(selected.size, 'selected person', 'selected people')}`,
        onSelect: () => void runExport(format, [...selected]),
      })),
    );
  return <MenuButton label="Export" testId="export-menu" align="end" items={items} />;
}

const SELECTION_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'vcard', label: 'vCard' },
  { format: 'csv', label: 'CSV' },
];

/** Mastodon's import in overwrite mode unfollows everyone not in the file: say who before saving. */
export function MastodonExportDialog() {
  const pending = useStore((s) => s.pendingExport);
  const save = useStore((s) => s.saveExport);
  const cancel = useStore((s) => s.cancelExport);
  if (!pending) return null;
  return (
    <Dialog
      testId="mastodon-export"
      title="Mastodon follows"
      onCancel={cancel}
      onConfirm={() => save(pending)}
      actions={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" onClick={() => save(pending)}>
            Save following_accounts.csv
          </Button>
        </>
      }
    >
      {pending.unfollows.length === 0 ? (
        <p>Everyone you follow is still in your roster: importing this file changes nothing.</p>
      ) : (
        <>
          <p>
            Importing this file in <em>overwrite</em> mode (Preferences → Import and export → Import) would unfollow
            these {pending.unfollows.length.toLocaleString()} accounts:
          </p>
          <ul className="unfollow-list" data-testid="unfollow-list">
            {pending.unfollows.map((handle) => (
              <li key={handle}>@{handle}</li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
