import type { FileImportReport } from '../../../../shared/domain.js';
import { formatCount, plural } from '../../components/format.js';
import { useModalDialog } from '../../components/useModalDialog.js';
import { useStore } from '../../store/index.js';
import { ListKindChoice } from './ListKindChoice.js';

const FORMAT_LABELS: Record<string, string> = {
  'linkedin-connections': 'LinkedIn connections',
  'linkedin-messages': 'LinkedIn messages',
  'linkedin-invitations': 'LinkedIn invitations',
  vcard: 'vCard',
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  'mastodon-following': 'Mastodon follows',
  'mastodon-muted': 'Mastodon mutes',
  'mastodon-blocked': 'Mastodon blocks',
};

function FileReport({ file }: { file: FileImportReport }) {
  if (file.error) {
    return (
      <li className="file-report file-report-error" data-testid="import-error">
        <strong>{file.name}</strong>: {file.error.line > 0 ? `line ${file.error.line}: ` : ''}
        {file.error.message} Nothing from this file was stored.
        {file.error.code === 'unknown-list-kind' && <ListKindChoice fileName={file.name} />}
      </li>
    );
  }
  const counts = [
    file.added && `${formatCount(file.added)} added`,
    file.updated && `${formatCount(file.updated)} updated`,
    file.merged && `${formatCount(file.merged)} merged`,
    file.unchanged && `${formatCount(file.unchanged)} unchanged`,
    file.interactions && plural(file.interactions, 'interaction'),
    file.skipped && `${formatCount(file.skipped)} skipped`,
    file.reappeared && `${formatCount(file.reappeared)} removed earlier and listed again (kept out)`,
  ].filter(Boolean);
  return (
    <li className="file-report">
      <strong>{file.name}</strong>{' '}
      <span className="muted">({file.format ? FORMAT_LABELS[file.format] : 'unknown'})</span>:{' '}
      {counts.join(', ') || 'nothing new'}
      {file.skippedRows.length > 0 && (
        <details>
          <summary>Skipped rows</summary>
          <ul className="skipped-rows">
            {file.skippedRows.map((row) => (
              <li key={`${row.line}-${row.reason}`}>
                Line {row.line}: {row.reason}
              </li>
            ))}
            {file.skipped > file.skippedRows.length && (
              <li>… and {formatCount(file.skipped - file.skippedRows.length)} more</li>
            )}
          </ul>
        </details>
      )}
    </li>
  );
}

export function ImportSummaryDialog() {
  const summary = useStore((s) => s.summary);
  const dismiss = useStore((s) => s.dismissSummary);
  const openMerges = useStore((s) => s.setMergePanelOpen);
  const dialog = useModalDialog(summary !== null);
  if (!summary) return null;
  return (
    <dialog
      ref={dialog}
      className="dialog"
      data-testid="import-summary"
      onClose={dismiss}
      aria-labelledby="import-summary-title"
    >
      <h2 id="import-summary-title">Import finished</h2>
      <p className="summary-totals">
        <span data-testid="summary-added">{formatCount(summary.added)} added</span> · {formatCount(summary.updated)}{' '}
        updated · {formatCount(summary.merged)} merged · {formatCount(summary.unchanged)} unchanged ·{' '}
        {formatCount(summary.skipped)} skipped · {plural(summary.interactions, 'interaction')}
      </p>
      {summary.mergeProposals > 0 && (
        <p>
          {plural(summary.mergeProposals, 'possible duplicate')} to review.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              dialog.current?.close();
              openMerges(true);
            }}
          >
            Review now
          </button>
        </p>
      )}
      <ul className="file-reports">
        {summary.files.map((file) => (
          <FileReport key={file.name} file={file} />
        ))}
      </ul>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Done
        </button>
      </form>
    </dialog>
  );
}
