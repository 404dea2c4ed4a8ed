import { useState } from 'react';
import type { DryRunResult } from '../../../../shared/rules-domain.js';
import { Button } from '../../components/Button.js';
import { formatCount } from '../../components/format.js';

/**
 * The live dry run: how many match now and the first 50, each with the facts that made it match.
 * Wide, it is a side panel; narrower than the two columns need, it is a bar under the form that
 * always shows the count, its list opened on demand (the toggle exists only there, by CSS).
 */
export function DryRunPanel({
  dryRun,
  pending,
  problem,
  ruleName,
}: {
  dryRun: DryRunResult | null;
  pending: boolean;
  problem: string | null;
  ruleName: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = dryRun?.sample ?? [];
  const prefix = `${ruleName}: `;
  const hasList = !problem && dryRun !== null && dryRun.matches > 0;
  return (
    <section
      className="dry-run"
      aria-labelledby="dry-run-title"
      data-testid="dry-run"
      data-expanded={expanded}
      aria-busy={pending}
    >
      <div className="dry-run-head">
        <h3 id="dry-run-title">Dry run</h3>
        <p className="dry-run-count" role="status" data-testid="dry-run-count">
          {problem
            ? 'Not runnable yet'
            : dryRun === null
              ? 'Counting…'
              : `${formatCount(dryRun.matches)} ${dryRun.matches === 1 ? 'person matches' : 'people match'}${pending ? ' · updating…' : ''}`}
        </p>
        {hasList && (
          <Button
            variant="ghost"
            className="dry-run-toggle"
            data-testid="dry-run-toggle"
            aria-expanded={expanded}
            aria-controls="dry-run-body"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Hide list' : `Show ${shown.length < dryRun.matches ? `first ${shown.length}` : 'them'}`}
          </Button>
        )}
      </div>
      {problem ? (
        <p className="dry-run-problem" data-testid="dry-run-problem">
          {problem.replace(/^This rule is not valid:\n/, '')}
        </p>
      ) : dryRun && dryRun.matches === 0 ? (
        <p className="muted dry-run-none">Nobody matches this rule now. Nothing would be proposed.</p>
      ) : (
        <div className="dry-run-body" id="dry-run-body">
          <ol className="dry-run-list" data-testid="dry-run-list">
            {shown.map((match) => (
              <li key={match.id} data-testid="dry-run-item">
                <span className="dry-run-name">{match.name}</span>
                <span className="dry-run-why">
                  {match.why.startsWith(prefix) ? match.why.slice(prefix.length) : match.why}
                </span>
              </li>
            ))}
          </ol>
          {dryRun && dryRun.matches > shown.length && (
            <p className="muted dry-run-more">
              and {formatCount(dryRun.matches - shown.length)} more. Protected people are never proposed.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
