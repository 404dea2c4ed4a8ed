import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const PHASES = { parsing: 'Reading', saving: 'Saving', indexing: 'Indexing', done: 'Finishing' } as const;

export function ImportProgressPanel() {
  const running = useStore((s) => s.importRunning);
  const progress = useStore((s) => s.progress);
  const cancel = useStore((s) => s.cancelImport);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The control that started the import may be gone or disabled (the first run's): Cancel takes focus.
  useEffect(() => {
    const active = document.activeElement as HTMLButtonElement | null;
    if (running && (active === null || active === document.body || active.disabled)) cancelButton.current?.focus();
  }, [running]);
  if (!running) return null;
  // A count only while there is one to fill the bar with; finishing (indexes, the commit) has none.
  const counted = progress !== null && progress.total > 0 && progress.phase !== 'done';
  const label = progress
    ? `${PHASES[progress.phase]}${progress.fileName ? ` ${progress.fileName}` : ''}${counted ? ` — ${formatCount(progress.done)} of ${formatCount(progress.total)}` : '…'}`
    : 'Preparing import…';
  return (
    <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
      <span className="import-progress-label">{label}</span>
      <ProgressBar value={progress?.done ?? 0} max={counted ? progress.total : 0} label="Import progress" />
      <Button ref={cancelButton} onClick={() => void cancel()}>
        Cancel
      </Button>
    </div>
  );
}
