import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';

/** The start-over confirmation and the question an import asks while the sample is loaded. */
export function StartOverDialogs() {
  const startOverAsked = useStore((s) => s.startOverAsked);
  const sampleImportAsked = useStore((s) => s.sampleImportAsked);
  if (sampleImportAsked) return <SampleImportDialog />;
  if (startOverAsked) return <StartOverDialog />;
  return null;
}

const peopleCount = (count: number): string => (count === 1 ? '1 person' : `${count.toLocaleString()} people`);

function StartOverDialog() {
  const origin = useStore((s) => s.rosterOrigin);
  const busy = useStore((s) => s.startingOver || s.importRunning);
  const cancel = useStore((s) => s.cancelStartOver);
  const confirm = useStore((s) => s.confirmStartOver);
  const go = () => {
    if (!busy) void confirm();
  };
  return (
    <Dialog
      testId="start-over-dialog"
      title={origin?.sampleLoaded ? 'Remove the sample and start over?' : 'Start over with an empty roster?'}
      onCancel={cancel}
      onConfirm={go}
      actions={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="destructive" data-testid="start-over-confirm" disabled={busy} onClick={go}>
            {busy ? 'Starting over…' : 'Start over'}
          </Button>
        </>
      }
    >
      <p>
        Everything in this roster — {origin ? peopleCount(origin.people) : 'everyone'}, their feeds, the rules you
        added, the history — is cleared. Your settings stay.
      </p>
      <p>
        A backup is kept first in <code data-testid="start-over-backups">{origin?.backupsDir ?? 'backups/'}</code>. Undo
        can't bring the roster back; restoring that backup can:{' '}
        <code className="nowrap">prune restore-backup &lt;file&gt;</code>.
      </p>
    </Dialog>
  );
}

function SampleImportDialog() {
  const answer = useStore((s) => s.answerSampleImport);
  return (
    <Dialog
      testId="sample-import-dialog"
      title="Replace the sample with your files?"
      onCancel={() => void answer('cancel')}
      onConfirm={() => void answer('replace')}
      actions={
        <>
          <Button data-testid="sample-import-cancel" onClick={() => void answer('cancel')}>
            Cancel
          </Button>
          <Button data-testid="sample-import-add" onClick={() => void answer('add')}>
            Add to the sample
          </Button>
          <Button
            variant="primary"
            data-testid="sample-import-replace"
            data-autofocus
            onClick={() => void answer('replace')}
          >
            Replace
          </Button>
        </>
      }
    >
      <p>
        The roster holds the sample network of made-up people. Replace clears it (a backup is kept) and imports only
        your files. Adding mixes your people in with the made-up ones.
      </p>
    </Dialog>
  );
}
