import { useState } from 'react';
import { formatDay } from './format.js';
import { LOCALE_DATE_HINT, parseLocaleDate } from './locale-date.js';

/**
 * A date typed and shown in the user's locale, like the table shows dates (never the
 * browser's mm/dd/yyyy mask). Commits on Enter or leaving the field; empty clears.
 */
export function DateField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  testId?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && draft.trim() !== '' && parseLocaleDate(draft) === null;
  const commit = () => {
    if (draft === null) return;
    const parsed = draft.trim() === '' ? null : parseLocaleDate(draft);
    if (draft.trim() === '' || parsed) {
      setDraft(null);
      if (parsed !== value) onChange(parsed);
    }
  };
  return (
    <input
      type="text"
      inputMode="text"
      className="date-field"
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? `Not a date. Type it like ${LOCALE_DATE_HINT}.` : undefined}
      placeholder="any date"
      size={12}
      data-testid={testId}
      value={draft ?? formatDay(value)}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape' && draft !== null) {
          event.preventDefault();
          setDraft(null);
        }
      }}
    />
  );
}
