import { useId, useState } from 'react';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/** An email or Mastodon handle typed by hand; a refused one keeps the text and says why. */
export function AddAddressForm({ onAdded }: { onAdded(value: string): void }) {
  const add = useStore((s) => s.addReconnectAddress);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const refused = await add(text);
    setBusy(false);
    setProblem(refused);
    if (refused === null) {
      onAdded(text.trim().startsWith('@') ? text.trim().toLowerCase() : text.trim());
      setText('');
    }
  };
  return (
    <div className="add-address">
      <label className="add-address-label" htmlFor={`${hintId}-input`}>
        Add an address
      </label>
      <div className="add-address-row">
        <input
          id={`${hintId}-input`}
          className="text-input"
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          placeholder="name@example.com or @name@server.social"
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={hintId}
          data-testid="reconnect-add-input"
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              // Adds the address instead of confirming the dialog.
              event.preventDefault();
              event.stopPropagation();
              void submit();
            }
          }}
        />
        <Button data-testid="reconnect-add" disabled={!text.trim() || busy} onClick={() => void submit()}>
          Add
        </Button>
      </div>
      <p id={hintId} className={problem ? 'field-error' : 'muted field-hint'} role={problem ? 'alert' : undefined}>
        {problem ?? 'Prune keeps it with this person, also for later imports.'}
      </p>
    </div>
  );
}
