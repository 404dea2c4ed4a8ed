import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';
import type { HideDialog } from '../../store/hide-slice.js';
import { DurationChoice } from './DurationChoice.js';

/** A mute or snooze made longer, shorter or permanent, from "Hidden & muted". */
export function MuteEditDialog({ dialog }: { dialog: Extract<HideDialog, { kind: 'mute' }> }) {
  const close = useStore((s) => s.closeHideDialog);
  const editHideRule = useStore((s) => s.editHideRule);
  const [days, setDays] = useState<number | null>(dialog.days);
  const confirm = () => {
    close();
    void editHideRule({ ruleId: dialog.ruleId, days });
  };
  return (
    <Dialog
      testId="mute-edit-dialog"
      title={`Mute ${dialog.name}`}
      onCancel={close}
      onConfirm={confirm}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" data-testid="mute-edit-confirm" onClick={confirm}>
            Save
          </Button>
        </>
      }
    >
      <DurationChoice name="mute-days" legend="Hide their updates, counted from now," value={days} onChange={setDays} />
    </Dialog>
  );
}
