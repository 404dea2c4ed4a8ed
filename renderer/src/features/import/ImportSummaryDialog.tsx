import type { FileImportReport, ImportSummary } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { formatCount, plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { FileReport, isUnreadable } from './FileReport.js';

const failed = (file: FileImportReport) => file.error !== null;

/** "Import finished" only when something was; a file that could not be read says so in the title. */
export function summaryTitle(summary: ImportSummary): string {
  const broken = summary.files.filter(failed);
  if (broken.length === summary.files.length) {
    const only = broken.length === 1 ? broken[0]! : null;
    if (only) return `Nothing imported from ${only.name}${isUnreadable(only) ? ': not a file Prune can read' : ''}`;
    return `Nothing imported from ${plural(broken.length, 'file')}`;
  }
  if (broken.length > 0)
    return `Imported ${formatCount(summary.files.length - broken.length)} of ${plural(summary.files.length, 'file')}`;
  return 'Import finished';
}

export function ImportSummaryDialog() {
  const summary = useStore((s) => s.summary);
  const dismiss = useStore((s) => s.dismissSummary);
  const openMerges = useStore((s) => s.setMergePanelOpen);
  if (!summary) return null;
  const anyRead = summary.files.some((file) => !failed(file));
  return (
    <Dialog
      testId="import-summary"
      title={summaryTitle(summary)}
      onCancel={dismiss}
      onConfirm={dismiss}
      wide
      actions={
        <Button variant="primary" data-autofocus onClick={dismiss}>
          Done
        </Button>
      }
    >
      {anyRead && (
        <p className="summary-totals">
          <span data-testid="summary-added">{formatCount(summary.added)} added</span> · {formatCount(summary.updated)}{' '}
          updated · {formatCount(summary.merged)} merged · {formatCount(summary.unchanged)} unchanged ·{' '}
          {formatCount(summary.skipped)} skipped · {plural(summary.interactions, 'interaction')}
        </p>
      )}
      {summary.mergeProposals > 0 && (
        <p>
          {plural(summary.mergeProposals, 'possible duplicate')} to review.{' '}
          <Button
            variant="ghost"
            onClick={() => {
              dismiss();
              openMerges(true);
            }}
          >
            Review now
          </Button>
        </p>
      )}
      <ul className="file-reports">
        {summary.files.map((file) => (
          <FileReport key={file.name} file={file} />
        ))}
      </ul>
    </Dialog>
  );
}
