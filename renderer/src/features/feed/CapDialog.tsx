import { useState } from 'react';
import type { CapPeriod } from '../../../../shared/feed-hide.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';
import type { HideDialog } from '../../store/hide-slice.js';

/** "Show at most N per day or per week from this person": the first N of each period stay. */
export function CapDialog({ dialog }: { dialog: Extract<HideDialog, { kind: 'cap' }> }) {
  const close = useStore((s) => s.closeHideDialog);
  const capPerson = useStore((s) => s.capPerson);
  const editHideRule = useStore((s) => s.editHideRule);
  const [max, setMax] = useState(String(dialog.max));
  const [per, setPer] = useState<CapPeriod>(dialog.per);
  const count = Number(max);
  const valid = Number.isInteger(count) && count >= 1 && count <= 1000;
  const confirm = () => {
    if (!valid) return;
    close();
    void (dialog.ruleId === null
      ? capPerson(dialog.contactId, per, count)
      : editHideRule({ ruleId: dialog.ruleId, per, max: count }));
  };
  return (
    <Dialog
      testId="cap-dialog"
      title={`Show fewer updates from ${dialog.name}`}
      onCancel={close}
      onConfirm={confirm}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" disabled={!valid} data-testid="cap-confirm" onClick={confirm}>
            {dialog.ruleId !== null ? 'Save' : valid ? `Show at most ${count} per ${per}` : 'Show at most'}
          </Button>
        </>
      }
    >
      <p>The first updates of each period stay in your feed; the rest are hidden, and you can always show them.</p>
      <div className="cap-fields">
        <label className="cap-count-label">
          At most
          <input
            className="text-input cap-count"
            type="number"
            min={1}
            max={1000}
            value={max}
            aria-invalid={!valid}
            data-autofocus
            data-testid="cap-max"
            onChange={(event) => setMax(event.target.value)}
          />
          updates
        </label>
        <fieldset className="inline-choices bare-fieldset">
          <legend className="visually-hidden">Period</legend>
          {(['day', 'week'] as const).map((period) => (
            <label key={period} className="radio">
              <input
                type="radio"
                name="cap-per"
                checked={per === period}
                data-testid={`cap-per-${period}`}
                onChange={() => setPer(period)}
              />
              per {period}
            </label>
          ))}
        </fieldset>
      </div>
      {!valid && <p className="field-error">Enter a whole number from 1 to 1,000.</p>}
    </Dialog>
  );
}
