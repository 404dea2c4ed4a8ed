import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/** "Delete now" and "Empty trash" are final: they ask, in the one place red belongs. */
export function ConfirmDeletionDialog() {
  const pending = useStore((s) => s.pendingDeletion);
  const confirm = useStore((s) => s.confirmDeletion);
  const cancel = useStore((s) => s.cancelDeletion);
  if (!pending) return null;
  const all = pending.ids === 'all';
  return (
    <Dialog
      testId="confirm-deletion"
      title={all ? 'Empty the Trash?' : `Delete ${plural(pending.count, 'person', 'people')} now?`}
      onCancel={cancel}
      onConfirm={() => void confirm()}
      actions={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="destructive" data-testid="confirm-delete" onClick={() => void confirm()}>
            {all ? 'Empty Trash' : 'Delete now'}
          </Button>
        </>
      }
    >
      <p>
        {all ? `All ${plural(pending.count, 'person', 'people')} in the Trash` : 'They'} leave the Trash for good; this
        cannot be undone. Prune keeps only their names and addresses, so re-imports do not bring them back, and you can
        still restore them from Removed.
      </p>
    </Dialog>
  );
}
