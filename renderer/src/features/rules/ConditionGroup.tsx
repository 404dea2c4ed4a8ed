import { Button } from '../../components/Button.js';
import { factWith, type EditorNode, type GroupMode, type GroupNode } from './condition-tree.js';
import { FactRow } from './FactRow.js';

const MODES: { id: GroupMode; label: string }[] = [
  { id: 'all', label: 'all of' },
  { id: 'any', label: 'any of' },
  { id: 'none', label: 'none of' },
];

/** A group of conditions (all / any / none of), nested as deep as the user likes. */
export function ConditionGroup({
  group,
  onChange,
  onRemove,
  path = 'when',
  depth = 0,
}: {
  group: GroupNode;
  onChange(next: GroupNode): void;
  onRemove?(): void;
  path?: string;
  depth?: number;
}) {
  const replace = (index: number, next: EditorNode | null) =>
    onChange({
      ...group,
      children:
        next === null
          ? group.children.filter((_, i) => i !== index)
          : group.children.map((c, i) => (i === index ? next : c)),
    });
  return (
    <fieldset className={`condition-group depth-${Math.min(depth, 3)}`} data-testid="condition-group">
      <legend className="condition-group-head">
        <span>Match</span>
        <select
          className="select"
          aria-label="How conditions combine"
          data-testid="group-mode"
          value={group.mode}
          onChange={(event) => onChange({ ...group, mode: event.target.value as GroupMode })}
        >
          {MODES.map((mode) => (
            <option key={mode.id} value={mode.id}>
              {mode.label}
            </option>
          ))}
        </select>
        <span>these:</span>
        {onRemove && (
          <Button variant="ghost" className="group-remove" onClick={onRemove}>
            Remove group
          </Button>
        )}
      </legend>
      {group.children.length === 0 && <p className="muted condition-empty">No conditions yet.</p>}
      {group.children.map((child, index) =>
        child.kind === 'fact' ? (
          <FactRow
            key={index}
            path={`${path}[${index}]`}
            fact={child.fact}
            onChange={(fact) => replace(index, { kind: 'fact', fact })}
            onRemove={() => replace(index, null)}
          />
        ) : (
          <ConditionGroup
            key={index}
            path={`${path}[${index}]`}
            depth={depth + 1}
            group={child}
            onChange={(next) => replace(index, next)}
            onRemove={() => replace(index, null)}
          />
        ),
      )}
      <div className="condition-add">
        <Button
          variant="ghost"
          data-testid="add-condition"
          onClick={() =>
            onChange({ ...group, children: [...group.children, { kind: 'fact', fact: factWith('messages_sent') }] })
          }
        >
          + Condition
        </Button>
        {depth < 5 && (
          <Button
            variant="ghost"
            data-testid="add-group"
            onClick={() =>
              onChange({ ...group, children: [...group.children, { kind: 'group', mode: 'any', children: [] }] })
            }
          >
            + Group
          </Button>
        )}
      </div>
    </fieldset>
  );
}
