import {
  FACT_NAMES,
  FACTS,
  OPERATOR_LABELS,
  OPERATOR_UNITS,
  OPERATORS,
  operandOf,
  SOURCE_LABELS,
  SOURCES,
  type FactName,
  type Operator,
} from '../../../../shared/rules-facts.js';
import type { FactCondition } from '../../../../shared/rules-schema.js';
import { Button } from '../../components/Button.js';
import { factWith } from './condition-tree.js';

const GROUPS = [...new Set(FACT_NAMES.map((name) => FACTS[name].group))];

/**
 * One condition: fact, operator, value, remove; a grid row, so every row's columns (and its ×)
 * line up whatever the value is. Each control is labelled for screen readers.
 */
export function FactRow({
  fact,
  onChange,
  onRemove,
  path,
}: {
  fact: FactCondition;
  onChange(next: FactCondition): void;
  onRemove(): void;
  path: string;
}) {
  const info = FACTS[fact.field];
  const operand = operandOf(info.kind, fact.op);
  const setValue = (value: FactCondition['value']) => onChange({ ...fact, value });
  return (
    <div className="fact-row" data-testid="fact-row" data-path={path}>
      <select
        className="select"
        aria-label="Fact"
        data-testid="fact-field"
        value={fact.field}
        onChange={(event) => onChange(factWith(event.target.value as FactName, fact.op))}
      >
        {GROUPS.map((group) => (
          <optgroup key={group} label={group}>
            {FACT_NAMES.filter((name) => FACTS[name].group === group).map((name) => (
              <option key={name} value={name}>
                {FACTS[name].label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <select
        className="select"
        aria-label="Test"
        data-testid="fact-op"
        value={fact.op}
        onChange={(event) => onChange(factWith(fact.field, event.target.value as Operator))}
      >
        {OPERATORS[info.kind].map((op) => (
          <option key={op} value={op}>
            {OPERATOR_LABELS[op]}
          </option>
        ))}
      </select>
      {operand === 'count' || operand === 'decimal' ? (
        <span className="fact-number-field">
          <input
            className="text-input fact-number"
            type="number"
            aria-label={OPERATOR_UNITS[fact.op] ? `Number of ${OPERATOR_UNITS[fact.op]}` : 'Number'}
            data-testid="fact-value"
            min={0}
            step={operand === 'count' ? 1 : 'any'}
            value={typeof fact.value === 'number' ? fact.value : ''}
            onChange={(event) => setValue(event.target.value === '' ? undefined : Number(event.target.value))}
          />
          {OPERATOR_UNITS[fact.op] && (
            <span className="fact-unit" data-testid="fact-unit">
              {OPERATOR_UNITS[fact.op]}
            </span>
          )}
        </span>
      ) : operand === 'date' ? (
        <input
          className="text-input"
          type="date"
          aria-label="Date"
          data-testid="fact-value"
          value={typeof fact.value === 'string' ? fact.value : ''}
          onChange={(event) => setValue(event.target.value || undefined)}
        />
      ) : operand === 'text' ? (
        <input
          className="text-input fact-text"
          type="text"
          aria-label={fact.op === 'matches' ? 'Pattern (* any, ? one character)' : 'Text'}
          placeholder={fact.op === 'matches' ? '*@example.com' : ''}
          data-testid="fact-value"
          value={typeof fact.value === 'string' ? fact.value : ''}
          onChange={(event) => setValue(event.target.value)}
        />
      ) : operand === 'boolean' ? (
        <select
          className="select"
          aria-label="Yes or no"
          data-testid="fact-value"
          value={fact.value ? 'yes' : 'no'}
          onChange={(event) => setValue(event.target.value === 'yes')}
        >
          <option value="yes">yes</option>
          <option value="no">no</option>
        </select>
      ) : operand === 'source' ? (
        <select
          className="select"
          aria-label="Source"
          data-testid="fact-value"
          value={String(fact.value)}
          onChange={(event) => setValue(event.target.value)}
        >
          {SOURCES.map((source) => (
            <option key={source} value={source}>
              {SOURCE_LABELS[source]}
            </option>
          ))}
        </select>
      ) : (
        <span className="fact-no-value" />
      )}
      <Button
        variant="ghost"
        className="icon-button fact-remove"
        aria-label={`Remove condition: ${info.label}`}
        title="Remove condition"
        data-testid="fact-remove"
        onClick={onRemove}
      >
        ✕
      </Button>
    </div>
  );
}
