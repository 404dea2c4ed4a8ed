import type { ExportFormat } from '../../../../shared/domain.js';
import { useStore } from '../../store/index.js';

const OPTIONS: { format: ExportFormat; label: string }[] = [
  { format: 'vcard', label: 'Address book (vCard 4.0)' },
  { format: 'csv', label: 'Spreadsheet (CSV)' },
  { format: 'mastodon-following', label: 'Mastodon follows (following_accounts.csv)' },
  { format: 'linkedin-checklist', label: 'LinkedIn removal checklist (Markdown)' },
  { format: 'audit-log', label: 'Audit log (CSV)' },
];

/** Carries decisions back to each service as the files those services import. */
export function ExportMenu() {
  const runExport = useStore((s) => s.runExport);
  return (
    <select
      className="export-menu"
      aria-label="Export"
      data-testid="export-menu"
      value=""
      onChange={(event) => {
        if (event.target.value) void runExport(event.target.value as ExportFormat);
      }}
    >
      <option value="">Export…</option>
      {OPTIONS.map((option) => (
        <option key={option.format} value={option.format}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Mastodon's import in overwrite mode unfollows everyone not in the file: say who before saving. */
export function MastodonExportDialog() {
  const pending = useStore((s) => s.pendingExport);
  const save = useStore((s) => s.saveExport);
  const cancel = useStore((s) => s.cancelExport);
  if (!pending) return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mastodon-export-title"
        data-testid="mastodon-export"
      >
        <h2 id="mastodon-export-title">Mastodon follows</h2>
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
        <div className="dialog-actions">
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => save(pending)}>
            Save following_accounts.csv
          </button>
        </div>
      </div>
    </div>
  );
}
