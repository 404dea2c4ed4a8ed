import { useMemo } from 'react';
import type { ReviewProposal } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { useStore } from '../../store/index.js';
import { ReviewGroup } from './ReviewGroup.js';
import { RulesNav } from './RulesNav.js';

/** What the rules propose, grouped by rule. Nothing changes until the user accepts. */
export function ReviewView() {
  const review = useStore((s) => s.review);
  const setView = useStore((s) => s.setView);
  const groups = useMemo(() => {
    const byRule = new Map<number, ReviewProposal[]>();
    for (const proposal of review ?? [])
      byRule.set(proposal.ruleId, [...(byRule.get(proposal.ruleId) ?? []), proposal]);
    return [...byRule.values()];
  }, [review]);
  return (
    <section
      className="side-view review-view"
      data-testid="review-view"
      aria-labelledby="review-title"
      tabIndex={-1}
      data-focus-home
    >
      <div className="rules-head">
        <h2 id="review-title">Review</h2>
        <RulesNav />
      </div>
      <p className="muted">
        Each proposal says why its rule matched. Accepting goes through Undo like your own actions; a dismissed proposal
        comes back only if what the rule reads about that person changes.
      </p>
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
        groups.map((proposals) => (
          <ReviewGroup key={proposals[0]!.ruleId} ruleName={proposals[0]!.ruleName} proposals={proposals} />
        ))
      )}
    </section>
  );
}
