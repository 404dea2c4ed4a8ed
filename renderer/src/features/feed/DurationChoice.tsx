import { DURATIONS } from './durations.js';

/** Forever, 1, 7 or 30 days, as one radio group. */
export function DurationChoice({
  name,
  value,
  onChange,
  legend = 'For how long',
}: {
  name: string;
  value: number | null;
  onChange(days: number | null): void;
  legend?: string;
}) {
  return (
    <fieldset className="settings-group inline-choices">
      <legend>{legend}</legend>
      {DURATIONS.map(({ days, label }) => (
        <label key={label} className="radio">
          <input
            type="radio"
            name={name}
            checked={value === days}
            data-testid={`${name}-${days ?? 'forever'}`}
            onChange={() => onChange(days)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
