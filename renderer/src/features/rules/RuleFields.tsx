import type { ReactNode } from 'react';

/** A labelled control in the rule editor: the label above, the control below. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="form-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** A whole number between `min` and `max`, for an action's days or count. */
export function NumberField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(next: number): void;
}) {
  return (
    <Field label={label}>
      <input
        className="text-input fact-number"
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </Field>
  );
}

/** One line of text (a rule's name, a tag). */
export function TextField({
  label,
  value,
  maxLength,
  testId,
  autoFocus,
  onChange,
}: {
  label: string;
  value: string;
  maxLength: number;
  testId: string;
  /** Takes focus when it mounts (the rule's name, as the editor opens). */
  autoFocus?: boolean;
  onChange(next: string): void;
}) {
  return (
    <Field label={label}>
      <input
        className="text-input"
        data-testid={testId}
        autoFocus={autoFocus}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
