import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReviewProposal } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { ACCEPT_LABELS, ReviewRow } from './ReviewRow.js';

/** A row's height before it is measured (name and one line of why). */
const ESTIMATE = 64;

export interface GroupController {
  scrollToIndex(index: number): void;
}

/**
 * One rule's proposals: accept one, the selected or all; dismiss; never suggest a person. The
 * list is virtualized over the view's own scroller (the workspace), so a group of thousands
 * keeps only a window of rows in the page; each group is offset by where its list starts.
 */
export function ReviewGroup({
  ruleName,
  proposals,
  group,
  activeIndex,
  controller,
}: {
  ruleName: string;
  proposals: ReviewProposal[];
  group: number;
  /** The row that is the list's Tab stop, or -1 when it is in another group. */
  activeIndex: number;
  controller(group: number, control: GroupController | null): void;
}) {
  const accept = useStore((s) => s.acceptProposals);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  const scroller = () => list.current?.closest<HTMLElement>('.workspace') ?? null;

  // Where this list starts in the scroller: moves when a group above grows or shrinks.
  useLayoutEffect(() => {
    const element = list.current;
    const view = element?.closest('.review-view');
    if (!element || !view) return;
    const measure = () => {
      const outer = scroller();
      if (!outer) return;
      const top = element.getBoundingClientRect().top - outer.getBoundingClientRect().top + outer.scrollTop;
      setOffset((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(view);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: proposals.length,
    getScrollElement: scroller,
    estimateSize: () => ESTIMATE,
    overscan: 6,
    useFlushSync: false,
    scrollMargin: offset,
    getItemKey: (index) => proposals[index]?.id ?? index,
  });
  useEffect(() => {
    controller(group, { scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) });
    return () => controller(group, null);
  }, [controller, group, virtualizer]);

  const kind = proposals[0]!.action.kind;
  const verb = ACCEPT_LABELS[kind];
  const chosen = proposals.filter((proposal) => selected.has(proposal.id)).map((proposal) => proposal.id);
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const all = chosen.length === proposals.length;
  const headingId = `review-group-${proposals[0]!.ruleId}`;
  return (
    <section className="review-group" data-testid="review-group" aria-labelledby={headingId}>
      <div className="review-group-head">
        <input
          type="checkbox"
          className="review-select-all"
          data-testid="review-select-all"
          aria-label={`Select all ${formatCount(proposals.length)} of ${ruleName}`}
          checked={all}
          ref={(box) => {
            if (box) box.indeterminate = chosen.length > 0 && !all;
          }}
          onChange={() => setSelected(all ? new Set() : new Set(proposals.map((proposal) => proposal.id)))}
        />
        <h3 id={headingId}>
          {ruleName} <span className="muted">· {formatCount(proposals.length)}</span>
        </h3>
        <span className="spacer" />
        <Button data-testid="review-accept-selected" disabled={chosen.length === 0} onClick={() => void accept(chosen)}>
          {kind === 'flag' ? 'Mark selected reviewed' : `${verb} selected`}
          {chosen.length ? ` (${formatCount(chosen.length)})` : ''}
        </Button>
        <Button data-testid="review-accept-all" onClick={() => void accept(proposals.map((proposal) => proposal.id))}>
          {kind === 'flag'
            ? `Mark all ${formatCount(proposals.length)} reviewed`
            : `${verb} all ${formatCount(proposals.length)}`}
        </Button>
      </div>
      <ul ref={list} className="review-list" data-testid="review-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const proposal = proposals[item.index]!;
          return (
            <ReviewRow
              key={item.key}
              measure={virtualizer.measureElement}
              proposal={proposal}
              index={item.index}
              total={proposals.length}
              group={group}
              selected={selected.has(proposal.id)}
              tabbable={item.index === activeIndex}
              style={{ transform: `translateY(${item.start - offset}px)` }}
              onSelect={(on) => toggle(proposal.id, on)}
            />
          );
        })}
      </ul>
    </section>
  );
}
