import type { RuleAction } from '../../../../shared/rules-schema.js';
import { Field, NumberField, TextField } from './RuleFields.js';

const ACTIONS: { id: RuleAction['kind']; label: string }[] = [
  { id: 'remove', label: 'Propose removal' },
  { id: 'flag', label: 'Flag for review' },
  { id: 'tag', label: 'Add a tag' },
  { id: 'mute', label: 'Propose mute (feed)' },
  { id: 'snooze', label: 'Propose snooze (feed)' },
  { id: 'cap', label: 'Propose a cap (feed)' },
];

/** A new action of a kind, keeping what the old one had where it can. */
function actionOf(kind: RuleAction['kind'], previous: RuleAction): RuleAction {
  switch (kind) {
    case 'tag':
      return { kind, tag: previous.kind === 'tag' ? previous.tag : 'review' };
    case 'snooze':
      return { kind, days: previous.kind === 'snooze' ? previous.days : 30 };
    case 'cap':
      return previous.kind === 'cap' ? previous : { kind, max: 3, per: 'week' };
    default:
      return { kind };
  }
}

/** The rule's one action and its parameters (tag, days, N per day/week). */
export function ActionFields({ action, onChange }: { action: RuleAction; onChange(next: RuleAction): void }) {
  return (
    <div className="rule-action">
      <Field label="Then">
        <select
          className="select"
          data-testid="rule-action"
          value={action.kind}
          onChange={(event) => onChange(actionOf(event.target.value as RuleAction['kind'], action))}
        >
          {ACTIONS.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      {action.kind === 'tag' && (
        <TextField
          label="Tag"
          testId="rule-tag"
          value={action.tag}
          maxLength={60}
          onChange={(tag) => onChange({ kind: 'tag', tag })}
        />
      )}
      {action.kind === 'snooze' && (
        <NumberField
          label="Days"
          min={1}
          max={3650}
          value={action.days}
          onChange={(days) => onChange({ kind: 'snooze', days })}
        />
      )}
      {action.kind === 'cap' && (
        <>
          <NumberField
            label="At most"
            min={1}
            max={1000}
            value={action.max}
            onChange={(max) => onChange({ ...action, max })}
          />
          <Field label="Per">
            <select
              className="select"
              value={action.per}
              onChange={(event) => onChange({ ...action, per: event.target.value as 'day' | 'week' })}
            >
              <option value="day">day</option>
              <option value="week">week</option>
            </select>
          </Field>
        </>
      )}
    </div>
  );
}
