import { FACTS, OPERATORS, operandOf, type FactName, type Operator } from '../../../../shared/rules-facts.js';
import type { Condition, FactCondition } from '../../../../shared/rules-schema.js';

/**
 * The editor's view of a condition: groups ("all of", "any of", "none of") holding facts and
 * groups. `none of` is `not` over `any`, so every rule the language allows has a form here.
 */
export type GroupMode = 'all' | 'any' | 'none';
export interface GroupNode {
  kind: 'group';
  mode: GroupMode;
  children: EditorNode[];
}
export type EditorNode = GroupNode | { kind: 'fact'; fact: FactCondition };

export function toEditorNode(condition: Condition): EditorNode {
  if ('all' in condition) return { kind: 'group', mode: 'all', children: condition.all.map(toEditorNode) };
  if ('any' in condition) return { kind: 'group', mode: 'any', children: condition.any.map(toEditorNode) };
  if ('not' in condition) {
    const inner = condition.not;
    const children = 'any' in inner ? inner.any : [inner];
    return { kind: 'group', mode: 'none', children: children.map(toEditorNode) };
  }
  return { kind: 'fact', fact: condition };
}

export function toCondition(node: EditorNode): Condition {
  if (node.kind === 'fact') return node.fact;
  const children = node.children.map(toCondition);
  if (node.mode === 'all') return { all: children };
  if (node.mode === 'any') return { any: children };
  return { not: { any: children } };
}

/** The root is always a group, so the editor always has "Add condition". */
export const rootGroup = (condition: Condition): GroupNode => {
  const node = toEditorNode(condition);
  return node.kind === 'group' ? node : { kind: 'group', mode: 'all', children: [node] };
};

/** A sensible value when the fact or operator changes, so the draft stays valid where it can. */
export function defaultValue(field: FactName, op: Operator): FactCondition['value'] {
  switch (operandOf(FACTS[field].kind, op)) {
    case 'count':
      return op === 'olderThanYears' ? 5 : 30;
    case 'decimal':
      return 0;
    case 'date':
      return '2015-01-01';
    case 'boolean':
      return true;
    case 'source':
      return 'linkedin';
    case 'text':
      return '';
    case 'none':
      return undefined;
  }
}

export function factWith(field: FactName, op?: Operator): FactCondition {
  const operators: readonly Operator[] = OPERATORS[FACTS[field].kind];
  const chosen = op && operators.includes(op) ? op : operators[0]!;
  const value = defaultValue(field, chosen);
  return value === undefined ? { field, op: chosen } : { field, op: chosen, value };
}
