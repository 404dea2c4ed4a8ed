import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';
import type { HideDialog } from '../../store/hide-slice.js';
import { DurationChoice } from './DurationChoice.js';

/** Mute a word or phrase everywhere: whole words, any case or accent; words from the post are offered. */
export function MuteWordDialog({ dialog }: { dialog: Extract<HideDialog, { kind: 'word' }> }) {
  const close = useStore((s) => s.closeHideDialog);
  const muteWord = useStore((s) => s.muteWord);
  const editHideRule = useStore((s) => s.editHideRule);
  const [phrase, setPhrase] = useState(dialog.phrase);
  const [days, setDays] = useState<number | null>(dialog.days);
  const valid = /[\p{L}\p{N}]/u.test(phrase);
  const confirm = () => {
    if (!valid) return;
    close();
    void (dialog.ruleId === null
      ? muteWord(phrase.trim(), days)
      : editHideRule({ ruleId: dialog.ruleId, phrase: phrase.trim(), days }));
  };
  return (
    <Dialog
      testId="mute-word-dialog"
      title={dialog.ruleId === null ? 'Mute a word or phrase' : 'Edit muted word'}
      onCancel={close}
      onConfirm={confirm}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" disabled={!valid} data-testid="mute-word-confirm" onClick={confirm}>
            {dialog.ruleId === null ? 'Mute' : 'Save'}
          </Button>
        </>
      }
    >
      <p>Updates that contain it as a whole word, in any case or accent, are hidden from everyone.</p>
      {dialog.words.length > 0 && (
        <div className="word-offers" role="group" aria-label="Words from this update">
          {dialog.words.map((word) => (
            <button
              key={word}
              type="button"
              className="chip"
              aria-pressed={phrase === word}
              data-testid="word-offer"
              onClick={() => setPhrase(word)}
            >
              {word}
            </button>
          ))}
        </div>
      )}
      <label className="field-label">
        Word or phrase
        <input
          className="text-input"
          value={phrase}
          maxLength={200}
          data-autofocus
          data-testid="mute-word-input"
          onChange={(event) => setPhrase(event.target.value)}
        />
      </label>
      <DurationChoice name="mute-word-days" value={days} onChange={setDays} />
    </Dialog>
  );
}
