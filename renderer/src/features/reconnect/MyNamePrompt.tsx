import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/** {myName} is asked once and kept in the roster; the Reconnect view can change it. */
export function MyNamePrompt() {
  const save = useStore((s) => s.saveReconnectSettings);
  const [name, setName] = useState('');
  const submit = () => {
    if (name.trim()) void save({ myName: name.trim() });
  };
  return (
    <div className="my-name-prompt" data-testid="reconnect-my-name">
      <label className="add-address-label" htmlFor="reconnect-my-name-input">
        Your name, to sign messages with (asked once)
      </label>
      <div className="add-address-row">
        <input
          id="reconnect-my-name-input"
          className="text-input"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              event.stopPropagation();
              submit();
            }
          }}
        />
        <Button disabled={!name.trim()} onClick={submit}>
          Save
        </Button>
      </div>
    </div>
  );
}
