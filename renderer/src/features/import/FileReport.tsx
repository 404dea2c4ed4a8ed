import type { FileImportReport } from '../../../../shared/domain.js';
import { formatCount, plural } from '../../components/format.js';
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

/** An unrecognized file has no line to blame: it is not a file Prune can read at all. */
export const isUnreadable = (file: FileImportReport): boolean => file.error?.code === 'unrecognized';

/** The core's message lists what Prune reads; the summary leads with the verdict instead. */
const EXPECTED = /^.*?: expected /;

function FileError({ file, error }: { file: FileImportReport; error: NonNullable<FileImportReport['error']> }) {
  const unreadable = isUnreadable(file);
  return (
    <li className="file-report file-report-error" data-testid="import-error">
      <strong>{file.name}</strong>:{' '}
      {unreadable ? (
        <>not a file Prune can read. {error.message.replace(EXPECTED, 'Prune reads ')}</>
      ) : (
        <>
          {error.line > 0 ? `line ${error.line}: ` : ''}
          {error.message}
        </>
      )}{' '}
      Nothing from this file was stored.
      {error.code === 'unknown-list-kind' && <ListKindChoice fileName={file.name} />}
    </li>
  );
}

export function FileReport({ file }: { file: FileImportReport }) {
  if (file.error) return <FileError file={file} error={file.error} />;
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
                {row.line > 0 ? `Line ${row.line}: ` : ''}
                {row.reason}
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
