import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewProposal } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { useStore } from '../../store/index.js';
import { ReviewGroup, type GroupController } from './ReviewGroup.js';
import { RulesSection } from './RulesSection.js';

interface Position {
  group: number;
  index: number;
}

/**
 * What the rules propose, grouped by rule. Nothing changes until the user accepts. The rows of
 * all groups are one Tab stop: the arrows move through them (across groups), Home/End jump.
 */
export function ReviewView() {
  const review = useStore((s) => s.review);
  const setView = useStore((s) => s.setView);
  const groups = useMemo(() => {
    const byRule = new Map<number, ReviewProposal[]>();
    for (const proposal of review ?? []) {
      const group = byRule.get(proposal.ruleId);
      if (group) group.push(proposal);
      else byRule.set(proposal.ruleId, [proposal]);
    }
    return [...byRule.values()];
  }, [review]);

  const [active, setActive] = useState<Position>({ group: 0, index: 0 });
  const current = clamp(active, groups);
  const controllers = useRef(new Map<number, GroupController>());
  const registerController = useCallback((group: number, control: GroupController | null) => {
    if (control) controllers.current.set(group, control);
    else controllers.current.delete(group);
  }, []);
  const view = useRef<HTMLDivElement>(null);
  /** Focus was on a row or its buttons: when that row goes (accepted, dismissed), the next one takes it. */
  const focusInList = useRef(false);

  const focusRow = useCallback((at: Position) => focusRowIn(view.current, at), []);

  /** The list changed under a focused row (it was accepted, dismissed): the row now in its place takes focus. */
  const seenGroups = useRef(groups);
  useEffect(() => {
    if (seenGroups.current === groups) return;
    seenGroups.current = groups;
    const focused = document.activeElement;
    if (!focusInList.current || (focused && focused !== document.body && focused.isConnected)) return;
    if (groups.length > 0) focusRow(clamp(active, groups));
  }, [groups, active, focusRow]);

  const moveTo = (at: Position) => {
    setActive(at);
    controllers.current.get(at.group)?.scrollToIndex(at.index);
    focusRow(at);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-review-row]');
    if (!row) return;
    const at = { group: Number(row.dataset.group), index: Number(row.dataset.index) };
    const onRow = event.target === row;
    let next: Position | null = null;
    if (event.key === 'ArrowDown')
      next =
        at.index + 1 < groups[at.group]!.length
          ? { group: at.group, index: at.index + 1 }
          : at.group + 1 < groups.length
            ? { group: at.group + 1, index: 0 }
            : null;
    else if (event.key === 'ArrowUp')
      next =
        at.index > 0
          ? { group: at.group, index: at.index - 1 }
          : at.group > 0
            ? { group: at.group - 1, index: groups[at.group - 1]!.length - 1 }
            : null;
    else if (event.key === 'Home' && onRow) next = { group: 0, index: 0 };
    else if (event.key === 'End' && onRow) next = { group: groups.length - 1, index: groups.at(-1)!.length - 1 };
    else return;
    event.preventDefault();
    if (next) moveTo(next);
  };

  return (
    <RulesSection
      kind="review"
      title="Review"
      intro="Each proposal says why its rule matched. Accepting goes through Undo like your own actions; a dismissed proposal comes back only if what the rule reads about that person changes."
    >
      {review === null ? (
        <LoadingState label="Loading proposals…" />
      ) : groups.length === 0 ? (
        <EmptyState
          testId="review-empty"
          title="Nothing to review"
          action={<Button onClick={() => setView('rules')}>Open rules</Button>}
        >
          Enabled rules propose people here after every import, or when you run them.
        </EmptyState>
      ) : (
        <div
          ref={view}
          className="review-groups"
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            focusInList.current = true;
            const row = (event.target as HTMLElement).closest<HTMLElement>('[data-review-row]');
            if (row) setActive({ group: Number(row.dataset.group), index: Number(row.dataset.index) });
          }}
          onBlur={(event) => {
            // Focus that leaves for somewhere else stays there; a row that vanished has no next target.
            if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node))
              focusInList.current = false;
          }}
        >
          {groups.map((proposals, group) => (
            <ReviewGroup
              key={proposals[0]!.ruleId}
              ruleName={proposals[0]!.ruleName}
              proposals={proposals}
              group={group}
              activeIndex={current.group === group ? current.index : -1}
              controller={registerController}
            />
          ))}
        </div>
      )}
    </RulesSection>
  );
}

/** Focuses a row once the virtualizer has drawn it (a few frames after a scroll). */
function focusRowIn(container: HTMLElement | null, at: Position, tries = 8): void {
  requestAnimationFrame(() => {
    const row = container?.querySelector<HTMLElement>(
      `[data-review-row][data-group="${at.group}"][data-index="${at.index}"]`,
    );
    if (row) row.focus();
    else if (tries > 0) focusRowIn(container, at, tries - 1);
  });
}

/** The same place after the list changed: the row now at that index, or the last one. */
function clamp(at: Position, groups: readonly ReviewProposal[][]): Position {
  if (groups.length === 0) return { group: 0, index: 0 };
  const group = Math.min(at.group, groups.length - 1);
  return { group, index: Math.min(at.index, groups[group]!.length - 1) };
}
